/**
 * Relationship parts (OPC): where a part's rels live, resolving targets — absolute ("/xl/worksheets/sheet1.xml")
 * and relative ("worksheets/sheet1.xml", "../media/image1.png"), percent-encoded or not — to part names, and
 * editing a rels part (add/remove, fresh ids) through the XML parser.
 */
import type { OpcPackage } from './opc';
import { childElements, NS, parseXml, serializeXml, type Document, type Element } from './xml';

/** Relationship type URIs chiso uses (transitional). */
export const REL = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  hyperlink: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink',
  extendedProperties: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties',
  coreProperties: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
} as const;

/** True when `type` is `kind` (the last path segment), in the transitional or strict namespace. */
export function isRelType(type: string, kind: string): boolean {
  return type.endsWith(`/${kind}`);
}

export interface Relationship {
  id: string;
  type: string;
  /** The Target attribute as written. */
  target: string;
  external: boolean;
  /** The part the target names (internal relationships only). */
  part?: string;
}

/** The rels part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; the package ("") → "_rels/.rels". */
export function relsPartFor(part: string): string {
  const i = part.lastIndexOf('/');
  return i < 0 ? `_rels/${part}.rels` : `${part.slice(0, i)}/_rels/${part.slice(i + 1)}.rels`;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The part a target names, seen from `source` (a part name; "" for the package root). */
export function resolveTarget(source: string, target: string): string {
  // Some writers use Windows separators in targets.
  const t = safeDecode(target.split('#')[0]).replace(/\\/g, '/');
  const base = t.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const seg of t.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') base.pop();
    else base.push(seg);
  }
  return base.join('/');
}

/** A relative target from `source` to the part `to` (both part names). */
export function relativeTarget(source: string, to: string): string {
  const from = source.split('/').slice(0, -1);
  const dest = to.split('/');
  let i = 0;
  while (i < from.length && i < dest.length - 1 && from[i] === dest[i]) i++;
  return [...from.slice(i).map(() => '..'), ...dest.slice(i)].join('/');
}

/** The relationships of one part, editable; `save` writes the rels part back only when something changed. */
export class Rels {
  private dirty = false;

  private constructor(
    readonly source: string,
    private readonly doc: Document,
  ) {}

  /** Loads the rels of `source` ("" for the package root); an absent rels part is an empty list. */
  static async load(pkg: OpcPackage, source: string): Promise<Rels> {
    const path = relsPartFor(source);
    const text = await pkg.text(path);
    const doc = parseXml(text ?? `<Relationships xmlns="${NS.rels}"/>`, path);
    return new Rels(source, doc);
  }

  private elements(): Element[] {
    return childElements(this.doc.documentElement!, 'Relationship');
  }

  list(): Relationship[] {
    return this.elements().map((el) => {
      const target = el.getAttribute('Target') ?? '';
      const external = el.getAttribute('TargetMode') === 'External';
      return {
        id: el.getAttribute('Id') ?? '',
        type: el.getAttribute('Type') ?? '',
        target,
        external,
        ...(external ? {} : { part: resolveTarget(this.source, target) }),
      };
    });
  }

  byId(id: string): Relationship | undefined {
    return this.list().find((r) => r.id === id);
  }

  /** Relationships whose type ends with `/kind`. */
  ofType(kind: string): Relationship[] {
    return this.list().filter((r) => isRelType(r.type, kind));
  }

  /** Adds a relationship (to a part name, or an external address) and returns its new id. */
  add(type: string, to: string, external = false): string {
    const used = new Set(this.elements().map((e) => e.getAttribute('Id')));
    let n = used.size + 1;
    while (used.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const el = this.doc.createElementNS(NS.rels, 'Relationship');
    el.setAttribute('Id', id);
    el.setAttribute('Type', type);
    el.setAttribute('Target', external ? to : relativeTarget(this.source, to));
    if (external) el.setAttribute('TargetMode', 'External');
    this.doc.documentElement!.appendChild(el);
    this.dirty = true;
    return id;
  }

  remove(id: string): void {
    for (const el of this.elements()) {
      if (el.getAttribute('Id') === id) {
        this.doc.documentElement!.removeChild(el);
        this.dirty = true;
      }
    }
  }

  save(pkg: OpcPackage): void {
    if (this.dirty) pkg.setText(relsPartFor(this.source), serializeXml(this.doc));
    this.dirty = false;
  }
}
