/**
 * Writing through the Office adapter: text stays text, chiso's sheets are replaced in place and only they, a user's
 * sheet is never written, and Excel's refusals (protection, cell-edit mode, an old Excel) become clear PortErrors
 * before anything is half-written.
 */
import { OfficePort, renderSheetSpecs, NO_LINKS_WARNING } from '../../../src/adapters/office';
import { NO_API19_WARNING } from '../../../src/adapters/office/render';
import { trackFlow } from '../../../src/core/app';
import type { SheetSpec } from '../../../src/core/sheetspec';
import { PortError } from '../../../src/core/app/port';
import { bookFromGrids, fakeContext, fakeHost, FakeBook } from './fake-excel';
import { fakeCells, syntheticPlan } from './helpers';

const TODAY = '2025-09-30';
const spec = (name: string, cells: SheetSpec['cells'], extra: Partial<SheetSpec> = {}): SheetSpec => ({
  name,
  kind: 'data',
  styles: {},
  cells,
  ...extra,
});

function userBook(): FakeBook {
  const book = new FakeBook();
  const s = book.addSheet('Kế hoạch');
  s.cell(1, 1).value = 'Của tôi';
  s.cell(1, 1).font.bold = true;
  return book;
}

const snapshot = (book: FakeBook) =>
  JSON.stringify(
    book.sheets.map((s) => ({
      name: s.name,
      vis: s.visibility,
      cells: [...s.cells.entries()],
      merges: s.merges,
      cf: s.condFormats,
      dv: s.validations,
    })),
  );

describe('text is data', () => {
  it('plan text that Excel would parse (formula, number, date, percent, boolean, apostrophe) lands as the same text', async () => {
    const risky = [
      '=HYPERLINK("http://x","y")',
      '+84 912 345 678',
      '-Không',
      '@chiso',
      '0123',
      '1.5',
      '15/12/2025',
      '1/2/2025',
      '50%',
      'TRUE',
      "'trích dẫn",
      '=1+1',
    ];
    const book = userBook();
    await OfficePortWrite(book, [
      spec(
        'Dữ liệu',
        risky.map((v) => [{ v }, { v: 42 }, { v: { date: '2025-12-15' } }, { v: false }]),
      ),
    ]);
    const s = book.sheet('Dữ liệu')!;
    risky.forEach((text, i) => {
      expect(s.peek(i + 1, 1)).toMatchObject({ value: text, formula: undefined });
      expect(s.peek(i + 1, 2)?.value).toBe(42);
      expect(s.peek(i + 1, 3)).toMatchObject({ value: 46006, numberFormat: 'dd/mm/yyyy' });
      expect(s.peek(i + 1, 4)?.value).toBe(false);
    });
    // Read back through the adapter: text cells, the date a date.
    const read = await new OfficePort(fakeHost(book)).readGrids(['Dữ liệu']);
    expect(read.grids[0].cells.map((r) => r[0])).toEqual(risky.map((text) => ({ kind: 'text', text })));
    expect(read.grids[0].cells[0][2]).toEqual({ kind: 'date', iso: '2025-12-15' });
  });
});

async function OfficePortWrite(
  book: FakeBook,
  specs: SheetSpec[],
  opts = { replace: [] as string[], remove: [] as string[] },
) {
  const port = new OfficePort(fakeHost(book));
  await port.writeSheets(specs, opts);
  return port;
}

describe('replace and remove', () => {
  it('replaces chiso sheets in place (position kept, old content gone), adds new ones at the end, deletes removed ones', async () => {
    const book = userBook();
    const old = book.addSheet('Theo dõi cũ');
    Object.assign(old.cell(9, 9), { value: 'cũ' });
    old.merges.push({ top: 1, left: 1, bottom: 1, right: 3 });
    old.condFormats.push({ area: { top: 1, left: 1, bottom: 50, right: 5 }, type: 'Custom' });
    book.addSheet('Tổng hợp').cell(1, 1).value = 'tổng cũ';
    book.addSheet('Ghi chú riêng').cell(1, 1).value = 'của người dùng';
    await OfficePortWrite(book, [spec('Tổng hợp', [[{ v: 'tổng mới' }]]), spec('Mới', [[{ v: 1 }]])], {
      replace: ['Theo dõi cũ', 'Tổng hợp'],
      remove: ['Theo dõi cũ'],
    });
    expect(book.sheets.map((s) => s.name)).toEqual(['Kế hoạch', 'Tổng hợp', 'Ghi chú riêng', 'Mới']);
    expect([...fakeCells(book.sheet('Tổng hợp')!)]).toEqual([['A1', 'tổng mới']]);
    expect(book.sheet('Ghi chú riêng')!.peek(1, 1)?.value).toBe('của người dùng');
    expect(book.sheet('Kế hoạch')!.peek(1, 1)).toMatchObject({ value: 'Của tôi', font: { bold: true } });
  });

  it('a clear leaves nothing of the old sheet: merges, rules, lists, widths, panes', async () => {
    const book = userBook();
    const old = book.addSheet('Vấn đề');
    old.merges.push({ top: 2, left: 1, bottom: 2, right: 4 });
    old.condFormats.push({ area: { top: 1, left: 1, bottom: 50, right: 5 }, type: 'Custom' });
    old.validations.push({ area: { top: 1, left: 1, bottom: 9, right: 1 } });
    old.colWidths.set(7, 300);
    old.freeze = { rows: 3, cols: 0 };
    await OfficePortWrite(book, [spec('Vấn đề', [[{ v: 'mới' }]])], { replace: ['Vấn đề'], remove: [] });
    const s = book.sheet('Vấn đề')!;
    expect({
      merges: s.merges,
      cf: s.condFormats,
      dv: s.validations,
      widths: [...s.colWidths],
      freeze: s.freeze,
    }).toEqual({ merges: [], cf: [], dv: [], widths: [], freeze: null });
  });

  it('never writes a user sheet: a spec named like one (any case) stops the write before anything changes', async () => {
    const book = userBook();
    const before = snapshot(book);
    const port = new OfficePort(fakeHost(book));
    await expect(
      port.writeSheets([spec('Mới', [[{ v: 1 }]]), spec('KẾ HOẠCH', [[{ v: 'ghi đè' }]])], { replace: [], remove: [] }),
    ).rejects.toMatchObject({
      code: 'SHEET_CONFLICT',
      message: expect.stringMatching(/^Trang tính "Kế hoạch" không do chiso tạo/),
      text: { en: expect.stringContaining('never overwritten') },
    });
    expect(snapshot(book)).toBe(before);
    expect(book.syncLog.length).toBe(1); // the loading sync only
  });

  it('a removed name that is not one of chiso sheets is left alone', async () => {
    const book = userBook();
    await OfficePortWrite(book, [spec('Mới', [[{ v: 1 }]])], { replace: [], remove: ['Kế hoạch'] });
    expect(book.sheet('Kế hoạch')).toBeDefined();
  });
});

describe('Excel refusals become PortErrors', () => {
  it('a protected chiso sheet: PROTECTED naming the sheet, nothing written', async () => {
    const book = userBook();
    book.addSheet('Tổng hợp').protected = true;
    const before = snapshot(book);
    const err = await new OfficePort(fakeHost(book))
      .writeSheets([spec('Tổng hợp', [[{ v: 1 }]])], { replace: ['Tổng hợp'], remove: [] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PortError);
    expect(err).toMatchObject({
      code: 'PROTECTED',
      message: expect.stringMatching(/^Trang tính "Tổng hợp" đang được bảo vệ/),
    });
    expect(snapshot(book)).toBe(before);
  });

  it('a protected workbook structure: PROTECTED before adding sheets', async () => {
    const book = userBook();
    book.structureProtected = true;
    await expect(
      new OfficePort(fakeHost(book)).writeSheets([spec('Mới', [[{ v: 1 }]])], { replace: [], remove: [] }),
    ).rejects.toMatchObject({
      code: 'PROTECTED',
      message: expect.stringMatching(/^Cấu trúc sổ làm việc đang được bảo vệ/),
    });
    expect(book.sheets.length).toBe(1);
  });

  it('Excel answering AccessDenied to a request (a sheet protected meanwhile) maps to PROTECTED naming the sheet', async () => {
    const book = userBook();
    const context = fakeContext(book);
    // Protect the user's sheet between the load and the write by writing into it through a raw range.
    const ws = (
      context.workbook as { worksheets: { getItem(n: string): { getRange(a: string): { values: unknown } } } }
    ).worksheets.getItem('Kế hoạch');
    book.sheet('Kế hoạch')!.protected = true;
    ws.getRange('A1').values = [['x']];
    await expect(context.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
    const { toPortError } = await import('../../../src/adapters/office/errors');
    expect(toPortError({ code: 'AccessDenied', message: 'protected' }, 'Kế hoạch')).toMatchObject({
      code: 'PROTECTED',
      message: expect.stringContaining('"Kế hoạch"'),
    });
  });

  it('a cell in edit mode: EDIT_MODE with what to do, for reads and writes', async () => {
    const book = userBook();
    book.editMode = true;
    const port = new OfficePort(fakeHost(book));
    await expect(port.readGrids()).rejects.toMatchObject({
      code: 'EDIT_MODE',
      message: expect.stringMatching(/^Excel đang ở chế độ sửa ô\. Hãy nhấn Enter hoặc Esc/),
    });
    await expect(port.writeSheets([spec('Mới', [[{ v: 1 }]])], { replace: [], remove: [] })).rejects.toMatchObject({
      code: 'EDIT_MODE',
    });
    await expect(port.selectCell('Kế hoạch', 'A1')).rejects.toMatchObject({ code: 'EDIT_MODE' });
    expect(book.sheets.length).toBe(1);
  });

  it('an Excel too old: OLD_EXCEL for writing before 1.8 and reading before 1.2, without touching the book', async () => {
    const book = userBook();
    book.api = '1.7';
    const port = new OfficePort(fakeHost(book));
    await expect(port.writeSheets([spec('Mới', [[{ v: 1 }]])], { replace: [], remove: [] })).rejects.toMatchObject({
      code: 'OLD_EXCEL',
      message: expect.stringMatching(/^Phiên bản Excel này quá cũ để ghi bảng theo dõi \(cần ExcelApi 1\.8/),
    });
    expect(book.syncLog.length).toBe(0);
    book.api = '1.1';
    await expect(port.readGrids()).rejects.toMatchObject({ code: 'OLD_EXCEL' });
  });

  it('on ExcelApi 1.8 the tracker is still written exactly (no copy, no filter), with a warning', async () => {
    const book = bookFromGrids([syntheticPlan(60)]);
    book.api = '1.8';
    const flow = trackFlow([syntheticPlan(60)], [], { today: TODAY, fixedToday: true });
    const report = await renderSheetSpecs(fakeContext(book) as never, flow.set.sheets, {
      supports: (v) => book.supports(v),
    });
    expect(report.warnings).toEqual([NO_API19_WARNING]);
    const t = book.sheet(flow.set.sheets[1].name)!;
    expect(t.autoFilter).toBeNull();
    const spec1 = flow.set.sheets[1];
    const r = spec1.cells.findIndex((row) => row?.some((c) => c?.f !== undefined)) + 1;
    const c = spec1.cells[r - 1]!.findIndex((x) => x?.f !== undefined) + 1;
    expect(t.peek(r + 1, c)?.formula).toBe(`=${spec1.cells[r]![c - 1]!.f}`);
  });
});

describe('links, selection and settings', () => {
  it('an evidence link an official added to a tracker survives a refresh (read back with ExcelApi 1.9)', async () => {
    const book = bookFromGrids([syntheticPlan(30)]);
    const port = new OfficePort(fakeHost(book));
    let read = await port.readGrids();
    let flow = trackFlow(read.grids, read.links, { today: TODAY, fixedToday: true });
    await port.writeSheets(flow.set.sheets, { replace: flow.replace, remove: flow.remove });
    const tracker = flow.set.sheets.find((s) => s.kind === 'tasks')!;
    const col = tracker.cells[tracker.headerRow! - 1]!.findIndex((c) => c?.v === 'Tài liệu kiểm chứng') + 1;
    const row = tracker.headerRow! + 3;
    const key = tracker.cells[row - 1]![0]!.v;
    const cell = book.sheet(tracker.name)!.cell(row, col);
    Object.assign(cell, { value: 'Quyết định 12', hyperlink: { address: 'https://example.vn/qd12.pdf' } });
    read = await port.readGrids();
    expect(read.links).toContainEqual({
      sheet: tracker.name,
      cell: `${String.fromCharCode(64 + col)}${row}`,
      target: 'https://example.vn/qd12.pdf',
    });
    flow = trackFlow(read.grids, read.links, { today: TODAY, fixedToday: true });
    await port.writeSheets(flow.set.sheets, { replace: flow.replace, remove: flow.remove });
    const again = book.sheet(tracker.name)!;
    const r2 = [...again.cells.entries()].find(([k, c]) => k % 20000 === 1 && c.value === key)![0];
    const linked = again.peek(Math.floor(r2 / 20000), col)!;
    expect(linked).toMatchObject({
      value: 'Quyết định 12',
      hyperlink: { address: 'https://example.vn/qd12.pdf', textToDisplay: 'Quyết định 12' },
    });
    book.api = '1.8';
    expect((await port.readGrids()).warnings).toContain(NO_LINKS_WARNING);
  });

  it('selects a cell on its sheet, and says which sheet is missing', async () => {
    const book = userBook();
    book.addSheet('Khác');
    book.active = 'Khác';
    const port = new OfficePort(fakeHost(book));
    await port.selectCell('Kế hoạch', 'C7');
    expect(book.active).toBe('Kế hoạch');
    expect(book.selection).toEqual({ sheet: 'Kế hoạch', address: 'C7' });
    await expect(port.selectCell('Đã xóa', 'A1')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('"Đã xóa"'),
    });
    await expect(port.selectCell('Kế hoạch', 'không phải ô')).rejects.toMatchObject({ code: 'BAD_CELL' });
  });

  it('keeps settings in the document settings', async () => {
    const book = userBook();
    const port = new OfficePort(fakeHost(book));
    expect(await port.loadSetting('chiso.roleCorrections')).toBeNull();
    await port.saveSetting('chiso.roleCorrections', '[]');
    expect(book.settings.get('chiso.roleCorrections')).toBe('[]');
    expect(await new OfficePort(fakeHost(book)).loadSetting('chiso.roleCorrections')).toBe('[]');
    expect(await port.sheetNames()).toEqual(['Kế hoạch']);
    expect(await port.activeSheet()).toBe('Kế hoạch');
    expect(await port.name()).toBe('So-lam-viec.xlsx');
  });
});
