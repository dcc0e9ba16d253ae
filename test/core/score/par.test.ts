import { isFail, parGap, parRatio, parScore, parSipas, type Result } from '../../../src/core/score';

const value = <T>(r: Result<T>): T => {
  if (isFail(r)) throw new Error(`unexpected failure: ${r.message.vi}`);
  return r.value;
};

describe('parScore', () => {
  it('sums all points without ids, skipping empty cells', () => {
    expect(value(parScore([1, 2.5, null, 0.25]))).toBe(3.75);
    expect(value(parScore([]))).toBe(0);
  });

  it('sums only the leaves with ids', () => {
    expect(value(parScore([9.4, 1.5, 0.5, 2, 1, 0.9], ['1', '1.1', '1.2', '1.3', '1.3.1', '1.3.2']))).toBe(3.9);
  });

  it('removes float noise like Excel (15 significant digits)', () => {
    expect(value(parScore([0.1, 0.2]))).toBe(0.3);
  });

  it('clamps a leaf at its maximum; an empty maximum does not clamp', () => {
    expect(value(parScore([2, 1.5, 3], ['1', '2', '3'], [1.5, 1.5, null]))).toBe(6);
  });

  it('reports a text that is not a number in a counted row, with its position and id', () => {
    const r = parScore([1, 'abc'], ['1', '2']);
    expect(r).toMatchObject({ error: 'value' });
    if (!isFail(r)) throw new Error('expected failure');
    expect(r.message.vi).toContain('points');
    expect(r.message.vi).toContain('"abc"');
    expect(r.message.vi).toContain('ô thứ 2');
    expect(r.message.vi).toContain('2');
    expect(r.message.en).toContain('not a number');
  });

  it('ignores text in rows that do not count (a total row without id, a subtotal)', () => {
    expect(value(parScore(['>92,00', 1, 2], [null, '1', '2']))).toBe(3);
    expect(value(parScore(['n/a', 1, 2], ['1', '1.1', '1.2']))).toBe(3);
  });

  it('refuses ranges of different sizes', () => {
    expect(parScore([1, 2], ['1'])).toMatchObject({ error: 'value' });
    expect(parScore([1, 2], null, [1])).toMatchObject({ error: 'value' });
  });
});

describe('parGap', () => {
  it('sums maximum − points over leaves, never negative per row', () => {
    expect(value(parGap([1, 3, 0.5], [2, 2, 1]))).toBe(1.5);
    expect(value(parGap([9.4, 1.5, 1.9], [9.5, 1.5, 2], ['1', '1.1', '1.2']))).toBe(0.1);
  });

  it('skips rows where points or maximum is empty', () => {
    expect(value(parGap([null, 1], [2, 2]))).toBe(1);
    expect(value(parGap([1, 1], [null, 2]))).toBe(1);
  });

  it('reports bad cells and size mismatches', () => {
    expect(parGap([1, 'x'], [2, 2])).toMatchObject({ error: 'value' });
    expect(parGap([1], [2, 2])).toMatchObject({ error: 'value' });
  });
});

describe('parRatio', () => {
  it('gives the reference values', () => {
    expect(value(parRatio(17, 20, 1.5))).toBe(1.275);
    expect(value(parRatio(15, 20, 1.5))).toBe(0);
  });

  it('gives maxPoints from 100 % and proportional points from the threshold up', () => {
    expect(value(parRatio(20, 20, 1.5))).toBe(1.5);
    expect(value(parRatio(25, 20, 1.5))).toBe(1.5);
    expect(value(parRatio(16, 20, 1.5))).toBe(1.2); // exactly 80 % counts
    expect(value(parRatio(15.99, 20, 1.5))).toBe(0);
  });

  it('accepts a threshold as a fraction, a percent value or 0–100', () => {
    expect(value(parRatio(15, 20, 2, 0.7))).toBe(1.5);
    expect(value(parRatio(15, 20, 2, 70))).toBe(1.5);
    expect(value(parRatio(15, 20, 2, 0))).toBe(1.5);
    expect(parRatio(15, 20, 2, 101)).toMatchObject({ error: 'value' });
    expect(parRatio(15, 20, 2, -0.1)).toMatchObject({ error: 'value' });
  });

  it('refuses planned ≤ 0, negatives and missing arguments', () => {
    expect(parRatio(1, 0, 1)).toMatchObject({ error: 'value' });
    expect(parRatio(1, -5, 1)).toMatchObject({ error: 'value' });
    expect(parRatio(-1, 5, 1)).toMatchObject({ error: 'value' });
    expect(parRatio(1, 5, -1)).toMatchObject({ error: 'value' });
    expect(parRatio(null, 5, 1)).toMatchObject({ error: 'value' });
    expect(parRatio(1, null, 1)).toMatchObject({ error: 'value' });
    expect(parRatio(1, 5, null)).toMatchObject({ error: 'value' });
  });
});

describe('parSipas', () => {
  it('gives 8,65 for 86,50 %', () => {
    expect(value(parSipas(86.5))).toBe(8.65);
    expect(value(parSipas(0.865))).toBe(8.65);
  });

  it('uses maxPoints and reads ≤ 1 as a fraction', () => {
    expect(value(parSipas(100))).toBe(10);
    expect(value(parSipas(1))).toBe(10);
    expect(value(parSipas(0))).toBe(0);
    expect(value(parSipas(50, 8))).toBe(4);
  });

  it('refuses values outside 0–100 and a negative maximum', () => {
    expect(parSipas(100.5)).toMatchObject({ error: 'value' });
    expect(parSipas(-1)).toMatchObject({ error: 'value' });
    expect(parSipas(50, -1)).toMatchObject({ error: 'value' });
    expect(parSipas(null)).toMatchObject({ error: 'value' });
  });
});
