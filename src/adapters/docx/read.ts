/**
 * The Word read adapter, bytes only (no Node modules, so the browser's file mode can share it):
 * .docx bytes → one Grid per top-level table (see grid.ts). The package is read from its zip directory (zip/read.ts);
 * the small parts (rels, numbering, styles) are parsed with @xmldom/xmldom, document.xml is streamed (stream.ts) — no
 * exceljs: the pane's Excel mode imports Word without it. Unreadable inputs throw a DocxReadError.
 */
import { DocumentReader } from './document';
import { DocxReadError } from './errors';
import { tableGrid, type DocxGridTable } from './grid';
import { Numbering } from './numbering';
import { sniffDocx } from './sniff';
import { EntityDeclared, parseXml } from './xml';
import { NotDocument, streamBody } from './stream';
import { ZipReader, type ZipEntry } from '../zip/read';
import { xmlEncoding, xmlPartText } from '../zip/xml-part';

export { DocxReadError, type DocxReadErrorCode } from './errors';
export type { DocxGridTable } from './grid';

/** True when the bytes look like a Word file (a zip holding word/document.xml is checked later); by name for OLE. */
export function looksLikeDocx(name: string): boolean {
  return /\.(docx|docm|dotx|doc)$/i.test(name);
}

function part(zip: ZipReader, name: string): Document | null {
  const entry = zip.get(name);
  return entry && !entry.dir ? parseXml(xmlPartText(zip.inflate(entry))) : null;
}

/** Inflated bytes aimed at per chunk: 64 KB decodes to a string V8 keeps in its heap and frees young. */
const CHUNK = 64 * 1024;

/**
 * Compressed bytes per inflate step so that each step gives about CHUNK bytes, by the ratio the directory declares
 * (a lie only changes the chunk size). The zip layer's default (32 KB in) gave ~2.4 MB per chunk on a part that
 * deflates 75:1, and the rise over the process was ~+50 MB more (issue 22's bench, docs/decisions.md).
 */
function inflateSlice(entry: ZipEntry): number {
  const slice = Math.round((CHUNK * entry.compressedSize) / Math.max(1, entry.size));
  return Math.min(32 * 1024, Math.max(256, slice));
}

/** A part's text a slice at a time, decoded as xmlPartText decodes it (UTF-16 by its mark, else UTF-8; mark dropped). */
function* textChunks(zip: ZipReader, entry: ZipEntry): Generator<string> {
  let decoder: TextDecoder | null = null;
  // The first two bytes name the encoding (a UTF-16 mark): held until there are two, however small the first chunks.
  let head = new Uint8Array(0);
  for (const bytes of zip.chunks(entry, inflateSlice(entry))) {
    if (!decoder) {
      const joined = new Uint8Array(head.length + bytes.length);
      joined.set(head);
      joined.set(bytes, head.length);
      head = joined;
      if (head.length < 2) continue;
      decoder = new TextDecoder(xmlEncoding(head));
      yield decoder.decode(head, { stream: true });
      head = new Uint8Array(0);
    } else yield decoder.decode(bytes, { stream: true });
  }
  if (!decoder && head.length > 0) decoder = new TextDecoder(xmlEncoding(head));
  if (decoder) yield decoder.decode(head);
}

function has(zip: ZipReader, name: string): boolean {
  const entry = zip.get(name);
  return entry !== undefined && !entry.dir;
}

/** The main document part, per the package relationships (word/document.xml in practice). */
function mainPart(zip: ZipReader): string | null {
  const rels = part(zip, '_rels/.rels');
  const list = rels?.documentElement ? Array.from(rels.documentElement.getElementsByTagName('Relationship')) : [];
  const main = list.find((r) => /\/officeDocument$/.test(r.getAttribute('Type') ?? ''));
  const target = main?.getAttribute('Target')?.replace(/^\//, '');
  if (target && has(zip, target)) return target;
  return has(zip, 'word/document.xml') ? 'word/document.xml' : null;
}

/** Reads a .docx's top-level tables. Rejects with DocxReadError (NO_TABLES when the document has none). */
export function readDocxTables(bytes: Uint8Array, name = 'document.docx'): Promise<DocxGridTable[]> {
  return Promise.resolve().then(() => readTables(bytes, name));
}

function readTables(bytes: Uint8Array, name: string): DocxGridTable[] {
  const sniffed = sniffDocx(bytes);
  if (sniffed !== 'zip') throw new DocxReadError(sniffed, name);
  let zip: ZipReader;
  try {
    zip = ZipReader.open(bytes);
  } catch (e) {
    throw new DocxReadError('CORRUPT', name, e);
  }
  let tables;
  try {
    const main = mainPart(zip);
    if (!main) throw new DocxReadError('NOT_DOCX', name);
    const dir = main.replace(/[^/]*$/, '');
    const numbering = new Numbering(part(zip, `${dir}numbering.xml`), part(zip, `${dir}styles.xml`));
    // The main part is streamed, never held whole as text or DOM (stream.ts): Word reading stays near its size.
    tables = streamBody(textChunks(zip, zip.get(main)!), new DocumentReader(numbering));
  } catch (e) {
    if (e instanceof DocxReadError) throw e;
    if (e instanceof NotDocument) throw new DocxReadError('NOT_DOCX', name);
    throw new DocxReadError(e instanceof EntityDeclared ? 'ENTITY' : 'CORRUPT', name, e);
  }
  if (tables.length === 0) throw new DocxReadError('NO_TABLES', name);
  return tables.map((t, i) => tableGrid(t, i + 1));
}
