/** Seeded property test: random, messy plans never make validatePlan throw, and every issue is well-formed. */
import { ROLES } from '../../../src/core/app';
import { colLetter, gridFromValues, type Grid } from '../../../src/core/grid';
import type { Column, FieldValue, Plan, PlanRow, PlanTable, RowType, TableKind } from '../../../src/core/plan/types';
import { DEADLINE_KINDS } from '../../../src/core/text';
import { validatePlan } from '../../../src/core/validate';
import { expectWellFormedIssue } from '../../support/issues';
import { pick, prng } from '../../support/rng';

const TYPES: RowType[] = ['section', 'group', 'subgroup', 'item', 'total'];
const KINDS: TableKind[] = ['tasks', 'scores', 'ranks'];
const LABELS = [
  '1',
  '1.',
  '2',
  '3.',
  '1.1',
  '1,1',
  '2.4.1',
  '5.3.2.',
  'I',
  'I.',
  'II',
  'IV',
  'II.3',
  'A',
  'B',
  '-',
  '',
  '+',
  'a)',
  '(1)',
  '1,2,3',
  '01',
  '8,6',
  'XL',
  '0',
  '999',
  'Ⅱ',
  '١',
  '1.1.1.1.1',
];
const TEXTS = [
  'Nhiệm vụ',
  'NHIỆM VỤ',
  '  nhiem   vu ',
  'Sở Nội vụ',
  '',
  '-',
  '=SUM(A1)',
  '>92,00',
  '≥ 90%',
  'trên 90',
  'abc',
  '9,5',
  '1.234,5',
  '86,50%',
  'Thường xuyên',
  'Trước ngày 31/11/2025',
  'x',
  '\u0000',
  'e\u0301',
  '😀',
  'null',
  'NaN',
];
const DUE_KINDS = DEADLINE_KINDS;

function value(r: () => number): FieldValue {
  const k = r();
  if (k < 0.2) return null;
  if (k < 0.45) return pick(r, TEXTS);
  if (k < 0.55) return pick(r, [NaN, Infinity, -Infinity, -1, 0, 1e300, -0, 1e-12, 3.33, 100]);
  return Math.round(r() * 20000) / (r() < 0.5 ? 1000 : 100);
}

function cellAddress(r: () => number, row: number, col: number): string {
  const k = r();
  if (k < 0.8) return `${colLetter(col)}${row}`;
  return pick(r, ['', 'A0', 'zz', '1A', 'ABCD1', 'B-3', `${colLetter(col)}${row}`]);
}

function randomTable(r: () => number, ti: number): PlanTable {
  const ncols = 1 + Math.floor(r() * 8);
  const columns: Column[] = [];
  for (let c = 1; c <= ncols; c++) {
    const role = pick(r, ROLES);
    columns.push({
      col: colLetter(c),
      index: r() < 0.95 ? c : pick(r, [0, -1, NaN, 1.5]),
      role,
      header: pick(r, TEXTS),
      ...(r() < 0.5 ? { year: pick(r, [2024, 2025, 2026, NaN]) } : {}),
    });
  }
  const nrows = Math.floor(r() * 25);
  const rows: PlanRow[] = [];
  for (let i = 0; i < nrows; i++) {
    const rowNo = r() < 0.95 ? 6 + i : pick(r, [0, -3, NaN, 1.5, 1e9]);
    const fields: Record<string, FieldValue> = {};
    const cells: Record<string, string> = {};
    for (const c of columns) {
      const key = c.role === 'rank' ? `rank${c.year ?? ''}` : c.role;
      if (r() < 0.85) fields[key] = value(r);
      if (r() < 0.9) cells[key] = cellAddress(r, 6 + i, c.index);
    }
    const label = r() < 0.9 ? pick(r, LABELS) : ((Math.round(r() * 100) / 10) as unknown as string);
    const key = r() < 0.9 ? `k${i}` : pick(r, ['k0', '', `k${i}`]);
    const parentKey =
      i > 0 && r() < 0.6 ? pick(r, [`k${Math.floor(r() * i)}`, `k${i}`, 'missing', `k${i + 1}`]) : undefined;
    const row: PlanRow = {
      row: rowNo,
      span: 1,
      type: pick(r, TYPES),
      label,
      path: [label],
      key,
      fields,
      cells,
      ...(parentKey !== undefined ? { parentKey } : {}),
    };
    if (r() < 0.4)
      row.due = {
        kind: pick(r, DUE_KINDS),
        date: pick(r, [null, '2025-07-31', '2024-01-01', '2031-02-30', 'junk']),
        text: pick(r, TEXTS),
      };
    rows.push(row);
  }
  return {
    sheet: pick(r, ['Phụ lục 1', 'Phụ lục 2', 'Phụ lục 3', 'Sheet', `T${ti}`]),
    kind: pick(r, KINDS),
    ...(r() < 0.5 ? { title: [pick(r, ['Chỉ số Hài lòng - SIPAS', 'PAR INDEX', 'PAPI', 'x'])] } : {}),
    headerRows: r() < 0.9 ? [5] : [],
    firstRow: 6,
    lastRow: 6 + nrows,
    columns,
    rows,
  };
}

function randomGrid(r: () => number, sheet: string): Grid {
  const values: Array<Array<string | number | null>> = [];
  for (let i = 0; i < 20; i++)
    values.push(Array.from({ length: 8 }, () => (r() < 0.5 ? null : r() < 0.5 ? pick(r, TEXTS) : r() * 10)));
  const g = gridFromValues(sheet, values);
  if (r() < 0.5)
    g.cells[7][3] = {
      kind: 'number',
      value: 1.23456,
      format: pick(r, ['0.00##', '0.0', '0', 'General', '0.00%', '#,##0.000;[Red]-0', '"x"', '']),
    };
  return g;
}

describe('validatePlan on random plans (seeded)', () => {
  test('never throws; every issue has a catalogue code, its severity, a sheet and a valid A1 cell', () => {
    let total = 0;
    const seen = new Set<string>();
    const failures = new Set<string>();
    for (let seed = 1; seed <= 300; seed++) {
      const r = prng(seed);
      const tables = Array.from({ length: 1 + Math.floor(r() * 4) }, (_, i) => randomTable(r, i));
      const p: Plan = { year: pick(r, [2025, null, 1900, NaN]), tables };
      const grids = r() < 0.5 ? tables.map((t) => randomGrid(r, t.sheet)) : undefined;
      let issues: ReturnType<typeof validatePlan> = [];
      expect(() => {
        issues = validatePlan(p, grids);
      }).not.toThrow();
      for (const i of issues) {
        expectWellFormedIssue(i, `seed ${seed}`);
        seen.add(i.code);
        if (i.code === 'RULE_FAILED') failures.add(`seed ${seed}: ${i.message.en}`);
      }
      total += issues.length;
    }
    // The generator is messy enough to reach most rules, and no rule fails on it.
    expect(total).toBeGreaterThan(300);
    expect([...failures].slice(0, 5)).toEqual([]);
    expect(seen.size).toBeGreaterThanOrEqual(12);
  });
});
