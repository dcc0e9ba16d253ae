/**
 * Bench section "functions": the speed of each of the 9 custom functions through the Excel boundary (compiled code
 * in lib/; run `npm run build:cli` first, or set CHISO_LIB to another compiled tree). Seeded inputs, so every run
 * measures the same work; each figure is the median of several timed runs after a warm-up.
 * - PAR.SCORE and PAR.GAP: one call over a 10,000-row range shaped like appendix columns (fields "1", criteria 1.1
 *   as numbers and "1,2" as text, sub-criteria "1.3.1", PAPI-style "-" bullets, total rows without id; points as
 *   numbers and as text with a decimal comma) → ms per call and rows per second.
 * - The seven scalar functions: 10,000 calls, one per input (PAR.RATIO, PAR.SIPAS, PAPI.GAP/RANK/GROUP on varied
 *   numbers, text numbers, targets and years; CCHC.DEADLINE over 10,000 deadline texts; CCHC.STATUS over 10,000 dues)
 *   → µs per call and calls per second. A #VALUE! / #N/A is a result too (counted in the note).
 */
import type * as Catalogue from '../../src/functions/catalogue';
import type { FunctionSpec } from '../../src/core/score/specs';
import { prng, round, runIfMain, timeRuns, type BenchRow } from '../lib/bench-util';
import { loadSpecs } from '../lib/function-specs';
import { fromLib } from '../lib/root';

const N = 10000;

/** What Excel passes: a scalar, or a range as rows of cells. */
type Arg = string | number | boolean | null | undefined | Arg[][];
/** A custom function as the bench calls it: any arguments (the functions coerce what Excel passes). */
type AnyFunction = (...args: Arg[]) => unknown;
type Rnd = () => number;
type Pick = <T>(xs: readonly T[]) => T;

/** N rows of [id], [points] and [maximum] as Excel passes three columns. */
function scoreRange(rows: number): Record<'ids' | 'points' | 'maxima', Arg[][]> {
  const rnd = prng(42);
  const ids: Arg[][] = [];
  const points: Arg[][] = [];
  const maxima: Arg[][] = [];
  const push = (id: string | number | null, max: number): void => {
    const v = Math.round(rnd() * max * 1000) / 1000;
    ids.push([id]);
    points.push([rnd() < 0.4 ? String(v).replace('.', ',') : v]); // text with a decimal comma, as pasted from Word
    maxima.push([max]);
  };
  let field = 0;
  while (ids.length < rows) {
    field++;
    push(String(field), 15); // field subtotal
    for (let c = 1; c <= 7 && ids.length < rows; c++) {
      push(c % 2 ? Number(`${field}.${c}`) : `${field},${c}`, 3); // 1.1 kept as a number, "1,2" as text
      if (c % 3 === 0)
        for (let s = 1; s <= 4 && ids.length < rows; s++) push(`${field}.${c}.${s}${s === 4 ? '.' : ''}`, 1);
      if (c === 5) for (let b = 0; b < 3 && ids.length < rows; b++) push('-', 2.5);
    }
    if (ids.length < rows && field % 5 === 0) push(null, 100); // a total row without id
  }
  return { ids: ids.slice(0, rows), points: points.slice(0, rows), maxima: maxima.slice(0, rows) };
}

const DEADLINES = [
  'Tháng 7/2025',
  'Tháng 12 năm 2025',
  '6/2025',
  'Quý II/2025',
  'Quý IV',
  'Quý 3/2025',
  'Trước ngày 15/12/2025',
  'Hoàn thành trước 10/12/2025',
  'Trong năm 2025',
  'Trong năm',
  'Năm 2025',
  '- Tháng 6/2025 (các sở, ngành)\n- Tháng 7/2025 (UBND cấp xã)',
  'Thường xuyên',
  'Hằng quý',
  'Hàng tháng báo cáo UBND TP',
  'Theo hướng dẫn của Sở Nội vụ',
  'Sau khi có văn bản của Bộ Nội vụ',
  'Trước ngày 31/11/2025',
  'Chưa xác định',
];
const GROUPS = ['Cao', 'Trung bình cao', 'TB cao', 'Trung bình thấp', 'Thấp', 'Nhóm 1', 'Nhóm 4'];
const DONE: Arg[] = ['', '', '', 'x', true, false, 1, '100%', 45900];

/** N argument lists for each scalar function, from one seed each. */
function scalarInputs(): Record<string, Arg[][]> {
  const gen = (seed: number, make: (rnd: Rnd, pick: Pick) => Arg[]): Arg[][] => {
    const rnd = prng(seed);
    const pick: Pick = (xs) => xs[Math.floor(rnd() * xs.length)];
    return Array.from({ length: N }, () => make(rnd, pick));
  };
  const score = (rnd: Rnd): number => Math.round((35 + rnd() * 15) * 10000) / 10000; // PAPI totals around the published range
  const asText = (rnd: Rnd, v: number): Arg => (rnd() < 0.3 ? String(v).replace('.', ',') : v);
  const year = (rnd: Rnd, pick: Pick): number | undefined => (rnd() < 0.2 ? undefined : pick([2023, 2024]));
  return {
    'PAR.RATIO': gen(1, (rnd) => {
      const planned = 1 + Math.floor(rnd() * 40);
      return [
        Math.floor(rnd() * (planned + 3)),
        planned,
        asText(rnd, 0.5 + Math.round(rnd() * 30) / 10),
        rnd() < 0.3 ? '80%' : undefined,
      ];
    }),
    'PAR.SIPAS': gen(2, (rnd) => [
      rnd() < 0.3 ? `${(70 + rnd() * 30).toFixed(2).replace('.', ',')}%` : 70 + rnd() * 30,
      rnd() < 0.5 ? 10 : undefined,
    ]),
    'PAPI.GAP': gen(3, (rnd, pick) => [
      asText(rnd, score(rnd)),
      rnd() < 0.6 ? pick(GROUPS) : score(rnd),
      year(rnd, pick),
    ]),
    'PAPI.RANK': gen(4, (rnd, pick) => [asText(rnd, score(rnd)), year(rnd, pick)]),
    'PAPI.GROUP': gen(5, (rnd, pick) => [asText(rnd, score(rnd)), year(rnd, pick)]),
    'CCHC.DEADLINE': gen(7, (rnd, pick) => [pick(DEADLINES), 2025]),
    // Dues as deadline texts and as Excel date serials (2025), done flags, a fixed today, a window now and then.
    'CCHC.STATUS': gen(8, (rnd, pick) => [
      rnd() < 0.5 ? pick(DEADLINES) : 45658 + Math.floor(rnd() * 365),
      pick(DONE),
      45930,
      rnd() < 0.3 ? 30 : undefined,
    ]),
  };
}

/** Calls `fn` on every argument list; counts values and Excel errors (the function's own #VALUE! / #N/A). */
function sweep(fn: AnyFunction, inputs: Arg[][]): { values: number; errors: number } {
  let values = 0;
  let errors = 0;
  for (const args of inputs) {
    try {
      fn(...args);
      values++;
    } catch {
      errors++;
    }
  }
  return { values, errors };
}

/** The functions the bench times, from the spec: range functions per row, the others per call. Throws on a gap. */
function plan(inputs: Record<string, Arg[][]>): { ranges: FunctionSpec[]; scalars: FunctionSpec[] } {
  const { FUNCTION_SPECS, RANGE_KINDS } = loadSpecs();
  const ranges: FunctionSpec[] = [];
  const scalars: FunctionSpec[] = [];
  for (const f of FUNCTION_SPECS) {
    if (f.params.some((p) => RANGE_KINDS.includes(p.kind))) ranges.push(f);
    else if (inputs[f.id]) scalars.push(f);
    else throw new Error(`bench functions: no inputs for ${f.id}; add them to scalarInputs()`);
  }
  return { ranges, scalars };
}

/** The arguments of one call over the 10,000 rows: the required ranges and the ids (other optional ones left out). */
function rangeArgs(spec: FunctionSpec, cols: Record<string, Arg[][]>): Array<Arg[][] | undefined> {
  return spec.params.filter((p) => !p.optional || p.name === 'ids').map((p) => cols[p.name]);
}

/** Options (for tests; the bench uses the defaults): `runs` (15), `catalogue` instead of lib/'s. */
export async function run(opts: { runs?: number; catalogue?: typeof Catalogue.CATALOGUE } = {}): Promise<BenchRow[]> {
  const runs = opts.runs || 15;
  const catalogue = opts.catalogue || fromLib<typeof Catalogue>('functions/catalogue.js').CATALOGUE;
  // The implementations Excel's entry calls, by the spec's function name.
  const fns: Record<string, AnyFunction> = Object.fromEntries(catalogue.map((e) => [e.spec.fn, e.impl]));
  const out: BenchRow[] = [];
  const of = `median of ${runs}`;

  const cols = scoreRange(N);
  const inputs = scalarInputs();
  const { ranges, scalars } = plan(inputs);
  for (const spec of ranges) {
    const args = rangeArgs(spec, cols);
    if (args.some((a) => a === undefined)) throw new Error(`bench functions: no range for a parameter of ${spec.id}`);
    const t = await timeRuns(() => fns[spec.fn](...args), runs);
    const id = spec.id;
    out.push({
      case: `${id} 10,000 rows with ids`,
      value: round(t.ms, 3),
      unit: 'ms/call',
      note: `${of}; result ${round(Number(t.last), 4)}`,
    });
    out.push({ case: `${id} 10,000 rows with ids`, value: Math.round((N / t.ms) * 1000), unit: 'rows/s' });
  }

  for (const { id, fn } of scalars) {
    const t = await timeRuns(() => sweep(fns[fn], inputs[id]), runs);
    const { values, errors } = t.last;
    out.push({
      case: `${id} ${N.toLocaleString('en')} calls`,
      value: round((t.ms * 1000) / N, 3),
      unit: 'µs/call',
      note: `${of}; ${Math.round((N / t.ms) * 1000).toLocaleString('en')} calls/s; ${values} values, ${errors} #VALUE!/#N/A`,
    });
  }
  return out;
}

export const name = 'functions';

runIfMain(module, run);
