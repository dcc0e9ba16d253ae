import { gridFromValues } from '../../../src/core/grid';
import { readPlan } from '../../../src/core/plan';
import { validatePlan } from '../../../src/core/validate';
import { numberingRule } from '../../../src/core/validate/numbering';
import { at, expectOnly, group, plan, s, sub, t, table, TASK_COLUMNS, type RowSpec } from './helpers';

const scores = (...rows: RowSpec[]) => validatePlan(plan([table(rows)]), undefined, [numberingRule]);
const tasks = (...rows: RowSpec[]) =>
  validatePlan(plan([table(rows, { kind: 'tasks', columns: TASK_COLUMNS, sheet: 'Phụ lục 1' })]), undefined, [
    numberingRule,
  ]);

describe('NUMBER_GAP', () => {
  test('8.4 → 8.6 is a gap, reported on the label cell of 8.6', () => {
    const issues = scores(
      s('8', undefined, 16.5, 14.73, 15.7),
      s('8,1', '8', 10, 8.65, 8.7),
      s('8,2', '8', 1, 1, 1),
      s('8,3', '8', 2, 2, 2),
      s('8,4', '8', 2, 2, 2),
      s('8,6', '8', 1.5, 1.08, 2),
    );
    expectOnly(issues, 'NUMBER_GAP@A11', 'warning', '8.5');
  });

  test('under a parent a run must start at 1 (2.4.2 first under 2.4); the top level may continue another table', () => {
    expect(at(scores(s('2.4', undefined, 2, 2, 2), s('2.4.2', '2.4', 1, 1, 1), s('2.4.3', '2.4', 1, 1, 1)))).toEqual([
      'NUMBER_GAP@A7',
    ]);
    expect(scores(s('8', undefined, 2, 2, 2), s('9', undefined, 1, 1, 1))).toEqual([]);
  });

  test('numbering may restart in each group or run on through the table', () => {
    const restart = [
      group('I'),
      t('1.', 'a', {}, { parent: 'I' }),
      t('2.', 'b', {}, { parent: 'I' }),
      group('II'),
      t('1.', 'c', {}, { parent: 'II', key: 'II.1' }),
      t('2.', 'd', {}, { parent: 'II', key: 'II.2' }),
    ];
    expect(tasks(...restart)).toEqual([]);
    const runOn = restart.map((r, i) => (i === 4 ? { ...r, label: '3.' } : i === 5 ? { ...r, label: '4.' } : r));
    expect(tasks(...runOn)).toEqual([]);
    const skipped = restart.map((r, i) => (i === 4 ? { ...r, label: '5.' } : i === 5 ? { ...r, label: '6.' } : r));
    expect(at(tasks(...skipped))).toEqual(['NUMBER_GAP@A10']);
  });
});

describe('NUMBER_REPEAT and NUMBER_ORDER', () => {
  test('the same number for two different items is a repeat, on the second', () => {
    const issues = tasks(t('1.', 'a'), t('2.', 'b'), t('2.', 'c'), t('3.', 'd'));
    expect(at(issues)).toEqual(['NUMBER_REPEAT@A8']);
    expect(issues[0].message.vi).toContain('7');
  });

  test('one criterion split over rows that repeat its number and text is not a repeat', () => {
    const crit = (label: string, req: string, key: string): RowSpec => ({
      label,
      key,
      fields: { criterion: 'Đối thoại', requirement: req },
    });
    const cols = [{ role: 'no' as const }, { role: 'criterion' as const }, { role: 'requirement' as const }];
    const tb = table(
      [crit('5.', 'x', 'a'), crit('6.', 'p', 'b'), crit('6.', 'q', 'c'), crit('6.', 'r', 'd'), crit('7.', 'y', 'e')],
      { kind: 'tasks', columns: cols },
    );
    expect(validatePlan(plan([tb]), undefined, [numberingRule])).toEqual([]);
  });

  test('3 after 4 is out of order, and no gap is claimed', () => {
    expect(at(tasks(t('1.', 'a'), t('2.', 'b'), t('4.', 'c'), t('3.', 'd'), t('5.', 'e')))).toEqual([
      'NUMBER_ORDER@A9',
    ]);
  });

  test('Roman groups and letters are checked too', () => {
    expect(at(tasks(group('I'), group('II'), group('IV')))).toEqual(['NUMBER_GAP@A8']);
    expect(at(tasks(group('A'), group('C')))).toEqual(['NUMBER_GAP@A7']);
  });
});

describe('NUMBER_PREFIX', () => {
  it.each([
    ['"II.3" under group I (after I.1, I.2) is a wrong prefix, not a gap', ['I.1', 'I.2', 'II.3']],
    ['"1.1", "1.2" under group I is the Arabic form of I.1, I.2, but "2.3" there is wrong', ['1.1', '1.2', '2.3']],
  ])('%s', (_, [a, b, c]) => {
    const issues = tasks(group('I'), sub(a, 'I', 'a'), sub(b, 'I', 'b'), sub(c, 'I', 'c'));
    expect(at(issues)).toEqual(['NUMBER_PREFIX@A9']);
    // The message proposes the heading's label with the item's own number.
    expect(issues[0].message.vi).toContain('I.3');
  });

  test("a task that repeats its heading's number is the heading's own content", () => {
    const issues = tasks(
      group('II'),
      sub('II.1', 'II', 'a'),
      sub('II.2', 'II', 'b'),
      t('II.2', 'nội dung', {}, { parent: 'II.2', key: 'x' }),
    );
    expect(issues).toEqual([]);
  });
});

test('bullets, empty labels and totals are not numbered', () => {
  expect(
    scores(
      s('1', undefined, 10, 5, 5),
      s('-', '1', 5, 2, 2),
      s('-', '1', 5, 3, 3),
      s('', undefined, 10, 5, 5, { type: 'total' }),
      s('2', undefined, 1, 1, 1),
    ),
  ).toEqual([]);
});

test('rows that share a key (a reader slip) do not report the same gap twice', () => {
  const rows = [
    s('8', undefined, 4, 4, 4, { key: 'K' }),
    s('8', undefined, 4, 4, 4, { key: 'K' }),
    s('8.1', 'K', 2, 2, 2),
    s('8.3', 'K', 2, 2, 2),
  ];
  expect(at(scores(...rows))).toEqual(['NUMBER_GAP@A9']);
});

describe('numbering read from a sheet: "6" ⊃ "6.1" ⊃ "6.1.1" under a Roman group', () => {
  type V = string | null;
  const head: V[] = ['TT', 'Nhiệm vụ', 'Tiến độ hoàn thành', 'Cơ quan chủ trì'];
  const h = (label: string, text: string): V[] => [label, text, null, null];
  const i = (label: string, text: string): V[] => [label, text, 'Quý IV/2025', 'Sở Nội vụ'];
  const read = (rows: V[][]) =>
    validatePlan(readPlan([gridFromValues('Phụ lục', [head, ...rows])]), undefined, [numberingRule]);
  const groupI = [h('I', 'NHÓM I'), i('1.', 'a'), i('2.', 'b'), i('3.', 'c'), i('4.', 'd'), i('5.', 'e')];

  test('no false NUMBER_PREFIX (or any numbering warning) on a well-numbered three-level group', () => {
    const rows = [
      ...groupI,
      h('II', 'NHÓM II'),
      h('6', 'Sáu'),
      h('6.1', 'Sáu một'),
      i('6.1.1', 'f'),
      i('6.1.2', 'g'),
      h('6.2', 'Sáu hai'),
      i('6.2.1', 'h'),
      h('7', 'Bảy'),
      i('7.1', 'k'),
    ];
    expect(at(read(rows))).toEqual([]);
  });

  test('a wrong prefix under the nested heading is still reported (6.1.1 → 6.2.2 under 6.1)', () => {
    const rows = [...groupI, h('II', 'NHÓM II'), h('6', 'Sáu'), h('6.1', 'Sáu một'), i('6.1.1', 'f'), i('6.2.2', 'g')];
    expect(at(read(rows), 'NUMBER_PREFIX')).toEqual(['NUMBER_PREFIX@A12']);
  });
});
