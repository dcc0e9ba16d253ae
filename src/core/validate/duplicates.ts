/**
 * DUPLICATE_TASK (warning): two leaf items of one table with the same text (task, criterion, requirement, dimension,
 * compared folded: case, diacritics and spacing ignored) and the same lead agency. Reported on the second one.
 * Rows of one criterion merged down several requirements differ by their requirement, so they are not duplicates.
 */
import { makeIssue } from '../issues';
import type { Issue } from '../issues-types';
import type { PlanRow } from '../plan/types';
import { fold } from '../text';
import type { TableRule } from './rule';
import { textField, type TableView } from './table';

const TEXT_ROLES = ['task', 'criterion', 'dimension', 'requirement'];

function identity(row: PlanRow): string | null {
  const parts = TEXT_ROLES.map((r) => fold(textField(row, r)));
  if (parts.every((p) => p === '')) return null;
  return `${parts.join('\u0001')}\u0002${fold(textField(row, 'lead'))}`;
}

export const duplicateRule: TableRule = {
  id: 'duplicates',
  scope: 'table',
  run(view: TableView) {
    const issues: Issue[] = [];
    if (view.table.kind === 'ranks') return issues;
    const first = new Map<string, PlanRow>();
    for (const row of view.rows) {
      if (row.type !== 'item' || view.hasChildren(row)) continue;
      const id = identity(row);
      if (id === null) continue;
      const seen = first.get(id);
      if (!seen) {
        first.set(id, row);
        continue;
      }
      issues.push(
        makeIssue('DUPLICATE_TASK', view.sheet, view.textCell(row), {
          ...view.describe(row),
          firstRow: seen.row,
          lead: textField(row, 'lead') || '—',
        }),
      );
    }
    return issues;
  },
};
