/** Hierarchy from the numbering: types, paths, keys and parents, on hand-made grids. */
import { type Cell, gridFromValues } from '../../../src/core/grid';
import { readSheetTables } from '../../../src/core/plan';
import type { PlanTable } from '../../../src/core/plan/types';

type V = string | number | null;
const HEAD: V[] = ['TT', 'Nhiệm vụ', 'Tiến độ hoàn thành', 'Cơ quan chủ trì'];
const SCORE_HEAD: V[] = ['STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm tối đa', 'Kết quả năm 2024'];

function read(rows: V[][]): PlanTable {
  return readSheetTables(gridFromValues('S', rows))[0];
}

const item = (label: string, task: string): V[] => [label, task, 'Trong năm', 'Sở A'];
const heading = (label: string, task: string): V[] => [label, task, null, null];

function shape(t: PlanTable): string[] {
  return t.rows.map(
    (r) => `${r.type} ${r.path.join('/')} ${r.key}${r.parentKey !== undefined ? ' <' + r.parentKey : ''}`,
  );
}

describe('hierarchy from numbering', () => {
  it('letter sections, Roman groups, "I.1" subgroups, Arabic items (numbering restarting per group)', () => {
    const t = read([
      HEAD,
      heading('A', 'PAR INDEX'),
      heading('I', 'Chỉ đạo'),
      item('1.', 'a'),
      item('2.', 'b'),
      heading('II.', 'Thể chế'),
      item('1.', 'c'),
      heading('B', 'PAPI'),
      heading('I', 'Tham gia'),
      heading('I.1', 'Tri thức'),
      item('1.', 'd'),
      heading('I.2', 'Cơ hội'),
      item('2.', 'e'),
    ]);
    expect(shape(t)).toEqual([
      'section A A',
      'group A/I A.I <A',
      'item A/I/1 A.I.1 <A.I',
      'item A/I/2 A.I.2 <A.I',
      'group A/II A.II <A',
      'item A/II/1 A.II.1 <A.II',
      'section B B',
      'group B/I B.I <B',
      'subgroup B/I/I.1 B.I.I.1 <B.I',
      'item B/I/I.1/1 B.I.I.1.1 <B.I.I.1',
      'subgroup B/I/I.2 B.I.I.2 <B.I',
      'item B/I/I.2/2 B.I.I.2.2 <B.I.I.2',
    ]);
  });

  it('a row with a heading label but its own agency/deadline is an item (it stays under the heading)', () => {
    const t = read([
      HEAD,
      heading('II', 'Công khai'),
      heading('II.2', 'Hộ nghèo'),
      ['II.2', 'Hộ nghèo', 'Trong năm', 'UBND cấp xã'],
      heading('II.3', 'Ngân sách'),
    ]);
    expect(shape(t)).toEqual([
      'group II II',
      'subgroup II/II.2 II.II.2 <II',
      'item II/II.2/II.2 II.II.2.II.2 <II.II.2',
      'subgroup II/II.3 II.II.3 <II',
    ]);
  });

  it('keys survive repeated, skipped and wrong numbers', () => {
    const t = read([
      HEAD,
      heading('I', 'G1'),
      item('6.', 'a'),
      item('6.', 'b'),
      item('6.', 'c'),
      item('9.', 'd'),
      heading('II.3', 'S'),
      item('1.', 'e'),
      heading('I', 'G1 again'),
      item('1.', 'f'),
    ]);
    const keys = t.rows.map((r) => r.key);
    expect(keys).toEqual(['I#1', 'I#1.6#1', 'I#1.6#2', 'I#1.6#3', 'I#1.9', 'I#1.II.3', 'I#1.II.3.1', 'I#2', 'I#2.1']);
    expect(new Set(keys).size).toBe(keys.length);
    // The wrongly numbered subgroup II.3 sits where it is printed: under group I.
    expect(t.rows[5].path).toEqual(['I', 'II.3']);
    expect(t.rows[6].parentKey).toBe('I#1.II.3');
    expect(t.rows[9 - 1].parentKey).toBe('I#2');
  });

  it('score tables: every numbered row is an item; dotted ids are children of their prefix; ids typed as numbers', () => {
    const num = (v: number): Cell => ({ kind: 'number', value: v, format: '0.0' });
    const grid = gridFromValues('S', [
      SCORE_HEAD,
      ['1', 'Chỉ đạo', 9.5, 9.4],
      [null, 'a', 1.5, 1.5],
      ['1.3', 'b', 2, 1.9],
      ['1.3.1', 'c', 1, 1],
      ['5.3.2.', 'd', 1, 0.9],
      ['2', 'Thể chế', 10, 9.45],
      [null, 'TỔNG ĐIỂM', 100, 92.75],
    ]);
    grid.cells[2][0] = num(1.1);
    const t = readSheetTables(grid)[0];
    expect(t.rows.map((r) => `${r.type} ${r.label} ${r.key}${r.parentKey ? ' <' + r.parentKey : ''}`)).toEqual([
      'item 1 1 <TOTAL',
      'item 1,1 1.1 <1',
      'item 1.3 1.3 <1',
      'item 1.3.1 1.3.1 <1.3',
      'item 5.3.2. 5.3.2 <1.3',
      'item 2 2 <TOTAL',
      'total  TOTAL',
    ]);
    expect(t.rows[1].path).toEqual(['1.1']);
  });

  it('PAPI bullets "-" are children of the nearest numbered row above; a Roman item heads the numbers below it', () => {
    const t = read([
      SCORE_HEAD,
      ['I', 'Khu vực 1', 100, 86.5],
      ['1.', 'Thành phần', 10, 5.4],
      ['-', 'x', 2.5, 1.4],
      ['-', 'y', 2.5, 1.5],
      ['2.', 'Thành phần 2', 10, 5.7],
      ['-', 'z', 2.5, 1],
    ]);
    expect(t.rows.map((r) => `${r.key}${r.parentKey ? ' <' + r.parentKey : ''}`)).toEqual([
      'I',
      'I.1 <I',
      'I.1.#1 <I.1',
      'I.1.#2 <I.1',
      'I.2 <I',
      'I.2.#1 <I.2',
    ]);
    expect(t.rows.every((r) => r.type === 'item')).toBe(true);
  });

  it('unnumbered text-only rows after a heading continue its title; numbered text-only rows are headings', () => {
    const t = read([
      HEAD,
      heading('1', 'Nhóm nhiệm vụ'),
      item('1.1', 'a'),
      item('1.2', 'b'),
      heading('2', 'Nhóm 2'),
      item('2.1', 'c'),
    ]);
    expect(shape(t)).toEqual([
      'group 1 1',
      'item 1/1.1 1.1.1 <1',
      'item 1/1.2 1.1.2 <1',
      'group 2 2',
      'item 2/2.1 2.2.1 <2',
    ]);
  });
});

describe('dotted headings nest under the heading their prefix names', () => {
  // Each case: rows after the header → "type path" per row (paths name the chain of headings).
  const cases: Array<{ name: string; rows: V[][]; want: string[] }> = [
    {
      name: '"6" ⊃ "6.1" ⊃ "6.1.1" under a Roman group',
      rows: [heading('I', 'G'), heading('6', 'Sáu'), heading('6.1', 'Sáu một'), item('6.1.1', 'a'), item('6.1.2', 'b')],
      want: ['group I', 'subgroup I/6', 'subgroup I/6/6.1', 'item I/6/6.1/6.1.1', 'item I/6/6.1/6.1.2'],
    },
    {
      name: 'mixed depths: "6", "6.1", "6.1.1", "6.2", "7" (a sibling heading closes the deeper ones)',
      rows: [
        heading('II', 'G'),
        heading('6', 'Sáu'),
        heading('6.1', 'Sáu một'),
        item('6.1.1', 'a'),
        heading('6.2', 'Sáu hai'),
        item('6.2.1', 'b'),
        heading('7', 'Bảy'),
        item('7.1', 'c'),
      ],
      want: [
        'group II',
        'subgroup II/6',
        'subgroup II/6/6.1',
        'item II/6/6.1/6.1.1',
        'subgroup II/6/6.2',
        'item II/6/6.2/6.2.1',
        'subgroup II/7',
        'item II/7/7.1',
      ],
    },
    {
      name: 'dotted headings three deep: "6.1.1" as a heading over "6.1.1.1" items',
      rows: [
        heading('I', 'G'),
        heading('6', 'S'),
        heading('6.1', 'S1'),
        heading('6.1.1', 'S11'),
        item('6.1.1.1', 'a'),
        heading('6.1.2', 'S12'),
        item('6.1.2.1', 'b'),
      ],
      want: [
        'group I',
        'subgroup I/6',
        'subgroup I/6/6.1',
        'subgroup I/6/6.1/6.1.1',
        'item I/6/6.1/6.1.1/6.1.1.1',
        'subgroup I/6/6.1/6.1.2',
        'item I/6/6.1/6.1.2/6.1.2.1',
      ],
    },
    {
      name: 'without Roman groups ("6" is a group): unchanged',
      rows: [heading('6', 'Sáu'), heading('6.1', 'Sáu một'), item('6.1.1', 'a'), heading('7', 'Bảy'), item('7.1', 'b')],
      want: ['group 6', 'subgroup 6/6.1', 'item 6/6.1/6.1.1', 'group 7', 'item 7/7.1'],
    },
    {
      name: '"I.2.1" nests under "I.2" under "I"',
      rows: [heading('I', 'G'), heading('I.2', 'G2'), heading('I.2.1', 'G21'), item('1.', 'a'), heading('I.3', 'G3')],
      want: ['group I', 'subgroup I/I.2', 'subgroup I/I.2/I.2.1', 'item I/I.2/I.2.1/1', 'subgroup I/I.3'],
    },
    {
      name: 'a dotted heading whose prefix is no open heading stays at its level ("1.1" beside "6" under I)',
      rows: [heading('I', 'G'), heading('6', 'Sáu'), heading('1.1', 'x'), item('1.1.1', 'a')],
      want: ['group I', 'subgroup I/6', 'subgroup I/1.1', 'item I/1.1/1.1.1'],
    },
  ];
  it.each(cases)('$name', ({ rows, want }) => {
    const t = read([HEAD, ...rows]);
    expect(t.rows.map((r) => `${r.type} ${r.path.join('/')}`)).toEqual(want);
    // Parents follow the paths, and keys stay unique.
    for (const r of t.rows) {
      const parent = t.rows.find((p) => p.key === r.parentKey);
      expect(parent?.path ?? []).toEqual(r.path.slice(0, -1));
    }
    expect(new Set(t.rows.map((r) => r.key)).size).toBe(t.rows.length);
  });
});
