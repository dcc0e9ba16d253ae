/**
 * Issue 19 item 2, the logic under the page: a clicked problem's place (a Word plan's "Bảng N, hàng R, cột C"),
 * reading when the file is picked, the as-of day driving the tracker, a tracker sheet shown in the page, generated
 * appendices as files of their own, several dropped trackers handed to the roll-up, an .xls told to be re-saved.
 */
import { readFileSync } from 'fs';
import { gridFromValues } from '../../src/core/grid';
import { isPlanFile, rollupCandidates } from '../../src/taskpane/components/FilePicker';
import { generatedBytes } from '../../src/taskpane/components/GeneratePanel';
import { sheetPreview } from '../../src/taskpane/sheet-preview';
import { INITIAL_REQUEST, runGenerate } from '../../src/taskpane/useGenerate';
import { planFile } from '../support/fixtures';
import { DIENBAN, HANOI, fileModeController, pickedFile } from './helpers';

const bytesOf = (f: string) => new Uint8Array(readFileSync(f));

describe('sheetPreview', () => {
  it('shows numbers and dates as the sheet does, merges as one cell, leaves out trailing empties, caps the rows', () => {
    const g = gridFromValues('S', [
      ['Tiêu đề', null, null, null],
      ['TT', 'Điểm', 'Hạn', null],
      [1, 2.5, null, null],
      [null, null, null, null],
    ]);
    g.cells[2][2] = { kind: 'date', iso: '2025-11-30' };
    g.merges.push({ top: 1, left: 1, bottom: 1, right: 3 });
    const p = sheetPreview(g);
    expect(p.rows).toHaveLength(3);
    expect(p.rows[0]).toEqual([{ text: 'Tiêu đề', colSpan: 3, rowSpan: 1 }, null, null]);
    expect(p.rows[2].map((c) => c?.text)).toEqual(['1', '2,5', '30/11/2025']);
    // A text with empty cells to its right runs on over them (a title line), as in the sheet.
    expect(p.rows[1]).toEqual([
      { text: 'TT', colSpan: 1, rowSpan: 1 },
      { text: 'Điểm', colSpan: 1, rowSpan: 1 },
      { text: 'Hạn', colSpan: 1, rowSpan: 1 },
    ]);
    const title = sheetPreview(
      gridFromValues('T', [
        ['Theo dõi', null, null],
        ['a', 'b', 'c'],
      ]),
    );
    expect(title.rows[0]).toEqual([{ text: 'Theo dõi', colSpan: 3, rowSpan: 1 }, null, null]);
    expect(p.more).toBe(0);
    const capped = sheetPreview(g, 2);
    expect(capped.rows).toHaveLength(2);
    expect(capped.more).toBe(1);
  });
});

describe('file mode without dead ends', () => {
  it('reads the tables as soon as the file is picked', async () => {
    const { ctl } = fileModeController();
    await ctl.openFile(pickedFile('dienban.xlsx', bytesOf(DIENBAN)));
    expect(ctl.state.error).toBeNull();
    expect(ctl.state.outcome?.tables.length).toBe(1);
    expect(ctl.state.outcome?.issues.some((i) => i.code === 'INVALID_DATE')).toBe(true);
  });

  it('computes the tracker for the as-of day the user sets, and back to the clock when it is cleared', async () => {
    const { ctl } = fileModeController();
    await ctl.openFile(pickedFile('hanoi.xlsx', bytesOf(HANOI)));
    await ctl.buildTracker();
    const atClock = ctl.state.track!;
    ctl.setAsOf('2026-12-31');
    expect(ctl.clock()).toEqual({ today: '2026-12-31', fixedToday: true });
    await ctl.buildTracker();
    expect(ctl.state.track?.today).toBe('2026-12-31');
    // A year later, tasks due in 2025 that are not done are overdue: more than at the clock's day.
    expect(ctl.state.track!.stats.buckets.overdue).toBeGreaterThan(atClock.stats.buckets.overdue);
    ctl.setAsOf('');
    expect(ctl.clock().today).toBe(atClock.today);
  });

  it('shows a tracker sheet in the page (file mode has no Excel sheet to open)', async () => {
    const { ctl } = fileModeController();
    await ctl.openFile(pickedFile('hanoi.xlsx', bytesOf(HANOI)));
    await ctl.buildTracker();
    await ctl.openSheet('Tổng hợp');
    expect(ctl.state.error).toBeNull();
    expect(ctl.state.preview?.sheet).toBe('Tổng hợp');
    const texts = ctl.state.preview!.rows.flat().map((c) => c?.text ?? '');
    expect(texts.some((t) => /Tổng hợp|TỔNG HỢP/.test(t))).toBe(true);
    ctl.closePreview();
    expect(ctl.state.preview).toBeNull();
  });

  it('names a Word plan problem by its table, row and column in the document', async () => {
    const { ctl } = fileModeController();
    await ctl.openFile(pickedFile('ke-hoach.docx', bytesOf(planFile('hanoi-2025-phu-luc.docx'))));
    const issue = ctl.state.outcome!.issues.find((i) => /^[A-Z]+\d+$/.test(i.cell))!;
    await ctl.select(issue.sheet, issue.cell);
    expect(ctl.state.selection?.where?.vi).toMatch(/^Bảng \d+, (hàng \d+, cột \d+|tiêu đề)$/);
    expect(ctl.state.selection?.where?.en).toMatch(/^Table \d+, /);
  });

  it('names no document place for a workbook', async () => {
    const { ctl } = fileModeController();
    await ctl.openFile(pickedFile('dienban.xlsx', bytesOf(DIENBAN)));
    const sheet = ctl.state.outcome!.issues[0].sheet;
    await ctl.select(sheet, 'F6');
    expect(ctl.state.selection).toEqual({ sheet, cell: 'F6' });
  });

  it('an old .xls is taken and told to be re-saved as .xlsx (the CLI’s advice)', async () => {
    expect(isPlanFile('ke-hoach.xls')).toBe(true);
    expect(isPlanFile('ghi-chu.txt')).toBe(false);
    const { ctl } = fileModeController();
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await ctl.openFile(pickedFile('ke-hoach.xls', ole));
    expect(ctl.state.error?.code).toBe('FILE_XLS');
    expect(ctl.state.error?.vi).toContain('lưu thành .xlsx');
  });
});

describe('several files dropped', () => {
  it('hands the workbooks to the roll-up when more than one is dropped', () => {
    const f = (name: string) => ({ name });
    expect(rollupCandidates([f('a.xlsx'), f('b.xlsx'), f('c.txt')]).map((x) => x.name)).toEqual(['a.xlsx', 'b.xlsx']);
    expect(rollupCandidates([f('a.xlsx')])).toEqual([]);
  });
});

describe('Tạo phụ lục in file mode', () => {
  it('gives the generated sheets and the CLI’s file name, and writes them as .xlsx and .docx', async () => {
    const { ctl } = fileModeController();
    await ctl.openFile(pickedFile('hanoi.xlsx', bytesOf(HANOI)));
    const port = ctl.state.port!;
    const tpl = await runGenerate(port, { ...INITIAL_REQUEST, year: 2026 }, 'vi', 2026);
    expect(tpl.ok).toBe(true);
    expect(tpl.file).toBe('phu-luc-par-2026');
    const cascade = await runGenerate(port, { ...INITIAL_REQUEST, mode: 'cascade', name: 'UBND phường Ba Đình' }, 'vi');
    expect(cascade.file).toBe('hanoi-ubnd-phuong-ba-dinh');
    const next = await runGenerate(port, { ...INITIAL_REQUEST, mode: 'from' }, 'vi');
    expect(next.ok).toBe(true);
    expect(next.file).toMatch(/^hanoi-20\d\d$/);
    const xlsx = await generatedBytes(cascade.specs!, 'xlsx');
    const docx = await generatedBytes(cascade.specs!, 'docx');
    // Both are zip packages: an Excel workbook and a Word document.
    const text = (b: Uint8Array) => Buffer.from(b).toString('latin1');
    expect(text(xlsx)).toContain('xl/workbook.xml');
    expect(text(docx)).toContain('word/document.xml');
  });
});
