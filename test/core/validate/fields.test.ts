import { validatePlan } from '../../../src/core/validate';
import { deadlineRule } from '../../../src/core/validate/deadlines';
import { duplicateRule } from '../../../src/core/validate/duplicates';
import { numbersRule, readThreshold } from '../../../src/core/validate/numbers';
import { requiredRule } from '../../../src/core/validate/required';
import { readDeadline } from '../../../src/core/text';
import type { Due } from '../../../src/core/plan/types';
import { at, expectOnly, group, plan, s, SCORE_COLUMNS, t, table, TASK_COLUMNS, type RowSpec } from './helpers';

const taskTable = (rows: RowSpec[], columns = TASK_COLUMNS) =>
  table(rows, { kind: 'tasks', columns, sheet: 'Phụ lục 1' });

describe('MISSING_LEAD / MISSING_DEADLINE / MISSING_OUTPUT', () => {
  const run = (rows: RowSpec[], columns = TASK_COLUMNS) =>
    validatePlan(plan([taskTable(rows, columns)]), undefined, [requiredRule]);

  test('each missing field is a warning on its own cell', () => {
    const issues = run([
      t('1.', 'a', { lead: null }),
      t('2.', 'b', { deadline: '' }),
      t('3.', 'c', { output: '  ' }),
      t('4.', 'd', { lead: '-' }),
    ]);
    expect(at(issues)).toEqual(['MISSING_LEAD@D6', 'MISSING_DEADLINE@C7', 'MISSING_OUTPUT@F8', 'MISSING_LEAD@D9']);
    expect(issues.every((i) => i.severity === 'warning')).toBe(true);
  });

  test('complete items, headings and parents are not reported', () => {
    expect(
      run([
        group('I'),
        t('1.', 'cha', { lead: null, deadline: null, output: null }, { parent: 'I' }),
        t('1.1', 'con', {}, { parent: '1.' }),
        t('2.', 'b', {}, { parent: 'I' }),
      ]),
    ).toEqual([]);
  });

  test('only where the table has the column', () => {
    const noOutput = TASK_COLUMNS.filter((c) => c.role !== 'output');
    expect(run([t('1.', 'a', { output: null })], noOutput)).toEqual([]);
    const scores = table([
      s('1', undefined, 1, 1, 1),
      s('2', undefined, 1, 1, 1, { fields: { max: 1, result: 1, target: 1, lead: null } }),
    ]);
    expect(at(validatePlan(plan([scores]), undefined, [requiredRule]))).toEqual(['MISSING_LEAD@F7']);
  });
});

describe('INVALID_DATE / UNKNOWN_DEADLINE / DEADLINE_OUTSIDE_YEAR', () => {
  const due = (kind: Due['kind'], text: string, date: string | null = null): Due => ({ kind, text, date });
  const run = (rows: RowSpec[], year: number | null = 2025) =>
    validatePlan(plan([taskTable(rows)], year), undefined, [deadlineRule]);

  test("an impossible date is an error on the deadline cell, naming the month's length", () => {
    const text = 'Hoàn thành Trước ngày 31/11/2025';
    const issues = run([t('1.', 'a', { deadline: text }, { due: due('invalid', text) })]);
    expectOnly(issues, 'INVALID_DATE@C6', 'error', '31/11/2025', '30 ngày');
  });

  test("the text reader's own verdict on 31/11/2025 feeds the rule", () => {
    const text = 'Trước ngày 31/11/2025';
    const d = readDeadline(text, 2025);
    const issues = run([t('1.', 'a', { deadline: text }, { due: { kind: d.kind, date: d.date, text: d.text } })]);
    expect(at(issues)).toEqual(['INVALID_DATE@C6']);
  });

  test('an unreadable deadline is a warning; recurring, event and dated ones are fine', () => {
    const issues = run([
      t('1.', 'a', { deadline: 'abc xyz' }, { due: due('unknown', 'abc xyz') }),
      t('2.', 'b', { deadline: 'Thường xuyên' }, { due: due('recurring', 'Thường xuyên') }),
      t('3.', 'c', { deadline: 'Theo hướng dẫn của Sở Nội vụ' }, { due: due('event', 'Theo hướng dẫn của Sở Nội vụ') }),
      t('4.', 'd', { deadline: 'Tháng 7/2025' }, { due: due('month', 'Tháng 7/2025', '2025-07-31') }),
      t('5.', 'e', { deadline: 'Quý I/2026' }, { due: due('quarter', 'Quý I/2026', '2026-03-31') }),
    ]);
    expectOnly(issues, 'UNKNOWN_DEADLINE@C6', 'warning');
  });

  test('a dated deadline before the plan year (or years after it) is a warning; no plan year, no check', () => {
    const rows = [
      t('1.', 'a', { deadline: 'Trước ngày 15/12/2024' }, { due: due('date', 'Trước ngày 15/12/2024', '2024-12-15') }),
    ];
    expect(at(run(rows))).toEqual(['DEADLINE_OUTSIDE_YEAR@C6']);
    expect(run(rows, null)).toEqual([]);
  });
});

describe('NOT_A_NUMBER / THRESHOLD_TEXT', () => {
  const run = (rows: RowSpec[]) => validatePlan(plan([table(rows)]), undefined, [numbersRule]);

  test('">92,00" as a target is read as text: a warning that says so', () => {
    const issues = run([s('1', undefined, 100, 90.5, '>92,00')]);
    expectOnly(issues, 'THRESHOLD_TEXT@E6', 'warning', '92,00', 'văn bản');
  });

  test('other text in a numeric column is an error; numbers as text, dashes and blanks are fine', () => {
    const issues = run([
      s('1', undefined, 'mười', 9, 9),
      s('2', undefined, 1, '9,5,', '1,0'),
      s('3', undefined, '-', null, ''),
    ]);
    expect(at(issues)).toEqual(['NOT_A_NUMBER@C6', 'NOT_A_NUMBER@D7']);
    expect(issues[0].severity).toBe('error');
  });

  test('rank columns: only thresholds are noted', () => {
    const cols = [...SCORE_COLUMNS, { role: 'rank' as const, header: '2025', year: 2025 }];
    const tb = table(
      [
        s('1', undefined, 1, 1, 1, { fields: { max: 1, result: 1, target: 1, lead: 'x', rank2025: 'Nhóm A' } }),
        s('2', undefined, 1, 1, 1, { fields: { max: 1, result: 1, target: 1, lead: 'x', rank2025: '≤ 20' } }),
      ],
      { columns: cols },
    );
    expect(at(validatePlan(plan([tb]), undefined, [numbersRule]))).toEqual(['THRESHOLD_TEXT@G7']);
  });

  test.each([
    ['>92,00', '>', '92,00'],
    ['≥ 90%', '≥', '90%'],
    ['>= 85', '≥', '85'],
    ['Trên 90', '>', '90'],
    ['từ 15 trở lên', '≥', '15'],
    ['Tối thiểu 80', '≥', '80'],
    ['dưới 5', '<', '5'],
  ])('readThreshold(%s)', (text, op, number) => {
    expect(readThreshold(text)).toEqual({ op, number });
  });

  test.each(['92,00', 'abc', '> abc', 'trên', ''])('readThreshold(%s) is null', (text) => {
    expect(readThreshold(text)).toBeNull();
  });
});

describe('DUPLICATE_TASK', () => {
  const run = (rows: RowSpec[], columns = TASK_COLUMNS) =>
    validatePlan(plan([taskTable(rows, columns)]), undefined, [duplicateRule]);

  test("the same task (case, diacritics and spaces aside) with the same lead, on the second one's text cell", () => {
    const issues = run([t('1.', 'Tổ chức hội nghị tổng kết'), t('2.', 'b'), t('3.', 'TỔ CHỨC  hội nghị\ntổng kết')]);
    expectOnly(issues, 'DUPLICATE_TASK@B8', 'warning', '6');
  });

  test('same text with another lead, or same criterion with another requirement, is not a duplicate', () => {
    expect(run([t('1.', 'Tổ chức hội nghị'), t('2.', 'Tổ chức hội nghị', { lead: 'Sở Tư pháp' })])).toEqual([]);
    const cols = [
      { role: 'no' as const },
      { role: 'criterion' as const },
      { role: 'requirement' as const },
      { role: 'lead' as const },
    ];
    const row = (label: string, req: string, key: string): RowSpec => ({
      label,
      key,
      fields: { criterion: 'Đối thoại', requirement: req, lead: 'Phòng VHXH' },
    });
    expect(run([row('6.', '1. Tiếp công dân', 'a'), row('6.', '2. Đối thoại', 'b')], cols)).toEqual([]);
    expect(at(run([row('6.', '1. Tiếp công dân', 'a'), row('6.', '1. Tiếp công dân', 'b')], cols))).toEqual([
      'DUPLICATE_TASK@B7',
    ]);
  });

  test('a parent that shares its child\'s title is not a duplicate (7.1 / 7.1.1 "Phát triển các nền tảng")', () => {
    expect(
      run([t('7.1', 'Phát triển các nền tảng'), t('7.1.1', 'Phát triển các nền tảng', {}, { parent: '7.1' })]),
    ).toEqual([]);
  });
});
