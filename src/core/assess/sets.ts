/**
 * Criteria sets for the self-assessment: from a framework (PAR INDEX 2024), or from a criteria table of the
 * official's plan (a score table with a "Điểm tối đa" column: the commune sets differ by province). Last year's
 * results and this year's targets come from the plan's criteria table, matched by id.
 */
import { flattenFramework, type Framework, type FrameworkNode } from '../frameworks';
import type { Plan, PlanTable } from '../plan/types';
import { fold } from '../text';
import { indexKind } from '../tracker/score-model';
import type { CriteriaSet, Criterion, Scoring } from './types';

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The plan's PAR criteria tables: score tables with a maximum column, PAR by their words. */
export function planCriteriaTables(plan: Plan): PlanTable[] {
  return plan.tables.filter(
    (t) => t.kind === 'scores' && t.columns.some((c) => c.role === 'max') && indexKind(t) === 'par',
  );
}

/** The criteria of a framework, with last results and targets from the plan's table when one is given. */
export function setFromFramework(fw: Framework, table?: PlanTable): CriteriaSet {
  const byId = table ? rowsById(table) : new Map<string, PlanRowValues>();
  const criteria: Criterion[] = flattenFramework(fw).map(({ node, depth, parent }) => ({
    id: node.id,
    title: node.title,
    max: node.max,
    parent,
    children: (node.children ?? []).map((c) => c.id),
    depth,
    scoring: scoringOf(node),
    scoringKnown: true,
    lastResult: byId.get(node.id)?.result ?? null,
    target: byId.get(node.id)?.target ?? null,
  }));
  return { id: `${fw.id}-${fw.version}`, name: fw.name.vi, ...years(table), criteria };
}

function scoringOf(node: FrameworkNode): Scoring {
  return node.scoring ?? 'self';
}

interface PlanRowValues {
  title: string;
  max: number | null;
  result: number | null;
  target: number | null;
}

function rowsById(table: PlanTable): Map<string, PlanRowValues> {
  const out = new Map<string, PlanRowValues>();
  for (const r of table.rows) {
    if (r.type === 'total') continue;
    out.set(r.key, {
      title: String(r.fields.task ?? r.fields.criterion ?? ''),
      max: num(r.fields.max),
      result: num(r.fields.result),
      target: num(r.fields.target),
    });
  }
  return out;
}

function years(table?: PlanTable): Pick<CriteriaSet, 'resultYear' | 'targetYear'> {
  const y = (role: string) => table?.columns.find((c) => c.role === role)?.year;
  const out: Pick<CriteriaSet, 'resultYear' | 'targetYear'> = {};
  if (y('result') !== undefined) out.resultYear = y('result');
  if (y('target') !== undefined) out.targetYear = y('target');
  return out;
}

/**
 * The criteria of a plan's table. How each criterion is scored is taken from `known` (a framework) where the id AND
 * the title (folded) are the same; otherwise it is unknown and taken as self-scored.
 */
export function setFromPlanTable(table: PlanTable, known?: Framework): CriteriaSet {
  const marks = new Map<string, { title: string; scoring: Scoring }>();
  if (known)
    for (const { node } of flattenFramework(known))
      marks.set(node.id, { title: fold(node.title), scoring: scoringOf(node) });
  const rows = table.rows.filter((r) => r.type !== 'total' && r.type !== 'section');
  const ids = new Set(rows.map((r) => r.key));
  const criteria: Criterion[] = rows.map((r) => {
    const title = String(r.fields.task ?? r.fields.criterion ?? '').trim();
    const mark = marks.get(r.key);
    const same = mark !== undefined && mark.title === fold(title);
    const parent = r.parentKey && ids.has(r.parentKey) ? r.parentKey : null;
    return {
      id: r.key,
      title,
      max: num(r.fields.max),
      parent,
      children: rows.filter((c) => c.parentKey === r.key).map((c) => c.key),
      depth: 1,
      scoring: same ? mark.scoring : 'self',
      scoringKnown: same,
      lastResult: num(r.fields.result),
      target: num(r.fields.target),
    };
  });
  const byId = new Map(criteria.map((c) => [c.id, c]));
  for (const c of criteria) {
    let d = 1;
    for (let p = c.parent; p; p = byId.get(p)?.parent ?? null) d++;
    c.depth = d;
  }
  // The table's own title: not the appendix number ("Phụ lục 2") nor the "(Kèm theo …)" line.
  const title = (table.title ?? []).find(
    (t) => t.trim() && !/^ph[ụu] l[ụu]c\b/i.test(t.trim()) && !t.trim().startsWith('('),
  );
  return {
    id: `plan:${table.sheet}`,
    name: title ? `${table.sheet} — ${title}` : table.sheet,
    ...years(table),
    criteria,
  };
}

/** Leaves: the criteria that carry scores (parents are sums). */
export function leaves(set: CriteriaSet): Criterion[] {
  return set.criteria.filter((c) => c.children.length === 0);
}

/** The fields (top level). */
export function fields(set: CriteriaSet): Criterion[] {
  return set.criteria.filter((c) => c.parent === null);
}

/** The field a criterion belongs to. */
export function fieldOf(set: CriteriaSet, id: string): Criterion | undefined {
  const byId = new Map(set.criteria.map((c) => [c.id, c]));
  let c = byId.get(id);
  while (c && c.parent) c = byId.get(c.parent);
  return c;
}
