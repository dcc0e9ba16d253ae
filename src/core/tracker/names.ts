/**
 * Sheet names for chiso's sheets. A name already used by a sheet chiso did not create is never taken: the next
 * free "Name (2)", "Name (3)"… is used instead. Excel compares sheet names without case; 31 characters at most;
 * no : \ / ? * [ ].
 */
const MAX = 31;

export function cleanSheetName(name: string): string {
  const s = name
    .replace(/[:\\/?*[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '');
  return s.slice(0, MAX).trim() || 'Sheet';
}

export class SheetNamer {
  private readonly taken = new Set<string>();

  /** `foreign` = names of sheets chiso must not use (the user's); chiso's own old names are free to reuse. */
  constructor(foreign: Iterable<string>) {
    for (const n of foreign) this.taken.add(n.toLowerCase());
  }

  /** Reserves and returns `wanted` (cleaned), or the first free numbered variant. */
  claim(wanted: string): string {
    const base = cleanSheetName(wanted);
    let name = base;
    for (let i = 2; this.taken.has(name.toLowerCase()); i++) {
      const suffix = ` (${i})`;
      name = base.slice(0, MAX - suffix.length).trim() + suffix;
    }
    this.taken.add(name.toLowerCase());
    return name;
  }
}
