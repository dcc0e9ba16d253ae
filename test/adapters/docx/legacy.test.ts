/**
 * Word plans typed in TCVN3 (.VnTime) or VNI (VNI-Times) fonts read as the Unicode plan: every run goes through the
 * shared converter of src/core/text (src/adapters/docx/legacy.ts), by the run's font.
 */
import JSZip from 'jszip';
import { readDocxTables } from '../../../src/adapters/docx/read';
import { cellText } from '../../../src/core/grid';
import { unicodeToLegacy, type LegacyEncoding } from '../../../src/core/text/legacy';
import { buildDocx, type Block } from './build';

const ROWS = [
  ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành'],
  ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', '', ''],
  ['1', 'Ban hành kế hoạch cải cách hành chính năm 2025', 'Sở Nội vụ', 'Quý I/2025'],
  ['2', 'Kiểm tra công tác cải cách hành chính tại các xã, phường', 'UBND cấp xã, phường', 'Tháng 6/2025'],
];

function blocks(map: (s: string) => string): Block[] {
  return [{ p: map('Phụ lục 1') }, { table: ROWS.map((r) => r.map(map)) }];
}

const isCaps = (s: string) => /\p{L}/u.test(s) && s === s.toUpperCase();

/**
 * Text as typed with a legacy font: TCVN3 has no accented capitals in .VnTime, so text in capitals was typed in
 * lower case with the capitals font .VnTimeH (VNI has both cases in one font).
 */
function typed(s: string, encoding: LegacyEncoding): string {
  return unicodeToLegacy(encoding === 'tcvn3' && isCaps(s) ? s.toLowerCase() : s, encoding);
}

/** Puts every run of the document in `font`, runs in `capsRuns` in `capsFont` (as Word stores a run's font). */
async function withFont(docx: Buffer, font: string, capsFont = font, capsRuns = new Set<string>()): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file('word/document.xml')!.async('string');
  const rFonts = (f: string) => `<w:rPr><w:rFonts w:ascii="${f}" w:hAnsi="${f}"/></w:rPr>`;
  const out = xml.replace(
    /<w:r>(<w:t xml:space="preserve">([^<]*)<\/w:t>)?/g,
    (_m, t: string | undefined, text: string | undefined) =>
      `<w:r>${rFonts(text !== undefined && capsRuns.has(text) ? capsFont : font)}${t ?? ''}`,
  );
  zip.file('word/document.xml', out);
  return zip.generateAsync({ type: 'nodebuffer' });
}

const escXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function texts(docx: Buffer): Promise<string[][]> {
  const tables = await readDocxTables(docx);
  return tables.map((t) => t.grid.cells.flatMap((row) => row.map(cellText)));
}

describe('legacy Vietnamese in Word plans', () => {
  const cases: Array<[LegacyEncoding, string]> = [
    ['tcvn3', '.VnTime'],
    ['vni', 'VNI-Times'],
  ];
  it.each(cases)('%s text in %s reads as the Unicode plan', async (encoding, font) => {
    const unicode = await texts(await buildDocx(blocks((s) => s)));
    const caps = new Set(
      ROWS.flat()
        .filter(isCaps)
        .map((s) => escXml(typed(s, encoding))),
    );
    const legacy = await withFont(await buildDocx(blocks((s) => typed(s, encoding))), font, `${font}H`, caps);
    // The document really holds the legacy bytes, not the Unicode text (the test would prove nothing otherwise).
    const xml = await (await JSZip.loadAsync(legacy)).file('word/document.xml')!.async('string');
    expect(xml).not.toContain('Nội vụ');
    expect(xml).toContain(escXml(unicodeToLegacy('Nội vụ', encoding)));
    expect(await texts(legacy)).toEqual(unicode);
  });

  it('leaves Unicode text in a Unicode font alone', async () => {
    const doc = await buildDocx(blocks((s) => s));
    expect(await texts(await withFont(doc, 'Times New Roman'))).toEqual(await texts(doc));
  });
});
