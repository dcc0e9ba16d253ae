/**
 * Copies one worksheet from a package into another (a refresh brings a plan sheet the input changed into the
 * existing output): shared-string cells become inline strings (the target's shared strings are not touched), style
 * ids are remapped (styles-merge.ts), and what the sheet's relationships reach — drawings, charts, images, comments,
 * tables (ids and names made unique) — is copied under fresh part names. A sheet of the same name in the target is
 * replaced in place (same position, same local defined names) and the parts only it used are removed. Pivot tables
 * are not carried (their cache is a workbook-level part): the source keeps them.
 */
import { ContentTypes, CT } from '../package/content-types';
import type { OpcPackage } from '../package/opc';
import { removeUnreachable } from '../package/prune';
import { WorkbookXml } from '../package/book';
import { relsPartFor, REL, isRelType } from '../package/rels';
import { childElements, NS, parseXml, serializeXml, type Document, type Element } from '../package/xml';
import { copyClosure, freshName, retarget } from './closure';
import type { StyleMerge } from './styles-merge';

const notCarried = (type: string) => isRelType(type, 'pivotTable');

function elementsByName(doc: Document, name: string): Element[] {
  return Array.from(doc.getElementsByTagNameNS('*', name));
}

/** The shared strings of a package as <si> elements (empty when it has none). */
async function sharedStrings(pkg: OpcPackage, book: WorkbookXml): Promise<Element[]> {
  const part = book.rels.ofType('sharedStrings')[0]?.part;
  const text = part ? await pkg.text(part) : null;
  return text ? elementsByName(parseXml(text, part), 'si') : [];
}

/** Shared-string cells → inline strings; style and differential-format ids → the target's. */
function rewriteCells(doc: Document, strings: Element[], styles: StyleMerge): void {
  for (const c of elementsByName(doc, 'c')) {
    const s = c.getAttribute('s');
    if (s !== null && s !== '') c.setAttribute('s', String(styles.xf(Number(s))));
    if (c.getAttribute('t') !== 's') continue;
    const v = childElements(c, 'v')[0];
    const si = strings[Number(v?.textContent ?? -1)];
    const is = doc.createElementNS(c.namespaceURI, c.prefix ? `${c.prefix}:is` : 'is');
    for (const child of si ? childElements(si) : []) is.appendChild(doc.importNode(child, true));
    if (v) c.removeChild(v);
    c.appendChild(is);
    c.setAttribute('t', 'inlineStr');
  }
  for (const row of elementsByName(doc, 'row')) {
    const s = row.getAttribute('s');
    if (s !== null && s !== '') row.setAttribute('s', String(styles.xf(Number(s))));
  }
  for (const col of elementsByName(doc, 'col')) {
    const s = col.getAttribute('style');
    if (s !== null && s !== '') col.setAttribute('style', String(styles.xf(Number(s))));
  }
  for (const rule of elementsByName(doc, 'cfRule')) {
    const d = rule.getAttribute('dxfId');
    if (d !== null && d !== '') rule.setAttribute('dxfId', String(styles.dxf(Number(d))));
  }
}

/** Table ids and names already used in a package (they must be unique in a workbook). */
async function tablesOf(pkg: OpcPackage): Promise<{ ids: Set<number>; names: Set<string> }> {
  const ct = await ContentTypes.load(pkg);
  const ids = new Set<number>();
  const names = new Set<string>();
  for (const part of pkg.parts()) {
    if (!/table\+xml$/.test(ct.typeOf(part) ?? '')) continue;
    const el = parseXml((await pkg.text(part)) ?? '', part).documentElement!;
    ids.add(Number(el.getAttribute('id')));
    for (const a of ['name', 'displayName']) names.add((el.getAttribute(a) ?? '').toLowerCase());
  }
  return { ids, names };
}

/**
 * Copies sheet `name` of `src` into `dst` (see the file comment); gives the new part's name, or null when `src` lists
 * the sheet without a part (nothing to copy; the reader has warned about it).
 */
export async function copySheet(
  src: OpcPackage,
  dst: OpcPackage,
  name: string,
  styles: StyleMerge,
): Promise<string | null> {
  const srcBook = await WorkbookXml.load(src);
  const entry = srcBook.sheets().find((s) => s.name === name);
  if (!entry?.part) return null;
  const srcIndex = srcBook.sheets().indexOf(entry);

  // 1. The target's entry for the sheet: the old one retargeted (position and local names kept), or a new one.
  const dstBook = await WorkbookXml.load(dst);
  const part = freshName(dst, 'xl/worksheets/sheet1.xml', new Set());
  dst.setText(part, '<worksheet/>'); // reserve the name while the closure is copied
  const old = dstBook.sheets().find((s) => s.name === name);
  let dstIndex: number;
  if (old) {
    const el = elementsByName(dstBook.doc, 'sheet').find((e) => e.getAttribute('name') === name)!;
    const rId = dstBook.rels.add(REL.worksheet, part);
    dstBook.rels.remove(old.rId);
    el.setAttributeNS(NS.r, 'r:id', rId);
    dstIndex = dstBook.sheets().findIndex((s) => s.name === name);
    dst.setText(dstBook.part, serializeXml(dstBook.doc));
    dstBook.rels.save(dst);
    const ct = await ContentTypes.load(dst);
    await removeUnreachable(dst, old.part ? [old.part] : [], ct);
    ct.save(dst);
  } else {
    dstBook.addSheet(name, part, entry.state);
    dstIndex = dstBook.sheets().length - 1;
    dstBook.save(dst);
  }

  // 2. The sheet's closure under fresh names; tables get a free id, and a free name only when theirs is taken.
  const used = await tablesOf(dst);
  const fixTable = (p: string, xml: string) => {
    if (!/\/tables\//.test(p)) return xml;
    const doc = parseXml(xml, p);
    const t = doc.documentElement!;
    const id = Math.max(0, ...used.ids) + 1;
    used.ids.add(id);
    t.setAttribute('id', String(id));
    let display = t.getAttribute('displayName') ?? `Table${id}`;
    for (let n = 2; used.names.has(display.toLowerCase()); n++)
      display = `${t.getAttribute('displayName') ?? 'Table'}_${n}`;
    used.names.add(display.toLowerCase());
    t.setAttribute('displayName', display);
    t.setAttribute('name', display);
    return serializeXml(doc);
  };
  const { names } = await copyClosure(src, dst, entry.part, fixTable, notCarried);

  // 3. The sheet part itself.
  const doc = parseXml((await src.text(entry.part)) ?? '', entry.part);
  rewriteCells(doc, await sharedStrings(src, srcBook), styles);
  dst.setText(part, serializeXml(doc));
  const rels = await src.text(relsPartFor(entry.part));
  if (rels) dst.setText(relsPartFor(part), retarget(rels, entry.part, part, names, notCarried));
  const ct = await ContentTypes.load(dst);
  ct.setOverride(part, CT.worksheet);
  ct.save(dst);

  // 4. The source's names local to the sheet (print area, print titles…) that the target lacks at that scope.
  const book = await WorkbookXml.load(dst);
  const have = new Set(
    book
      .definedNames()
      .filter((d) => d.localSheetId === dstIndex)
      .map((d) => d.name.toLowerCase()),
  );
  for (const d of srcBook.definedNames())
    if (d.localSheetId === srcIndex && !have.has(d.name.toLowerCase())) book.setDefinedName(d.name, dstIndex, d.value);
  book.save(dst);
  return part;
}
