import { execFileSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { readWorkbookGrids, WorkbookReadError } from '../../../src/adapters/xlsx/read';
import { readTablesFlow } from '../../../src/core/app/flows';
import { planFile } from '../../support/fixtures';
import { buildBook, editZip } from './build';

const HANOI = planFile();
const PY = '/usr/bin/python3';

async function failure(p: Promise<unknown>): Promise<WorkbookReadError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(WorkbookReadError);
  const err = e as WorkbookReadError;
  expect(err.message).not.toContain('\n');
  expect(err.message).toMatch(/^[^/]*[àáảãạăâđèéêìíòóôơùúưỳý][^/]* \/ [A-Z"]/i);
  return err;
}

/** Rows and fields of every table, the way the extract compares plans. */
function tablesOf(grids: Parameters<typeof readTablesFlow>[0]): unknown {
  return readTablesFlow(grids).plan.tables.map((t) => ({
    sheet: t.sheet,
    kind: t.kind,
    rows: t.rows.map((r) => ({ type: r.type, label: r.label, fields: r.fields })),
  }));
}

describe('package structure', () => {
  let hanoi: Buffer;
  let expected: unknown;
  beforeAll(async () => {
    hanoi = fs.readFileSync(HANOI);
    expected = tablesOf(await readWorkbookGrids(hanoi));
  });

  it('resolves absolute part names ("/xl/worksheets/sheet1.xml") like relative ones', async () => {
    const abs = await editZip(hanoi, {
      '_rels/.rels': (s) => s.replace('Target="xl/workbook.xml"', 'Target="/xl/workbook.xml"'),
      'xl/_rels/workbook.xml.rels': (s) => s.replace(/Target="(?!\/)/g, 'Target="/xl/'),
    });
    expect((await JSZip.loadAsync(abs)).file('xl/_rels/workbook.xml.rels')).not.toBeNull();
    expect(tablesOf(await readWorkbookGrids(abs))).toEqual(expected);
    const built = await readWorkbookGrids(
      await buildBook({
        absolute: true,
        sheets: [{ name: 'S', xml: '<sheetData><row r="1"><c r="A1"><v>7</v></c></row></sheetData>' }],
      }),
    );
    expect(built[0].cells[0][0]).toEqual({ kind: 'number', value: 7 });
  });

  it('reads the other sheets when a listed sheet part is missing, and says which sheet and part', async () => {
    const cut = await editZip(hanoi, { 'xl/worksheets/sheet2.xml': null });
    const grids = await readWorkbookGrids(cut);
    expect(grids.map((g) => g.sheet)).toEqual(['Phụ lục 1', 'Phụ lục 2', 'Phụ lục 3', 'Phụ lục 4']);
    expect(grids[1].notes).toEqual([
      { code: 'SHEET_UNREADABLE', cell: 'A1', params: { part: 'xl/worksheets/sheet2.xml', reason: 'missing' } },
    ]);
    const { issues, plan } = readTablesFlow(grids);
    const note = issues.find((i) => i.code === 'SHEET_UNREADABLE');
    expect(note).toMatchObject({ severity: 'warning', sheet: 'Phụ lục 2' });
    expect(note!.message.vi).toContain('Trang “Phụ lục 2” không đọc được (thiếu phần xl/worksheets/sheet2.xml)');
    expect(note!.message.en).toContain(
      'Sheet "Phụ lục 2" could not be read (part xl/worksheets/sheet2.xml is missing)',
    );
    expect(plan.tables.some((t) => t.sheet === 'Phụ lục 1')).toBe(true);
  });

  it('a damaged sheet part is noted and the others read; a damaged workbook.xml names the part', async () => {
    const bad = await editZip(hanoi, { 'xl/worksheets/sheet3.xml': '<worksheet><sheetData><row>' });
    const grids = await readWorkbookGrids(bad);
    expect(grids[2].notes?.[0]).toMatchObject({
      code: 'SHEET_UNREADABLE',
      params: { reason: 'damaged', part: 'xl/worksheets/sheet3.xml' },
    });
    expect(grids[0].cells.length).toBeGreaterThan(10);
    const err = await failure(readWorkbookGrids(await editZip(hanoi, { 'xl/workbook.xml': '<workbook><sheets>' })));
    expect(err.code).toBe('CORRUPT');
    expect(err.message).toContain('xl/workbook.xml: not well-formed XML');
  });

  it('never opens drawings, comments, tables or unknown parts (even broken ones)', async () => {
    const junk = '<<< not xml at all';
    const withJunk = await editZip(hanoi, {
      'xl/drawings/drawing1.xml': junk,
      'xl/comments1.xml': junk,
      'xl/tables/table1.xml': junk,
      'xl/pivotCache/pivotCacheDefinition1.xml': junk,
      'xl/worksheets/_rels/sheet1.xml.rels': junk,
      'customXml/item1.xml': junk,
    });
    expect(tablesOf(await readWorkbookGrids(withJunk))).toEqual(expected);
  });

  it('reads a plan formatted as an Excel table, with comments, an image and a chart (openpyxl, absolute part names)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chiso-reader-'));
    const out = path.join(dir, 'bang.xlsx');
    const script = `
import sys, io
from openpyxl import load_workbook
from openpyxl.comments import Comment
from openpyxl.worksheet.table import Table
from openpyxl.drawing.image import Image
from openpyxl.chart import BarChart, Reference
from PIL import Image as PImage
wb = load_workbook(sys.argv[1])
ws = wb['Phụ lục 2']
ws['B10'].comment = Comment('Ghi chú của cán bộ', 'CB')
buf = io.BytesIO(); PImage.new('RGB', (20, 20), 'red').save(buf, 'PNG'); buf.seek(0)
ws.add_image(Image(buf), 'L2')
chart = BarChart(); chart.add_data(Reference(ws, min_col=4, min_row=8, max_row=20)); ws.add_chart(chart, 'L10')
t = wb.create_sheet('Bảng')
t.append(['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'])
for i in range(1, 6): t.append([i, 'Việc số %d' % i, 'Sở Nội vụ', 'Quý IV'])
t.add_table(Table(displayName='BangViec', ref='A1:D6'))
t['B2'].comment = Comment('xem lại', 'CB')
wb.save(sys.argv[2])
`;
    execFileSync(PY, ['-c', script, HANOI, out]);
    const bytes = fs.readFileSync(out);
    const zip = await JSZip.loadAsync(bytes);
    const names = Object.keys(zip.files);
    expect(names.some((n) => /^xl\/tables\/table\d+\.xml$/.test(n))).toBe(true);
    expect(names.some((n) => /comments/.test(n))).toBe(true);
    expect(names.some((n) => /^xl\/charts\//.test(n))).toBe(true);
    expect(names.some((n) => /^xl\/media\//.test(n))).toBe(true);
    const before = createHash('sha256').update(bytes).digest('hex');
    const grids = await readWorkbookGrids(out);
    expect(createHash('sha256').update(fs.readFileSync(out)).digest('hex')).toBe(before);
    const tables = tablesOf(grids) as Array<{ sheet: string; rows: unknown[] }>;
    expect(tables.filter((t) => t.sheet !== 'Bảng')).toEqual(expected);
    const bang = tables.find((t) => t.sheet === 'Bảng');
    expect(bang?.rows).toHaveLength(5);
  });
});

describe('LibreOffice', () => {
  it('a plan saved by LibreOffice as .xlsx reads as the original; saved as .ods it is called OpenDocument', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chiso-lo-'));
    const expected = tablesOf(await readWorkbookGrids(HANOI));
    for (const to of ['xlsx:Calc MS Excel 2007 XML', 'ods']) {
      execFileSync(
        'soffice',
        [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', to, '--outdir', dir, HANOI],
        { stdio: 'ignore', timeout: 180_000 },
      );
    }
    const xlsx = path.join(dir, path.basename(HANOI));
    expect(createHash('sha256').update(fs.readFileSync(xlsx)).digest('hex')).not.toBe(
      createHash('sha256').update(fs.readFileSync(HANOI)).digest('hex'),
    );
    expect(tablesOf(await readWorkbookGrids(xlsx))).toEqual(expected);
    const err = await failure(readWorkbookGrids(xlsx.replace(/\.xlsx$/, '.ods')));
    expect(err.code).toBe('ODS');
  });
});

describe('limits and foreign files', () => {
  /** Sets the uncompressed size the central directory (and local header) declare for one entry. */
  function declareSize(zip: Buffer, entry: string, size: number): Buffer {
    const out = Buffer.from(zip);
    const name = Buffer.from(entry);
    for (let i = 0; i < out.length - 46; i++) {
      const sig = out.readUInt32LE(i);
      if (sig === 0x02014b50 && out.subarray(i + 46, i + 46 + name.length).equals(name))
        out.writeUInt32LE(size, i + 24);
      if (sig === 0x04034b50 && out.subarray(i + 30, i + 30 + name.length).equals(name))
        out.writeUInt32LE(size, i + 22);
    }
    return out;
  }

  it.each([0x40000000, 0xfffffff0])(
    'calls a zip bomb (a part declaring %d bytes) too large, never damaged, before inflating it',
    async (size) => {
      const book = await buildBook({
        sheets: [{ name: 'S', xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' }],
      });
      const bomb = declareSize(book, 'xl/worksheets/sheet1.xml', size);
      const err = await failure(readWorkbookGrids(bomb));
      expect(err.code).toBe('TOO_LARGE');
      expect(err.message).toContain('xl/worksheets/sheet1.xml');
      expect(err.message).toMatch(/quá lớn/);
    },
  );

  it('stops inflating a real member larger than it declares (limit lowered to 4 MB for speed) with "too large"', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chiso-bomb-'));
    const out = path.join(dir, 'bomb.xlsx');
    const ok = await buildBook({ sheets: [{ name: 'S', xml: '<sheetData/>' }] });
    fs.writeFileSync(path.join(dir, 'ok.xlsx'), ok);
    // Python streams 16 MB of whitespace into the sheet part (the zip holds ~16 KB); then it lies about its size.
    const script = `
import sys, zipfile
src = zipfile.ZipFile(sys.argv[1])
with zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED) as z:
    for item in src.infolist():
        if item.filename != 'xl/worksheets/sheet1.xml':
            z.writestr(item.filename, src.read(item.filename))
    with z.open('xl/worksheets/sheet1.xml', 'w') as f:
        f.write(b'<worksheet><sheetData>')
        chunk = b' ' * (1 << 20)
        for _ in range(16): f.write(chunk)
        f.write(b'</sheetData></worksheet>')
`;
    execFileSync(PY, ['-c', script, path.join(dir, 'ok.xlsx'), out]);
    const real = fs.readFileSync(out);
    expect(real.length).toBeLessThan(200_000);
    const limits = { partBytes: 4 * 1024 * 1024 };
    expect((await failure(readWorkbookGrids(real, { limits }))).code).toBe('TOO_LARGE');
    const lying = declareSize(real, 'xl/worksheets/sheet1.xml', 1000);
    expect((await failure(readWorkbookGrids(lying, { limits }))).code).toBe('TOO_LARGE');
    // Under the default limit the same sheet is read (it is only empty space).
    expect((await readWorkbookGrids(real))[0].rowCount).toBe(0);
  });

  it('a sheet with more cells than the reader keeps gets a one-line "too large" naming it', async () => {
    const rows = Array.from(
      { length: 50 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c><c r="B${i + 1}"><v>1</v></c></row>`,
    ).join('');
    const book = await buildBook({ sheets: [{ name: 'Lớn', xml: `<sheetData>${rows}</sheetData>` }] });
    const err = await failure(readWorkbookGrids(book, { limits: { cells: 60 } }));
    expect(err.code).toBe('TOO_LARGE');
    expect(err.message).toContain('sheet "Lớn" has over 60 cells');
    expect((await readWorkbookGrids(book))[0].rowCount).toBe(50);
  });

  it('says an .ods is an OpenDocument spreadsheet', async () => {
    const zip = new JSZip();
    zip.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet', { compression: 'STORE' });
    zip.file('content.xml', '<office:document-content/>');
    const err = await failure(readWorkbookGrids(await zip.generateAsync({ type: 'nodebuffer' })));
    expect(err.code).toBe('ODS');
  });

  it('says a Word document is not a workbook', async () => {
    const docx = fs.readFileSync(HANOI.replace(/\.xlsx$/, '.docx'));
    expect((await failure(readWorkbookGrids(docx))).code).toBe('NOT_XLSX');
  });
});
