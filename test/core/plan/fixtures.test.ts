/**
 * The reader on the real appendices, scored by the project's scoring script (fixtures/tools) against the truth:
 * every table line must reach rows ≥ 0.99, fields ≥ 0.98, structure ≥ 0.97.
 */
import * as fs from 'fs';
import * as path from 'path';
import { readWorkbookGrids } from '../../../src/adapters/xlsx/read';
import { readPlan } from '../../../src/core/plan';
import { FIXTURES, evaluate } from './helpers';

interface TruthTable {
  key: string;
  sheet: string;
  kind: string;
  rows: { type: string; label: string; fields: Record<string, unknown> }[];
}

describe.each(FIXTURES)('fixture $name', ({ file, truth }) => {
  const truthJson = JSON.parse(fs.readFileSync(truth, 'utf8')) as { tables: TruthTable[] };

  it('scores ≥ 0.99 rows, ≥ 0.98 fields, ≥ 0.97 structure on every table', async () => {
    const plan = readPlan(await readWorkbookGrids(file), { file: path.basename(file) });
    const { lines, raw } = evaluate(truth, plan);
    expect(lines).toHaveLength(truthJson.tables.length);
    for (const l of lines) {
      expect({ table: l.table, note: l.note }).toEqual({ table: l.table, note: '' });
      if (l.rows < 0.99 || l.fields < 0.98 || l.structure < 0.97) throw new Error(`below threshold:\n${raw}`);
    }
  });

  it('finds each truth table with its kind and the same sequence of row types and labels', async () => {
    const plan = readPlan(await readWorkbookGrids(file));
    for (const t of truthJson.tables) {
      const mine = plan.tables.filter((x) => x.sheet === t.sheet);
      expect(mine).toHaveLength(1);
      expect(mine[0].kind).toBe(t.kind);
      expect(mine[0].rows.map((r) => `${r.type} ${r.label}`)).toEqual(t.rows.map((r) => `${r.type} ${r.label}`));
    }
    expect(plan.tables).toHaveLength(truthJson.tables.length);
  });

  it('gives every row a unique key and points parents at rows of the same table', async () => {
    const plan = readPlan(await readWorkbookGrids(file));
    for (const t of plan.tables) {
      const keys = t.rows.map((r) => r.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const r of t.rows) if (r.parentKey !== undefined) expect(keys).toContain(r.parentKey);
    }
  });
});

describe('fixture details', () => {
  it('reads the plan year 2025 and the due dates of Hà Nội Phụ lục 1', async () => {
    const plan = readPlan(await readWorkbookGrids(FIXTURES[0].file));
    expect(plan.year).toBe(2025);
    const pl1 = plan.tables.find((t) => t.sheet === 'Phụ lục 1');
    const first = pl1?.rows.find((r) => r.type === 'item');
    expect(first?.due).toEqual({ kind: 'month', date: '2025-07-31', text: 'Tháng 7/2025' });
    const withDeadline = pl1?.rows.filter((r) => r.type === 'item' && r.fields.deadline) ?? [];
    expect(withDeadline.length).toBeGreaterThan(100);
    expect(withDeadline.every((r) => r.due !== undefined)).toBe(true);
  });

  it('joins Điện Bàn continuation rows and keeps sub-requirements of a merged criterion as own records', async () => {
    const plan = readPlan(await readWorkbookGrids(FIXTURES[1].file));
    const t = plan.tables[0];
    const r6 = t.rows.find((r) => r.row === 6);
    expect(r6?.span).toBe(4);
    expect(String(r6?.fields.output)).toContain('\n- Tài liệu kiểm chứng khác (nếu có).');
    const parts = t.rows.filter((r) => r.fields.criterion === 'Đối thoại của lãnh đạo phường với doanh nghiệp');
    expect(parts.map((r) => r.row)).toEqual([17, 20, 21]);
    expect(parts.map((r) => r.key)).toEqual(['I.6#1', 'I.6#2', 'I.6#3']);
    expect(t.rows.find((r) => r.row === 6)?.due).toMatchObject({ kind: 'invalid', date: null });
    expect(t.rows.find((r) => r.row === 6)?.cells).toMatchObject({ no: 'A6', criterion: 'B6', deadline: 'F6' });
  });
});
