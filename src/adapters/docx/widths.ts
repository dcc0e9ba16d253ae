/**
 * Word table column widths that never break a word: each column at least as wide as its longest word (up to 12
 * letters), the widened columns taking their room from the others in proportion. Shared by the appendix writer
 * (write.ts) and the administrative reports (admin-doc.ts).
 */

/** The least width of a column holding `texts`: its longest word (up to 12 letters) plus the cell margins. */
export function wordMinTwips(texts: readonly string[], letterTwips: number, marginTwips: number): number {
  let longest = 0;
  for (const t of texts) for (const w of t.split(/\s+/)) longest = Math.max(longest, Math.min(12, w.length));
  return longest ? longest * letterTwips + marginTwips : 0;
}

/** `widths` (relative) over `total` twips, each column at least its `min`. */
export function fitTwips(widths: readonly number[], min: readonly number[], total: number): number[] {
  const sum = widths.reduce((a, x) => a + x, 0) || 1;
  let twips = widths.map((w) => (w / sum) * total);
  for (let pass = 0; pass < 5; pass++) {
    const fixed = twips.map((t, i) => t <= (min[i] ?? 0));
    const need = twips.reduce((a, t, i) => a + (fixed[i] ? (min[i] ?? 0) : 0), 0);
    const freeBefore = twips.reduce((a, t, i) => a + (fixed[i] ? 0 : t), 0);
    const room = total - need;
    if (freeBefore <= 0 || room <= 0) break;
    twips = twips.map((t, i) => (fixed[i] ? (min[i] ?? 0) : (t / freeBefore) * room));
    if (twips.every((t, i) => t >= (min[i] ?? 0) - 1)) break;
  }
  return twips.map((t) => Math.floor(t));
}
