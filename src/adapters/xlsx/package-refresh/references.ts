/**
 * What a package's formulas refer to, as data for the track pipeline (src/core/app/pipeline.ts decides from it
 * which obsolete sheets of chiso's stay): the cell formulas of the sheets asked for, and the workbook's own
 * references — defined names and charts' series.
 */
import { collectRefs, sheetRefs, type FormulaRefs } from '../../../core/app/references';
import type { OpcPackage } from '../package/opc';
import { findWorkbookPart, WorkbookXml } from '../package/book';
import { parseXml } from '../package/xml';

export { sheetRefs };

const HAS_FORMULA = /<(\w+:)?(f|definedName)[\s>]/;

/** Formula texts of an XML part: <f> elements (cells, charts: any namespace) and defined names. */
function formulas(xml: string, part: string): string[] {
  const doc = parseXml(xml, part);
  const els = [
    ...Array.from(doc.getElementsByTagNameNS('*', 'f')),
    ...Array.from(doc.getElementsByTagNameNS('*', 'definedName')),
  ];
  return els.map((e) => e.textContent ?? '');
}

async function partRefs(pkg: OpcPackage, part: string): Promise<Set<string>> {
  const out = new Set<string>();
  const xml = (await pkg.text(part)) ?? '';
  if (HAS_FORMULA.test(xml)) collectRefs(formulas(xml, part), out);
  return out;
}

/** The sheets the formulas of `sheets` (by name), the defined names and the charts of `pkg` refer to. */
export async function packageRefs(pkg: OpcPackage, sheets: readonly string[]): Promise<FormulaRefs> {
  const book = await WorkbookXml.load(pkg);
  const wanted = new Set(sheets.map((n) => n.toLowerCase()));
  const out: FormulaRefs = { sheets: {}, book: [] };
  for (const s of book.sheets())
    if (s.part && wanted.has(s.name.toLowerCase())) out.sheets[s.name] = [...(await partRefs(pkg, s.part))];
  const whole = new Set<string>();
  const main = (await findWorkbookPart(pkg)).toLowerCase();
  for (const part of pkg.parts())
    if (part.toLowerCase() === main || /^xl\/charts\/[^/]+\.xml$/i.test(part))
      for (const n of await partRefs(pkg, part)) whole.add(n);
  out.book = [...whole];
  return out;
}
