/**
 * Inputs for the faithful-write tests, made by other programs: openpyxl (make-rich.py: comment, validation,
 * conditional format, Excel table, chart, image, defined name, hidden and very hidden sheets) then LibreOffice
 * (headless conversion), then small edits as bytes: control characters in a plan cell, custom document properties,
 * and for the .xlsm a vbaProject part with the macro-enabled content type.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { DOMParser } from '@xmldom/xmldom';

const PY = '/usr/bin/python3';
/** Plan text chiso must carry safely: two control characters and a literal "_x0000_" (stored escaped). */
export const CTRL_STORED = '_x0001_ _x0007_ _x005F_x0000_';

function libreOfficeXlsx(src: string, outDir: string): string {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'lo-profile-'));
  try {
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'xlsx', '--outdir', outDir, src],
      { stdio: 'pipe', timeout: 180000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return path.join(outDir, path.basename(src));
}

async function edit(file: string, out: string, macro: boolean): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const ss = await zip.file('xl/sharedStrings.xml')!.async('string');
  if (!ss.includes('CTRLMARK')) throw new Error('marker text not found');
  zip.file('xl/sharedStrings.xml', ss.replace('CTRLMARK', CTRL_STORED));
  // LibreOffice saves a very hidden sheet as hidden: make it very hidden again.
  const wb = await zip.file('xl/workbook.xml')!.async('string');
  if (!/name="Rất ẩn" sheetId="\d+" state="hidden"/.test(wb)) throw new Error('sheet "Rất ẩn" not found');
  zip.file('xl/workbook.xml', wb.replace(/(name="Rất ẩn" sheetId="\d+" state=)"hidden"/, '$1"veryHidden"'));
  zip.file(
    'docProps/custom.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
      '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Đơn vị"><vt:lpwstr>Sở Nội vụ</vt:lpwstr></property></Properties>',
  );
  let ct = await zip.file('[Content_Types].xml')!.async('string');
  let rels = await zip.file('_rels/.rels')!.async('string');
  if (!ct.includes('/docProps/custom.xml'))
    ct = ct.replace(
      '</Types>',
      '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
    );
  if (!rels.includes('custom-properties'))
    rels = rels.replace(
      '</Relationships>',
      '<Relationship Id="rIdCustom" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
    );
  if (macro) {
    zip.file(
      'xl/vbaProject.bin',
      Buffer.from('d0cf11e0a1b11ae1000000000000000000000000000000003e000300feff0900', 'hex'),
    );
    ct = ct
      .replace(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
        'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
      )
      .replace('<Override', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Override');
    const wbRels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    zip.file(
      'xl/_rels/workbook.xml.rels',
      wbRels.replace(
        '</Relationships>',
        '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
      ),
    );
  }
  zip.file('[Content_Types].xml', ct);
  zip.file('_rels/.rels', rels);
  writeFileSync(out, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

/** Builds `rich.xlsx` and `rich-macro.xlsm` in `dir` from the sample plan. */
export async function buildRichInputs(dir: string, plan: string): Promise<{ xlsx: string; xlsm: string }> {
  const made = path.join(dir, 'openpyxl.xlsx');
  execFileSync(PY, [path.join(__dirname, 'make-rich.py'), plan, made, path.join(dir, 'image.png')], { stdio: 'pipe' });
  const lo = libreOfficeXlsx(made, path.join(dir, 'lo'));
  const xlsx = path.join(dir, 'rich.xlsx');
  const xlsm = path.join(dir, 'rich-macro.xlsm');
  await edit(lo, xlsx, false);
  await edit(lo, xlsm, true);
  return { xlsx, xlsm };
}

/** Every part of a package, decompressed. */
export async function partsOf(bytes: Buffer | Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files))
    if (!zip.files[name].dir) out.set(name, await zip.files[name].async('nodebuffer'));
  return out;
}

/** The XML parts that do not parse strictly (name: reason). */
export function badXmlParts(parts: Map<string, Buffer>): string[] {
  const bad: string[] = [];
  for (const [name, bytes] of parts) {
    if (!/\.(xml|rels|vml)$/i.test(name)) continue;
    try {
      new DOMParser({
        onError: (level, msg) => {
          if (level !== 'warning') throw new Error(msg);
        },
      }).parseFromString(bytes.toString('utf8'), 'application/xml');
    } catch (e) {
      bad.push(`${name}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    }
  }
  return bad;
}

/** Runs a Python snippet with Debian's python3 (openpyxl); gives stdout. */
export function python(code: string, ...args: string[]): string {
  return execFileSync(PY, ['-c', code, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120000,
  });
}
