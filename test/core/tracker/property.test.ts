/**
 * Seeded property test: random plans (negative, huge and non-finite numbers, number-like text, empty tables and
 * cells, odd agencies) never make the tracker builder throw — neither on a first run nor on a refresh of its own
 * output with random entries typed in. A failure prints the seed and case number to replay.
 */
import type { Plan, PlanRow, PlanTable } from '../../../src/core/plan/types';
import { buildTrackerSet } from '../../../src/core/tracker';
import { bar } from '../../../src/core/tracker/summary-sheet';
import { prng } from '../../support/rng';
import { gridOfSpec, headerCol, scoreTable, taskTable, typeInto } from './helpers';

const SEED = 20251130;
const CASES = 150;

const NUMBERS = [0, -35, -1e308, 1e308, Number.MAX_VALUE, -0.0001, 3.33, 100, Infinity, -Infinity, NaN, 1e-300, 80];
const TEXTS = [
  'NaN',
  'Infinity',
  '-Infinity',
  '1,2,3',
  '>92,00',
  '-',
  '',
  '  ',
  '=1+1',
  '9,5',
  '-35',
  '1e999',
  '∞',
  '*?~',
];
const LEADS = [
  'Sở Nội vụ',
  '- Sở A\n- Sở B',
  'Sở * ?~; Sở Nội',
  '(ghi chú)',
  ';;;',
  '|',
  '',
  '+84 9',
  'Các sở, ban, ngành, UBND cấp xã',
  'x'.repeat(400),
];
const TITLES = ['PAR INDEX', 'Chỉ số PAPI', 'Chỉ số Hài lòng - SIPAS', 'Bảng điểm', ''];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

function value(r: () => number): string | number | null {
  const k = r();
  if (k < 0.45) return pick(r, NUMBERS);
  if (k < 0.6) return (r() - 0.5) * 10 ** Math.floor(r() * 12);
  if (k < 0.85) return pick(r, TEXTS);
  return null;
}

function randomTable(r: () => number, sheet: string): PlanTable {
  const n = Math.floor(r() * 7);
  if (r() < 0.5) {
    const rows = Array.from({ length: n }, (_, i) => ({
      key: r() < 0.2 ? 'A' : `A.${i + 1}`,
      fields: {
        task: pick(r, TEXTS) || `Việc ${i}`,
        lead: pick(r, LEADS),
        deadline: pick(r, ['Tháng 7/2025', 'Thường xuyên', '', '31/02/2025']),
        output: value(r),
      },
      ...(r() < 0.5
        ? { due: { kind: 'date' as const, date: pick(r, ['2025-07-31', '2025-12-31', '1900-01-01']), text: 'x' } }
        : {}),
    }));
    return taskTable(sheet, rows);
  }
  const rows: Array<Partial<PlanRow> & { key: string }> = [];
  if (r() < 0.6)
    rows.push({
      key: 'TOTAL',
      type: 'total',
      label: '',
      path: [],
      fields: { task: 'TỔNG', max: value(r), result: value(r), target: value(r) },
    });
  for (let i = 0; i < n; i++) {
    const parent = i > 0 && r() < 0.5 ? `${Math.max(1, i - 1)}` : undefined;
    rows.push({
      key: parent ? `${parent}.${i}` : `${i + 1}`,
      ...(parent ? { parentKey: parent } : {}),
      fields: { task: `Tiêu chí ${i}`, max: value(r), result: value(r), target: value(r), lead: pick(r, LEADS) },
    });
  }
  return scoreTable(sheet, pick(r, TITLES), rows, { result: pick(r, [2023, 2024, 2030]), target: 2025 });
}

describe('the tracker builder on random plans', () => {
  it(`never throws (seed ${SEED}, ${CASES} plans, each tracked then refreshed with random entries)`, () => {
    const r = prng(SEED);
    for (let c = 0; c < CASES; c++) {
      const tables = Array.from({ length: Math.floor(r() * 4) }, (_, i) => randomTable(r, `PL${i + 1}`));
      const plan: Plan = { year: r() < 0.8 ? 2025 : null, tables };
      const where = `seed ${SEED}, case ${c}`;
      let first;
      try {
        first = buildTrackerSet(plan, [], {
          today: '2025-09-30',
          fixedToday: r() < 0.5,
          soonDays: pick(r, [0, 14, 366]),
        });
      } catch (e) {
        throw new Error(`${where}, first run: ${String(e)}`);
      }
      const grids = first.sheets.map(gridOfSpec);
      for (const spec of first.sheets.filter((s) => s.kind === 'scores' || s.kind === 'tasks')) {
        const g = grids.find((x) => x.sheet === spec.name)!;
        const col = spec.kind === 'scores' ? headerCol(spec, 'Ước đạt') : headerCol(spec, 'Tiến độ (%)');
        for (let row = 6; row <= g.rowCount + 1; row++) {
          const v = value(r);
          if (typeof v === 'number') typeInto(g, row, col, { kind: 'number', value: v });
          else if (v !== null) typeInto(g, row, col, { kind: 'text', text: v });
        }
      }
      try {
        buildTrackerSet(plan, [], { today: '2025-09-30', existingSheets: first.sheets.map((s) => s.name) }, { grids });
      } catch (e) {
        throw new Error(`${where}, refresh: ${String(e)}`);
      }
    }
  });

  it('draws a bar for any fraction, never with a negative or non-finite count', () => {
    for (const f of [-35, -Infinity, Infinity, NaN, -0.01, 0, 0.5, 1, 2, 1e308, -1e308])
      expect(() => bar(f)).not.toThrow();
    expect(bar(-0.5)).toBe('');
    expect(bar(0.5)).toBe('█'.repeat(10));
    expect(bar(7)).toBe('█'.repeat(20));
    expect(bar(NaN)).toBe('');
  });

  it('a negative score gives an empty bar, and the REPT formula is clamped at 0 too', () => {
    const t = scoreTable('PL2', 'PAR INDEX', [
      { key: '1', fields: { task: 'Tiêu chí âm', max: 10, result: -35, target: 5 } },
      { key: '2', fields: { task: 'Tiêu chí', max: 10, result: 1, target: 5 } },
    ]);
    const set = buildTrackerSet({ year: 2025, tables: [t] }, [], { today: '2025-09-30', fixedToday: true });
    const summary = set.sheets.find((s) => s.kind === 'summary')!;
    const row = summary.cells.find((x) => typeof x?.[0]?.v === 'string' && x[0].v.startsWith('PAR INDEX'))!;
    expect(row[4]?.r).toBe(-34);
    expect(row[6]).toMatchObject({ r: '' });
    expect(row[6]?.f).toMatch(/^IF\(F\d+="","",REPT\("█",MAX\(0,ROUND\(MIN\(F\d+,1\)\*20,0\)\)\)\)$/);
  });
});
