/** Field keys per column (role, `rank<year>`, …) and the conversion of collected cell texts into field values. */
import type { Cell } from '../grid';
import { cleanText } from '../text';
import { numericField } from './numbers';
import { NUMERIC_ROLES } from './roles';
import type { Column, FieldValue } from './types';

/**
 * The key each column's value is stored under in `fields`:
 * the role; `rank<year>` for rank columns; for several result/target columns the latest year keeps the plain role and
 * the others get `<role><year>`; unknown columns `other:<header>` (or `other:<col>` without a header).
 */
export function fieldKeys(columns: Column[]): Map<number, string> {
  const keys = new Map<number, string>();
  const used = new Set<string>();
  const latest = new Map<string, number>();
  for (const c of columns) {
    if ((c.role === 'result' || c.role === 'target') && c.year !== undefined) {
      latest.set(c.role, Math.max(latest.get(c.role) ?? -Infinity, c.year));
    }
  }
  for (const c of columns) {
    if (c.role === 'no') continue;
    let key: string;
    if (c.role === 'rank') key = c.year !== undefined ? `rank${c.year}` : 'rank';
    else if ((c.role === 'result' || c.role === 'target') && c.year !== undefined && latest.get(c.role) !== c.year)
      key = `${c.role}${c.year}`;
    else if (c.role === 'other') key = c.header ? `other:${c.header}` : `other:${c.col}`;
    else key = c.role;
    let k = key;
    for (let n = 2; used.has(k); n++) k = `${key} (${n})`;
    used.add(k);
    keys.set(c.index, k);
  }
  return keys;
}

/** Text collected for one field of a record (continuation rows append lines). */
export interface FieldAcc {
  first: Cell;
  texts: string[];
  /** A1 address of the first contributing cell (the merge master for inherited values). */
  addr: string;
  /** Identity of the merged area the value came from ("top:left"), to avoid appending it twice. */
  mergeId?: string;
}

export function isNumericRole(role: string): boolean {
  return (NUMERIC_ROLES as string[]).includes(role);
}

/** The final value of a field: numeric roles as numbers when they read as numbers, text roles joined by "\n". */
export function fieldValue(role: string, acc: FieldAcc | undefined): FieldValue {
  if (!acc) return null;
  if (isNumericRole(role) && acc.texts.length <= 1) return numericField(acc.first);
  // Texts come cleaned from the sheet; joining lines keeps them clean.
  const text = acc.texts.length === 1 ? acc.texts[0] : cleanText(acc.texts.filter((t) => t !== '').join('\n'));
  return text === '' ? null : text;
}
