/**
 * The criteria table of a sample plan (Hà Nội's Phụ lục 2) as a self-assessment set: ids, maxima, last results and
 * targets as printed; scoring marks carried from PAR INDEX 2024 only where id and title agree; the rules on it.
 */
import { readFileSync } from 'fs';
import { readXlsxWorkbook } from '../../../src/adapters/xlsx/reader';
import { assess } from '../../../src/core/assess/model';
import { leaves, planCriteriaTables, setFromPlanTable } from '../../../src/core/assess/sets';
import { EMPTY_ENTRY } from '../../../src/core/assess/types';
import { PAR_2024 } from '../../../src/core/frameworks';
import { readPlan } from '../../../src/core/plan';
import type { PlanTable } from '../../../src/core/plan/types';
import { planFile } from '../../support/fixtures';

let table: PlanTable;
beforeAll(async () => {
  const { grids } = await readXlsxWorkbook(readFileSync(planFile()), 'hanoi-2025-phu-luc.xlsx');
  const tables = planCriteriaTables(readPlan(grids));
  expect(tables.map((t) => t.sheet)).toEqual(['Phụ lục 2']);
  table = tables[0];
});

describe('a criteria table read from the plan', () => {
  test('102 criteria, 8 fields whose maxima add up to 100, printed results and targets', () => {
    const set = setFromPlanTable(table, PAR_2024);
    expect(set.criteria).toHaveLength(102);
    expect(set.name).toBe('Phụ lục 2 — Các chỉ tiêu cần cải thiện, nâng cao tại Chỉ số CCHC - PAR INDEX');
    const fields = set.criteria.filter((c) => c.parent === null);
    expect(fields.map((f) => f.max)).toEqual([9.5, 10, 13, 10.5, 15, 12, 13.5, 16.5]);
    expect(leaves(set).reduce((a, c) => a + (c.max ?? 0), 0)).toBeCloseTo(100, 9);
    // Phụ lục 2 prints for 1.3: result 2024 = 1,9, target 2025 = 2; the years come from the headers.
    const c13 = set.criteria.find((c) => c.id === '1.3');
    expect([c13?.lastResult, c13?.target, c13?.children, set.resultYear, set.targetYear]).toEqual([
      1.9,
      2,
      ['1.3.1', '1.3.2'],
      2024,
      2025,
    ]);
    expect(set.criteria.every((c) => c.scoringKnown)).toBe(true);
    expect(set.criteria.filter((c) => c.scoring === 'survey').map((c) => c.id)).toContain('8.1');
    expect(set.criteria.find((c) => c.id === '1.1')?.scoring).toBe('ratio');
  });

  test('a criterion whose title differs from the framework’s has an unknown scoring (self-scored, said so)', () => {
    const changed: PlanTable = {
      ...table,
      rows: table.rows.map((r) => (r.key === '8.1' ? { ...r, fields: { ...r.fields, task: 'Chỉ số khác' } } : r)),
    };
    const set = setFromPlanTable(changed, PAR_2024);
    const c81 = set.criteria.find((c) => c.id === '8.1');
    expect([c81?.scoring, c81?.scoringKnown]).toEqual(['self', false]);
    const r = assess({ set, entries: new Map(), evidence: [], tasks: null, year: 2025 });
    expect(r.problems.map((p) => [p.code, p.params])).toEqual([['SCORING_UNKNOWN', { count: 1, labels: '8.1' }]]);
  });

  test('rules on the plan’s set: a parent maximum off, a survey criterion self-scored, a score above its maximum', () => {
    const off: PlanTable = {
      ...table,
      rows: table.rows.map((r) => (r.key === '1.3' ? { ...r, fields: { ...r.fields, max: 2.5 } } : r)),
    };
    const set = setFromPlanTable(off, PAR_2024);
    const entries = new Map([
      ['8.1', { ...EMPTY_ENTRY, selfScore: 9 }],
      ['1.2', { ...EMPTY_ENTRY, selfScore: 0.75, explanation: 'Có' }],
    ]);
    const r = assess({ set, entries, evidence: [], tasks: null, year: 2025 });
    // 1.3 (2,5) is not 1.3.1 + 1.3.2 (2), and field 1 (9,5) is no longer the sum of its criteria (10).
    expect(r.problems.map((p) => `${p.code}@${p.at.on === 'criterion' ? p.at.id : ''}`).sort()).toEqual([
      'ASSESS_SUM_MISMATCH@1',
      'ASSESS_SUM_MISMATCH@1.3',
      'SELF_ABOVE_MAX@1.2',
      'SELF_ON_SURVEY@8.1',
    ]);
    const clean = assess({
      set: setFromPlanTable(table, PAR_2024),
      entries: new Map(),
      evidence: [],
      tasks: null,
      year: 2025,
    });
    expect(clean.problems).toEqual([]);
  });
});
