/** The workbook reader: cell conversions on small workbooks written here with exceljs, and unreadable inputs. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { WorkbookReadError, readWorkbookGrids, sniffWorkbookBytes } from '../../../src/adapters/xlsx/read';
import { readFailureReason } from '../../../src/adapters/xlsx/errors';
import { cellAt } from '../../../src/core/grid';

async function bytes(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A zip holding one file and no workbook. */
async function plainZip(name: string, content: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer' });
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'OK';
  } catch (e) {
    expect(e).toBeInstanceOf(WorkbookReadError);
    const err = e as WorkbookReadError;
    // One line, Vietnamese first, then English.
    expect(err.message).not.toContain('\n');
    expect(err.message).toMatch(/^[^/]*[àáảãạăâđèéêìíòóôơùúưỳý][^/]* \/ [A-Z"]/i);
    return err.code;
  }
}

describe('readWorkbookGrids', () => {
  it('flattens rich text, reads cached formula results, dates as ISO, hyperlinks as text, errors as errors', async () => {
    const buf = await bytes((wb) => {
      const ws = wb.addWorksheet('Phụ lục 1');
      ws.getCell('A1').value = { richText: [{ text: 'Nhiệm ', font: { bold: true } }, { text: 'vụ' }] };
      ws.getCell('B1').value = { formula: 'SUM(B2:B3)', result: 14.73 };
      ws.getCell('B2').value = 9.5;
      ws.getCell('B2').numFmt = '0.00';
      ws.getCell('B3').value = 5.23;
      ws.getCell('C1').value = new Date(Date.UTC(2025, 11, 15));
      ws.getCell('D1').value = { text: 'Cổng thông tin', hyperlink: 'https://example.gov.vn' };
      ws.getCell('E1').value = { error: '#N/A' };
      ws.getCell('F1').value = { formula: '1/0', result: { error: '#DIV/0!' } } as unknown as ExcelJS.CellFormulaValue;
      ws.getCell('G1').value = 0.865;
      ws.getCell('G1').numFmt = '0.00%';
      ws.getCell('H1').value = true;
      ws.getCell('A4').value = 'Sở Nội vụ';
      ws.mergeCells('A4:A6');
      ws.getCell('B4').value = { formula: 'B2*2', result: undefined };
      ws.getCell('C2').value = { sharedFormula: 'B1', result: 7 };
    });
    const [g] = await readWorkbookGrids(buf);
    expect(g.sheet).toBe('Phụ lục 1');
    expect(cellAt(g, 1, 1)).toEqual({ kind: 'text', text: 'Nhiệm vụ' });
    expect(cellAt(g, 1, 2)).toEqual({ kind: 'number', value: 14.73 });
    expect(cellAt(g, 2, 2)).toEqual({ kind: 'number', value: 9.5, format: '0.00' });
    expect(cellAt(g, 1, 3)).toEqual({ kind: 'date', iso: '2025-12-15' });
    expect(cellAt(g, 1, 4)).toEqual({ kind: 'text', text: 'Cổng thông tin' });
    expect(cellAt(g, 1, 5)).toEqual({ kind: 'error', code: '#N/A' });
    expect(cellAt(g, 1, 6)).toEqual({ kind: 'error', code: '#DIV/0!' });
    expect(cellAt(g, 1, 7)).toEqual({ kind: 'number', value: 0.865, format: '0.00%' });
    expect(cellAt(g, 1, 8)).toEqual({ kind: 'boolean', value: true });
    expect(cellAt(g, 4, 2)).toEqual({ kind: 'empty' });
    expect(cellAt(g, 2, 3)).toEqual({ kind: 'number', value: 7 });
    expect(g.merges).toEqual([{ top: 4, left: 1, bottom: 6, right: 1 }]);
    expect(cellAt(g, 5, 1)).toEqual({ kind: 'empty' });
    expect([g.rowCount, g.colCount]).toEqual([6, 8]);
  });

  it('reads all sheets in order, or one by name (also without diacritics)', async () => {
    const buf = await bytes((wb) => {
      wb.addWorksheet('Phụ lục 1').getCell('A1').value = 'x';
      wb.addWorksheet('Phụ lục 2').getCell('B2').value = 'y';
    });
    expect((await readWorkbookGrids(buf)).map((g) => g.sheet)).toEqual(['Phụ lục 1', 'Phụ lục 2']);
    expect((await readWorkbookGrids(buf, { sheet: 'phu luc 2' })).map((g) => g.sheet)).toEqual(['Phụ lục 2']);
    expect(await readWorkbookGrids(buf, { sheet: 'Khác' })).toEqual([]);
  });
});

describe('unreadable inputs', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chiso-read-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, content: Buffer | string) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, content);
    return p;
  };

  it('missing file → MISSING', async () => {
    expect(await codeOf(readWorkbookGrids(path.join(dir, 'khong-co.xlsx')))).toBe('MISSING');
  });

  it('a folder → NOT_A_FILE, saying so in Vietnamese first, then English', async () => {
    const folder = path.join(dir, 'ke-hoach.xlsx');
    fs.mkdirSync(folder);
    expect(await codeOf(readWorkbookGrids(folder))).toBe('NOT_A_FILE');
    expect(await codeOf(readWorkbookGrids(dir))).toBe('NOT_A_FILE');
    const message = await readWorkbookGrids(folder).then(
      () => '',
      (e: Error) => e.message,
    );
    expect(message).toBe(
      '"ke-hoach.xlsx" là một thư mục, không phải tệp .xlsx / "ke-hoach.xlsx" is a folder, not an .xlsx file',
    );
  });

  it('a text file renamed .xlsx, an empty file, a zip without a workbook → NOT_XLSX', async () => {
    expect(await codeOf(readWorkbookGrids(file('ghi-chu.xlsx', 'TT;Nhiệm vụ\n1;Việc A\n')))).toBe('NOT_XLSX');
    expect(await codeOf(readWorkbookGrids(file('rong.xlsx', '')))).toBe('NOT_XLSX');
    expect(await codeOf(readWorkbookGrids(await plainZip('hello.txt', 'xin chào')))).toBe('NOT_XLSX');
  });

  it('an OLE file with an EncryptedPackage stream → ENCRYPTED; another OLE file (old .xls) → XLS', async () => {
    const ole = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole, 0);
    const enc = Buffer.from(ole);
    Buffer.from('EncryptedPackage', 'utf16le').copy(enc, 1024);
    expect(await codeOf(readWorkbookGrids(file('mat-khau.xlsx', enc)))).toBe('ENCRYPTED');
    const xls = Buffer.from(ole);
    Buffer.from('Workbook', 'utf16le').copy(xls, 1024);
    expect(await codeOf(readWorkbookGrids(file('cu.xls', xls)))).toBe('XLS');
    expect(sniffWorkbookBytes(enc)).toBe('ENCRYPTED');
  });

  it('a truncated or damaged zip → CORRUPT', async () => {
    const good = await bytes((wb) => {
      wb.addWorksheet('A').getCell('A1').value = 'x';
    });
    expect(await codeOf(readWorkbookGrids(good))).toBe('OK');
    expect(await codeOf(readWorkbookGrids(file('cut.xlsx', good.subarray(0, Math.floor(good.length / 2)))))).toBe(
      'CORRUPT',
    );
    expect(await codeOf(readWorkbookGrids(Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)])))).toBe(
      'CORRUPT',
    );
  });

  it("the roll-up's skip reason: a WorkbookReadError's own text, any other error named with its first line", async () => {
    const missing = await readWorkbookGrids(path.join(dir, 'khong-co.xlsx')).catch((e: unknown) => e);
    expect(readFailureReason('khong-co.xlsx', missing)).toEqual({
      vi: 'Không tìm thấy tệp "khong-co.xlsx"',
      en: 'File not found: "khong-co.xlsx"',
    });
    expect(readFailureReason('a.xlsx', new Error('boom'))).toEqual({
      vi: 'Tệp "a.xlsx" không đọc được: boom',
      en: '"a.xlsx" cannot be read: boom',
    });
    expect(readFailureReason('a.xlsx', new Error('boom\n    at read (x.js:1:1)'))).toEqual({
      vi: 'Tệp "a.xlsx" không đọc được: boom',
      en: '"a.xlsx" cannot be read: boom',
    });
  });
});
