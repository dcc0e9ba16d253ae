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
  return shorten(s, MAX) || 'Sheet';
}

/**
 * `s` within `max` characters, cut at a word boundary with "…" (so "Theo dõi Nhiệm vụ UBND phường Ba Đình" is
 * "Theo dõi Nhiệm vụ UBND phường…", never "…phường B"); a single word longer than `max` is cut inside it.
 */
function shorten(s: string, max: number): string {
  if (s.length <= max) return s;
  const room = s.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  const head = (space > 0 ? room.slice(0, space) : room).replace(/[\s,.;–—-]+$/u, '');
  return `${head}…`;
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
      name = shorten(base, MAX - suffix.length) + suffix;
    }
    this.taken.add(name.toLowerCase());
    return name;
  }
}
