/**
 * validatePlan: runs every rule of the registry over a Plan and returns the issues in sheet order (the workbook's
 * sheet order, then row, then column). Never throws: a rule that fails becomes a RULE_FAILED issue for its table.
 */
import { parseA1, type Grid } from '../grid';
import { makeIssue } from '../issues';
import type { Issue } from '../issues-types';
import type { Plan } from '../plan/types';
import { RULES } from './registry';
import type { PlanContext, Rule } from './rule';
import { TableView } from './table';

export { RULES } from './registry';
export type { Rule, TableRule, PlanRule, PlanContext } from './rule';

function detail(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  try {
    return String(e);
  } catch {
    return 'unknown';
  }
}

function failure(rule: Rule, sheet: string, cell: string, e: unknown): Issue {
  return makeIssue('RULE_FAILED', sheet, cell, { rule: rule.id, detail: detail(e) });
}

function anchorCell(view: TableView | undefined): string {
  if (!view) return 'A1';
  const r = view.table.headerRows?.[0] ?? view.table.firstRow;
  return `A${typeof r === 'number' && Number.isInteger(r) && r >= 1 ? r : 1}`;
}

/** Keeps only well-formed issues (a rule bug must not hand a broken issue to the UI). */
function wellFormed(i: unknown): i is Issue {
  if (!i || typeof i !== 'object') return false;
  const x = i as Issue;
  return (
    typeof x.code === 'string' && typeof x.sheet === 'string' && typeof x.cell === 'string' && parseA1(x.cell) !== null
  );
}

function buildContext(plan: Plan, grids: Grid[] | undefined): PlanContext {
  const byName = new Map<string, Grid>();
  for (const g of grids ?? []) if (g && typeof g.sheet === 'string' && !byName.has(g.sheet)) byName.set(g.sheet, g);
  const tables = Array.isArray(plan?.tables) ? plan.tables.filter((t) => t && typeof t === 'object') : [];
  return { plan, views: tables.map((t) => new TableView(t, byName.get(t.sheet))), grids: byName };
}

/** Sheet order: the workbook's (grids), then the plan's order of first appearance. */
function sheetOrder(ctx: PlanContext): Map<string, number> {
  const order = new Map<string, number>();
  for (const name of ctx.grids.keys()) order.set(name, order.size);
  for (const v of ctx.views) if (!order.has(v.sheet)) order.set(v.sheet, order.size);
  return order;
}

export function sortIssues(issues: Issue[], order: Map<string, number>): Issue[] {
  const keyed = issues.map((issue, i) => {
    const pos = parseA1(issue.cell) ?? { row: 0, col: 0 };
    return { issue, i, s: order.get(issue.sheet) ?? order.size, r: pos.row, c: pos.col };
  });
  keyed.sort((a, b) => a.s - b.s || a.r - b.r || a.c - b.c || a.i - b.i);
  return keyed.map((k) => k.issue);
}

/** Every issue of the plan, in sheet order. `grids` (optional) give printed decimals and the workbook's sheet order. */
export function validatePlan(plan: Plan, grids?: Grid[], rules: readonly Rule[] = RULES): Issue[] {
  let ctx: PlanContext;
  try {
    ctx = buildContext(plan, grids);
  } catch (e) {
    return [makeIssue('RULE_FAILED', '', 'A1', { rule: 'context', detail: detail(e) })];
  }
  const out: Issue[] = [];
  for (const rule of rules) {
    if (rule.scope === 'table') {
      for (const view of ctx.views) {
        try {
          out.push(...rule.run(view, ctx).filter(wellFormed));
        } catch (e) {
          out.push(failure(rule, view.sheet, anchorCell(view), e));
        }
      }
    } else {
      try {
        out.push(...rule.run(ctx).filter(wellFormed));
      } catch (e) {
        const v = ctx.views[0];
        out.push(failure(rule, v ? v.sheet : '', anchorCell(v), e));
      }
    }
  }
  return sortIssues(out, sheetOrder(ctx));
}
