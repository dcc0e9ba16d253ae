/** The xlsx writer on a copy of the real sample plan: sources untouched, user sheets kept, trackers rendered. */
import { copyFileSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runTrack, type TrackOutcome } from '../../../src/cli/commands/track';
import { fixturePlan, tempDir } from '../../core/tracker/helpers';
import { headerIndex, openBook, planRow, rowsOf, sheetSnapshot, shown } from '../../core/tracker/xlsx';

const TODAY = '2025-09-30';
const SOURCES = ['Phụ lục 1', 'Phụ lục 2', 'Phụ lục 3', 'Phụ lục 4'];

describe('writing the trackers into the workbook', () => {
  const dir = tempDir();
  const input = path.join(dir, 'ke-hoach.xlsx');
  const output = path.join(dir, 'ke-hoach-theo-doi.xlsx');
  let before: ExcelJS.Workbook;
  let after: ExcelJS.Workbook;
  let outcome: TrackOutcome;

  beforeAll(async () => {
    copyFileSync(fixturePlan(), input);
    // The official's workbook: a sheet of their own with the name chiso would use, and two risky plan cells.
    const wb = await openBook(input);
    const mine = wb.addWorksheet('Theo dõi Phụ lục 1');
    mine.getCell('A1').value = 'Sổ theo dõi riêng của tôi';
    mine.getCell('A1').font = { name: 'Times New Roman', size: 13, bold: true };
    mine.getCell('B2').value = 42;
    mine.mergeCells('A3:C3');
    const pl1 = wb.getWorksheet('Phụ lục 1')!;
    const risky = planRow(pl1, 'Tuyên truyền CCHC trên Báo');
    pl1.getCell(risky, 2).value = '=HYPERLINK("http://x","y")';
    pl1.getCell(risky, 4).value = '+84 912 345 678';
    await wb.xlsx.writeFile(input);
    before = await openBook(input);
    outcome = await runTrack({ input, output, today: TODAY, fixedToday: true });
    after = await openBook(output);
  });

  it('keeps every value, style, merge, width and height of the plan sheets', () => {
    for (const name of SOURCES)
      expect(sheetSnapshot(after.getWorksheet(name)!)).toEqual(sheetSnapshot(before.getWorksheet(name)!));
  });

  it('never touches a sheet it did not create, and picks another name', () => {
    expect(sheetSnapshot(after.getWorksheet('Theo dõi Phụ lục 1')!)).toEqual(
      sheetSnapshot(before.getWorksheet('Theo dõi Phụ lục 1')!),
    );
    expect(after.getWorksheet('Theo dõi Phụ lục 1 (2)')).toBeDefined();
    expect(outcome.sheets).toContain('Theo dõi Phụ lục 1 (2)');
  });

  it('adds the trackers after the existing sheets, with the hidden marker', () => {
    expect(after.worksheets.map((w) => w.name)).toEqual([
      ...SOURCES,
      'Theo dõi Phụ lục 1',
      'Tổng hợp',
      'Theo dõi Phụ lục 1 (2)',
      'Theo dõi Phụ lục 2',
      'Theo dõi Phụ lục 3',
      'Theo dõi Phụ lục 4',
      'Vấn đề',
      'Dữ liệu PAPI',
      '_chiso',
    ]);
    const marker = after.getWorksheet('_chiso')!;
    expect(marker.state).toBe('hidden');
    expect(marker.getCell('A5').text).toBe('Tổng hợp');
    expect(marker.getCell('A6').text).toBe('Theo dõi Phụ lục 1 (2)');
    expect(marker.getCell('B6').text).toBe('tasks');
    expect(marker.getCell('C6').text).toBe('Phụ lục 1');
  });

  it('writes plan text that looks like a formula as text', () => {
    const t = after.getWorksheet('Theo dõi Phụ lục 1 (2)')!;
    const r = rowsOf(t, 'A.I.5')[0];
    const task = t.getCell(r, headerIndex(t, 'Nhiệm vụ'));
    const lead = t.getCell(r, headerIndex(t, 'Cơ quan chủ trì'));
    expect(task.type).toBe(ExcelJS.ValueType.String);
    expect(task.value).toBe('=HYPERLINK("http://x","y")');
    expect(lead.type).toBe(ExcelJS.ValueType.String);
    expect(lead.value).toBe('+84 912 345 678');
  });

  it('renders formulas with cached results, fonts with name and size, frozen panes, filters, rules and lists', () => {
    const t = after.getWorksheet('Theo dõi Phụ lục 1 (2)')!;
    const r = rowsOf(t, 'A.I.1')[0];
    const alert = t.getCell(r, headerIndex(t, 'Cảnh báo'));
    expect(alert.type).toBe(ExcelJS.ValueType.Formula);
    expect((alert.value as ExcelJS.CellFormulaValue).result).toBe('Quá hạn');
    expect(shown(t, r, headerIndex(t, 'Hạn'))).toBe('2025-07-31');
    expect(t.getCell(r, headerIndex(t, 'Hạn')).numFmt).toBe('dd/mm/yyyy');
    for (const c of [t.getCell(r, 5), t.getCell(5, 1), t.getCell(1, 1)]) {
      expect(c.font?.name).toBe('Arial');
      expect(typeof c.font?.size).toBe('number');
    }
    expect(t.views[0]).toMatchObject({ state: 'frozen', xSplit: 4, ySplit: 5 });
    expect(t.autoFilter).toMatch(/^A5:T\d+$/);
    expect(t.getColumn(headerIndex(t, 'Khóa cơ quan chủ trì (chiso)')).hidden).toBe(true);
    const statusCell = t.getCell(r, headerIndex(t, 'Trạng thái'));
    expect(statusCell.dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"Chưa bắt đầu,Đang thực hiện,Hoàn thành,Tạm dừng"'],
    });
    const cf = (
      t as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<{ formulae?: string[] }> }> }
    ).conditionalFormattings;
    expect(cf[0].ref).toMatch(/^A6:T\d+$/);
    expect(cf[0].rules.map((x) => x.formulae?.[0])).toContain('$R6="Quá hạn"');
    expect(t.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, printTitlesRow: '5:5' });
    const problems = after.getWorksheet('Vấn đề')!;
    const link = problems.getCell('E4').value as ExcelJS.CellFormulaValue;
    expect(link.formula).toMatch(/^HYPERLINK\("#'Phụ lục \d'!\$?[A-Z]+\d+","[A-Z]+\d+"\)$/);
  });
});
