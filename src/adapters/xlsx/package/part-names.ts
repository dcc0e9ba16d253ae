/**
 * Part names as OPC treats them, for both views of a package (the streaming reader and the OPC editor): written
 * without the leading "/" ("xl/workbook.xml"), with "/" even when a zip tool wrote "\", and matched
 * case-insensitively (OPC part names are case-insensitive; Excel writes "xl/workbook.xml", other tools
 * "/xl/Workbook.xml").
 */

/** "/xl\\workbook.xml" → "xl/workbook.xml". */
export function partName(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '');
}

/** The zip's entries by lower-cased name, so a part is found however a reference spells it. */
export class PartIndex {
  private readonly byLower = new Map<string, string>();

  constructor(names: Iterable<string> = []) {
    for (const n of names) this.add(n);
  }

  /** The stored spelling of a part, or null. */
  find(name: string): string | null {
    return this.byLower.get(partName(name).toLowerCase()) ?? null;
  }

  add(stored: string): void {
    this.byLower.set(stored.toLowerCase(), stored);
  }

  delete(stored: string): void {
    this.byLower.delete(stored.toLowerCase());
  }

  /** Every stored name, in the order first added. */
  names(): string[] {
    return [...this.byLower.values()];
  }
}
