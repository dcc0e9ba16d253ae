/**
 * docProps/app.xml lists the worksheet names (TitlesOfParts, counted by the first HeadingPairs entry). After chiso
 * adds or removes sheets the list is rewritten — only when the part has the shape Excel writes (the first heading
 * counts exactly the worksheets the workbook had); otherwise it is left as it was (it is informational only).
 */
import type { OpcPackage } from '../package/opc';
import { Rels } from '../package/rels';
import { childElements, firstChild, parseXml, serializeXml, type Element } from '../package/xml';

const VT = 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes';

/** The extended-properties part, if any. */
async function appPart(pkg: OpcPackage): Promise<string | null> {
  const rel = (await Rels.load(pkg, '')).ofType('extended-properties')[0];
  return rel?.part ? pkg.find(rel.part) : null;
}

/** Rewrites the worksheet titles from `before` (names the workbook had) to `after`. */
export async function updateSheetTitles(pkg: OpcPackage, before: string[], after: string[]): Promise<void> {
  const part = await appPart(pkg);
  const text = part ? await pkg.text(part) : null;
  if (!part || text === null) return;
  let doc;
  try {
    doc = parseXml(text, part);
  } catch {
    return; // not chiso's part to repair
  }
  const root = doc.documentElement!;
  const vector = (name: string): Element | null => {
    const holder = firstChild(root, name);
    return holder ? firstChild(holder, 'vector') : null;
  };
  const pairs = vector('HeadingPairs');
  const titles = vector('TitlesOfParts');
  if (!pairs || !titles) return;
  const countEl = childElements(pairs, 'variant')[1] ? firstChild(childElements(pairs, 'variant')[1], 'i4') : null;
  const names = childElements(titles, 'lpstr');
  if (!countEl || Number(countEl.textContent) !== before.length) return;
  if (names.slice(0, before.length).some((n, i) => n.textContent !== before[i])) return;
  const rest = names[before.length] ?? null;
  for (const n of names.slice(0, before.length)) titles.removeChild(n);
  for (const name of after) {
    const el = doc.createElementNS(VT, titles.prefix ? `${titles.prefix}:lpstr` : 'lpstr');
    el.appendChild(doc.createTextNode(name));
    titles.insertBefore(el, rest);
  }
  countEl.textContent = String(after.length);
  titles.setAttribute('size', String(childElements(titles, 'lpstr').length));
  pkg.setText(part, serializeXml(doc));
}
