import { gridFromValues, type Grid } from '../../../src/core/grid';
import { validatePlan } from '../../../src/core/validate';
import { sumRule } from '../../../src/core/validate/sums';
import { at, plan, s, SCORE_COLUMNS, table, under, bullets, type RowSpec } from './helpers';

const only = (p: ReturnType<typeof plan>, grids?: Grid[]) => validatePlan(p, grids, [sumRule]);

describe('SUM_MISMATCH', () => {
  test('fires on the parent cell of the column that does not add up (field 2 of Hà Nội)', () => {
    const tb = table([
      s('2', undefined, 10, 9.45, 9.54),
      s('2.1', '2', 3, 3, 3),
      s('2.2', '2', 1.5, 1.5, 1.5),
      s('2.3', '2', 1.5, 1.5, 1.5),
      s('2.4', '2', 4, 3.53, 3.54),
    ]);
    const issues = only(plan([tb]));
    expect(at(issues)).toEqual(['SUM_MISMATCH@D6']);
    expect(issues[0]).toMatchObject({ severity: 'error', sheet: 'Phụ lục 2' });
    expect(issues[0].message.vi).toContain('9,53');
  });

  it.each<[string, RowSpec[], string[]]>([
    [
      'two units of the second decimal over four parts is an error (criterion 2.4: 3,53 vs 3,51)',
      [
        s('2.4', undefined, 4, 3.53, 3.54),
        ...under('2.4', [1, 0.84, 0.85], [1, 0.89, 0.9], [1, 0.88, 0.89], [1, 0.9, 0.9]),
      ],
      ['SUM_MISMATCH@D6'],
    ],
    [
      'three sub-dimensions of 3,33 under a 10 are a rounding, not an error',
      [
        s('3', undefined, 10, 4.3626, 4.6),
        ...bullets('3', [3.33, 2.018, 2.1], [3.33, 0.4129, 0.5], ['3,33', 1.9317, 2.0]),
      ],
      [],
    ],
    [
      'fourth-decimal roundings are fine (PAPI: 5,7114 vs 5,7113; total 43,7747 vs 43,7749)',
      [
        s('', undefined, 20, 10.1039, 11.7, { type: 'total' }),
        s('1', undefined, 10, 5.3923, 5.7),
        ...bullets('1', [2.5, 1.4257, 1.5], [2.5, 1.531, 1.6], [2.5, 1.46, 1.5], [2.5, 0.9756, 1.1]),
        s('2', undefined, 10, 4.7114, 6.0),
        ...bullets('2', [2.5, 1.0164, 1.1], [2.5, 0.8037, 1.9], [2.5, 1.4837, 1.5], [2.5, 1.4074, 1.5]),
      ],
      [],
    ],
    [
      'a small but real difference in the second decimal is still reported',
      [s('1', undefined, 10, 5.42, 5.7), ...bullets('1', [5, 2.7, 2.85], [5, 2.7, 2.85])],
      ['SUM_MISMATCH@D6'],
    ],
    [
      'values with 0 or 1 decimal are exact: 1 + 1 + 1 is not 4, 0,5 + 0,5 + 1,5 is not 2,6',
      [s('1', undefined, 4, 2.6, 3), ...under('1', [1, 0.5, 1], [1, 0.5, 1], [1, 1.5, 1])],
      ['SUM_MISMATCH@C6', 'SUM_MISMATCH@D6'],
    ],
    [
      'a subtotal printed with fewer decimals than its own parts carries its rounding (field 4: 9,905)',
      [
        s('4', undefined, 10.5, 9.905, 9.99),
        s('4.1', '4', 6.5, 6.02, 6.09),
        ...under('4.1', [1, 1, 1], [1.5, 1.5, 1.5], [1, 0.95, 1], [1, 0.868, 0.88], [1, 0.843, 0.85], [1, 0.858, 0.86]),
        s('4.2', '4', 1, 1, 1),
        s('4.3', '4', 3, 2.88, 2.9),
      ],
      [],
    ],
  ])('%s', (_, rows, expected) => {
    expect(at(only(plan([table(rows)])))).toEqual(expected);
  });

  test('text numbers ("9,5") count; an empty or unreadable part skips the check', () => {
    const ok = table([
      s('1', undefined, '9,5', '9,40', 9.5),
      s('1.1', '1', '4,5', '4,4', 4.5),
      s('1.2', '1', 5, '5,0', 5),
    ]);
    expect(only(plan([ok]))).toEqual([]);
    const holes = table([s('1', undefined, 9.5, 20, 9.5), s('1.1', '1', 4.5, null, 4.5), s('1.2', '1', 5, 'abc', 5)]);
    expect(only(plan([holes]))).toEqual([]);
  });
});

describe('TOTAL_MISMATCH', () => {
  const fields = [s('1', undefined, 9.5, 9.4, 9.5), s('2', undefined, 10, 9.45, 9.54), s('3', undefined, 13, 13, 13)];

  test('a total that differs from its fields, on the total cell (total at the bottom, fields at top level)', () => {
    const tb = table([...fields, s('', undefined, 32.5, 31.85, 32.1, { type: 'total', text: 'TỔNG ĐIỂM' })]);
    expect(at(only(plan([tb])))).toEqual(['TOTAL_MISMATCH@E9']);
  });

  test('a total whose fields are its children (total at the top)', () => {
    const tb = table([
      s('', undefined, 32.5, 31.9, 32.04, { type: 'total', key: 'TOTAL' }),
      ...fields.map((f) => ({ ...f, parent: 'TOTAL' })),
    ]);
    expect(at(only(plan([tb])))).toEqual(['TOTAL_MISMATCH@D6']);
  });

  test('a total printed with fewer decimals than its fields (92,75 for 92,746) is fine', () => {
    const tb = table([
      s('1', undefined, 50, 40.045, 45),
      s('2', undefined, 50, 52.701, 45),
      s('', undefined, 100, 92.75, 90, { type: 'total' }),
    ]);
    expect(only(plan([tb]))).toEqual([]);
  });

  test('sub-criteria at top level (a flat reading) do not count twice', () => {
    const tb = table([
      s('1', undefined, 2, 1.5, 2),
      s('1.1', undefined, 1, 1, 1),
      s('1.2', undefined, 1, 0.5, 1),
      s('', undefined, 2, 1.5, 2, { type: 'total' }),
    ]);
    expect(only(plan([tb]))).toEqual([]);
  });
});

describe('non-additive tables are not summed', () => {
  test('SIPAS: areas and components all carry the same maximum (100)', () => {
    const tb = table(
      [
        s('', undefined, 100, 86.5, 88, { type: 'total', key: 'ALL' }),
        s('I', 'ALL', 100, 86.51, 88),
        s('1', 'I', 100, 86.32, 88),
        s('2', 'I', 100, 86.25, 88),
        s('II', 'ALL', 100, 86.49, 88),
        s('5', 'II', 100, 86.34, 88),
      ],
      { sheet: 'Phụ lục 3' },
    );
    expect(only(plan([tb]))).toEqual([]);
  });

  test('a SIPAS table known by its header even without equal maxima', () => {
    const cols = SCORE_COLUMNS.map((c) => (c.role === 'max' ? { ...c, header: 'Chỉ số hài lòng tối đa' } : c));
    const tb = table([s('I', undefined, 100, 86.51, 88), s('1', 'I', 90, 86.32, 88), s('2', 'I', 80, 86.25, 88)], {
      columns: cols,
    });
    expect(only(plan([tb]))).toEqual([]);
  });

  test('a tasks table has no sums', () => {
    const tb = table([s('1', undefined, 10, 9, 9), s('1.1', '1', 1, 1, 1)], { kind: 'tasks' });
    expect(only(plan([tb]))).toEqual([]);
  });
});

describe('printed decimals come from the grid when given', () => {
  const rows = () =>
    table([
      s('1', undefined, 50, 40.045, 45),
      s('2', undefined, 50, 52.701, 45),
      s('', undefined, 100, 92.75, 90, { type: 'total' }),
    ]);
  const grid = (total: string | number, format?: string): Grid => {
    const g = gridFromValues('Phụ lục 2', [
      [],
      [],
      [],
      [],
      ['STT'],
      ['1', 'a', 50, 40.045, 45],
      ['2', 'b', 50, 52.701, 45],
      ['', 'TỔNG', 100, total, 90],
    ]);
    if (format) g.cells[7][3] = { kind: 'number', value: Number(total), format };
    return g;
  };

  test('92,75 shown with two decimals by its format: a rounding of 92,746', () => {
    expect(only(plan([rows()]), [grid(92.75, '0.00##')])).toEqual([]);
  });

  test('the same value typed as "92,750": three decimals, so 0,004 is a real difference', () => {
    expect(at(only(plan([rows()]), [grid('92,750')]))).toEqual(['TOTAL_MISMATCH@D8']);
  });
});
