/**
 * Hyperlinks of some sheets, read from the package without loading the sheets: only the `<hyperlinks>` element is
 * parsed (it follows the cell data), its r:ids resolved through the sheet's rels. What a refresh needs to keep the
 * evidence links officials added to a tracker (a Grid keeps only their text).
 */
import type { SheetEntry } from '../package/book';
import type { OpcPackage } from '../package/opc';
import { Rels } from '../package/rels';
import { childElements, NS, parseXml } from '../package/xml';

export interface PackageLink {
  sheet: string;
  cell: string;
  target: string;
}

export async function readSheetLinks(pkg: OpcPackage, sheets: readonly SheetEntry[]): Promise<PackageLink[]> {
  const out: PackageLink[] = [];
  for (const s of sheets) {
    if (!s.part) continue;
    const xml = (await pkg.text(s.part)) ?? '';
    const start = xml.search(/<(\w+:)?hyperlinks[\s>]/);
    if (start < 0) continue;
    const m = /<\/(\w+:)?hyperlinks>/.exec(xml.slice(start));
    const body = m ? xml.slice(start, start + m.index + m[0].length) : '';
    if (!body) continue;
    // The fragment keeps its own prefix; declare the usual ones around it.
    const doc = parseXml(`<w xmlns="${NS.main}" xmlns:x="${NS.main}" xmlns:r="${NS.r}">${body}</w>`, s.part);
    const rels = await Rels.load(pkg, s.part);
    for (const h of childElements(childElements(doc.documentElement!)[0] ?? doc.documentElement!, 'hyperlink')) {
      const ref = h.getAttribute('ref') ?? '';
      const id = h.getAttributeNS(NS.r, 'id') || h.getAttribute('r:id');
      const rel = id ? rels.byId(id) : undefined;
      const location = h.getAttribute('location');
      const target = rel ? rel.target : location ? `#${location}` : null;
      if (!ref || target === null) continue;
      out.push({ sheet: s.name, cell: ref.split(':')[0], target });
    }
  }
  return out;
}
