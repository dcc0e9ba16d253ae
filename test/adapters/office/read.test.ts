/** Reading Grids through Office.js (recording fake): dates, percents, merges, the no-1.13 warning, big sheets, links. */
import { OfficePort, NO_MERGES_WARNING, readGrid } from '../../../src/adapters/office';
import { cellFromOffice, parseAreas } from '../../../src/adapters/office/read';
import { readWorkbookGrids } from '../../../src/adapters/xlsx/read';
import { bookFromGrids, fakeContext, fakeHost, FakeBook } from './fake-excel';
import { fixturePlan, openWorkbook } from './helpers';

function planBook(): FakeBook {
  const book = new FakeBook();
  const s = book.addSheet('Phụ lục 1');
  s.cell(2, 2).value = 'Kế hoạch năm 2025';
  s.merges.push({ top: 2, left: 2, bottom: 2, right: 5 });
  Object.assign(s.cell(3, 2), { value: 45930, numberFormat: 'dd/mm/yyyy' }); // 30/09/2025
  Object.assign(s.cell(3, 3), { value: 0.865, numberFormat: '0.00%' });
  Object.assign(s.cell(3, 4), { value: 12.5, numberFormat: 'General' });
  Object.assign(s.cell(3, 5), { value: '#N/A', error: true });
  s.cell(4, 3).value = true;
  Object.assign(s.cell(5, 4), { value: 45292.75, numberFormat: '[$-vi-VN]d mmmm yyyy' }); // 01/01/2024 18:00
  return book;
}

describe('reading a sheet', () => {
  it('turns dates into date cells, keeps percent formats, errors, booleans and merges, from A1', async () => {
    const book = planBook();
    const { grid, warnings } = await readGrid(fakeContext(book) as never, 'Phụ lục 1');
    expect(warnings).toEqual([]);
    expect(grid.rowCount).toBe(5);
    expect(grid.colCount).toBe(5);
    expect(grid.cells[1][1]).toEqual({ kind: 'text', text: 'Kế hoạch năm 2025' });
    expect(grid.cells[2][1]).toEqual({ kind: 'date', iso: '2025-09-30' });
    expect(grid.cells[2][2]).toEqual({ kind: 'number', value: 0.865, format: '0.00%' });
    expect(grid.cells[2][3]).toEqual({ kind: 'number', value: 12.5 });
    expect(grid.cells[2][4]).toEqual({ kind: 'error', code: '#N/A' });
    expect(grid.cells[3][2]).toEqual({ kind: 'boolean', value: true });
    expect(grid.cells[4][3]).toEqual({ kind: 'date', iso: '2024-01-01' });
    expect(grid.merges).toEqual([{ top: 2, left: 2, bottom: 2, right: 5 }]);
    expect(grid.cells[0]).toEqual([]);
  });

  it('gives hidden and very hidden sheets their state, as the xlsx reader does', async () => {
    const book = planBook();
    book.addSheet('Ẩn').cell(1, 1).value = 'x';
    book.addSheet('Rất ẩn').cell(1, 1).value = 'y';
    book.sheets[1].visibility = 'Hidden';
    book.sheets[2].visibility = 'VeryHidden';
    const states = [];
    for (const name of ['Phụ lục 1', 'Ẩn', 'Rất ẩn'])
      states.push((await readGrid(fakeContext(book) as never, name)).grid.state);
    expect(states).toEqual([undefined, 'hidden', 'veryHidden']);
  });

  it('works without merged areas before ExcelApi 1.13, and says so (Vietnamese first)', async () => {
    const book = planBook();
    book.api = '1.12';
    const { grid, warnings } = await readGrid(fakeContext(book) as never, 'Phụ lục 1', {
      supports: (v) => book.supports(v),
    });
    expect(grid.merges).toEqual([]);
    expect(grid.cells[2][1]).toEqual({ kind: 'date', iso: '2025-09-30' });
    expect(warnings).toEqual([NO_MERGES_WARNING]);
    expect(warnings[0]).toMatch(/^Excel này chưa có ExcelApi 1\.13/);
  });

  it('reads the active sheet and the selection at their sheet positions', async () => {
    const book = planBook();
    book.addSheet('Khác').cell(1, 1).value = 'x';
    book.active = 'Phụ lục 1';
    book.selection = { sheet: 'Phụ lục 1', address: 'C3:D4' };
    const active = await readGrid(fakeContext(book) as never, 'active');
    expect(active.grid.sheet).toBe('Phụ lục 1');
    const sel = await readGrid(fakeContext(book) as never, 'selection');
    expect(sel.grid.sheet).toBe('Phụ lục 1');
    expect(sel.grid.cells[2][2]).toEqual({ kind: 'number', value: 0.865, format: '0.00%' });
    expect(sel.grid.cells[2][1]).toEqual({ kind: 'empty' }); // B3 is outside the selection
    expect(sel.grid.cells[3][2]).toEqual({ kind: 'boolean', value: true });
  });

  it('reads the real sample plan exactly as the xlsx reader does', async () => {
    const wb = await openWorkbook(fixturePlan());
    const { bookFromExcelJs } = await import('./fake-excel');
    const book = bookFromExcelJs(wb);
    const port = new OfficePort(fakeHost(book));
    const read = await port.readGrids();
    expect(read.warnings).toEqual([]);
    expect(read.grids).toEqual(await readWorkbookGrids(fixturePlan()));
  });

  it('loads a sheet too big for one answer in smaller blocks, halving when Excel says the answer is too large', async () => {
    const long = 'Nội dung rất dài của nhiệm vụ cải cách hành chính '.repeat(20); // ~1 kB
    const values: string[][] = Array.from({ length: 3000 }, (_, r) => [`${r + 1}.`, `${long}${r}`, `${long}`]);
    const book = bookFromGrids([
      { sheet: 'Lớn', cells: values.map((row) => row.map((t) => ({ kind: 'text', text: t }))), merges: [] },
    ]);
    const port = new OfficePort(fakeHost(book));
    const read = await port.readGrids(['Lớn']);
    expect(read.grids[0].rowCount).toBe(3000);
    expect(read.grids[0].cells[2999][1]).toEqual({ kind: 'text', text: `${long}2999` });
    expect(book.syncLog.some((s) => s.failed === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    expect(book.syncLog.filter((s) => !s.failed).every((s) => s.response < 5 * 1024 * 1024)).toBe(true);
  });

  it('names a missing sheet in a PortError', async () => {
    const port = new OfficePort(fakeHost(planBook()));
    await expect(port.readGrids(['Không có'])).rejects.toMatchObject({ name: 'PortError', code: 'NOT_FOUND' });
  });
});

describe('cell and address conversions', () => {
  it('maps Excel value types', () => {
    expect(cellFromOffice('', 'Empty', 'General')).toEqual({ kind: 'empty' });
    expect(cellFromOffice('abc', 'String', '@')).toEqual({ kind: 'text', text: 'abc' });
    expect(cellFromOffice(45930, 'Double', 'm/d/yyyy')).toEqual({ kind: 'date', iso: '2025-09-30' });
    expect(cellFromOffice(0.5, 'Double', 'h:mm')).toEqual({ kind: 'number', value: 0.5, format: 'h:mm' });
    expect(cellFromOffice(3, 'Double', '#,##0 "ngày"')).toEqual({ kind: 'number', value: 3, format: '#,##0 "ngày"' });
    expect(cellFromOffice('#REF!', 'Error', 'General')).toEqual({ kind: 'error', code: '#REF!' });
  });

  it('parses merged-area addresses, quoted sheet names with commas included', () => {
    expect(parseAreas("Sheet1!A1:C1, 'Phụ lục, 2'!B2:B5, 'It''s'!$D$4:$E$4, Sheet1!F6")).toEqual([
      { top: 1, left: 1, bottom: 1, right: 3 },
      { top: 2, left: 2, bottom: 5, right: 2 },
      { top: 4, left: 4, bottom: 4, right: 5 },
    ]);
  });
});
