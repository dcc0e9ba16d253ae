/** The pane's state machine (what useWorkbook wraps) against fake ports: one flow at a time, errors shown. */
import { readFileSync } from 'fs';
import { openFilePort } from '../../src/adapters/browser/file-port';
import { gridFromValues } from '../../src/core/grid';
import { PortError } from '../../src/core/app/port';
import { WorkbookController, initialState, type WorkbookState } from '../../src/taskpane/workbook-controller';
import { DIENBAN, FakePort, HANOI, clock, fileModeController, pickedFile, protectedSheet } from './helpers';

function taskGrid() {
  return gridFromValues('KH', [
    ['TT', 'Nhiệm vụ', 'Tiến độ hoàn thành', 'Cơ quan chủ trì'],
    [1, 'Rà soát thủ tục', 'Tháng 7/2025', 'Văn phòng'],
    [2, 'Báo cáo quý', 'Ngày 31/11/2025', 'Phòng Nội vụ'],
  ]);
}

function controller(port: FakePort | null = new FakePort([taskGrid()])) {
  const seen: WorkbookState[] = [];
  const ctl = new WorkbookController({ clock }, (s) => seen.push(s), initialState(port));
  return { ctl, seen, port };
}

describe('WorkbookController', () => {
  it('reads, lists the problems and selects a problem’s cell through the port', async () => {
    const { ctl, seen, port } = controller();
    await ctl.read();
    expect(seen[0].busy).toBe('read');
    expect(ctl.state.busy).toBeNull();
    expect(ctl.state.outcome?.tables).toHaveLength(1);
    const bad = ctl.state.outcome!.issues.find((i) => i.code === 'INVALID_DATE')!;
    expect(bad.cell).toBe('C3');
    await ctl.select(bad.sheet, bad.cell);
    expect(port!.selected).toEqual([{ sheet: 'KH', cell: 'C3' }]);
    expect(ctl.state.selection).toEqual({ sheet: 'KH', cell: 'C3' });
  });

  it('builds the tracker in one write and shows its summary', async () => {
    const { ctl, port } = controller();
    await ctl.buildTracker();
    expect(port!.written).toHaveLength(1);
    const names = port!.written[0].specs.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Tổng hợp', 'Theo dõi KH', 'Vấn đề', '_chiso']));
    expect(ctl.state.track?.stats.tasks).toBe(2);
    expect(ctl.state.track?.sheets.map((s) => s.name)).not.toContain('_chiso');
  });

  it('shows a port failure with its Vietnamese and English message and stays usable', async () => {
    const { ctl, port } = controller();
    port!.failOn.writeSheets = protectedSheet();
    await ctl.buildTracker();
    expect(ctl.state.error).toEqual({
      code: 'SHEET_PROTECTED',
      vi: expect.stringContaining('bảo vệ'),
      en: expect.stringContaining('protected'),
    });
    expect(ctl.state.busy).toBeNull();
    delete port!.failOn.writeSheets;
    await ctl.buildTracker();
    expect(ctl.state.error).toBeNull();
    expect(port!.written).toHaveLength(1);
  });

  it('turns an unexpected failure into a message too (never a blank pane)', async () => {
    const { ctl, port } = controller();
    port!.failOn.readGrids = new TypeError('boom');
    await ctl.read();
    expect(ctl.state.error?.code).toBe('UNEXPECTED');
    expect(ctl.state.error?.vi).toContain('boom');
    ctl.dismissError();
    expect(ctl.state.error).toBeNull();
  });

  it('runs one flow at a time', async () => {
    const { ctl, port } = controller();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const read = port!.readGrids.bind(port);
    port!.readGrids = async (n?: string[]) => {
      await gate;
      return read(n);
    };
    const first = ctl.read();
    const second = ctl.buildTracker(); // ignored: busy reading
    release();
    await Promise.all([first, second]);
    expect(port!.written).toHaveLength(0);
    expect(ctl.state.outcome).not.toBeNull();
  });

  it('does nothing without a workbook (file mode before a file is picked)', async () => {
    const { ctl, seen } = controller(null);
    await ctl.read();
    await ctl.buildTracker();
    expect(seen).toHaveLength(0);
  });

  it('file mode: opens a picked file, reads every sheet, builds and hands the download to the browser', async () => {
    const { ctl, saved } = fileModeController();
    const bytes = readFileSync(DIENBAN);
    await ctl.openFile(pickedFile('dienban.xlsx', bytes));
    expect(ctl.state.fileName).toBe('dienban.xlsx');
    expect(ctl.state.scope).toBe('all');
    await ctl.read();
    expect(ctl.state.outcome?.tables).toHaveLength(1);
    await ctl.buildTracker();
    await ctl.download();
    expect(saved).toEqual([{ name: 'dienban-theo-doi.xlsx', size: expect.any(Number) }]);
    expect(saved[0].size).toBeGreaterThan(bytes.length);
  });

  it('file mode: a file that is not a workbook gives a clear message', async () => {
    const { ctl } = fileModeController();
    await ctl.openFile(pickedFile('ghi-chu.txt', new TextEncoder().encode('xin chào')));
    expect(ctl.state.port).toBeNull();
    expect(ctl.state.error?.code).toBe('FILE_NOT_XLSX');
    expect(ctl.state.error?.vi).toContain('không phải sổ tính Excel');
  });

  it('what-if: typed numbers (Vietnamese notation) are edits, text is flagged, and writing sends only the edits', async () => {
    const port = await openFilePort(new Uint8Array(readFileSync(HANOI)), 'hanoi.xlsx');
    const ctl = new WorkbookController({ clock }, undefined, initialState(port));
    ctl.setScope('all');
    await ctl.read();
    const par = ctl.state.outcome!.whatIf.find((t) => t.index === 'par')!;
    ctl.chooseWhatIfTable(par.id);
    const [a, b] = par.rows.filter((r) => r.editable);
    ctl.editWhatIf('estimate', a.key, '0,75');
    ctl.editWhatIf('estimate', b.key, 'abc');
    ctl.editWhatIf('target', b.key, '1,5');
    expect(ctl.state.whatIf.edits.estimate).toEqual({ [a.key]: 0.75 });
    expect(ctl.state.whatIf.invalid).toEqual({ [`estimate:${b.key}`]: 'abc' });
    await ctl.writeEstimates();
    expect(ctl.state.error).toBeNull();
    expect(ctl.state.notice?.vi).toContain('Đã ghi điểm ước đạt');
    const after = ctl.state.outcome!.whatIf.find((t) => t.id === par.id)!;
    expect(after.rows.find((r) => r.key === a.key)?.estimate).toBe(0.75);
    expect(after.rows.find((r) => r.key === b.key)?.estimate).toBe(b.estimate);
    // Estimates are written, targets stay what-ifs in the pane.
    expect(ctl.state.whatIf.edits).toEqual({ estimate: {}, target: { [b.key]: 1.5 } });
    expect(ctl.state.track?.sheets.length).toBeGreaterThan(0);
  });

  it('a PortError from the file port keeps its code', async () => {
    const port = await openFilePort(new Uint8Array(readFileSync(DIENBAN)), 'd.xlsx');
    const ctl = new WorkbookController({ clock }, undefined, initialState(port));
    await ctl.select('Không có', 'A1');
    expect(ctl.state.error?.code).toBe('NO_SHEET');
    const e = new PortError('X', { vi: 'vi', en: 'en' });
    expect([e.message, e.text.en]).toEqual(['vi', 'en']);
  });
});
