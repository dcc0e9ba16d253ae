/**
 * Column-role corrections an official makes in the pane, remembered per workbook (a setting) and applied by the
 * reader: sheet + the table's header row + column letter → role.
 */
import type { RoleOverrides } from '../plan';
import type { Role } from '../plan/types';

export interface RoleCorrection {
  sheet: string;
  /** A header row of the table (1-based). */
  headerRow: number;
  /** Column letters ("F"). */
  col: string;
  role: Role;
}

/** The setting key the corrections are stored under. */
export const CORRECTIONS_SETTING = 'chiso.roleCorrections';

export const ROLES: readonly Role[] = [
  'no',
  'task',
  'criterion',
  'requirement',
  'dimension',
  'deadline',
  'lead',
  'coordinate',
  'output',
  'leader',
  'max',
  'result',
  'target',
  'rank',
  'note',
  'other',
];

const COL_RE = /^[A-Z]{1,3}$/;

function valid(c: unknown): c is RoleCorrection {
  if (!c || typeof c !== 'object') return false;
  const o = c as Record<string, unknown>;
  return (
    typeof o.sheet === 'string' &&
    o.sheet !== '' &&
    typeof o.headerRow === 'number' &&
    Number.isInteger(o.headerRow) &&
    o.headerRow >= 1 &&
    typeof o.col === 'string' &&
    COL_RE.test(o.col) &&
    typeof o.role === 'string' &&
    (ROLES as string[]).includes(o.role)
  );
}

/** Reads a stored setting; anything unreadable is dropped (a damaged setting never stops a read). */
export function parseCorrections(text: string | null | undefined): RoleCorrection[] {
  if (!text) return [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  return data.filter(valid).map((c) => ({ sheet: c.sheet, headerRow: c.headerRow, col: c.col, role: c.role }));
}

export function serializeCorrections(list: readonly RoleCorrection[]): string {
  return JSON.stringify(list.filter(valid));
}

const same = (a: RoleCorrection, b: Pick<RoleCorrection, 'sheet' | 'headerRow' | 'col'>) =>
  a.sheet === b.sheet && a.headerRow === b.headerRow && a.col === b.col;

/** The list with one correction set (replacing the one for the same column) or removed (`role` null). */
export function setCorrection(
  list: readonly RoleCorrection[],
  at: Pick<RoleCorrection, 'sheet' | 'headerRow' | 'col'>,
  role: Role | null,
): RoleCorrection[] {
  const rest = list.filter((c) => !same(c, at));
  return role === null
    ? rest
    : [...rest, { sheet: at.sheet, headerRow: at.headerRow, col: at.col.toUpperCase(), role }];
}

/** As the reader takes them: per sheet, "<header row>:<letter>" → role (merged over `base`). */
export function correctionsToRoles(
  list: readonly RoleCorrection[] | undefined,
  base?: RoleOverrides,
): RoleOverrides | undefined {
  if (!list?.length) return base;
  const out: RoleOverrides = {};
  for (const [sheet, cols] of Object.entries(base ?? {})) out[sheet] = { ...cols };
  for (const c of list) (out[c.sheet] ??= {})[`${c.headerRow}:${c.col.toUpperCase()}`] = c.role;
  return out;
}
