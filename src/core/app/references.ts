/**
 * Which sheets formulas refer to, as plain data: every surface reads the formulas its own way (package XML,
 * Office.js `formulas`, a SheetSpec's `f`) and hands the referenced sheet names to the track pipeline, which decides
 * from them whether an obsolete sheet of chiso's may go.
 */

/** Sheet names a formula text refers to ('Quoted name'!A1, Plain!A1). */
export function sheetRefs(formula: string): string[] {
  const out: string[] = [];
  // Strings in formulas ("…!…") are not references: drop them first.
  const text = formula.replace(/"(?:[^"]|"")*"/g, '""');
  for (const m of text.matchAll(/'((?:[^']|'')+)'!|([\p{L}_\\][\p{L}\p{N}_.]*)!/gu))
    out.push((m[1] ?? m[2]).replace(/''/g, "'"));
  return out;
}

/** What the formulas of a workbook refer to. */
export interface FormulaRefs {
  /** Per sheet (by name): the sheets its cells' formulas refer to. */
  sheets: Record<string, string[]>;
  /** Referred to by the workbook outside any sheet's cells: defined names, charts' series. */
  book: string[];
}

/** Adds the sheets `formulas` refer to into `into` (lower-cased). */
export function collectRefs(formulas: Iterable<string>, into: Set<string>): void {
  for (const f of formulas) if (f.includes('!')) for (const n of sheetRefs(f)) into.add(n.toLowerCase());
}
