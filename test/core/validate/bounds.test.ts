import { validatePlan } from '../../../src/core/validate';
import { boundsRule } from '../../../src/core/validate/bounds';
import { at, expectOnly, plan, s, SCORE_COLUMNS, table } from './helpers';

const run = (...rows: Parameters<typeof table>[0]) => validatePlan(plan([table(rows)]), undefined, [boundsRule]);

describe('ABOVE_MAX', () => {
  test('a target above the maximum, on the target cell (criterion 8.6: 2 over 1,5)', () => {
    const issues = run(s('8.6', undefined, 1.5, 1.08, 2));
    expectOnly(issues, 'ABOVE_MAX@E6', 'error', '1,5');
  });

  test('a result above the maximum, on the result cell; text numbers count', () => {
    expect(at(run(s('1', undefined, '1,5', '1,75', 1.5)), 'ABOVE_MAX')).toEqual(['ABOVE_MAX@D6']);
  });

  test('equal to the maximum, or a rounded maximum (3,33) met to its printed precision, is fine', () => {
    expect(run(s('1', undefined, 1.5, 1.5, 1.5), s('-', undefined, 3.33, 3.3333, 3.334))).toEqual([]);
    expect(at(run(s('-', undefined, 3.33, 3.34, 3.3)))).toEqual(['ABOVE_MAX@D6', 'TARGET_BELOW_RESULT@E6']);
  });
});

describe('NEGATIVE_VALUE', () => {
  test('a negative result is an error; zero is fine', () => {
    expect(at(run(s('1', undefined, 2, -0.5, 0)))).toEqual(['NEGATIVE_VALUE@D6']);
  });
});

describe('TARGET_BELOW_RESULT', () => {
  test("a target below last year's result is a warning on the target cell (PAPI 5.3: 2,3 < 2,4445)", () => {
    const issues = run(s('-', undefined, 3.33, 2.4445, 2.3));
    expectOnly(issues, 'TARGET_BELOW_RESULT@E6', 'warning', '2,4445', 'năm 2025');
  });

  test('equal, higher, or a result from the same or a later year: no warning', () => {
    expect(run(s('1', undefined, 1, 0.915, 0.915), s('2', undefined, 3.33, 2.399, 2.4))).toEqual([]);
    const cols = SCORE_COLUMNS.map((c) => (c.role === 'result' ? { ...c, year: 2025 } : c));
    expect(
      validatePlan(plan([table([s('1', undefined, 10, 8, 7)], { columns: cols })]), undefined, [boundsRule]),
    ).toEqual([]);
  });

  test('tasks tables are not checked', () => {
    expect(
      validatePlan(plan([table([s('1', undefined, 1, 5, 0)], { kind: 'tasks' })]), undefined, [boundsRule]),
    ).toEqual([]);
  });
});
