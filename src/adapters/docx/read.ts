/**
 * The Word read adapter, bytes only (no Node modules, so the browser's file mode can share it):
 * .docx bytes → one Grid per top-level table (see grid.ts). The package is opened with JSZip and its parts parsed
 * with @xmldom/xmldom (no exceljs: the pane's Excel mode imports Word without it); unreadable inputs throw a
 * DocxReadError.
 */
import JSZip from 'jszip';
import { DocumentReader } from './document';
import { DocxReadError } from './errors';
import { tableGrid, type DocxGridTable } from './grid';
import { Numbering } from './numbering';
import { sniffDocx } from './sniff';
import { parseXml } from './xml';

export { DocxReadError, type DocxReadErrorCode } from './errors';
export type { DocxGridTable } from './grid';

/** True when the bytes look like a Word file (a zip holding word/document.xml is checked later); by name for OLE. */
export function looksLikeDocx(name: string): boolean {
  return /\.(docx|docm|dotx|doc)$/i.test(name);
}

async function part(zip: JSZip, name: string): Promise<Document | null> {
  const f = zip.file(name);
  return f ? parseXml(await f.async('string')) : null;
}

/** The main document part, per the package relationships (word/document.xml in practice). */
async function mainPart(zip: JSZip): Promise<string | null> {
  const rels = await part(zip, '_rels/.rels');
  const list = rels?.documentElement ? Array.from(rels.documentElement.getElementsByTagName('Relationship')) : [];
  const main = list.find((r) => /\/officeDocument$/.test(r.getAttribute('Type') ?? ''));
  const target = main?.getAttribute('Target')?.replace(/^\//, '');
  if (target && zip.file(target)) return target;
  return zip.file('word/document.xml') ? 'word/document.xml' : null;
}

/** Reads a .docx's top-level tables. Throws DocxReadError (NO_TABLES when the document has none). */
export async function readDocxTables(bytes: Uint8Array, name = 'document.docx'): Promise<DocxGridTable[]> {
  const sniffed = sniffDocx(bytes);
  if (sniffed !== 'zip') throw new DocxReadError(sniffed, name);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    throw new DocxReadError('CORRUPT', name, e);
  }
  let tables;
  try {
    const main = await mainPart(zip);
    if (!main) throw new DocxReadError('NOT_DOCX', name);
    const dir = main.replace(/[^/]*$/, '');
    const numbering = new Numbering(await part(zip, `${dir}numbering.xml`), await part(zip, `${dir}styles.xml`));
    const doc = await part(zip, main);
    if (!doc?.documentElement || doc.documentElement.localName !== 'document')
      throw new DocxReadError('NOT_DOCX', name);
    tables = new DocumentReader(numbering).body(doc);
  } catch (e) {
    if (e instanceof DocxReadError) throw e;
    throw new DocxReadError('CORRUPT', name, e);
  }
  if (tables.length === 0) throw new DocxReadError('NO_TABLES', name);
  return tables.map((t, i) => tableGrid(t, i + 1));
}
