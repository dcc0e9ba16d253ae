/**
 * Part-by-part proof that a written package kept what it was given: every part of A that chiso did not make is in B
 * with the same bytes, except the few parts chiso must edit to list its sheets (content types, the workbook and its
 * relationships, styles, shared strings, app properties) — for those, everything A had is still in B (canonically:
 * relationship ids and sheet indexes resolved to what they point to, counts ignored, indexed style lists and shared
 * strings compared by position). Every XML part must be well-formed (saxes, which also rejects characters XML 1.0
 * forbids).
 */
import { createHash } from 'crypto';
import { readFileSync } from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { DOMParser, type Element } from '@xmldom/xmldom';

/** Part name (no leading "/") → bytes. */
export type Package = Map<string, Buffer>;

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

export async function readPackage(file: string): Promise<Package> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const pkg: Package = new Map();
  for (const entry of Object.values(zip.files))
    if (!entry.dir) pkg.set(entry.name.replace(/^\//, ''), await entry.async('nodebuffer'));
  return pkg;
}

const isXml = (part: string) => /\.(xml|rels|vml)$/i.test(part);

/** Parts that are not well-formed XML, with the parser's reason. */
export function xmlProblems(pkg: Package): string[] {
  const bad: string[] = [];
  for (const [part, bytes] of pkg) {
    if (!isXml(part) || part.endsWith('.vml')) continue; // VML is legacy HTML-ish markup, not always XML
    const parser = new SaxesParser({ xmlns: true });
    let error = '';
    parser.on('error', (e) => {
      error ||= e.message;
    });
    try {
      parser.write(bytes.toString('utf8')).close();
    } catch (e) {
      error ||= (e as Error).message;
    }
    if (error) bad.push(`${part}: ${error}`);
  }
  return bad;
}

function parse(bytes: Buffer, part: string): Element {
  const doc = new DOMParser({
    onError: (level, msg) => {
      if (level !== 'warning') throw new Error(`${part}: ${msg}`);
    },
  }).parseFromString(bytes.toString('utf8'), 'text/xml');
  return doc.documentElement as unknown as Element;
}

const children = (el: Element): Element[] =>
  Array.from(el.childNodes).filter((n) => n.nodeType === 1) as unknown as Element[];
const byName = (el: Element | undefined, name: string): Element[] =>
  el ? children(el).filter((c) => c.localName === name) : [];
const ownText = (el: Element) =>
  Array.from(el.childNodes)
    .filter((n) => n.nodeType === 3 || n.nodeType === 4)
    .map((n) => n.nodeValue)
    .join('')
    .trim();

/** A relationship target resolved to a part name (relative to the source part's folder, or absolute). */
export function resolveTarget(source: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  return path.posix.normalize(path.posix.join(path.posix.dirname(source), target));
}

export function relsPartOf(part: string): string {
  return path.posix.join(path.posix.dirname(part), '_rels', `${path.posix.basename(part)}.rels`);
}

/** Id → resolved part name of a part's relationships (external targets kept as written). */
export function relsOf(pkg: Package, part: string): Map<string, string> {
  const out = new Map<string, string>();
  const rels = pkg.get(relsPartOf(part));
  if (!rels) return out;
  for (const r of byName(parse(rels, relsPartOf(part)), 'Relationship')) {
    const t = r.getAttribute('Target') ?? '';
    out.set(r.getAttribute('Id') ?? '', r.getAttribute('TargetMode') === 'External' ? t : resolveTarget(part, t));
  }
  return out;
}

/** The workbook part, from the package relationships (officeDocument). */
export function workbookPart(pkg: Package): string {
  const rels = pkg.get('_rels/.rels');
  const main =
    rels &&
    byName(parse(rels, '_rels/.rels'), 'Relationship').find((r) =>
      (r.getAttribute('Type') ?? '').endsWith('/officeDocument'),
    );
  return main ? resolveTarget('', main.getAttribute('Target') ?? '') : 'xl/workbook.xml';
}

/** Sheet names in workbook order with their parts. */
export function sheetsOf(pkg: Package): Array<{ name: string; state: string; part: string }> {
  const wb = workbookPart(pkg);
  const rels = relsOf(pkg, wb);
  return byName(byName(parse(pkg.get(wb)!, wb), 'sheets')[0], 'sheet').map((s) => ({
    name: s.getAttribute('name') ?? '',
    state: s.getAttribute('state') || 'visible',
    part:
      rels.get(s.getAttributeNS('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'id') ?? '') ??
      '',
  }));
}

const IGNORED_ATTRS = new Set(['count', 'uniqueCount', 'activeTab', 'firstSheet', 'Id']);

/** One canonical line for an element and its subtree (attributes sorted, ignored ones left out). */
function canon(el: Element): string {
  const attrs = Array.from(el.attributes)
    .filter((a) => !IGNORED_ATTRS.has(a.localName ?? a.name) && !a.name.startsWith('xmlns'))
    .map((a) => `${a.namespaceURI ?? ''}:${a.localName ?? a.name}=${a.value}`)
    .sort();
  return `<${el.namespaceURI ?? ''}:${el.localName} ${attrs.join(' ')}>${ownText(el)}${children(el).map(canon).join('')}</>`;
}

/** Whether everything `a` holds is in `b`: its attributes, its text, and each child in a distinct child of b. */
function contained(a: Element, b: Element): boolean {
  if (a.localName !== b.localName || a.namespaceURI !== b.namespaceURI) return false;
  for (const at of Array.from(a.attributes)) {
    if (IGNORED_ATTRS.has(at.localName ?? at.name) || at.name.startsWith('xmlns')) continue;
    if (b.getAttributeNS(at.namespaceURI, at.localName ?? at.name) !== at.value && b.getAttribute(at.name) !== at.value)
      return false;
  }
  if (ownText(a) !== ownText(b)) return false;
  const free = children(b);
  for (const ca of children(a)) {
    const key = canon(ca);
    let i = free.findIndex((cb) => canon(cb) === key);
    if (i < 0) i = free.findIndex((cb) => contained(ca, cb));
    if (i < 0) return false;
    free.splice(i, 1);
  }
  return true;
}

/** Children of A's root missing from B's root (each a short description). */
function missingChildren(a: Element, b: Element, skip: (el: Element) => boolean, part: string): string[] {
  const out: string[] = [];
  const free = children(b);
  for (const ca of children(a)) {
    if (skip(ca)) continue;
    const i = free.findIndex((cb) => contained(ca, cb));
    if (i < 0) out.push(`${part}: lost ${canon(ca).slice(0, 300)}`);
    else free.splice(i, 1);
  }
  return out;
}

/**
 * Replaces r:id and localSheetId by what they point to, so renumbering is not a difference; an r:id pointing to a
 * part chiso replaces is dropped (the entry may point to the replacement).
 */
function resolveIds(
  root: Element,
  rels: Map<string, string>,
  sheetNames: string[],
  replaced: (part: string) => boolean = () => false,
): void {
  const walk = (el: Element) => {
    for (const at of Array.from(el.attributes)) {
      const target = rels.get(at.value);
      if (at.localName === 'id' && at.namespaceURI?.endsWith('/relationships') && target && replaced(target))
        el.removeAttributeNode(at);
      else if (at.localName === 'id' && at.namespaceURI?.endsWith('/relationships'))
        el.setAttributeNS(at.namespaceURI, at.name, target ?? `?${at.value}`);
      if (at.name === 'localSheetId') el.setAttribute('localSheetId', sheetNames[Number(at.value)] ?? `?${at.value}`);
    }
    children(el).forEach(walk);
  };
  walk(root);
}

const INDEXED_STYLES = new Set(['fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'dxfs']);

export interface CompareOptions {
  /** Parts of A chiso made or replaced (its own sheets and what only they use): not required in B. */
  mine?: (part: string) => boolean;
  /** Sheets of A that are chiso's (their entries in workbook.xml / app.xml may go or change). */
  mineSheets?: string[];
}

/** Everything of package A (not chiso's) that B lost or changed; [] when B kept it all. */
export function comparePackages(a: Package, b: Package, opts: CompareOptions = {}): string[] {
  const mine = opts.mine ?? (() => false);
  const mineSheets = new Set(opts.mineSheets ?? []);
  const wbA = workbookPart(a);
  const wbB = workbookPart(b);
  const stylesOf = (p: Package, wb: string) =>
    [...relsOf(p, wb).values()].find((t) => /styles\.xml$/.test(t)) ?? 'xl/styles.xml';
  const sstOf = (p: Package, wb: string) =>
    [...relsOf(p, wb).values()].find((t) => /sharedStrings\.xml$/.test(t)) ?? 'xl/sharedStrings.xml';
  const edited = new Set([
    '[Content_Types].xml',
    wbA,
    relsPartOf(wbA),
    stylesOf(a, wbA),
    sstOf(a, wbA),
    'docProps/app.xml',
  ]);
  const problems: string[] = [];
  for (const [part, bytes] of a) {
    if (mine(part)) continue;
    const other = b.get(part);
    if (!other) problems.push(`${part}: missing`);
    else if (!edited.has(part) && !bytes.equals(other)) problems.push(`${part}: bytes changed`);
  }
  if (problems.length) return problems;
  const docs = (part: string, partB = part) => [parse(a.get(part)!, part), parse(b.get(partB)!, partB)] as const;

  // Content types: each default and each override of a part A keeps.
  const [ctA, ctB] = docs('[Content_Types].xml');
  problems.push(
    ...missingChildren(
      ctA,
      ctB,
      (el) => mine((el.getAttribute('PartName') ?? '').replace(/^\//, '')),
      '[Content_Types].xml',
    ),
  );

  // Workbook relationships, targets resolved (relative or absolute spellings are the same part).
  const [rA, rB] = docs(relsPartOf(wbA), relsPartOf(wbB));
  for (const [root, wb] of [
    [rA, wbA],
    [rB, wbB],
  ] as const)
    for (const r of byName(root, 'Relationship'))
      if (r.getAttribute('TargetMode') !== 'External')
        r.setAttribute('Target', resolveTarget(wb, r.getAttribute('Target') ?? ''));
  problems.push(...missingChildren(rA, rB, (el) => mine(el.getAttribute('Target') ?? ''), relsPartOf(wbA)));

  // Workbook: sheets, defined names, pivot caches… with ids resolved; chiso's sheets and their local names may change.
  const [wA, wB] = docs(wbA, wbB);
  resolveIds(
    wA,
    relsOf(a, wbA),
    sheetsOf(a).map((s) => s.name),
    mine,
  );
  resolveIds(
    wB,
    relsOf(b, wbB),
    sheetsOf(b).map((s) => s.name),
  );
  const chisoName = (el: Element) =>
    (el.localName === 'sheet' && mineSheets.has(el.getAttribute('name') ?? '')) ||
    (el.localName === 'definedName' && mineSheets.has(el.getAttribute('localSheetId') ?? ''));
  for (const [cA, cB] of children(wA).map((c) => [c, byName(wB, c.localName ?? '')[0]] as const)) {
    if (!cB) problems.push(`${wbA}: lost <${cA.localName}>`);
    else if (['sheets', 'definedNames', 'pivotCaches', 'externalReferences'].includes(cA.localName ?? ''))
      problems.push(...missingChildren(cA, cB, chisoName, `${wbA} ${cA.localName}`));
    else if (!contained(cA, cB)) problems.push(`${wbA}: changed ${canon(cA).slice(0, 200)}`);
  }

  // Styles: indexed lists keep every entry at its index (cells point to them); the rest is contained.
  const sA = stylesOf(a, wbA);
  if (a.has(sA)) {
    const [stA, stB] = docs(sA, stylesOf(b, wbB));
    for (const cA of children(stA)) {
      const cB = byName(stB, cA.localName ?? '')[0];
      if (!cB) problems.push(`${sA}: lost <${cA.localName}>`);
      else if (INDEXED_STYLES.has(cA.localName ?? '')) {
        children(cA).forEach((x, i) => {
          if (!children(cB)[i] || canon(children(cB)[i]) !== canon(x))
            problems.push(`${sA}: ${cA.localName}[${i}] changed`);
        });
      } else if (!contained(cA, cB)) problems.push(`${sA}: changed ${canon(cA).slice(0, 200)}`);
    }
  }

  // Shared strings: appended to only (cells refer to them by index).
  const ssA = sstOf(a, wbA);
  if (a.has(ssA)) {
    const [sa, sb] = docs(ssA, sstOf(b, wbB));
    const listB = byName(sb, 'si');
    byName(sa, 'si').forEach((si, i) => {
      if (!listB[i] || canon(listB[i]) !== canon(si)) problems.push(`${ssA}: string ${i} changed`);
    });
  }

  // App properties: the sheet titles A had (not chiso's) are still listed; the rest is contained.
  if (a.has('docProps/app.xml') && b.has('docProps/app.xml')) {
    const [pA, pB] = docs('docProps/app.xml');
    const titles = (root: Element) =>
      byName(root, 'TitlesOfParts').flatMap((t) =>
        Array.from(t.getElementsByTagNameNS('*', 'lpstr')).map((e) => e.textContent ?? ''),
      );
    const inB = new Set(titles(pB));
    for (const t of titles(pA))
      if (!mineSheets.has(t) && !inB.has(t)) problems.push(`docProps/app.xml: lost title ${t}`);
    problems.push(
      ...missingChildren(
        pA,
        pB,
        (el) => el.localName === 'TitlesOfParts' || el.localName === 'HeadingPairs',
        'docProps/app.xml',
      ),
    );
  }
  return problems;
}

/** The parts reachable from `roots` through relationships (the roots included): what those parts use. */
export function closureOf(pkg: Package, roots: string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...roots];
  while (todo.length) {
    const part = todo.pop()!;
    if (seen.has(part) || !pkg.has(part)) continue;
    seen.add(part);
    const rels = relsPartOf(part);
    if (pkg.has(rels)) seen.add(rels);
    for (const t of relsOf(pkg, part).values()) todo.push(t);
  }
  return seen;
}
