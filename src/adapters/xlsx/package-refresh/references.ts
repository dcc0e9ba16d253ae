/**
 * Which sheets formulas refer to: before chiso removes one of its old sheets, a sheet that a kept sheet's formula,
 * a chart's series or a defined name still refers to stays (a tracker kept from an older plan may count on the PAPI
 * data sheet the new plan no longer needs), so no formula is left pointing to a sheet the output does not have.
 */
import type { OpcPackage } from '../package/opc';
import { WorkbookXml } from '../package/book';
import { parseXml } from '../package/xml';

/** Sheet names a formula text refers to ('Quoted name'!A1, Plain!A1). */
export function sheetRefs(formula: string): string[] {
  const out: string[] = [];
  // Strings in formulas ("…!…") are not references: drop them first.
  const text = formula.replace(/"(?:[^"]|"")*"/g, '""');
  for (const m of text.matchAll(/'((?:[^']|'')+)'!|([\p{L}_\\][\p{L}\p{N}_.]*)!/gu))
    out.push((m[1] ?? m[2]).replace(/''/g, "'"));
  return out;
}

/** Formula texts of an XML part: <f> elements (cells, charts: any namespace) and defined names. */
function formulas(xml: string, part: string): string[] {
  const doc = parseXml(xml, part);
  const els = [
    ...Array.from(doc.getElementsByTagNameNS('*', 'f')),
    ...Array.from(doc.getElementsByTagNameNS('*', 'definedName')),
  ];
  return els.map((e) => e.textContent ?? '');
}

/**
 * Of `remove`, those nothing kept refers to. Kept means every sheet not in `remove` nor in `rewritten` (chiso's
 * sheets about to be regenerated), charts and other XML parts outside those sheets, and the workbook's names.
 */
export async function removable(pkg: OpcPackage, remove: string[], rewritten: string[]): Promise<string[]> {
  if (!remove.length) return remove;
  const book = await WorkbookXml.load(pkg);
  const gone = new Set([...remove, ...rewritten].map((n) => n.toLowerCase()));
  const skip = new Set(
    book
      .sheets()
      .filter((s) => gone.has(s.name.toLowerCase()) && s.part)
      .map((s) => s.part!.toLowerCase()),
  );
  const wanted = new Set<string>();
  for (const part of pkg.parts()) {
    if (skip.has(part.toLowerCase()) || !/\.xml$/i.test(part) || !/^xl\/(worksheets|charts|workbook)/i.test(part))
      continue;
    const xml = (await pkg.text(part)) ?? '';
    if (!/<(\w+:)?(f|definedName)[\s>]/.test(xml)) continue;
    for (const f of formulas(xml, part)) for (const n of sheetRefs(f)) wanted.add(n.toLowerCase());
  }
  return remove.filter((n) => !wanted.has(n.toLowerCase()));
}
