import { gridFromValues } from '../../../src/core/grid';
import type { Plan } from '../../../src/core/plan/types';
import { RULES, validatePlan, type Rule } from '../../../src/core/validate';
import { at, plan, s, t, table, TASK_COLUMNS } from './helpers';

describe('validatePlan', () => {
  const scores = (sheet: string) => table([s('1', undefined, 1, 2, 0.5), s('2', undefined, 1, 'abc', 1)], { sheet });

  test("issues come in the workbook's sheet order, then row, then column", () => {
    const p = plan([scores('Sau'), scores('Trước')]);
    const grids = [gridFromValues('Trước', [[]]), gridFromValues('Sau', [[]])];
    const issues = validatePlan(p, grids);
    expect(issues.map((i) => `${i.sheet}!${i.cell}`)).toEqual([
      'Trước!D6',
      'Trước!E6',
      'Trước!D7',
      'Sau!D6',
      'Sau!E6',
      'Sau!D7',
    ]);
    expect(issues.map((i) => i.code).slice(0, 3)).toEqual(['ABOVE_MAX', 'TARGET_BELOW_RESULT', 'NOT_A_NUMBER']);
  });

  test("without grids, the plan's table order is the sheet order", () => {
    const issues = validatePlan(plan([scores('Sau'), scores('Trước')]));
    expect(issues[0].sheet).toBe('Sau');
  });

  test('a throwing rule becomes a RULE_FAILED issue for each table; the other rules still run', () => {
    const boom: Rule = {
      id: 'boom',
      scope: 'table',
      run: () => {
        throw new TypeError('bad');
      },
    };
    const planBoom: Rule = {
      id: 'plan-boom',
      scope: 'plan',
      run: () => {
        throw new Error('worse');
      },
    };
    const tasks = table([t('1.', 'a', { lead: null })], { kind: 'tasks', columns: TASK_COLUMNS, sheet: 'Phụ lục 1' });
    const issues = validatePlan(plan([tasks]), undefined, [boom, ...RULES, planBoom]);
    expect(at(issues)).toEqual(['RULE_FAILED@A5', 'RULE_FAILED@A5', 'MISSING_LEAD@D6']);
    expect(issues[0].message.vi).toContain('boom');
    expect(issues[0].message.en).toContain('TypeError: bad');
    expect(issues.every((i) => i.sheet === 'Phụ lục 1')).toBe(true);
  });

  test('a rule that returns a broken issue does not pass it on', () => {
    const sloppy: Rule = {
      id: 'sloppy',
      scope: 'table',
      run: () => [
        { code: 'SUM_MISMATCH', severity: 'error', sheet: 'S', cell: 'not a cell', message: { vi: '', en: '' } },
      ],
    };
    expect(validatePlan(plan([scores('S')]), undefined, [sloppy])).toEqual([]);
  });

  test('an empty or malformed plan gives no issue and no exception', () => {
    expect(validatePlan(plan([]))).toEqual([]);
    expect(() => validatePlan({ year: null } as unknown as Plan)).not.toThrow();
    expect(() => validatePlan(null as unknown as Plan)).not.toThrow();
    const broken = {
      year: 2025,
      tables: [
        {
          sheet: 'X',
          kind: 'scores',
          headerRows: [],
          firstRow: 1,
          lastRow: 1,
          columns: null,
          rows: [null, { row: 'x', fields: null }],
        },
      ],
    } as unknown as Plan;
    const issues = validatePlan(broken);
    for (const i of issues) expect(i.code).toBe('RULE_FAILED');
  });
});
