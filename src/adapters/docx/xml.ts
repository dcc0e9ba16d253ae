/**
 * Small DOM helpers for WordprocessingML read with @xmldom/xmldom. Elements are matched by local name so both the
 * transitional (w: = …/wordprocessingml/2006/main) and strict (…/ooxml/wordprocessingml/main) namespaces read.
 */
import { DOMParser } from '@xmldom/xmldom';
import { declaresEntity } from '../zip/xml-part';

export type El = Element;

/** An XML part that declares an entity (the caller says so, rather than "damaged"). */
export class EntityDeclared extends Error {}

/** Parses a part; malformed XML throws (the caller turns it into "damaged"), an entity declaration EntityDeclared. */
export function parseXml(xml: string): Document {
  if (declaresEntity(xml)) throw new EntityDeclared('XML entity declaration');
  // xmldom's nodes carry the DOM members used here; typed as the DOM lib's for the helpers below.
  return new DOMParser({
    onError: (level, msg) => {
      if (level === 'fatalError' || level === 'error') throw new Error(`XML: ${msg}`);
    },
  }).parseFromString(xml, 'text/xml') as unknown as Document;
}

export function kids(el: Node | null | undefined): El[] {
  const out: El[] = [];
  if (!el) return out;
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as El);
  return out;
}

export function kid(el: Node | null | undefined, name: string): El | undefined {
  if (!el) return undefined;
  for (let n = el.firstChild; n; n = n.nextSibling)
    if (n.nodeType === 1 && (n as El).localName === name) return n as El;
  return undefined;
}

/** The first descendant along a path of local names: path(p, 'pPr', 'numPr', 'numId'). */
export function path(el: Node | null | undefined, ...names: string[]): El | undefined {
  let cur: El | undefined = el as El | undefined;
  for (const n of names) {
    cur = kid(cur, n);
    if (!cur) return undefined;
  }
  return cur;
}

/** An attribute by local name (w:val, w:ilvl, …), whatever its prefix. */
export function attr(el: El | undefined, name: string): string | undefined {
  if (!el) return undefined;
  const attrs = el.attributes;
  for (let i = 0; i < attrs.length; i++) {
    const a = attrs[i];
    if ((a.localName || a.name) === name) return a.value;
  }
  return undefined;
}

export function intAttr(el: El | undefined, name = 'val'): number | undefined {
  const v = attr(el, name);
  if (v === undefined) return undefined;
  const n = parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
}

/** An on/off property (<w:b/>, <w:tblHeader w:val="true"/>): present and not "0"/"false"/"off". */
export function isOn(el: El | undefined): boolean {
  if (!el) return false;
  const v = attr(el, 'val');
  return v === undefined || !/^(0|false|off)$/i.test(v);
}
