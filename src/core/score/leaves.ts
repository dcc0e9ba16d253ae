/**
 * Which rows of an appendix column are leaves (count towards a sum) — the rule of PAR.SCORE and PAR.GAP:
 * - a row whose id has descendants in the range ("1.3" when "1.3.1" is present) is a subtotal: skipped;
 * - a row with an empty id (a total, a note, a continuation line) is skipped;
 * - a bullet row ("-", "+", "•") is a child of the nearest numbered row above it, which is then a subtotal
 *   (PAPI appendices list sub-dimensions as "-" under "1."); a bullet with no numbered row above is a leaf;
 * - ids are normalised first ("1,1" and the number 1.1 → "1.1"; "5.3.2." → "5.3.2"; "I." → "I").
 * Descendants are looked for anywhere in the range, so when a numbering repeats (two "1" rows) and one of them has
 * children, both are treated as subtotals. Excel keeps "1.10" typed as a number as 1.1: type such ids as text.
 */
import { classifyLabel, normalizeLabel } from '../text';
import type { IdCell } from './cells';

export interface LeafRow {
  /** Index in the range. */
  index: number;
  /** Normalised id ("-" rows: the parent's id followed by ".-"). */
  id: string;
}

/** Ids that normalizeLabel would return unchanged ("1", "1.3.1", "-"): skipping it is the fast path for big ranges. */
const ALREADY_NORMAL = /^(?:[1-9]\d{0,3}(?:\.\d{1,4})*|-)$/;

function keyOf(v: IdCell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string' && ALREADY_NORMAL.test(v)) return v;
  return normalizeLabel(typeof v === 'number' ? v : String(v));
}

function isBullet(key: string): boolean {
  return key === '-' || (key.length === 1 && classifyLabel(key).kind === 'bullet');
}

/** The leaf rows of an id range, in order. */
export function leafRows(ids: ReadonlyArray<IdCell>): LeafRow[] {
  const keys: string[] = new Array<string>(ids.length);
  const bullet: boolean[] = new Array<boolean>(ids.length).fill(false);
  const subtotal = new Set<string>();
  const subtotalRow: boolean[] = new Array<boolean>(ids.length).fill(false);
  let lastNumbered = -1;
  for (let i = 0; i < ids.length; i++) {
    const key = keyOf(ids[i]);
    keys[i] = key;
    if (key === '') continue;
    if (isBullet(key)) {
      bullet[i] = true;
      if (lastNumbered >= 0) subtotalRow[lastNumbered] = true;
      continue;
    }
    lastNumbered = i;
    // Every proper prefix of a dotted id is a parent that has descendants in the range.
    let dot = key.lastIndexOf('.');
    while (dot > 0) {
      const prefix = key.slice(0, dot);
      if (subtotal.has(prefix)) break;
      subtotal.add(prefix);
      dot = prefix.lastIndexOf('.');
    }
  }
  const out: LeafRow[] = [];
  let parent = '';
  for (let i = 0; i < ids.length; i++) {
    const key = keys[i];
    if (key === '') continue;
    if (bullet[i]) {
      out.push({ index: i, id: parent === '' ? key : `${parent}.-` });
      continue;
    }
    parent = key;
    if (subtotalRow[i] || subtotal.has(key)) continue;
    out.push({ index: i, id: key });
  }
  return out;
}

/** All rows of a range without ids: every row counts. */
export function allRows(count: number): LeafRow[] {
  const out: LeafRow[] = new Array<LeafRow>(count);
  for (let i = 0; i < count; i++) out[i] = { index: i, id: '' };
  return out;
}
