/**
 * The XML parts of files from the wider world (issue 22, item 7), generated here from the sample plans with fflate:
 * a UTF-8 byte-order mark at the start of every XML part is read as without it (.xlsx and .docx); a part that
 * declares an entity is refused in words that name the entity declaration; a Strict Open XML workbook is read, and
 * `track` refuses to write into it, saying why.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readDocxTables } from '../../../src/adapters/docx/read';
import { readXlsxWorkbook } from '../../../src/adapters/xlsx/reader';
import { readForTrack, readInputBytes } from '../../../src/adapters/xlsx/track-input';
import { OpcPackage } from '../../../src/adapters/xlsx/package';
import { writeSpecsToPackage } from '../../../src/adapters/xlsx/sml';
import { planFile } from '../../support/fixtures';

const XLSX = planFile('hanoi-2025-phu-luc.xlsx');
const DOCX = planFile('hanoi-2025-phu-luc.docx');
const isXml = (name: string) => /\.(xml|rels)$/i.test(name);
const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);
const DOCTYPE = '<!DOCTYPE x [<!ENTITY boom "boom">]>';

/** The zip with `edit` applied to every entry it returns bytes for (the others kept). */
function rezip(file: string, edit: (name: string, bytes: Uint8Array) => Uint8Array | null): Uint8Array {
  const entries: Record<string, Uint8Array> = unzipSync(fs.readFileSync(file));
  for (const [name, bytes] of Object.entries(entries)) entries[name] = edit(name, bytes) ?? bytes;
  return zipSync(entries);
}

const withBom = (file: string) =>
  rezip(file, (name, bytes) => {
    if (!isXml(name)) return null;
    const out = new Uint8Array(BOM.length + bytes.length);
    out.set(BOM);
    out.set(bytes, BOM.length);
    return out;
  });

/** The part with a DOCTYPE declaring an entity put after its XML declaration (or first). */
function withEntity(file: string, part: string): Uint8Array {
  return rezip(file, (name, bytes) => {
    if (name !== part) return null;
    const text = strFromU8(bytes);
    const decl = /^<\?xml[^>]*\?>/.exec(text)?.[0] ?? '';
    return strToU8(`${decl}${DOCTYPE}${text.slice(decl.length)}`);
  });
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'chiso-xmlparts-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
function saved(name: string, bytes: Uint8Array): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, bytes);
  return file;
}

async function failure(p: Promise<unknown>): Promise<Error & { code?: string }> {
  try {
    await p;
  } catch (e) {
    return e as Error & { code?: string };
  }
  throw new Error('expected a failure');
}

describe('a UTF-8 byte-order mark at the start of every XML part', () => {
  it('is read in a workbook as without it, and the workbook is tracked', async () => {
    const bom = withBom(XLSX);
    const starts = Object.entries(unzipSync(bom)).filter(([n]) => isXml(n));
    expect(starts.length).toBeGreaterThan(5);
    expect(starts.every(([, b]) => b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf)).toBe(true);
    const plain = await readXlsxWorkbook(fs.readFileSync(XLSX), 'plan.xlsx');
    expect((await readXlsxWorkbook(bom, 'plan.xlsx')).grids).toEqual(plain.grids);
    const bomFile = saved('bom.xlsx', bom);
    const input = await readForTrack(bomFile, path.join(tmp, 'bom-out.xlsx'), await readInputBytes(bomFile));
    expect(input.grids).toEqual(plain.grids);
  });

  it('is read in a Word file as without it (it was refused as damaged)', async () => {
    const bom = withBom(DOCX);
    const starts = Object.entries(unzipSync(bom)).filter(([n]) => isXml(n));
    expect(starts.some(([n]) => n === 'word/document.xml')).toBe(true);
    expect(await readDocxTables(bom, 'plan.docx')).toEqual(await readDocxTables(fs.readFileSync(DOCX), 'plan.docx'));
  });
});

describe('an XML part that declares an entity', () => {
  it.each(['xl/worksheets/sheet1.xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels'])(
    'is refused naming the entity declaration (%s)',
    async (part) => {
      const err = await failure(readXlsxWorkbook(withEntity(XLSX, part), 'plan.xlsx'));
      expect(err.code).toBe('ENTITY');
      expect(err.message).toContain('khai báo thực thể (<!ENTITY>)');
      expect(err.message).toContain('declares an entity (<!ENTITY>)');
      expect(err.message).toContain(part);
      expect(err.message).not.toMatch(/well-formed|hợp lệ/);
    },
  );

  it('is refused by track when only the package layer reads it ([Content_Types].xml)', async () => {
    const file = saved('entity-ct.xlsx', withEntity(XLSX, '[Content_Types].xml'));
    const err = await failure(readForTrack(file, path.join(tmp, 'entity-ct-out.xlsx'), await readInputBytes(file)));
    expect(err.code).toBe('ENTITY');
    expect(err.message).toContain('[Content_Types].xml');
    expect(err.message).toContain('(<!ENTITY>)');
  });

  it('is refused in a Word file, naming the entity declaration rather than damage', async () => {
    const err = await failure(readDocxTables(withEntity(DOCX, 'word/document.xml'), 'plan.docx'));
    expect(err.code).toBe('ENTITY');
    expect(err.message).toBe(
      'Tệp "plan.docx" có phần XML khai báo thực thể (<!ENTITY>), chiso không đọc tệp như vậy / ' +
        '"plan.docx" has an XML part that declares an entity (<!ENTITY>), which chiso does not read',
    );
  });

  it('is not suspected in a comment or CDATA of the body', async () => {
    const doc = rezip(XLSX, (name, bytes) =>
      name === 'xl/worksheets/sheet1.xml'
        ? strToU8(strFromU8(bytes).replace(/<\/worksheet>\s*$/, '<!-- <!DOCTYPE x [<!ENTITY a "b">]> --></worksheet>'))
        : null,
    );
    const plain = await readXlsxWorkbook(fs.readFileSync(XLSX), 'plan.xlsx');
    expect((await readXlsxWorkbook(doc, 'plan.xlsx')).grids).toEqual(plain.grids);
  });
});

/** ISO/IEC 29500 strict namespaces for the transitional ones the sample plan uses. */
const STRICT: Array<[string, string]> = [
  ['http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main'],
  [
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
    'http://purl.oclc.org/ooxml/officeDocument/relationships',
  ],
  ['http://schemas.openxmlformats.org/drawingml/2006/main', 'http://purl.oclc.org/ooxml/drawingml/main'],
];
const strictOf = (file: string) =>
  rezip(file, (name, bytes) => {
    if (!isXml(name)) return null;
    let text = strFromU8(bytes);
    for (const [t, s] of STRICT) text = text.split(t).join(s);
    return strToU8(text.replace(/<workbook /, '<workbook conformance="strict" '));
  });

describe('a Strict Open XML workbook', () => {
  it('is read like the transitional one', async () => {
    const plain = await readXlsxWorkbook(fs.readFileSync(XLSX), 'plan.xlsx');
    expect((await readXlsxWorkbook(strictOf(XLSX), 'plan.xlsx')).grids).toEqual(plain.grids);
  });

  it('is refused by track in words, and the package layer never writes transitional sheets into it', async () => {
    const strict = strictOf(XLSX);
    const strictFile = saved('strict.xlsx', strict);
    const err = await failure(
      readForTrack(strictFile, path.join(tmp, 'strict-out.xlsx'), await readInputBytes(strictFile)),
    );
    expect(err.name).toBe('TrackFileError');
    expect(err.message).toBe(
      'Sổ tính "strict.xlsx" lưu ở dạng Strict Open XML, chiso chưa ghi vào dạng này được: hãy mở bằng Excel và lưu' +
        ' lại với kiểu "Excel Workbook (*.xlsx)" / "strict.xlsx" is a Strict Open XML workbook, which chiso cannot' +
        ' write into: open it in Excel and save it as "Excel Workbook (*.xlsx)"',
    );
    const pkg = await OpcPackage.open(strict);
    await expect(writeSpecsToPackage(pkg, [])).rejects.toMatchObject({ code: 'STRICT' });
  });
});
