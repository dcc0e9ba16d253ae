/** Row assembly and table segmentation on hand-made grids: one test per layout feature. */
import { type Cell, type Merge, gridFromValues } from '../../../src/core/grid';
import { readPlan, readSheetTables } from '../../../src/core/plan';
import type { PlanTable } from '../../../src/core/plan/types';

type V = string | number | null;
const HEAD: V[] = ['TT', 'Nhiệm vụ', 'Tiến độ hoàn thành', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Kết quả/Sản phẩm'];

function read(rows: V[][], merges: Merge[] = []): PlanTable[] {
  return readSheetTables(gridFromValues('S', rows, merges));
}

function brief(t: PlanTable): string[] {
  return t.rows.map(
    (r) => `${r.row}+${r.span} ${r.type} ${r.label} ${String(r.fields.task ?? r.fields.criterion ?? '')}`,
  );
}

describe('row assembly', () => {
  it('joins continuation rows (no number, no agency or deadline) into the record above, lines joined by "\\n"', () => {
    const [t] = read([
      HEAD,
      ['1.', 'Việc A', 'Tháng 7/2025', 'Sở A', 'Sở B', '- Kế hoạch'],
      [null, null, null, null, null, '- Báo cáo'],
      [null, 'tiếp theo của việc A', null, null, null, '- Tài liệu khác'],
      ['2.', 'Việc B', 'Quý IV/2025', 'Sở C', null, 'Quyết định'],
    ]);
    expect(brief(t)).toEqual(['2+3 item 1. Việc A\ntiếp theo của việc A', '5+1 item 2. Việc B']);
    expect(t.rows[0].fields.output).toBe('- Kế hoạch\n- Báo cáo\n- Tài liệu khác');
    expect(t.lastRow).toBe(5);
  });

  it('an unnumbered row with its own agency starts a new record', () => {
    const [t] = read([
      HEAD,
      ['1.', 'Việc A', 'Tháng 7/2025', 'Sở A', null, 'x'],
      [null, 'Việc A bổ sung', 'Tháng 8/2025', 'Sở D', null, 'y'],
    ]);
    expect(brief(t)).toEqual(['2+1 item 1. Việc A', '3+1 item  Việc A bổ sung']);
    expect(t.rows[1].key).toBe('#1');
  });

  it('spreads a lead agency merged down a block to every row it covers; cells point at the master', () => {
    const [t] = read(
      [
        HEAD,
        ['1.', 'A', 'Tháng 1/2025', 'Sở Nội vụ', null, null],
        ['2.', 'B', 'Tháng 2/2025', null, null, null],
        ['3.', 'C', 'Tháng 3/2025', null, null, null],
      ],
      [{ top: 2, left: 4, bottom: 4, right: 4 }],
    );
    expect(t.rows.map((r) => r.fields.lead)).toEqual(['Sở Nội vụ', 'Sở Nội vụ', 'Sở Nội vụ']);
    expect(t.rows.map((r) => r.cells.lead)).toEqual(['D2', 'D2', 'D2']);
  });

  it('a criterion merged down its sub-requirements: each sub-requirement row is its own record', () => {
    const head: V[] = [
      'TT',
      'Tiêu chí',
      'Yêu cầu',
      'Cơ quan chủ trì',
      'Tiến độ hoàn thành',
      'Yêu cầu/ sản phẩm/ kết quả',
    ];
    const [t] = read(
      [
        head,
        ['6.', 'Đối thoại với doanh nghiệp', '1. Tiếp công dân', 'Phòng A', 'Trước ngày 15/12/2025', '- Báo cáo'],
        [null, null, null, null, null, '- Tài liệu khác'],
        ['6.', null, '2. Đối thoại', 'Phòng B', 'Trước ngày 30/11/2025', 'Kế hoạch'],
        [null, null, '3. Xử lý kiến nghị', 'Phòng C', 'Trước ngày 05/12/2025', 'Văn bản'],
      ],
      [{ top: 2, left: 2, bottom: 5, right: 2 }],
    );
    expect(t.rows.map((r) => [r.row, r.span, r.fields.criterion, r.fields.requirement])).toEqual([
      [2, 2, 'Đối thoại với doanh nghiệp', '1. Tiếp công dân'],
      [4, 1, 'Đối thoại với doanh nghiệp', '2. Đối thoại'],
      [5, 1, 'Đối thoại với doanh nghiệp', '3. Xử lý kiến nghị'],
    ]);
    expect(t.rows[0].fields.output).toBe('- Báo cáo\n- Tài liệu khác');
    expect(t.rows.map((r) => r.due?.date)).toEqual(['2025-12-15', '2025-11-30', '2025-12-05']);
  });

  it('skips header rows repeated at page breaks (also without their first cell) and "1 2 3 4 5 6" rows', () => {
    const [t] = read([
      HEAD,
      [1, 2, 3, 4, 5, 6],
      ['1.', 'A', 'Tháng 1/2025', 'Sở A', null, null],
      [null, ...HEAD.slice(1)],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
      ['2.', 'B', 'Tháng 2/2025', 'Sở B', null, null],
      HEAD,
      ['3.', 'C', 'Tháng 3/2025', 'Sở C', null, null],
    ]);
    expect(brief(t)).toEqual(['3+1 item 1. A', '6+1 item 2. B', '8+1 item 3. C']);
  });

  it('skips blank rows inside a table and stops at notes below it; keeps going when a full data row follows a note', () => {
    const [t] = read(
      [
        HEAD,
        ['1.', 'A', 'Tháng 1/2025', 'Sở A', null, null],
        [],
        ['2.', 'B', 'Tháng 2/2025', 'Sở B', null, null],
        [],
        ['Ghi chú: các đơn vị báo cáo trước ngày 15 hằng tháng'],
        ['- Tài liệu gửi về Sở Nội vụ'],
      ],
      [{ top: 6, left: 1, bottom: 6, right: 6 }],
    );
    expect(brief(t)).toEqual(['2+1 item 1. A', '4+1 item 2. B']);
    expect(t.lastRow).toBe(4);
    const [u] = read([
      HEAD,
      ['1.', 'A', 'Tháng 1/2025', 'Sở A', null, null],
      [null, 'Ghi chú: việc A làm theo đợt'],
      ['2.', 'B', 'Tháng 2/2025', 'Sở B', null, null],
    ]);
    expect(brief(u)).toEqual(['2+2 item 1. A\nGhi chú: việc A làm theo đợt', '4+1 item 2. B']);
  });

  it('types total rows (empty numbering, "Tổng …" / "CHỈ SỐ CHUNG:") and keeps their numbers', () => {
    const [t] = read([
      ['STT', 'Chỉ số nội dung', 'Điểm tối đa', 'Kết quả năm 2024', 'Mục tiêu năm 2025', 'Đơn vị chủ trì'],
      [null, 'CHỈ SỐ CHUNG:', '80', '43,7747', '46,20', null],
      ['1.', 'Tham gia', 10, 5.3923, 5.7, null],
      ['-', 'Tri thức công dân', '2,5', '1,4257', '1,5', 'Sở A'],
      [null, 'Tổng điểm', 80, 43.7747, 46.2, null],
    ]);
    expect(t.rows.map((r) => `${r.type} ${r.key} ${r.parentKey ?? ''}`)).toEqual([
      'total TOTAL#1 ',
      'item 1 ',
      'item 1.#1 1',
      'total TOTAL#2 ',
    ]);
    expect(t.rows[0].fields).toEqual({ task: 'CHỈ SỐ CHUNG:', max: 80, result: 43.7747, target: 46.2, lead: null });
  });

  it('reads headings typed whole into the numbering cell and merged across ("I. CÔNG TÁC …")', () => {
    const [t] = read(
      [HEAD, ['I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'], ['1.', 'A', 'Tháng 1/2025', 'Sở A', null, null]],
      [{ top: 2, left: 1, bottom: 2, right: 6 }],
    );
    expect(t.rows.map((r) => [r.type, r.label, r.path, r.fields.task])).toEqual([
      ['group', 'I.', ['I'], 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'],
      ['item', '1.', ['I', '1'], 'A'],
    ]);
  });

  it('keeps text NFC with runs of spaces collapsed and line breaks as "\\n"', () => {
    const decomposed = 'Tuyên truyền'.normalize('NFD');
    const [t] = read([HEAD, ['1.', `${decomposed}   pháp\r\nluật\u00a0 mới `, 'Tháng 1/2025', 'Sở A', null, null]]);
    expect(t.rows[0].fields.task).toBe('Tuyên truyền pháp\nluật mới');
  });

  it('keeps numbers as numbers, numbers as text read with a decimal comma, other text as text', () => {
    const percent: Cell = { kind: 'number', value: 0.865, format: '0.00%' };
    const noisy: Cell = { kind: 'number', value: 0.1 + 0.2, format: '0.00' };
    const grid = gridFromValues('S', [
      ['STT', 'Lĩnh vực', 'Điểm tối đa', 'Kết quả năm 2024', 'Mục tiêu năm 2025'],
      ['1', 'A', '9,5', null, '>92,00'],
    ]);
    grid.cells[1][3] = percent;
    grid.cells.push([
      { kind: 'text', text: '2' },
      { kind: 'text', text: 'B' },
      noisy,
      { kind: 'error', code: '#DIV/0!' },
      { kind: 'text', text: '1.234,5' },
    ]);
    grid.rowCount = 3;
    const [t] = readSheetTables(grid);
    expect(t.rows.map((r) => r.fields)).toEqual([
      { task: 'A', max: 9.5, result: 0.865, target: '>92,00' },
      { task: 'B', max: 0.3, result: '#DIV/0!', target: 1234.5 },
    ]);
  });
});

describe('tables on a sheet', () => {
  it('finds a table that starts anywhere (D7), with its title lines above', () => {
    const rows: V[][] = [[], [null, null, null, 'Phụ lục 1'], [null, null, null, 'KẾ HOẠCH NĂM 2026'], [], [], []];
    rows.push([null, null, null, ...HEAD]);
    rows.push([null, null, null, '1.', 'Việc A', 'Quý IV', 'Sở A', null, null]);
    const [t] = read(rows);
    expect(t.headerRows).toEqual([7]);
    expect(t.columns[0]).toMatchObject({ col: 'D', role: 'no' });
    expect(t.title).toEqual(['Phụ lục 1', 'KẾ HOẠCH NĂM 2026']);
    expect(t.rows[0].due).toEqual({ kind: 'quarter', date: '2026-12-31', text: 'Quý IV' });
  });

  it('finds two appendices on one sheet; the second one’s title lines do not leak into the first', () => {
    const [a, b] = read(
      [
        ['Phụ lục 1'],
        HEAD,
        ['1.', 'Việc A', 'Tháng 1/2025', 'Sở A', null, null],
        [],
        ['Phụ lục 2'],
        ['CÁC CHỈ TIÊU PAR INDEX'],
        ['STT', 'Lĩnh vực', 'Điểm tối đa', 'Kết quả năm 2024', 'Mục tiêu năm 2025', 'Đơn vị chủ trì'],
        ['1', 'Chỉ đạo điều hành', 9.5, 9.4, 9.5, 'Sở Nội vụ'],
      ],
      [{ top: 6, left: 1, bottom: 6, right: 6 }],
    );
    expect([a.kind, a.firstRow, a.lastRow, a.rows.length]).toEqual(['tasks', 3, 3, 1]);
    expect([b.kind, b.title, b.rows.length]).toEqual(['scores', ['Phụ lục 2', 'CÁC CHỈ TIÊU PAR INDEX'], 1]);
  });

  it('readPlan reads every sheet, skips sheets without a table, and picks a sheet by name loosely', () => {
    const g1 = gridFromValues('Phụ lục', [HEAD, ['1.', 'A', 'Tháng 1/2025', 'Sở A', null, null]]);
    const g2 = gridFromValues('Ghi chú', [['Tài liệu tham khảo'], ['Nơi nhận: …']]);
    expect(readPlan([g1, g2]).tables.map((t) => t.sheet)).toEqual(['Phụ lục']);
    expect(readPlan([g1, g2], { sheet: 'phu luc' }).tables).toHaveLength(1);
    expect(readPlan([g1, g2], { sheet: 'Ghi chú' }).tables).toHaveLength(0);
    expect(readPlan([], {})).toEqual({ year: null, tables: [] });
  });
});
