/** Reading gaps of issue 12 on hand-made grids: hand-off rows under headings, headers repeated on every page. */
import { type Merge, gridFromValues } from '../../../src/core/grid';
import { readSheetTables } from '../../../src/core/plan';
import { isHandOffText } from '../../../src/core/plan/assemble';
import type { PlanTable } from '../../../src/core/plan/types';

type V = string | number | null;
const HEAD: V[] = ['TT', 'Nhiệm vụ', 'Tiến độ hoàn thành', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Kết quả/Sản phẩm'];
const heading = (label: string, text: string): V[] => [label, text, null, null, null, null];
const item = (label: string, text: string): V[] => [label, text, 'Quý IV/2025', 'Sở Nội vụ', 'Các sở', 'Báo cáo'];
const textOnly = (text: string): V[] => [null, text, null, null, null, null];

function read(rows: V[][], merges: Merge[] = []): PlanTable[] {
  return readSheetTables(gridFromValues('S', rows, merges));
}

/** "type path «task»" per row. */
function brief(t: PlanTable): string[] {
  return t.rows.map((r) => `${r.type} ${r.path.join('/')} «${String(r.fields.task ?? '')}»`);
}

describe('a row that hands the group to another plan is the group’s task', () => {
  const handOffs = [
    'Thực hiện theo Kế hoạch số 326/KH-UBND ngày 10/12/2024 của UBND Thành phố',
    'Thực hiện theo Kế hoạch riêng',
    'Theo Kế hoạch số 12/KH-UBND',
    'thuc hien theo ke hoach rieng',
    'Triển khai theo Chương trình số 05-CTr/TU',
    '- Thực hiện theo Kế hoạch số 326/KH-UBND',
  ];
  it.each(handOffs)('%s', (text) => {
    const [t] = read([
      HEAD,
      heading('I', 'NHÓM I'),
      heading('1', 'Cải cách thể chế'),
      textOnly(text),
      heading('2', 'Nhóm 2'),
      item('2.1', 'Việc'),
    ]);
    expect(brief(t)).toEqual([
      'group I «NHÓM I»',
      'subgroup I/1 «Cải cách thể chế»',
      `item I/1/ «${text}»`,
      'subgroup I/2 «Nhóm 2»',
      'item I/2/2.1 «Việc»',
    ]);
    expect(t.rows[2].parentKey).toBe(t.rows[1].key);
  });

  it('also when the hand-off is merged across the row, and its spill-over line joins it (not the heading)', () => {
    const [t] = read(
      [
        HEAD,
        heading('A', 'PAR INDEX'),
        heading('II', 'Cải cách TTHC'),
        textOnly('Thực hiện theo Kế hoạch số 326/KH-UBND ngày 10/12/2024'),
        textOnly('của UBND Thành phố'),
        heading('III', 'Tổ chức bộ máy'),
        item('1.', 'Việc'),
      ],
      [{ top: 4, left: 2, bottom: 4, right: 6 }],
    );
    expect(brief(t)).toEqual([
      'section A «PAR INDEX»',
      'group A/II «Cải cách TTHC»',
      'item A/II/ «Thực hiện theo Kế hoạch số 326/KH-UBND ngày 10/12/2024\ncủa UBND Thành phố»',
      'group A/III «Tổ chức bộ máy»',
      'item A/III/1 «Việc»',
    ]);
    expect(t.rows[2].span).toBe(2);
  });

  it('other text under a heading still continues its title; a hand-off under an item continues the item', () => {
    const [t] = read([
      HEAD,
      heading('1', 'Nhóm nhiệm vụ'),
      textOnly('(Theo Kế hoạch số 326/KH-UBND)'),
      textOnly('về cải cách thể chế'),
      item('1.1', 'Việc A'),
      textOnly('Thực hiện theo Kế hoạch số 12/KH-UBND'),
    ]);
    expect(brief(t)).toEqual([
      'group 1 «Nhóm nhiệm vụ\n(Theo Kế hoạch số 326/KH-UBND)\nvề cải cách thể chế»',
      'item 1/1.1 «Việc A\nThực hiện theo Kế hoạch số 12/KH-UBND»',
    ]);
  });

  it.each<[string, boolean]>([
    ['Thực hiện theo Kế hoạch số 326/KH-UBND', true],
    ['Theo Kế hoạch riêng của UBND Thành phố', true],
    ['Được thực hiện theo Đề án số 06', true],
    ['Theo kế hoạch 326', true],
    ['Thực hiện theo kế hoạch của Sở Nội vụ về rà soát', false],
    ['(Theo Kế hoạch số 326/KH-UBND)', false],
    ['Xây dựng kế hoạch theo Kế hoạch số 326', false],
    ['', false],
  ])('isHandOffText(%j) → %p', (text, want) => {
    expect(isHandOffText(text)).toBe(want);
  });
});

describe('a header printed twice at the top and again on every page continues the table', () => {
  interface Layout {
    /** The header rows copied right under themselves. */
    twiceAtTop: boolean;
    /** The header copied into the body after every `every` body rows (0: never). */
    every: number;
    /** "Cơ quan thực hiện" over "Chủ trì" / "Phối hợp". */
    twoRow?: boolean;
    /** Copies without the first cell ("TT"). */
    firstCellEmpty?: boolean;
    /** The lead merged down items 30–50, over the first copy in the body (as inserting rows inside a merge does). */
    leadMerged?: boolean;
    /** A title line above the first copy in the body (a new appendix with the same columns). */
    titledCopy?: boolean;
  }
  const TOP: V[] = ['TT', 'Nhiệm vụ', 'Tiến độ hoàn thành', 'Cơ quan thực hiện', null, 'Kết quả/Sản phẩm'];
  const SUB: V[] = [null, null, null, 'Chủ trì', 'Phối hợp', null];

  /** Title lines, header, then groups I (items 1–38), II (39–75), III (76–90); II sits right above the first copy. */
  function sheet(l: Layout): { rows: V[][]; merges: Merge[] } {
    const rows: V[][] = [];
    const merges: Merge[] = [];
    const across = () => merges.push({ top: rows.length, left: 2, bottom: rows.length, right: 6 });
    const header = (copy: boolean) => {
      const first = (r: V[]) => (copy && l.firstCellEmpty ? [null, ...r.slice(1)] : r);
      if (!l.twoRow) return void rows.push(first(HEAD));
      const top = rows.length + 1;
      rows.push(first(TOP), SUB);
      for (const c of [1, 2, 3, 6]) merges.push({ top, left: c, bottom: top + 1, right: c });
      merges.push({ top, left: 4, bottom: top, right: 5 });
    };
    rows.push(['PHỤ LỤC 1', null, null, null, null, null]);
    merges.push({ top: 1, left: 1, bottom: 1, right: 6 });
    rows.push(['Nhiệm vụ cải cách hành chính năm 2025', null, null, null, null, null]);
    merges.push({ top: 2, left: 1, bottom: 2, right: 6 });
    header(false);
    if (l.twiceAtTop) header(true);
    let n = 0;
    let body = 0;
    let leadTop = 0;
    const bodyRow = (r: V[], heading: boolean) => {
      rows.push(r);
      if (heading) across();
      body++;
      if (l.every > 0 && body % l.every === 0) {
        if (l.titledCopy && body === l.every) rows.push(['PHỤ LỤC 2', null, null, null, null, null]);
        header(true);
      }
    };
    for (const [label, title, last] of [
      ['I', 'CẢI CÁCH THỂ CHẾ', 38],
      ['II', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH', 75],
      ['III', 'CHÍNH QUYỀN SỐ', 90],
    ] as const) {
      bodyRow(heading(label, title), true);
      while (n < last) {
        n++;
        if (l.leadMerged && n === 30) leadTop = rows.length + 1;
        const lead = l.leadMerged && n > 30 && n <= 50 ? null : `Sở ${n % 7}`;
        bodyRow([`${n}.`, `Nhiệm vụ số ${n}`, `Tháng ${(n % 12) + 1}/2025`, lead, 'Các sở, ngành', 'Báo cáo'], false);
        if (l.leadMerged && n === 50) merges.push({ top: leadTop, left: 4, bottom: rows.length, right: 4 });
      }
    }
    return { rows, merges };
  }

  /** What a tracker is made of: everything but sheet row numbers. */
  const content = (t: PlanTable) => t.rows.map((r) => [r.type, r.label, r.path, r.key, r.parentKey, r.fields, r.due]);

  const layouts: Array<[string, Layout]> = [
    ['one header row', { twiceAtTop: true, every: 40 }],
    ['copies without their first cell', { twiceAtTop: true, every: 40, firstCellEmpty: true }],
    ['a two-row header with a group over "Chủ trì" / "Phối hợp"', { twiceAtTop: true, every: 40, twoRow: true }],
    ['a copy pasted inside a lead merged down over it', { twiceAtTop: true, every: 40, leadMerged: true }],
    ['copies every 25 rows, not twice at the top', { twiceAtTop: false, every: 25 }],
  ];
  it.each(layouts)('%s: one table, the copies skipped, rows as without them', (_name, l) => {
    const { rows, merges } = sheet(l);
    const tables = read(rows, merges);
    const [plain] = read(...(Object.values(sheet({ ...l, twiceAtTop: false, every: 0 })) as [V[][], Merge[]]));
    expect(tables).toHaveLength(1);
    const [t] = tables;
    expect(t.headerRows).toEqual(l.twoRow ? [3, 4] : [3]);
    expect(t.rows).toHaveLength(93);
    expect(content(t)).toEqual(content(plain));
    // No copy of the header was read as a task; heading II (right above the first copy) keeps its title alone.
    expect(t.rows.some((r) => /^(TT|Nhiệm vụ)$/.test(String(r.fields.task)))).toBe(false);
    expect(t.rows.find((r) => r.label === 'II')?.fields.task).toBe('CẢI CÁCH THỦ TỤC HÀNH CHÍNH');
  });

  it('the same columns under a new title line are a new table', () => {
    const { rows, merges } = sheet({ twiceAtTop: true, every: 40, titledCopy: true });
    const tables = read(rows, merges);
    expect(tables.map((t) => t.title?.[0] ?? '')).toEqual(['PHỤ LỤC 1', 'PHỤ LỤC 2']);
    expect(tables[0].rows.at(-1)?.label).toBe('II');
  });
});
