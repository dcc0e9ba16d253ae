import { gridFromValues } from '../../../src/core/grid';
import {
  decimalsOfFormat,
  decimalsOfNumber,
  decimalsOfText,
  printedDecimals,
  sumTolerance,
} from '../../../src/core/validate/precision';

describe('printed decimals', () => {
  test.each([
    [0.868, 3],
    [10, 0],
    [9.5, 1],
    [0.1 + 0.2, 1],
    [43.7747, 4],
    [-2.25, 2],
  ])('decimalsOfNumber(%p) = %p', (n, d) => expect(decimalsOfNumber(n)).toBe(d));

  test.each([
    ['9,990', 9.99, 3],
    ['1,50', 1.5, 2],
    ['12,0', 12, 1],
    ['86,50%', 0.865, 4],
    ['1.234', 1234, 0],
    ['1.234,5', 1234.5, 1],
    ['10', 10, 0],
  ])('decimalsOfText(%p) = %p', (text, v, d) => expect(decimalsOfText(text, v)).toBe(d));

  test.each([
    ['0.00##', 9.5, 2],
    ['0.00##', 0.868, 3],
    ['0.00##', 1.234567, 4],
    ['0.0', 1.25, 1],
    ['0', 9.5, 0],
    ['0.00%', 0.865, 4],
    ['#,##0.000;[Red]-#,##0.000', 2, 3],
  ])('decimalsOfFormat(%p, %p) = %p', (f, v, d) => expect(decimalsOfFormat(f, v)).toBe(d));

  test('General and empty formats say nothing', () => {
    expect(decimalsOfFormat('General', 1.5)).toBeNull();
    expect(decimalsOfFormat('', 1.5)).toBeNull();
  });

  test('from the grid when there is one, else from the value', () => {
    const g = gridFromValues('S', [['9,990', 9.5]]);
    g.cells[0][1] = { kind: 'number', value: 9.5, format: '0.00##' };
    expect(printedDecimals(9.99, g, 'A1')).toBe(3);
    expect(printedDecimals(9.5, g, 'B1')).toBe(2);
    expect(printedDecimals(9.5, undefined, 'B1')).toBe(1);
  });
});

describe('sumTolerance', () => {
  const p = (value: number, decimals: number) => ({ value, decimals });
  test('one unit of the finest printed decimal (from two decimals on)', () => {
    expect(sumTolerance(p(10, 0), [p(3.33, 2), p(3.33, 2), p(3.33, 2)])).toBeCloseTo(0.01, 6);
  });
  test('exact values (0 or 1 decimal) leave only the fourth-decimal floor', () => {
    expect(sumTolerance(p(4, 0), [p(1, 0), p(1.5, 1)])).toBeCloseTo(0.0005, 6);
  });
  test('a parent printed coarser than its parts gets half of its own unit', () => {
    expect(sumTolerance(p(92.75, 2), [p(9.905, 3), p(12.701, 3)])).toBeCloseTo(0.005, 6);
  });
  test('rounded subtotal parts add half of their unit each', () => {
    expect(sumTolerance(p(9.905, 3), [p(6.02, 2), p(2.88, 2)], [p(6.02, 2)])).toBeCloseTo(0.006, 6);
  });
});
