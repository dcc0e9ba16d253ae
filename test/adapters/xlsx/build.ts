/** Small hand-written workbooks and zip edits for the reader's tests (JSZip; every part spelled out). */
import JSZip from 'jszip';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PR = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface SheetDef {
  name: string;
  state?: 'hidden' | 'veryHidden';
  /** The <sheetData> inner XML and anything after it (e.g. <mergeCells>). */
  xml: string;
  /** Leave the part out of the zip (the workbook still lists it). */
  missing?: boolean;
}

export interface BookDef {
  sheets: SheetDef[];
  /** <si> elements of sharedStrings.xml (inner XML of <sst>). */
  shared?: string[];
  /** <numFmts> inner XML. */
  numFmts?: string;
  /** <xf> elements of <cellXfs> (the first should be the default). */
  xfs?: string[];
  /** <font> elements. */
  fonts?: string[];
  date1904?: boolean;
  /** Relationship targets written absolute ("/xl/…") instead of relative. */
  absolute?: boolean;
  /** Extra zip entries (path → text). */
  extra?: Record<string, string>;
}

export async function buildBook(def: BookDef): Promise<Buffer> {
  const zip = new JSZip();
  const abs = (p: string): string => (def.absolute ? `/xl/${p}` : p);
  const overrides = def.sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join('');
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}</Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="${def.absolute ? '/xl/workbook.xml' : 'xl/workbook.xml'}"/></Relationships>`,
  );
  const sheets = def.sheets
    .map(
      (s, i) =>
        `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`,
    )
    .join('');
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${R}">${def.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${sheets}</sheets></workbook>`,
  );
  const n = def.sheets.length;
  const rels = def.sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="${abs(`worksheets/sheet${i + 1}.xml`)}"/>`,
    )
    .join('');
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PR}">${rels}<Relationship Id="rId${n + 1}" Type="${R}/styles" Target="${abs('styles.xml')}"/><Relationship Id="rId${n + 2}" Type="${R}/sharedStrings" Target="${abs('sharedStrings.xml')}"/></Relationships>`,
  );
  const fonts = def.fonts ?? ['<font><sz val="11"/><name val="Calibri"/></font>'];
  const xfs = def.xfs ?? ['<xf numFmtId="0" fontId="0"/>'];
  zip.file(
    'xl/styles.xml',
    `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${NS}">${def.numFmts ? `<numFmts>${def.numFmts}</numFmts>` : ''}<fonts count="${fonts.length}">${fonts.join('')}</fonts><cellStyleXfs count="1"><xf numFmtId="0" fontId="0"/></cellStyleXfs><cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs></styleSheet>`,
  );
  const shared = def.shared ?? [];
  zip.file(
    'xl/sharedStrings.xml',
    `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}" count="${shared.length}" uniqueCount="${shared.length}">${shared.join('')}</sst>`,
  );
  def.sheets.forEach((s, i) => {
    if (s.missing) return;
    zip.file(
      `xl/worksheets/sheet${i + 1}.xml`,
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}" xmlns:r="${R}">${s.xml}</worksheet>`,
    );
  });
  for (const [p, text] of Object.entries(def.extra ?? {})) zip.file(p, text);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Rewrites entries of a zip: text → new text, null → removed, a function → applied to the old text. */
export async function editZip(
  buf: Uint8Array,
  edits: Record<string, string | null | ((old: string) => string)>,
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buf);
  for (const [p, e] of Object.entries(edits)) {
    if (e === null) zip.remove(p);
    else if (typeof e === 'string') zip.file(p, e);
    else zip.file(p, e(await zip.file(p)!.async('string')));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** XML text escaping for hand-written parts. */
export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
