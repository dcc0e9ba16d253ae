/**
 * The zip layer on public ground (issue 22, item 4): zips written by other programs (Python's zipfile, Info-ZIP) are
 * read from their central directory, ZIP64 and a prefix included; every entry the package does not set is written
 * back as the same compressed bytes, method and CRC — even a method chiso cannot inflate — and what it writes is a
 * valid zip to Python's zipfile (CRC of every entry checked).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { OpcPackage } from '../../../src/adapters/xlsx/package';
import { readXlsxWorkbook } from '../../../src/adapters/xlsx/reader';
import { nodePrecompress } from '../../../src/adapters/xlsx/node-deflate';
import { ZipReader } from '../../../src/adapters/zip/read';
import { fflateDeflate, packEntry, type DeflateRaw } from '../../../src/adapters/zip/write';
import { planFile } from '../../support/fixtures';
import { rawEntries } from '../../support/zip-raw';

const PLAN = planFile('hanoi-2025-phu-luc.xlsx');
const PYTHON = '/usr/bin/python3';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'chiso-zip-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Python rewrites the plan: the theme LZMA-compressed (method 14), docProps/core.xml stored, the rest deflated. */
function pythonZip(): Buffer {
  const out = path.join(tmp, 'python.xlsx');
  const script = [
    'import sys, zipfile',
    'src = zipfile.ZipFile(sys.argv[1])',
    "with zipfile.ZipFile(sys.argv[2], 'w') as dst:",
    '    for info in src.infolist():',
    "        method = zipfile.ZIP_LZMA if info.filename.endswith('theme1.xml') else zipfile.ZIP_STORED if info.filename == 'docProps/core.xml' else zipfile.ZIP_DEFLATED",
    '        dst.writestr(info.filename, src.read(info.filename), compress_type=method)',
  ].join('\n');
  execFileSync(PYTHON, ['-c', script, PLAN, out]);
  return fs.readFileSync(out);
}

/** Python's verdict on a zip: None when every entry's CRC matches its data. */
function pythonTest(bytes: Uint8Array): string {
  const file = path.join(tmp, `check-${Date.now()}.zip`);
  fs.writeFileSync(file, bytes);
  return execFileSync(PYTHON, ['-c', 'import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).testzip())', file])
    .toString()
    .trim();
}

describe('the zip layer', () => {
  it('copies every entry it does not set as stored, a method it cannot inflate included', async () => {
    const input = pythonZip();
    const before = rawEntries(input);
    expect(before.get('xl/theme/theme1.xml')?.method).toBe(14);
    expect(before.get('docProps/core.xml')?.method).toBe(0);
    const pkg = await OpcPackage.open(input);
    pkg.setText(
      'xl/worksheets/sheet3.xml',
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
    );
    await expect(pkg.bytes('xl/theme/theme1.xml')).rejects.toThrow(/method 14/);
    const out = Buffer.from(await pkg.save());
    const after = rawEntries(out);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [name, entry] of before) {
      if (name === 'xl/worksheets/sheet3.xml') continue;
      expect([name, after.get(name)]).toEqual([name, entry]);
    }
    expect(after.get('xl/worksheets/sheet3.xml')?.method).toBe(8);
    expect(pythonTest(out)).toBe('None');
  });

  it('writes the parts it sets so that other programs read them back (CRC and sizes right)', async () => {
    const pkg = await OpcPackage.open(fs.readFileSync(PLAN));
    const text = '<x>' + 'Kế hoạch cải cách hành chính '.repeat(2000) + '</x>';
    pkg.setText('xl/new.xml', text);
    const out = await pkg.save();
    expect(pythonTest(out)).toBe('None');
    const file = path.join(tmp, 'new.xlsx');
    fs.writeFileSync(file, out);
    const read = execFileSync(PYTHON, [
      '-c',
      "import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read('xl/new.xml'))",
      file,
    ]);
    expect(read.toString('utf8')).toBe(text);
  });

  it.each<[string, DeflateRaw]>([
    ['fflate', fflateDeflate],
    ['Node zlib', nodePrecompress],
    ['a deflater without pieces', (d) => fflateDeflate(d)],
  ])('writes a part given in pieces as one valid entry, several pieces deflated as they come (%s)', async (_, d) => {
    const pkg = await OpcPackage.open(fs.readFileSync(PLAN), { precompress: d });
    const row = (i: number) => `<row r="${i}"><c t="inlineStr"><is><t>Kế hoạch cải cách số ${i}</t></is></c></row>`;
    // About 3 pieces (a piece is 2^20 characters), and a small part that stays one piece.
    const rows = Array.from({ length: 40000 }, (_, i) => row(i + 1));
    pkg.setTextPieces('xl/big.xml', (write) => {
      write('<x>');
      rows.forEach(write);
      write('</x>');
    });
    pkg.setTextPieces('xl/small.xml', (write) => ['<x>', row(1), '</x>'].forEach(write));
    const out = await pkg.save();
    expect(pythonTest(out)).toBe('None');
    const back = await OpcPackage.open(out);
    expect(await back.text('xl/big.xml')).toBe(`<x>${rows.join('')}</x>`);
    // One piece is deflated exactly as a whole text is.
    const small = rawEntries(Buffer.from(out)).get('xl/small.xml');
    const whole = packEntry('xl/small.xml', `<x>${row(1)}</x>`, d);
    expect(small?.crc).toBe(whole.crc);
    expect(small?.compressed).toEqual(Buffer.from(whole.data));
  });

  it('reads a ZIP64 zip (Info-ZIP -fz) and a zip behind a prefix as the plain one', async () => {
    const dir = path.join(tmp, 'unzipped');
    execFileSync('unzip', ['-q', '-o', PLAN, '-d', dir]);
    const z64 = path.join(tmp, 'z64.xlsx');
    execFileSync('zip', ['-q', '-r', '-fz', z64, '.'], { cwd: dir });
    const bytes = fs.readFileSync(z64);
    const zip = ZipReader.open(bytes);
    expect(zip.entries().some((e) => e.name === 'xl/workbook.xml')).toBe(true);
    const plain = (await readXlsxWorkbook(fs.readFileSync(PLAN), 'plan.xlsx')).grids;
    expect((await readXlsxWorkbook(bytes, 'plan.xlsx')).grids).toEqual(plain);
    const prefixed = Buffer.concat([Buffer.from('#!/bin/sh\nexit 0\n'), fs.readFileSync(PLAN)]);
    // (The reader's sniffing refuses such a file before it is opened; the zip layer itself reads it.)
    const behind = await OpcPackage.open(prefixed);
    const direct = await OpcPackage.open(fs.readFileSync(PLAN));
    expect(behind.parts()).toEqual(direct.parts());
    expect(await behind.text('xl/sharedStrings.xml')).toBe(await direct.text('xl/sharedStrings.xml'));
  });

  it('refuses what is not a zip, and a zip cut short', () => {
    expect(() => ZipReader.open(Buffer.from('not a zip at all, just text'))).toThrow(/not a zip/);
    const plan = fs.readFileSync(PLAN);
    expect(() => ZipReader.open(plan.subarray(0, plan.length - 200))).toThrow();
  });
});
