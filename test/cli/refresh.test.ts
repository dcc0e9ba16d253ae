/**
 * The refresh scenario of issue 4 on the real sample plan, through files: track → officials edit the tracker
 * (statuses, notes, estimates, an extra column) and the plan (reword, delete, add a task, move a deadline) →
 * track again: nothing typed is lost, the removed task is marked, the new one is there, due dates follow.
 */
import { copyFileSync } from 'fs';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import { runTrack, type TrackOutcome } from '../../src/cli/commands/track';
import { fixturePlan, tempDir } from '../core/tracker/helpers';
import { headerIndex, openBook, planRow, rowsOf, sheetSnapshot, shown } from '../core/tracker/xlsx';

const TODAY = '2025-09-30';
const TASKS = 'Theo dõi Phụ lục 1';
const PAR = 'Theo dõi Phụ lục 2';
const NEW_TASK = 'Khảo sát ý kiến người dân về chất lượng phục vụ tại bộ phận một cửa';

/** The live (not removed) row of a key. */
function live(ws: ExcelJS.Worksheet, key: string): number {
  const alert = headerIndex(ws, 'Cảnh báo');
  const r = rowsOf(ws, key).find((x) => shown(ws, x, alert) !== 'Đã bỏ khỏi kế hoạch');
  if (r === undefined) throw new Error(`no live row ${key}`);
  return r;
}

describe('refresh keeps what officials typed', () => {
  const dir = tempDir();
  const first = path.join(dir, 'ke-hoach-theo-doi.xlsx');
  const second = path.join(dir, 'ke-hoach-theo-doi-2.xlsx');
  let out2: ExcelJS.Workbook;
  let edited: ExcelJS.Workbook;
  let outcome2: TrackOutcome;
  let order1: string[];
  const extraCol = { col: 0 };

  beforeAll(async () => {
    const input = path.join(dir, 'ke-hoach.xlsx');
    copyFileSync(fixturePlan(), input);
    await runTrack({ input, output: first, today: TODAY, fixedToday: true });

    const wb = await openBook(first);
    order1 = wb.worksheets.map((w) => w.name);
    // 1. Officials work in the tracker.
    const t = wb.getWorksheet(TASKS)!;
    const col = (h: string) => headerIndex(t, h);
    const set = (key: string, h: string, v: ExcelJS.CellValue) => {
      t.getCell(rowsOf(t, key)[0], col(h)).value = v;
    };
    set('A.I.1', 'Trạng thái', 'Hoàn thành');
    set('A.I.1', 'Ngày hoàn thành', new Date(Date.UTC(2025, 6, 25)));
    set('A.I.1', 'Ghi chú', 'Đã tổ chức hội nghị ngày 25/7');
    set('A.I.1', 'Tài liệu kiểm chứng', { text: 'Báo cáo hội nghị', hyperlink: 'https://example.vn/bao-cao.pdf' });
    set('A.I.6', 'Trạng thái', 'Đang thực hiện');
    set('A.I.6', 'Tiến độ (%)', 60);
    set('C.II.2', 'Trạng thái', 'Đang thực hiện');
    set('C.II.2', 'Ghi chú', 'Đã gửi công văn');
    extraCol.col = t.getRow(5).cellCount + 1;
    t.getCell(5, extraCol.col).value = 'Người theo dõi';
    t.getCell(rowsOf(t, 'A.I.1')[0], extraCol.col).value = 'Chị Lan';
    t.getCell(rowsOf(t, 'C.II.2')[0], extraCol.col).value = 'Anh Minh';
    const s = wb.getWorksheet(PAR)!;
    s.getCell(rowsOf(s, '1.3.2')[0], headerIndex(s, 'Ước đạt')).value = 1;
    s.getCell(rowsOf(s, '1.3.2')[0], headerIndex(s, 'Ghi chú')).value = 'Đã xử lý hết kiến nghị';
    // 2. …and edit the plan sheet.
    const pl = wb.getWorksheet('Phụ lục 1')!;
    const r1 = planRow(pl, 'Tham mưu UBND Thành phố tổ chức Hội nghị tổng kết');
    pl.getCell(r1, 2).value =
      'Tham mưu UBND Thành phố tổ chức Hội nghị tổng kết công tác CCHC giai đoạn 2021-2025 và triển khai các giải pháp nâng cao Chỉ số PAR INDEX, SIPAS, PAPI năm 2025.';
    pl.getCell(planRow(pl, 'Thực hiện Kế hoạch kiểm tra CCHC'), 3).value = 'Tháng 10/2025';
    pl.spliceRows(planRow(pl, 'Nâng cao năng lực và thái độ phục vụ'), 1);
    const last = planRow(pl, 'Công khai kết quả trả lời PAKN');
    const added = pl.getRow(last + 1);
    ['8.', NEW_TASK, 'Quý IV/2025', 'Sở Nội vụ', 'UBND cấp xã', 'Báo cáo kết quả khảo sát'].forEach((v, i) => {
      added.getCell(i + 1).value = v;
      added.getCell(i + 1).style = pl.getRow(last).getCell(i + 1).style;
    });
    await wb.xlsx.writeFile(first);

    edited = await openBook(first);
    outcome2 = await runTrack({ input: first, output: second, today: TODAY, fixedToday: true });
    out2 = await openBook(second);
  });

  const t = () => out2.getWorksheet(TASKS)!;
  const get = (key: string, h: string) => shown(t(), live(t(), key), headerIndex(t(), h));

  it('replaces its own sheets in place and leaves the (edited) plan sheets as they were', () => {
    expect(out2.worksheets.map((w) => w.name)).toEqual(order1);
    for (const name of ['Phụ lục 1', 'Phụ lục 2', 'Phụ lục 3', 'Phụ lục 4']) {
      expect(sheetSnapshot(out2.getWorksheet(name)!)).toEqual(sheetSnapshot(edited.getWorksheet(name)!));
    }
  });

  it('keeps status, done date, notes and evidence link of a task whose text was edited', () => {
    expect(get('A.I.1', 'Nhiệm vụ')).toContain('và triển khai các giải pháp nâng cao');
    expect(get('A.I.1', 'Trạng thái')).toBe('Hoàn thành');
    expect(get('A.I.1', 'Ngày hoàn thành')).toBe('2025-07-25');
    expect(get('A.I.1', 'Ghi chú')).toBe('Đã tổ chức hội nghị ngày 25/7');
    const ev = t().getCell(live(t(), 'A.I.1'), headerIndex(t(), 'Tài liệu kiểm chứng'))
      .value as ExcelJS.CellHyperlinkValue;
    expect(ev).toMatchObject({ text: 'Báo cáo hội nghị', hyperlink: 'https://example.vn/bao-cao.pdf' });
    expect(get('A.I.1', 'Cảnh báo')).toBe('Hoàn thành');
  });

  it('moves the due date with the new deadline and keeps progress', () => {
    expect(get('A.I.6', 'Tiến độ theo kế hoạch')).toBe('Tháng 10/2025');
    expect(get('A.I.6', 'Hạn')).toBe('2025-10-31');
    expect(get('A.I.6', 'Tiến độ (%)')).toBe('60');
    expect(get('A.I.6', 'Trạng thái')).toBe('Đang thực hiện');
  });

  it('keeps the deleted task, marked "Đã bỏ khỏi kế hoạch", with what was typed', () => {
    const ws = t();
    const gone = rowsOf(ws, 'C.II.2').filter(
      (r) => shown(ws, r, headerIndex(ws, 'Cảnh báo')) === 'Đã bỏ khỏi kế hoạch',
    );
    expect(gone).toHaveLength(1);
    const r = gone[0];
    expect(shown(ws, r, headerIndex(ws, 'Nhiệm vụ'))).toMatch(/^Nâng cao năng lực và thái độ phục vụ/);
    expect(shown(ws, r, headerIndex(ws, 'Ghi chú'))).toBe('Đã gửi công văn');
    expect(shown(ws, r, headerIndex(ws, 'Trạng thái'))).toBe('Đang thực hiện');
    expect(shown(ws, r, headerIndex(ws, 'Người theo dõi'))).toBe('Anh Minh');
    // It stays where it was: right after C.II.1.
    expect(rowsOf(ws, 'C.II.1')[0]).toBe(r - 1);
    // The task that moved up keeps none of the deleted task's entries.
    expect(get('C.II.3', 'Ghi chú')).toBe('');
  });

  it('adds the new task in plan order', () => {
    const ws = t();
    const alert = headerIndex(ws, 'Cảnh báo');
    let r = 6;
    while (r <= ws.rowCount && shown(ws, r, headerIndex(ws, 'Nhiệm vụ')) !== NEW_TASK) r++;
    expect(r).toBeLessThanOrEqual(ws.rowCount);
    expect(shown(ws, r - 1, headerIndex(ws, 'Nhiệm vụ'))).toMatch(/^Công khai kết quả trả lời PAKN/);
    expect(shown(ws, r, headerIndex(ws, 'Hạn'))).toBe('2025-12-31');
    // Nothing typed on it yet, due later: "not yet updated".
    expect(shown(ws, r, alert)).toBe('Chưa cập nhật');
    expect(shown(ws, r, headerIndex(ws, 'Ghi chú'))).toBe('');
    expect(outcome2.stats.refresh).toMatchObject({ previous: true, added: 1, removed: 1 });
  });

  it('keeps the column officials added, with its header, on the right rows', () => {
    const ws = t();
    const x = headerIndex(ws, 'Người theo dõi');
    expect(x).toBeGreaterThan(headerIndex(ws, 'Vấn đề dữ liệu'));
    expect(shown(ws, live(ws, 'A.I.1'), x)).toBe('Chị Lan');
  });

  it('keeps the estimate and notes typed in the score tracker; the totals recompute', () => {
    const s = out2.getWorksheet(PAR)!;
    const r = rowsOf(s, '1.3.2')[0];
    expect(shown(s, r, headerIndex(s, 'Ước đạt'))).toBe('1');
    expect(shown(s, r, headerIndex(s, 'Ghi chú'))).toBe('Đã xử lý hết kiến nghị');
    const parent = s.getCell(rowsOf(s, '1.3')[0], headerIndex(s, 'Ước đạt')).value as ExcelJS.CellFormulaValue;
    expect(parent.formula).toMatch(/^SUM\(/);
    expect(parent.result).toBe(2);
  });
});
