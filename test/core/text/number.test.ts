import { formatVnNumber, numberFromCell, parseVnNumber } from '../../../src/core/text';

describe('parseVnNumber', () => {
  it.each<[string, number]>([
    ['9,5', 9.5],
    ['0,9756', 0.9756],
    ['10', 10],
    ['92,75', 92.75],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1.234.567', 1234567],
    ['1,234,567', 1234567],
    ['1.234.567,89', 1234567.89],
    ['1,5', 1.5],
    ['1.5', 1.5],
    // Documented decision: a single dot group is a decimal point.
    ['1.234', 1.234],
    ['1,234', 1.234],
    ['86,50%', 0.865],
    ['86,5 %', 0.865],
    ['100%', 1],
    ['7%', 0.07],
    ['33,33%', 0.3333],
    ['1 234,5', 1234.5],
    ['1\u00A0234,5', 1234.5],
    ['12 345 678', 12345678],
    ['-2,5', -2.5],
    ['+3', 3],
    ['\u22124', -4],
    ['  9,5  ', 9.5],
    [',5', 0.5],
    ['.5', 0.5],
    ['0', 0],
    ['-0', 0],
    ['1e-7', 1e-7],
    ['1.5E+21', 1.5e21],
  ])('%j → %p', (text, expected) => {
    expect(parseVnNumber(text)).toBeCloseTo(expected, 12);
  });

  it('reads percents without float noise', () => {
    expect(parseVnNumber('86,50%')).toBe(0.865);
    expect(parseVnNumber('33,33%')).toBe(0.3333);
    expect(parseVnNumber('0,5%')).toBe(0.005);
  });

  it.each([
    '',
    '   ',
    'abc',
    '>92,00',
    '9,5 điểm',
    '1,2,3',
    '1.2.3',
    '1,2.3',
    '1.23,4.5',
    '1 23',
    '12 34,5',
    '9,',
    '9.',
    '-',
    '%',
    '1..2',
    '1,,2',
    '++1',
    '1-2',
    '0x10',
    'Infinity',
    'NaN',
    '1e5%',
    '١٢',
  ])('%j → null', (text) => {
    expect(parseVnNumber(text)).toBeNull();
  });

  it('is null for a non-string', () => {
    expect(parseVnNumber(9 as unknown as string)).toBeNull();
  });
});

describe('numberFromCell', () => {
  it('numbers as they are', () => {
    expect(numberFromCell({ kind: 'number', value: 0.865, format: '0.00%' })).toBe(0.865);
  });
  it('text read the Vietnamese way', () => {
    expect(numberFromCell({ kind: 'text', text: '9,5' })).toBe(9.5);
    expect(numberFromCell({ kind: 'text', text: '>92,00' })).toBeNull();
  });
  it('others are null', () => {
    expect(numberFromCell({ kind: 'empty' })).toBeNull();
    expect(numberFromCell({ kind: 'boolean', value: true })).toBeNull();
    expect(numberFromCell({ kind: 'date', iso: '2025-12-15' })).toBeNull();
    expect(numberFromCell({ kind: 'error', code: '#N/A' })).toBeNull();
    expect(numberFromCell({ kind: 'number', value: Number.NaN })).toBeNull();
  });
});

describe('formatVnNumber', () => {
  it.each<[number, number | undefined, string]>([
    [9.5, undefined, '9,5'],
    [10, undefined, '10'],
    [1234.5, undefined, '1.234,5'],
    [1234567.891, undefined, '1.234.567,891'],
    [0.1 + 0.2, undefined, '0,3'],
    [-2.5, undefined, '-2,5'],
    [92.75, 2, '92,75'],
    [8.65, 2, '8,65'],
    [0.865 * 10, 2, '8,65'],
    [9, 2, '9,00'],
    [43.9603, 4, '43,9603'],
    [3.3333333, 2, '3,33'],
    [1234, 0, '1.234'],
    [-0.0001, 2, '0,00'],
    [0, undefined, '0'],
  ])('%p (%p) → %j', (n, decimals, expected) => {
    expect(formatVnNumber(n, decimals)).toBe(expected);
  });
  it('non-finite → ""', () => {
    expect(formatVnNumber(Number.NaN)).toBe('');
    expect(formatVnNumber(Number.POSITIVE_INFINITY)).toBe('');
  });
  it('round-trips through parseVnNumber when there is a decimal part', () => {
    for (const n of [9.5, 0.9756, 1234.5, 92.75, 1234567.25, -3.125]) {
      expect(parseVnNumber(formatVnNumber(n))).toBe(n);
    }
  });
});

describe('formatVnNumber rounding', () => {
  it('rounds on the decimal value, half away from zero', () => {
    expect(formatVnNumber(1.005, 2)).toBe('1,01');
    expect(formatVnNumber(-1.005, 2)).toBe('-1,01');
    expect(formatVnNumber(2.5, 0)).toBe('3');
    expect(formatVnNumber(0.125, 2)).toBe('0,13');
  });
  it('prints small numbers without an exponent', () => {
    expect(formatVnNumber(1e-7)).toBe('0,0000001');
    expect(formatVnNumber(1e-7, 2)).toBe('0,00');
  });
});
