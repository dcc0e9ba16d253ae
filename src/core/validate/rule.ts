/** The shape of a validation rule and of what it receives. */
import type { Grid } from '../grid';
import type { Issue } from '../issues-types';
import type { Plan } from '../plan/types';
import type { TableView } from './table';

/** Everything a rule may look at. */
export interface PlanContext {
  plan: Plan;
  /** One view per table, in plan order. */
  views: TableView[];
  /** Grids by sheet name, when the caller gave them. */
  grids: Map<string, Grid>;
}

/** A rule over one table at a time. */
export interface TableRule {
  id: string;
  scope: 'table';
  run(view: TableView, ctx: PlanContext): Issue[];
}

/** A rule that compares tables of the same workbook. */
export interface PlanRule {
  id: string;
  scope: 'plan';
  run(ctx: PlanContext): Issue[];
}

export type Rule = TableRule | PlanRule;
