/**
 * Seeded property test: whatever Excel (or a user) throws at a catalogue function — random text, numbers, nulls,
 * booleans, ranges, odd objects — the result is a value or a CustomFunctions.Error #VALUE! / #N/A with a message.
 * Never another exception, never NaN/Infinity.
 */
import { CATALOGUE } from '../../src/functions/catalogue';
import { prng } from '../support/rng';

const WORDS = [
  'Quý II/2025',
  'Tháng 7/2025',
  'Trước ngày 15/12/2025',
  'Thường xuyên',
  'Trong năm',
  '31/11/2025',
  'Cao',
  'TB cao',
  'Nhóm 4',
  'Nhóm 9',
  'x',
  '100%',
  '86,50%',
  '9,5',
  '1.234,5',
  '1,2,3',
  '>92,00',
  '-',
  '1.1',
  '5.3.2.',
  'I',
  '',
  ' ',
  '\n',
  'TRUE',
  '#N/A',
  '=SUM(A1)',
  'hoàn thành',
  '2025-02-30',
  '2024',
  '1e308',
  'NaN',
  'Infinity',
  '∞',
];
const CHARS = 'aàáạăằâấđêếôốơờưứ0123456789,.%/-+ eE\u00a0\u0301';

function gen(rnd: () => number, depth = 0): unknown {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const k = Math.floor(rnd() * 12);
  switch (k) {
    case 0:
      return null;
    case 1:
      return undefined;
    case 2:
      return rnd() < 0.5;
    case 3:
      return pick([
        0,
        -0,
        1,
        -1,
        0.5,
        10,
        43.9603,
        80,
        100,
        2024,
        45838,
        1e308,
        -1e308,
        5e-324,
        NaN,
        Infinity,
        -Infinity,
        2 ** 53,
      ]);
    case 4:
      return (rnd() - 0.5) * 10 ** Math.floor(rnd() * 12);
    case 5:
    case 6:
      return pick(WORDS);
    case 7: {
      let s = '';
      const n = Math.floor(rnd() * 12);
      for (let i = 0; i < n; i++) s += CHARS[Math.floor(rnd() * CHARS.length)];
      return s;
    }
    case 8:
    case 9: {
      if (depth > 1) return pick(WORDS);
      const rows = Math.floor(rnd() * 6);
      const cols = 1 + Math.floor(rnd() * 2);
      return Array.from({ length: rows }, () => Array.from({ length: cols }, () => gen(rnd, depth + 1)));
    }
    case 10:
      if (rnd() < 0.3) return [[1.7e308], [1.7e308]]; // overflow of a sum
      return depth > 1 ? null : Array.from({ length: Math.floor(rnd() * 4) }, () => gen(rnd, depth + 1));
    default:
      return pick([{}, { type: 'Entity' }, new Date(2025, 0, 1), Symbol('s'), () => 1, 12n]);
  }
}

interface CfError extends Error {
  code: string;
}

describe('every catalogue function survives random Excel input', () => {
  const cf = (globalThis as unknown as { CustomFunctions: { Error: new (...a: never[]) => CfError } }).CustomFunctions;

  it.each(CATALOGUE.map((e) => [e.id, e] as const))('%s', (_id, entry) => {
    const rnd = prng(0xc4150 + entry.id.length * 7919 + entry.id.charCodeAt(5));
    const seen = { value: 0, '#VALUE!': 0, '#N/A': 0 };
    for (let i = 0; i < 2000; i++) {
      const count = Math.floor(rnd() * (entry.params.length + 2));
      const args = Array.from({ length: count }, () => gen(rnd));
      let out: unknown;
      try {
        out = entry.impl(...args);
      } catch (e) {
        if (!(e instanceof cf.Error)) throw new Error(`${entry.id}(${show(args)}) threw ${String(e)}`);
        const err = e;
        if (err.code !== '#VALUE!' && err.code !== '#N/A') throw new Error(`${entry.id}: code ${err.code}`);
        expect(err.message.trim().length).toBeGreaterThan(0);
        expect(err.message.length).toBeLessThanOrEqual(255);
        seen[err.code]++;
        continue;
      }
      if (entry.returns === 'text') expect(typeof out).toBe('string');
      else {
        expect(typeof out).toBe('number');
        if (!Number.isFinite(out)) throw new Error(`${entry.id}(${show(args)}) gave ${String(out)}`);
      }
      seen.value++;
    }
    // The generator reaches both values and errors for every function (so the test can fail both ways).
    expect(seen.value).toBeGreaterThan(0);
    expect(seen['#VALUE!']).toBeGreaterThan(0);
  });
});

function show(args: unknown[]): string {
  return args
    .map((a) =>
      typeof a === 'bigint' || typeof a === 'symbol' || typeof a === 'function' ? String(a) : JSON.stringify(a),
    )
    .join(', ');
}
