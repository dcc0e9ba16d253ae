/**
 * MISSING_LEAD / MISSING_DEADLINE / MISSING_OUTPUT: an item with nothing in that column — only where the table has
 * the column, and only for leaf items (a heading or a parent is covered by the rows under it). Warnings.
 */
import { makeIssue } from '../issues';
import type { Issue } from '../issues-types';
import type { Role } from '../plan/types';
import type { TableRule } from './rule';
import { textField, type TableView } from './table';

const REQUIRED: Array<{ role: Role; code: 'MISSING_LEAD' | 'MISSING_DEADLINE' | 'MISSING_OUTPUT'; kinds: string[] }> = [
  { role: 'lead', code: 'MISSING_LEAD', kinds: ['tasks', 'scores'] },
  { role: 'deadline', code: 'MISSING_DEADLINE', kinds: ['tasks'] },
  { role: 'output', code: 'MISSING_OUTPUT', kinds: ['tasks'] },
];

/** A bare dash, "x" or "…" is a blank someone typed, not content. */
function blank(text: string): boolean {
  return /^[\s\-–—.…_/x]*$/i.test(text);
}

export const requiredRule: TableRule = {
  id: 'required',
  scope: 'table',
  run(view: TableView) {
    const issues: Issue[] = [];
    const checks = REQUIRED.filter((c) => c.kinds.includes(view.table.kind) && view.hasColumn(c.role));
    if (checks.length === 0) return issues;
    for (const row of view.rows) {
      if (row.type !== 'item' || view.hasChildren(row)) continue;
      for (const c of checks) {
        if (blank(textField(row, c.role))) {
          issues.push(makeIssue(c.code, view.sheet, view.cell(row, c.role), view.describe(row)));
        }
      }
    }
    return issues;
  },
};
