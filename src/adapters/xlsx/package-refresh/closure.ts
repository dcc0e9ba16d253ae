/**
 * Relationship closures of parts: what a sheet pulls in (drawings, charts, images, comments, tables…), copied into
 * another package under fresh part names, with relationships rewritten to the new names.
 */
import { ContentTypes } from '../package/content-types';
import type { OpcPackage } from '../package/opc';
import { relativeTarget, relsPartFor, Rels, resolveTarget } from '../package/rels';
import { childElements, parseXml, serializeXml } from '../package/xml';

/** "xl/drawings/drawing1.xml" → the first "xl/drawings/drawingN.xml" not in `pkg` nor in `taken`. */
export function freshName(pkg: OpcPackage, part: string, taken: Set<string>): string {
  const m = /^(.*?)(\d*)(\.[^./]+)$/.exec(part);
  const [stem, ext] = m ? [m[1], m[3]] : [part, ''];
  for (let n = 1; ; n++) {
    const name = `${stem}${n}${ext}`;
    if (!pkg.has(name) && !taken.has(name.toLowerCase())) return name;
  }
}

/** Per-part fix-ups applied while copying (e.g. tables get ids and names unique in the target workbook). */
export type PartFix = (part: string, xml: string) => string;

export interface ClosureCopy {
  /** Source part name → its name in the target package. */
  names: Map<string, string>;
}

/**
 * Copies the parts `from`'s relationships reach (not `from` itself) into `dst` under fresh names, with their
 * relationships (targets rewritten to the new names) and content types; returns the name map. Relationship types in
 * `skip` (given the type and the part the relationship is from) are not followed (the caller drops them from `from`'s
 * rels).
 */
export async function copyClosure(
  src: OpcPackage,
  dst: OpcPackage,
  from: string,
  fix: PartFix,
  skip: (type: string, source: string) => boolean,
): Promise<ClosureCopy> {
  const srcCt = await ContentTypes.load(src);
  const dstCt = await ContentTypes.load(dst);
  const names = new Map<string, string>();
  const taken = new Set<string>();
  const todo: string[] = [];
  const plan = (part: string) => {
    const found = src.find(part);
    if (!found || names.has(found)) return;
    const name = freshName(dst, found, taken);
    taken.add(name.toLowerCase());
    names.set(found, name);
    todo.push(found);
  };
  for (const r of (await Rels.load(src, from)).list()) if (r.part && !skip(r.type, from)) plan(r.part);
  while (todo.length) {
    const part = todo.shift()!;
    for (const r of (await Rels.load(src, part)).list()) if (r.part && !skip(r.type, part)) plan(r.part);
  }
  for (const [part, name] of names) {
    const type = srcCt.typeOf(part);
    const isXml = !!type && /xml/.test(type);
    if (isXml) dst.setText(name, fix(part, (await src.text(part)) ?? ''));
    else dst.setBytes(name, (await src.bytes(part)) ?? new Uint8Array());
    if (type) dstCt.setOverride(name, type);
    const rels = await src.text(relsPartFor(part));
    if (rels) dst.setText(relsPartFor(name), retarget(rels, part, name, names));
  }
  dstCt.save(dst);
  return { names };
}

/** A rels part of `oldSource` rewritten for `newSource`: internal targets point to the copied parts. */
export function retarget(
  relsXml: string,
  oldSource: string,
  newSource: string,
  names: Map<string, string>,
  drop: (type: string) => boolean = () => false,
): string {
  const doc = parseXml(relsXml, relsPartFor(oldSource));
  const root = doc.documentElement!;
  for (const el of childElements(root, 'Relationship')) {
    if (drop(el.getAttribute('Type') ?? '')) {
      root.removeChild(el);
      continue;
    }
    if (el.getAttribute('TargetMode') === 'External') continue;
    const target = el.getAttribute('Target') ?? '';
    const resolved = resolveTarget(oldSource, target);
    const to = [...names.entries()].find(([k]) => k.toLowerCase() === resolved.toLowerCase())?.[1];
    // A target outside the copied closure (a workbook-level part) keeps pointing to the same part name.
    el.setAttribute('Target', relativeTarget(newSource, to ?? resolved));
  }
  return serializeXml(doc);
}
