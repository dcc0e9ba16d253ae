/**
 * Charts and pictures officials put on chiso's own sheets (a chart beside the summary, a logo on a tracker) survive
 * the sheet being regenerated: the old sheet's drawing — with its charts and images — is copied from the package as
 * it was before writing (`snapshot`) onto the new sheet part. Anchors stay where they were (cells, not content).
 * Comments and other relationships of chiso's old sheets are not carried: the sheets are rebuilt from the plan.
 */
import { listSheets } from '../package/book';
import type { OpcPackage } from '../package/opc';
import { isRelType, Rels } from '../package/rels';
import { insertInOrder, NS, parseXml, serializeXml } from '../package/xml';
import { copyClosure } from './closure';

const DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';

/** CT_Worksheet's sequence from the drawing on (where <drawing> goes among what may follow it). */
const AFTER_DATA = [
  'sheetData',
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

/** Copies the drawings of `sheets` in `snapshot` onto the same-named sheets of `pkg` that have none; gives their names. */
export async function carryDrawings(
  snapshot: OpcPackage,
  pkg: OpcPackage,
  sheets: readonly string[],
): Promise<string[]> {
  const before = await listSheets(snapshot);
  const after = await listSheets(pkg);
  const carried: string[] = [];
  for (const name of sheets) {
    const old = before.find((s) => s.name === name);
    const now = after.find((s) => s.name === name);
    if (!old?.part || !now?.part) continue;
    const drawing = (await Rels.load(snapshot, old.part)).ofType('drawing')[0];
    const rels = await Rels.load(pkg, now.part);
    if (!drawing?.part || rels.ofType('drawing').length) continue;
    const { names } = await copyClosure(
      snapshot,
      pkg,
      old.part,
      (_p, xml) => xml,
      (type, source) => source === old.part && !isRelType(type, 'drawing'),
    );
    const copy = names.get(snapshot.find(drawing.part) ?? drawing.part);
    if (!copy) continue;
    const id = rels.add(DRAWING, copy);
    rels.save(pkg);
    const doc = parseXml((await pkg.text(now.part)) ?? '', now.part);
    const root = doc.documentElement!;
    const el = doc.createElementNS(root.namespaceURI, root.prefix ? `${root.prefix}:drawing` : 'drawing');
    el.setAttributeNS(NS.r, 'r:id', id);
    insertInOrder(root, el, AFTER_DATA);
    pkg.setText(now.part, serializeXml(doc));
    carried.push(name);
  }
  return carried;
}

/** Sheets of a package that have a drawing (for tests and reports). */
export async function sheetsWithDrawings(pkg: OpcPackage): Promise<string[]> {
  const out: string[] = [];
  for (const s of await listSheets(pkg))
    if (s.part && (await Rels.load(pkg, s.part)).ofType('drawing').length) out.push(s.name);
  return out;
}
