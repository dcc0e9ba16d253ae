/**
 * ABOVE_MAX: a result or target above the row's maximum (error).
 * NEGATIVE_VALUE: a maximum, result or target below zero (error).
 * TARGET_BELOW_RESULT: a target below last year's result — a planned decrease (warning).
 */
import { makeIssue } from '../issues';
import type { Issue } from '../issues-types';
import type { Role } from '../plan/types';
import { printedDecimals } from './precision';
import type { TableRule } from './rule';
import { columnYear, numericField, type TableView } from './table';

const EPS = 1e-9;

/** A maximum printed with two or more decimals (3,33) is itself rounded: allow half a unit over it. */
function maxSlack(view: TableView, max: number, address: string): number {
  const d = printedDecimals(max, view.grid, address);
  return d >= 2 ? 0.5 * 10 ** -d + EPS : EPS;
}

export const boundsRule: TableRule = {
  id: 'bounds',
  scope: 'table',
  run(view) {
    if (view.table.kind === 'tasks') return [];
    const issues: Issue[] = [];
    const roles: Role[] = (['max', 'result', 'target'] as Role[]).filter((r) => view.hasColumn(r));
    for (const row of view.rows) {
      const where = () => view.describe(row);
      for (const role of roles) {
        const v = numericField(row, role);
        if (v !== null && v < -EPS) {
          issues.push(
            makeIssue('NEGATIVE_VALUE', view.sheet, view.cell(row, role), {
              ...where(),
              role,
              year: columnYear(view, role),
              value: v,
            }),
          );
        }
      }
      const max = numericField(row, 'max');
      if (max !== null && max >= 0) {
        const slack = maxSlack(view, max, view.cell(row, 'max'));
        for (const role of ['result', 'target'] as Role[]) {
          const v = numericField(row, role);
          if (v !== null && v > max + slack) {
            issues.push(
              makeIssue('ABOVE_MAX', view.sheet, view.cell(row, role), {
                ...where(),
                role,
                year: columnYear(view, role),
                value: v,
                max,
              }),
            );
          }
        }
      }
      const result = numericField(row, 'result');
      const target = numericField(row, 'target');
      const ry = columnYear(view, 'result');
      const ty = columnYear(view, 'target');
      const ordered = ry === undefined || ty === undefined || ry < ty;
      if (result !== null && target !== null && ordered && target < result - EPS) {
        issues.push(
          makeIssue('TARGET_BELOW_RESULT', view.sheet, view.cell(row, 'target'), {
            ...where(),
            target,
            result,
            targetYear: ty,
            resultYear: ry,
          }),
        );
      }
    }
    return issues;
  },
};
