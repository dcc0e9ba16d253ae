/**
 * Word variants of one small plan give the same rows as the workbook version: list-numbered TT column restarting per
 * group, multi-level numbers, letters and Roman numerals, vertical merges of agency cells, paragraphs, tabs and soft
 * breaks in cells, a signature table after the appendix.
 */
import { readDocxTables } from '../../../src/adapters/docx/read';
import { formatNumber } from '../../../src/adapters/docx/numbering';
import { gridFromValues, type Merge } from '../../../src/core/grid';
import { readPlan } from '../../../src/core/plan';
import { buildDocx, type Block, type CellIn, type NumberingIn } from './build';

const HEADER = ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'];
const TITLES = ['Phụ lục 1', 'Các nhiệm vụ cải cách hành chính năm 2025'];

/** The plan as typed in a workbook: [label, task, lead, coordinate, deadline]; a heading has only label and task. */
const ROWS: string[][] = [
  ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'],
  ['1.', 'Ban hành kế hoạch CCHC năm 2025', 'Sở Nội vụ', 'Các sở, ngành', 'Quý I/2025'],
  ['2.', 'Kiểm tra công tác CCHC\ntại các xã', 'Sở Nội vụ', 'UBND cấp xã', 'Tháng 6/2025'],
  ['3.', 'Tuyên truyền CCHC trên Báo Hà Nội mới', 'Sở Văn hóa', 'Các cơ quan báo chí', 'Quý IV/2025'],
  ['II', 'CẢI CÁCH THỂ CHẾ'],
  ['1.', 'Rà soát văn bản quy phạm pháp luật', 'Sở Tư pháp', 'Các sở, ngành', 'Tháng 9/2025'],
  ['2.', 'Theo dõi thi hành pháp luật', 'Sở Tư pháp', 'UBND cấp xã', 'Tháng 11/2025'],
];

/** The workbook version: titles merged across, header, rows; headings merged across, equal agencies merged down. */
function workbookPlan(rows: string[][] = ROWS) {
  const values: string[][] = [...TITLES.map((t) => [t]), HEADER, ...rows];
  const merges: Merge[] = TITLES.map((_, i) => ({ top: i + 1, left: 1, bottom: i + 1, right: 5 }));
  const first = TITLES.length + 2;
  rows.forEach((r, i) => {
    if (r.length === 2) merges.push({ top: first + i, left: 2, bottom: first + i, right: 5 });
  });
  // "Sở Nội vụ" leads items 1 and 2 of group I: one merged cell in the workbook as in the document.
  merges.push({ top: first + 1, left: 3, bottom: first + 2, right: 3 });
  const grid = gridFromValues(
    'Phụ lục 1',
    values.map((r, i) => (i === first + 2 - 1 ? [r[0], r[1], '', r[3], r[4]] : r)),
    merges,
  );
  return readPlan([grid]);
}

/** The Word table for the same rows; `label(i)` gives the TT cell of row i (typed text or a numbered paragraph). */
function wordBlocks(
  label: (i: number) => CellIn,
  text: (s: string) => CellIn = (s) => ({ paras: s.split('\n') }),
): Block[] {
  const body: CellIn[][] = ROWS.map((r, i) => {
    if (r.length === 2) return [label(i), { paras: [r[1]], span: 4 }];
    const lead: CellIn =
      i === 1 ? { paras: [r[2]], vmerge: 'restart' } : i === 2 ? { paras: [''], vmerge: 'continue' } : r[2];
    return [label(i), text(r[1]), lead, r[3], r[4]];
  });
  return [
    { p: 'ỦY BAN NHÂN DÂN THÀNH PHỐ' },
    { p: 'Kế hoạch này thay thế các văn bản trước.' },
    ...TITLES.map((t) => ({ p: t, center: true })),
    { table: [HEADER, ...body] },
    { p: 'Nơi nhận:' },
    {
      table: [[{ paras: ['Nơi nhận:', '- Như trên;', '- Lưu: VT.'] }, { paras: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'] }]],
      headerRows: 0,
    },
  ];
}

function shape(plan: ReturnType<typeof readPlan>) {
  return plan.tables.map((t) => ({
    kind: t.kind,
    title: t.title,
    rows: t.rows.map((r) => ({ type: r.type, label: r.label, key: r.key, fields: r.fields, due: r.due })),
  }));
}

async function docxPlan(blocks: Block[], numbering?: NumberingIn) {
  const tables = await readDocxTables(await buildDocx(blocks, numbering));
  return { tables, plan: readPlan(tables.map((t) => t.grid)) };
}

const expected = shape(workbookPlan());

it('the workbook version reads as 2 headings and 5 items (the reference)', () => {
  expect(expected).toHaveLength(1);
  expect(expected[0].rows.map((r) => r.label)).toEqual(['I', '1.', '2.', '3.', 'II', '1.', '2.']);
  expect(expected[0].rows[2].fields.lead).toBe('Sở Nội vụ');
  expect(expected[0].rows[2].fields.task).toBe('Kiểm tra công tác CCHC\ntại các xã');
});

it('typed numbers, merged agencies, paragraphs in cells and a signature table: same rows; tables named Bảng N', async () => {
  const { tables, plan } = await docxPlan(wordBlocks((i) => ROWS[i][0]));
  expect(tables.map((t) => t.grid.sheet)).toEqual(['Bảng 1', 'Bảng 2']);
  expect(tables[0].title).toEqual(TITLES);
  expect(tables[0].headerRows).toEqual([1]);
  expect(plan.tables.map((t) => t.sheet)).toEqual(['Bảng 1']);
  expect(shape(plan)).toEqual(expected);
});

it('an auto-numbered TT column restarting per group (startOverride) and Roman headings: same rows', async () => {
  const numbering: NumberingIn = {
    abstracts: { 0: [{ fmt: 'upperRoman', text: '%1' }], 1: [{ fmt: 'decimal', text: '%1.' }] },
    nums: { 1: { abstract: 0 }, 2: { abstract: 1 }, 3: { abstract: 1, starts: { 0: 1 } } },
  };
  const label = (i: number): CellIn => ({ paras: [''], num: { id: ROWS[i].length === 2 ? 1 : i < 4 ? 2 : 3 } });
  const { plan } = await docxPlan(wordBlocks(label), numbering);
  expect(shape(plan)).toEqual(expected);
});

it('multi-level numbers "%1.%2." with letters for sections and continuing counters read as Word shows them', async () => {
  const rows = [
    ['A', 'CHỈ SỐ PAR INDEX'],
    ...ROWS.map((r, i) =>
      r.length === 2 ? [`${i === 0 ? 1 : 2}.`, r[1]] : [`${i < 4 ? 1 : 2}.${i < 4 ? i : i - 4}.`, ...r.slice(1)],
    ),
  ];
  const numbering: NumberingIn = {
    abstracts: {
      0: [{ fmt: 'upperLetter', text: '%1' }],
      1: [
        { fmt: 'decimal', text: '%1.' },
        { fmt: 'decimal', text: '%1.%2.' },
      ],
    },
    nums: { 1: { abstract: 0 }, 2: { abstract: 1 } },
  };
  const body: CellIn[][] = rows.map((r, i) => {
    const num = i === 0 ? { id: 1 } : { id: 2, ilvl: r.length === 2 ? 0 : 1 };
    if (r.length === 2)
      return [
        { paras: [''], num },
        { paras: [r[1]], span: 4 },
      ];
    return [{ paras: [''], num }, { paras: r[1].split('\n') }, r[2], r[3], r[4]];
  });
  const { tables, plan } = await docxPlan([...TITLES.map((p) => ({ p })), { table: [HEADER, ...body] }], numbering);
  expect(
    tables[0].grid.cells
      .slice(3)
      .map((r) => r[0])
      .map((c) => (c.kind === 'text' ? c.text : '')),
  ).toEqual(rows.map((r) => r[0]));
  const ref = gridFromValues(
    'Bảng 1',
    [...TITLES.map((t) => [t]), HEADER, ...rows],
    [
      ...TITLES.map((_, i) => ({ top: i + 1, left: 1, bottom: i + 1, right: 5 })),
      ...rows.flatMap((r, i) => (r.length === 2 ? [{ top: 4 + i, left: 2, bottom: 4 + i, right: 5 }] : [])),
    ],
  );
  expect(shape(plan)).toEqual(shape(readPlan([ref])));
  expect(plan.tables[0].rows.map((r) => r.label)).toEqual(['A', '1.', '1.1.', '1.2.', '1.3.', '2.', '2.1.', '2.2.']);
});

it('tabs become spaces and soft breaks line breaks', async () => {
  const { tables } = await docxPlan([
    { table: [HEADER, ['1.', 'Ban hành\tkế hoạch\nnăm 2025', 'Sở Nội vụ', '', 'Quý I/2025']] },
  ]);
  const task = tables[0].grid.cells[1][1];
  expect(task).toEqual({ kind: 'text', text: 'Ban hành kế hoạch\nnăm 2025' });
});

it('list formats as Word renders them', () => {
  expect([1, 4, 9, 14, 40].map((n) => formatNumber(n, 'upperRoman'))).toEqual(['I', 'IV', 'IX', 'XIV', 'XL']);
  expect(formatNumber(3, 'lowerRoman')).toBe('iii');
  expect([1, 26, 27, 28].map((n) => formatNumber(n, 'lowerLetter'))).toEqual(['a', 'z', 'aa', 'bb']);
  expect(formatNumber(5, 'decimalZero')).toBe('05');
});

it('nested tables are not read as tables and a continuing list counts their paragraphs', async () => {
  const numbering: NumberingIn = { abstracts: { 1: [{ fmt: 'decimal', text: '%1.' }] }, nums: { 2: { abstract: 1 } } };
  const inner: CellIn[][] = [[{ paras: ['bước'], num: { id: 2 } }, 'Chi tiết bên trong']];
  const blocks: Block[] = [
    {
      table: [
        HEADER,
        [{ paras: [''], num: { id: 2 } }, { paras: ['Nhiệm vụ một'], nested: inner }, 'Sở Nội vụ', '', 'Quý I/2025'],
        [{ paras: [''], num: { id: 2 } }, 'Nhiệm vụ hai', 'Sở Nội vụ', '', 'Quý II/2025'],
      ],
    },
  ];
  const { tables, plan } = await docxPlan(blocks, numbering);
  expect(tables).toHaveLength(1);
  expect(plan.tables[0].rows[0].fields.task).toBe('Nhiệm vụ một');
  // Word numbers the nested paragraph "2. bước", so the next row shows 3.
  expect(plan.tables[0].rows.map((r) => r.label)).toEqual(['1.', '3.']);
});
