/**
 * XML parts through a real parser/serialiser (@xmldom/xmldom): parse (a part that is not well-formed throws
 * PackageError('BAD_XML') naming the part), serialise, and the few DOM walks the package code needs. Namespaces of
 * SpreadsheetML and OPC as constants (transitional; strict names are accepted where the package code reads).
 */
import { DOMParser, XMLSerializer, type Document, type Element, type Node } from '@xmldom/xmldom';
import { declaresEntity } from '../../zip/xml-part';
import { PackageError } from './opc';

export type { Document, Element };

export const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  rels: 'http://schemas.openxmlformats.org/package/2006/relationships',
  ct: 'http://schemas.openxmlformats.org/package/2006/content-types',
  mainStrict: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
  rStrict: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
} as const;

/** Parses a part; throws PackageError('BAD_XML') when it is not well-formed, PackageError('ENTITY') when it declares an entity. */
export function parseXml(text: string, part = 'xml'): Document {
  if (declaresEntity(text)) throw new PackageError('ENTITY', `${part}: declares an XML entity (<!ENTITY>)`, part);
  try {
    return new DOMParser({
      onError: (level, msg) => {
        if (level !== 'warning') throw new Error(msg);
      },
    }).parseFromString(text, 'application/xml');
  } catch (e) {
    const why = (e instanceof Error ? e.message : String(e)).split('\n')[0];
    throw new PackageError('BAD_XML', `${part}: ${why}`, part);
  }
}

/** Serialises a document with the XML declaration Office writes. */
export function serializeXml(doc: Document): string {
  const body = new XMLSerializer().serializeToString(doc).replace(/^<\?xml[^>]*\?>\s*/, '');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`;
}

/** Serialises one element (for comparing elements canonically within a document). */
export function serializeElement(el: Node): string {
  return new XMLSerializer().serializeToString(el);
}

/** Child elements of `parent`, optionally only those with this local name. */
export function childElements(parent: Node, localName?: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (localName === undefined || (n as Element).localName === localName)) out.push(n as Element);
  }
  return out;
}

export function firstChild(parent: Node, localName: string): Element | null {
  return childElements(parent, localName)[0] ?? null;
}

/**
 * The child `localName` of `parent`, created (in the parent's namespace) when absent and inserted before the first
 * existing child whose name comes after it in `order` (the schema's sequence), so the part stays valid.
 */
export function ensureChild(parent: Element, localName: string, order: readonly string[]): Element {
  const found = firstChild(parent, localName);
  if (found) return found;
  const el = parent.ownerDocument!.createElementNS(
    parent.namespaceURI,
    parent.prefix ? `${parent.prefix}:${localName}` : localName,
  );
  insertInOrder(parent, el, order);
  return el;
}

/** Inserts `el` among `parent`'s children at its place in the schema sequence `order` (at the end when unknown). */
export function insertInOrder(parent: Element, el: Element, order: readonly string[]): void {
  const rank = order.indexOf(el.localName ?? '');
  const before = rank < 0 ? null : (childElements(parent).find((c) => order.indexOf(c.localName ?? '') > rank) ?? null);
  parent.insertBefore(el, before);
}

/** Parses an XML fragment written with the default namespace `ns` and imports its root element into `doc`. */
export function importFragment(doc: Document, xml: string, ns: string): Element {
  const frag = parseXml(`<w xmlns="${ns}" xmlns:r="${NS.r}">${xml}</w>`, 'fragment');
  const el = childElements(frag.documentElement!)[0];
  return doc.importNode<Element>(el, true);
}
