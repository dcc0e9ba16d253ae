import { leafRows } from '../../../src/core/score';
import { normalizeLabel } from '../../../src/core/text';

const ids = (list: Array<string | number | null>) => leafRows(list).map((r) => r.index);

describe('leafRows', () => {
  it('skips a row whose id has descendants in the range', () => {
    expect(ids(['1', '1.1', '1.2', '2'])).toEqual([1, 2, 3]);
    expect(ids(['1', '1.3', '1.3.1', '1.3.2', '1.4'])).toEqual([2, 3, 4]);
  });

  it('reads ids typed with a comma, stored as numbers or with a trailing dot', () => {
    expect(ids(['1', '1,1', 1.2, '1.3.', '2'])).toEqual([1, 2, 3, 4]);
    expect(ids([5.3, '5.3.1', '5.3.2.', '5.3.3.'])).toEqual([1, 2, 3]);
    expect(ids([2, 2.1])).toEqual([1]);
  });

  it('skips rows with an empty id', () => {
    expect(ids(['1', null, '', '  ', '2'])).toEqual([0, 4]);
  });

  it('makes "-" rows children of the nearest numbered row above', () => {
    expect(ids(['1.', '-', '-', '2.', '-', null])).toEqual([1, 2, 4]);
    const rows = leafRows(['3.', '-', '–']);
    expect(rows.map((r) => r.id)).toEqual(['3.-', '3.-']);
  });

  it('keeps a bullet with no numbered row above as a leaf', () => {
    expect(ids(['-', '-'])).toEqual([0, 1]);
  });

  it('treats a deeper level anywhere in the range as making the parent a subtotal', () => {
    expect(ids(['1.1', '1.2', '1'])).toEqual([0, 1]);
    expect(ids(['1', '2', '3.1'])).toEqual([0, 1, 2]);
  });

  it('does not confuse "1.1" with "1.10" nor "1" with "10"', () => {
    expect(ids(['1', '10', '10.1'])).toEqual([0, 2]);
    expect(ids(['1.1', '1.10', '1.10.1'])).toEqual([0, 2]);
  });
});

describe('leafRows ids', () => {
  it('are normalizeLabel of the cell (the fast path for already-normal ids changes nothing)', () => {
    const cells = [
      '1',
      '1.3.1',
      '01',
      '1,1',
      '5.3.2.',
      'I.',
      'I',
      'A',
      '10.10',
      '1.01',
      ' 2 ',
      3.2,
      4,
      '1234.5678',
      '12345',
    ];
    for (const c of cells) {
      const rows = leafRows([c]);
      expect(rows).toHaveLength(1);
      expect(rows[0].id).toBe(normalizeLabel(c));
    }
  });
});
