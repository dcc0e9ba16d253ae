/** The pane's file mode on a Word plan ("Nhập từ Word"): the same flows as for a workbook, on the imported sheets. */
import { readFileSync } from 'fs';
import { WorkbookController } from '../../src/taskpane/workbook-controller';
import { planFile } from '../support/fixtures';
import { clock, fileModeController, pickedFile } from './helpers';

const DOCX = planFile('hanoi-2025-phu-luc.docx');
it('a picked .docx opens as its appendix sheets; read, tracker and download work as for a workbook', async () => {
  const { ctl, saved } = fileModeController();
  await ctl.openFile(pickedFile('ke-hoach.docx', new Uint8Array(readFileSync(DOCX))));
  expect(ctl.state.error).toBeNull();
  expect(await ctl.state.port!.sheetNames()).toEqual(['Phụ lục 1', 'Phụ lục 2']);
  ctl.setScope('all');
  await ctl.read();
  expect(ctl.state.outcome?.tables.map((t) => t.sheet)).toEqual(['Phụ lục 1', 'Phụ lục 2']);
  await ctl.buildTracker();
  expect(ctl.state.error).toBeNull();
  await ctl.download();
  expect(saved).toEqual([{ name: 'ke-hoach-theo-doi.xlsx', size: expect.any(Number) }]);
});

it('a Word file that cannot be read gives its one-line message', async () => {
  const { ctl } = fileModeController();
  const ole = new Uint8Array(1024);
  ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  await ctl.openFile(pickedFile('cu.doc', ole));
  expect(ctl.state.port).toBeNull();
  expect(ctl.state.error?.code).toBe('FILE_DOC');
  expect(ctl.state.error?.vi).toContain('định dạng Word cũ');
});

describe('Excel mode: Nhập từ Word', () => {
  it("adds the appendix tables as new sheets, names clear of the workbook's, nothing replaced; then they read as plan tables", async () => {
    const { FakePort } = await import('./helpers');
    const { importWordSheets } = await import('../../src/adapters/browser/word-import');
    const { gridFromValues } = await import('../../src/core/grid');
    const { initialState } = await import('../../src/taskpane/workbook-controller');
    const port = new FakePort([gridFromValues('Phụ lục 1', [['đã có']])]);
    const ctl = new WorkbookController({ clock, importWord: importWordSheets }, undefined, initialState(port));
    await ctl.importWord(pickedFile('ke-hoach.docx', new Uint8Array(readFileSync(DOCX))));
    expect(ctl.state.error).toBeNull();
    expect(port.written).toHaveLength(1);
    expect(port.written[0].replace).toEqual([]);
    expect(port.written[0].specs.map((s) => s.name)).toEqual(['Phụ lục 1 (2)', 'Phụ lục 2']);
    expect(ctl.state.notice?.vi).toBe('Đã thêm 2 trang từ “ke-hoach.docx”: Phụ lục 1 (2), Phụ lục 2.');
  });

  it('a .doc picked there: one clear message, nothing written', async () => {
    const { FakePort } = await import('./helpers');
    const { importWordSheets } = await import('../../src/adapters/browser/word-import');
    const { initialState } = await import('../../src/taskpane/workbook-controller');
    const port = new FakePort([]);
    const ctl = new WorkbookController({ clock, importWord: importWordSheets }, undefined, initialState(port));
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await ctl.importWord(pickedFile('cu.doc', ole));
    expect(ctl.state.error).toMatchObject({ code: 'WORD_DOC', en: expect.stringContaining('old Word file') });
    expect(port.written).toEqual([]);
  });
});
