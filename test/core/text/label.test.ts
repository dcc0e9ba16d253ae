import { classifyLabel, normalizeLabel, shownLabel } from '../../../src/core/text';

describe('normalizeLabel', () => {
  it.each<[string | number, string]>([
    ['1,1', '1.1'],
    [1.1, '1.1'],
    [1.1000000000000001, '1.1'],
    [2, '2'],
    [2.41, '2.41'],
    ['5.3.2.', '5.3.2'],
    ['I.', 'I'],
    ['II', 'II'],
    ['-', '-'],
    ['–', '-'],
    ['\u2212', '-'],
    ['1.', '1'],
    ['01.', '1'],
    ['  2.4.1 ', '2.4.1'],
    ['1. 2', '1.2'],
    ['a)', 'a'],
    ['(3)', '3'],
    ['A', 'A'],
    ['', ''],
    ['  ', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeLabel(input)).toBe(expected);
  });
});

describe('classifyLabel', () => {
  it.each<[string, string, string[]]>([
    ['A', 'letter', ['A']],
    ['B', 'letter', ['B']],
    // C and D are section letters, never Roman 100/500.
    ['C', 'letter', ['C']],
    ['D', 'letter', ['D']],
    ['H', 'letter', ['H']],
    ['A.', 'letter', ['A']],
    ['I', 'roman', ['I']],
    ['I.', 'roman', ['I']],
    ['II', 'roman', ['II']],
    ['III.', 'roman', ['III']],
    ['IV', 'roman', ['IV']],
    ['V', 'roman', ['V']],
    ['VI', 'roman', ['VI']],
    ['VII', 'roman', ['VII']],
    ['VIII.', 'roman', ['VIII']],
    ['IX', 'roman', ['IX']],
    ['X', 'roman', ['X']],
    ['XIV', 'roman', ['XIV']],
    ['I.1', 'romanDotted', ['I', '1']],
    ['II.3.2.', 'romanDotted', ['II', '3', '2']],
    ['1', 'number', ['1']],
    ['1.', 'number', ['1']],
    ['12', 'number', ['12']],
    ['1.1', 'dotted', ['1', '1']],
    ['1,1', 'dotted', ['1', '1']],
    ['2.4.1', 'dotted', ['2', '4', '1']],
    ['5.3.2.', 'dotted', ['5', '3', '2']],
    ['-', 'bullet', []],
    ['–', 'bullet', []],
    ['+', 'bullet', []],
    ['•', 'bullet', []],
    ['*', 'bullet', []],
    ['', 'empty', []],
    ['   ', 'empty', []],
    // Lower case letters are sub-points ("a)", "b)"), not sections: documented as 'other'.
    ['a', 'other', ['a']],
    ['b)', 'other', ['b']],
    ['ii', 'other', ['ii']],
    ['IIII', 'other', ['IIII']],
    ['VV', 'other', ['VV']],
    ['Tổng cộng', 'other', ['Tổng cộng']],
    ['1.a', 'other', ['1.a']],
    ['A.1', 'other', ['A.1']],
  ])('%j → %s %j', (label, kind, parts) => {
    expect(classifyLabel(label)).toEqual({ kind, parts });
  });

  it('classifies numbers passed through normalizeLabel', () => {
    expect(classifyLabel(normalizeLabel(1.1))).toEqual({ kind: 'dotted', parts: ['1', '1'] });
    expect(classifyLabel(normalizeLabel(3))).toEqual({ kind: 'number', parts: ['3'] });
  });
});

describe('shownLabel: a numbering label is text, never a decimal number', () => {
  it.each<[string, string]>([
    ['1,1', '1.1'],
    ['1,10', '1.10'],
    ['2,4,1', '2.4.1'],
    ['1, 2.', '1.2.'],
    ['1.1', '1.1'],
    ['I', 'I'],
    ['3', '3'],
    ['-', '-'],
    ['', ''],
    ['Năm 2,5', 'Năm 2,5'],
  ])('%j → %j', (input, expected) => {
    expect(shownLabel(input)).toBe(expected);
  });
});
