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

/** The key of a part in the index: its normalized name, lower-cased. */
function key(name: string): string {
  return partName(name).toLowerCase();
}

/**
 * The zip's entries by normalized, lower-cased name (see partName), so a part is found however a reference spells
 * it, even when the zip stores it as "xl\media\image1.png" or "/xl/Workbook.xml".
 */
export class PartIndex {
  private readonly byLower = new Map<string, string>();

  constructor(names: Iterable<string> = []) {
    for (const n of names) this.add(n);
  }

  /** The stored spelling of a part, or null. */
  find(name: string): string | null {
    return this.byLower.get(key(name)) ?? null;
  }

  add(stored: string): void {
    this.byLower.set(key(stored), stored);
  }

  delete(stored: string): void {
    this.byLower.delete(key(stored));
  }

  /** Every stored name, in the order first added. */
  names(): string[] {
    return [...this.byLower.values()];
  }
}
