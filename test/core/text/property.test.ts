/** Seeded random inputs: no function of the text core throws, and results keep their shape. */
import {
  DEADLINE_KINDS,
  addDays,
  classifyLabel,
  cleanText,
  daysBetween,
  fold,
  formatVnDate,
  formatVnNumber,
  isoDate,
  normalizeLabel,
  parseIso,
  parseVnNumber,
  readDeadline,
  yearsInText,
} from '../../../src/core/text';
import { prng } from '../../support/rng';

const PIECES = [
  'Trước ngày ',
  'trước ',
  'Tháng ',
  'tháng ',
  'Quý ',
  'quy ',
  'năm ',
  'Năm ',
  'Trong năm',
  'Hằng ',
  'Hàng ',
  'háng ',
  'quý',
  'tháng',
  'tuần',
  'Thường xuyên',
  'Định kỳ ',
  'Sau khi ',
  'Khi ',
  'Theo hướng dẫn ',
  'từ ',
  ' đến ',
  'và ',
  'ngày ',
  'số ',
  '/KH-UBND',
  'I',
  'II',
  'IV',
  'V',
  'X',
  '0',
  '1',
  '2',
  '5',
  '9',
  '12',
  '13',
  '15',
  '29',
  '30',
  '31',
  '2025',
  '2024',
  '25',
  '1990',
  '2101',
  '/',
  '/',
  '-',
  '.',
  ',',
  ';',
  '%',
  ' ',
  ' ',
  '\n',
  '\u00A0',
  '\t',
  '(',
  ')',
  '–',
  '•',
  '+',
  'e',
  'E',
  'đ',
  'Đ',
  'ư',
  'ơ',
  '\u0301',
  '\u0323',
  '\u200B',
  '\uFEFF',
  '>',
  '<',
  'a',
  'b',
  'C',
  'D',
  '😀',
  '\uD800',
  '\\',
  '$',
  '^',
  '*',
  '?',
  '[',
  ']',
];

function randomText(next: () => number): string {
  const n = Math.floor(next() * 14);
  let s = '';
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(next() * PIECES.length)];
  if (next() < 0.1) s += String.fromCharCode(Math.floor(next() * 0x3000));
  return s;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

describe('text core on random input (seeded)', () => {
  const seeds = [1, 42, 20251215];
  it.each(seeds)('seed %p: nothing throws and results are well-formed', (seed) => {
    const next = prng(seed);
    for (let i = 0; i < 3000; i++) {
      const text = randomText(next);
      const year = next() < 0.5 ? 2025 : next() < 0.5 ? null : Math.floor(next() * 3000);

      const d = readDeadline(text, year);
      expect(DEADLINE_KINDS).toContain(d.kind);
      if (d.date !== null) {
        expect(d.date).toMatch(ISO);
        expect(parseIso(d.date)).not.toBeNull();
        expect(d.dates).toContain(d.date);
        expect(d.date).toBe(d.dates[0]);
      } else {
        expect(typeof d.reason?.vi).toBe('string');
        expect(typeof d.reason?.en).toBe('string');
      }
      expect([...d.dates].sort()).toEqual(d.dates);
      if (d.kind === 'multiple') expect(d.dates.length).toBeGreaterThanOrEqual(2);
      if (d.kind === 'recurring' || d.kind === 'event' || d.kind === 'unknown') expect(d.date).toBeNull();

      const v = parseVnNumber(text);
      if (v !== null) expect(Number.isFinite(v)).toBe(true);
      expect(typeof formatVnNumber(v ?? next() * 1e6 - 5e5, next() < 0.5 ? undefined : Math.floor(next() * 5))).toBe(
        'string',
      );

      expect(fold(fold(text))).toBe(fold(text));
      expect(cleanText(cleanText(text))).toBe(cleanText(text));
      const label = normalizeLabel(text);
      expect(typeof label).toBe('string');
      expect(classifyLabel(label).kind).toBe(classifyLabel(text).kind);
      for (const y of yearsInText(text)) expect(y >= 1990 && y <= 2100).toBe(true);
    }
  });

  it('date helpers never throw and agree with each other', () => {
    const next = prng(7);
    for (let i = 0; i < 2000; i++) {
      const iso = isoDate(1990 + Math.floor(next() * 120), 1 + Math.floor(next() * 13), 1 + Math.floor(next() * 31));
      const n = Math.floor(next() * 2000) - 1000;
      if (iso === null) {
        expect(addDays('2025-11-31', n)).toBeNull();
        continue;
      }
      const later = addDays(iso, n);
      expect(later).not.toBeNull();
      expect(daysBetween(iso, later as string)).toBe(n);
      expect(formatVnDate(iso)).toMatch(/^\d\d\/\d\d\/\d{4}$/);
    }
  });

  // Speed is measured by `npm run bench`, not here; this only checks long repetitive input is handled
  // (catastrophic backtracking would hang it until jest's timeout).
  it('handles long repetitive input', () => {
    const evil = [
      '1/'.repeat(3000),
      'quy '.repeat(3000),
      '1 '.repeat(5000) + 'x',
      'so 1/'.repeat(2000),
      'ngay 1 thang '.repeat(1000),
    ];
    for (const t of evil) {
      expect(DEADLINE_KINDS).toContain(readDeadline(t, 2025).kind);
      expect(parseVnNumber(t)).toBeNull();
      expect(typeof classifyLabel(t).kind).toBe('string');
    }
  });
});

describe('portability of the text core', () => {
  it('uses no regex look-behind anywhere in src (Safari < 16.4, i.e. Excel on older Macs, cannot parse it)', () => {
    const fs = require('fs') as typeof import('fs');
    const path = require('path') as typeof import('path');
    // All of src: the pane bundles the core, and one look-behind literal breaks the whole bundle there.
    const root = path.resolve(__dirname, '../../../src');
    const files = (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f));
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.filter((f) => /\(\?<[=!]/.test(fs.readFileSync(path.join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
