/**
 * SUM_MISMATCH: a parent whose maximum/result/target is not the sum of its children's.
 * TOTAL_MISMATCH: a total row that is not the sum of the fields.
 * Tolerances come from the printed decimals (precision.ts). Non-additive tables are skipped: SIPAS tables, and any
 * table where a parent's children all carry the parent's own maximum (percentages, averages).
 */
import { makeIssue } from '../issues';
import type { Issue } from '../issues-types';
import type { PlanRow, Role } from '../plan/types';
import { classifyLabel } from '../text';
import { isSipasTable } from './kinds';
import { printedDecimals, roundTo, sumTolerance, type Printed } from './precision';
import type { TableRule } from './rule';
import { columnYear, numericField, type TableView } from './table';

const SUM_ROLES: Role[] = ['max', 'result', 'target'];
const EPS = 1e-9;

function printed(view: TableView, row: PlanRow, role: Role): Printed | null {
  const v = numericField(row, role);
  if (v === null) return null;
  return { value: v, decimals: printedDecimals(v, view.grid, view.cell(row, role)) };
}

/** Children all carrying the parent's maximum: the parent is an average or a percentage, not a sum. */
function nonAdditive(view: TableView, parent: PlanRow, kids: PlanRow[]): boolean {
  if (!view.hasColumn('max') || kids.length < 2) return false;
  const pm = numericField(parent, 'max');
  if (pm === null) return false;
  return kids.every((k) => {
    const km = numericField(k, 'max');
    return km !== null && Math.abs(km - pm) < EPS;
  });
}

/** Children that are subtotals printed with fewer decimals than their own parts (6,02 for 6,019). */
function roundedParts(view: TableView, kids: PlanRow[], role: Role, values: Printed[]): Printed[] {
  const out: Printed[] = [];
  kids.forEach((k, i) => {
    const own = view
      .children(k)
      .map((g) => printed(view, g, role))
      .filter((p): p is Printed => p !== null);
    if (own.length === 0) return;
    const d = Math.max(...own.map((p) => p.decimals));
    if (values[i].decimals < d) out.push(values[i]);
  });
  return out;
}

interface Check {
  parent: PlanRow;
  kids: PlanRow[];
  role: Role;
}

interface Mismatch {
  value: number;
  /** Printed decimals of the parent. */
  dp: number;
  sum: number;
  diff: number;
}

function compare(view: TableView, { parent, kids, role }: Check): Mismatch | null {
  const p = printed(view, parent, role);
  if (p === null || kids.length === 0) return null;
  const parts: Printed[] = [];
  for (const k of kids) {
    const v = printed(view, k, role);
    if (v === null) return null; // an empty or unreadable part: nothing to compare (other rules say why)
    parts.push(v);
  }
  const sum = parts.reduce((a, b) => a + b.value, 0);
  const tol = sumTolerance(p, parts, roundedParts(view, kids, role, parts));
  const diff = p.value - sum;
  if (Math.abs(diff) <= tol) return null;
  const d = Math.max(p.decimals, ...parts.map((x) => x.decimals));
  return { value: p.value, dp: p.decimals, sum: roundTo(sum, d), diff: roundTo(Math.abs(diff), d) };
}

function labelDepth(row: PlanRow): number {
  const info = classifyLabel(typeof row.label === 'string' ? row.label : String(row.label ?? ''));
  if (info.kind === 'dotted' || info.kind === 'romanDotted') return info.parts.length;
  if (info.kind === 'bullet') return 99;
  return 1;
}

/** The rows a total adds up: its children, else the top-level rows of the shallowest numbering. */
function totalParts(view: TableView, total: PlanRow, role: Role): PlanRow[] {
  const own = view.children(total);
  if (own.length > 0) return own;
  const roots = view.roots.filter((r) => r !== total && r.type !== 'total' && numericField(r, role) !== null);
  if (roots.length === 0) return [];
  const min = Math.min(...roots.map(labelDepth));
  return roots.filter((r) => labelDepth(r) === min);
}

export const sumRule: TableRule = {
  id: 'sums',
  scope: 'table',
  run(view) {
    if (view.table.kind === 'tasks' || isSipasTable(view)) return [];
    // One parent whose children all carry its maximum makes the whole table one of percentages or averages.
    if (view.rows.some((r) => nonAdditive(view, r, r.type === 'total' ? totalParts(view, r, 'max') : view.children(r))))
      return [];
    const issues: Issue[] = [];
    for (const row of view.rows) {
      const isTotal = row.type === 'total';
      for (const role of SUM_ROLES) {
        if (!view.hasColumn(role)) continue;
        const kids = isTotal ? totalParts(view, row, role) : view.children(row);
        if (kids.length === 0) continue;
        const res = compare(view, { parent: row, kids, role });
        if (!res) continue;
        issues.push(
          makeIssue(isTotal ? 'TOTAL_MISMATCH' : 'SUM_MISMATCH', view.sheet, view.cell(row, role), {
            ...view.describe(row),
            role,
            year: columnYear(view, role),
            value: res.value,
            dp: res.dp,
            sum: res.sum,
            diff: res.diff,
          }),
        );
      }
    }
    return issues;
  },
};
