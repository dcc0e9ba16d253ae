/**
 * document.xml streamed (issue 22: Word reading within about 5× the part's size). A full DOM of a 12 MB
 * document.xml took ~700 MB; here saxes reads the inflated part a slice at a time and only one unit is held as a
 * small tree at once — a paragraph of the body, or a row of a top-level table — handed to the same DocumentReader
 * code the DOM fed, in document order (list counters advance as before), then let go. The trees carry only the
 * DOM members xml.ts and document.ts read (nodeType, localName, firstChild, nextSibling, attributes, textContent).
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { DocumentReader, DocxTable } from './document';
import { MAX_TITLE } from './grid';
import { EntityDeclared, type El } from './xml';

/** Elements whose children stand as if in the parent (document.ts's BLOCK_WRAPPERS). */
const WRAPPERS = new Set(['sdt', 'sdtContent', 'customXml']);

const local = (name: string) => name.slice(name.indexOf(':') + 1);

const encoder = new TextEncoder();
const decoder = new TextDecoder();
/**
 * The text as a string of its own. saxes hands out text as slices of the decoded chunk, and a kept slice keeps the
 * whole chunk alive (V8's sliced strings): every cell text of a long table held every chunk of the part (+23 MB on
 * the bench's 12 MB part). Only texts the result keeps are copied.
 */
const own = (s: string) => (s.length < 13 ? s : decoder.decode(encoder.encode(s)));

class LightText {
  readonly nodeType = 3;
  nextSibling: LightNode | null = null;
  readonly firstChild = null;
  constructor(public data: string) {}
  get textContent(): string {
    return this.data;
  }
}

class LightEl {
  readonly nodeType = 1;
  readonly localName: string;
  readonly attributes: Array<{ name: string; localName: string; value: string }>;
  firstChild: LightNode | null = null;
  nextSibling: LightNode | null = null;
  private last: LightNode | null = null;
  constructor(tag: SaxesTagNS) {
    this.localName = local(tag.name);
    this.attributes = Object.values(tag.attributes).map((a) => ({
      name: a.name,
      localName: local(a.name),
      value: a.value,
    }));
  }
  append(n: LightNode): void {
    if (this.last) this.last.nextSibling = n;
    else this.firstChild = n;
    this.last = n;
  }
  /** Text and CDATA below, in order (the DOM's textContent). */
  get textContent(): string {
    let s = '';
    for (let n = this.firstChild; n; n = n.nextSibling) s += n.textContent;
    return s;
  }
}
type LightNode = LightEl | LightText;

/** Where the parser is: document, body (or a wrapper in it), a top-level table (or a wrapper in it), a unit, else. */
type Mode = 'top' | 'doc' | 'body' | 'table' | 'unit' | 'skip';

/** Thrown when the root element is not w:document (the caller says "not a Word document"). */
export class NotDocument extends Error {}

/**
 * Reads the body's top-level tables from document.xml given as text chunks (in order); the same result as
 * `reader.body(dom)`. Malformed XML throws (the caller says "damaged"), an entity declaration EntityDeclared.
 */
export function streamBody(chunks: Iterable<string>, reader: DocumentReader): DocxTable[] {
  // Namespace-aware, as xmldom was: an undeclared prefix is damaged XML, not read.
  const parser = new SaxesParser({ xmlns: true, position: false });
  const tables: DocxTable[] = [];
  let before: DocxTable['before'] = [];
  let table: DocxTable | null = null;
  const modes: Mode[] = ['top'];
  /** The unit being built: its elements from its root down to the open one. */
  const open: LightEl[] = [];
  // The first parse error or entity declaration (set by the handlers, thrown after the write that met it).
  const failed: { error: Error | null } = { error: null };
  let sawBody = false;
  parser.on('error', (e) => {
    failed.error ??= e;
  });
  parser.on('doctype', (d) => {
    if (/<!ENTITY/.test(d)) failed.error ??= new EntityDeclared('XML entity declaration');
  });
  parser.on('opentag', (tag) => {
    const mode = modes[modes.length - 1];
    const name = local(tag.name);
    let next: Mode = 'skip';
    if (mode === 'unit') {
      const el = new LightEl(tag);
      open[open.length - 1].append(el);
      open.push(el);
      next = 'unit';
    } else if (mode === 'top') {
      if (name !== 'document') throw new NotDocument(name);
      next = 'doc';
    } else if (mode === 'doc') {
      // The first w:body is the body, as kid(documentElement, 'body') took it.
      if (name === 'body' && !sawBody) next = 'body';
      sawBody ||= name === 'body';
    } else if (mode === 'body') {
      if (name === 'p' || name === 'tbl') {
        if (name === 'tbl') table = { rows: [], before };
        if (name === 'p') open.push(new LightEl(tag));
        next = name === 'p' ? 'unit' : 'table';
      } else if (WRAPPERS.has(name)) next = 'body';
    } else if (mode === 'table') {
      if (name === 'tr') {
        open.push(new LightEl(tag));
        next = 'unit';
      } else if (WRAPPERS.has(name)) next = 'table';
    }
    modes.push(next);
  });
  parser.on('text', (t) => {
    if (modes[modes.length - 1] === 'unit') open[open.length - 1].append(new LightText(t));
  });
  parser.on('cdata', (t) => {
    if (modes[modes.length - 1] === 'unit') open[open.length - 1].append(new LightText(t));
  });
  parser.on('closetag', (tag) => {
    const mode = modes.pop();
    const parent = modes[modes.length - 1];
    if (mode === 'unit') {
      const el = open.pop()!;
      if (open.length > 0) return;
      // A whole unit: a body paragraph or a top-level table's row.
      if (parent === 'body') {
        const p = reader.bodyParagraph(el as unknown as El);
        if (p) before.push({ ...p, text: own(p.text) });
        // Only the last few can be a title (grid.ts titleOf): a long body is not held.
        if (before.length > MAX_TITLE) before.shift();
      } else if (table) {
        const row = reader.row(el as unknown as El);
        for (const c of row.cells) c.text = own(c.text);
        table.rows.push(row);
      }
    } else if (mode === 'table' && parent === 'body' && local(tag.name) === 'tbl' && table) {
      tables.push(table);
      table = null;
      before = [];
    }
  });
  for (const chunk of chunks) {
    parser.write(chunk);
    if (failed.error) throw failed.error;
  }
  parser.close();
  if (failed.error) throw failed.error;
  return tables;
}
