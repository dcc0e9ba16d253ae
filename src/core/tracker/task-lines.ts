/**
 * The rows of a task tracker: the plan's rows in plan order, each carrying what officials typed in the previous
 * tracker (matched by key, then by text), plus the previous rows no longer in the plan, kept and marked.
 */
import type { PlanRow, PlanTable, RowType } from '../plan/types';
import type { SpecLink, SpecValue } from '../sheetspec';
import { daysBetween, shownLabel } from '../text';
import { agencyKeyList, splitAgencies } from '../agency';
import { ALERT, KIND_LABEL, TASK_ENTRY_HEADERS, TASK_HEADERS, type Alert, type TaskColId } from './labels';
import { matchRows } from './match';
import { fieldValue, isBlank, issuesText, linkOf, valueOfCell, type IssuesByRow } from './parts';
import type { PrevRow, PrevSheet } from './previous';
import { bucketOf, alertInputOf, dueIso, type BucketKey } from './status';

export const TEXT_ROLES = ['criterion', 'requirement', 'task', 'dimension'] as const;
export const PLAN_ROLES = ['lead', 'coordinate', 'leader', 'output', 'deadline'] as const;

export interface TaskLine {
  key: string;
  type: RowType;
  vals: Partial<Record<TaskColId, SpecValue>>;
  links: Partial<Record<TaskColId, SpecLink>>;
  /** Values of the columns officials added, by header. */
  extras: Map<string, { v: SpecValue; link?: SpecLink }>;
  removed: boolean;
  /** A row officials added without a "Mã": written back as it was (no formulas, not counted). */
  loose?: boolean;
  /** Item rows: the alert as the formula will compute it (the bucket's word, or the removed marker). */
  alert?: Alert;
  /** Live item rows: the bucket of the status model (removed and loose rows have none: they are not counted). */
  bucket?: BucketKey;
  /** Days left as the formula will compute it. */
  left?: number | null;
  prev?: PrevRow;
}

/** The text that identifies a row for matching: its text columns joined. */
export function planRowText(row: PlanRow): string {
  return TEXT_ROLES.map((r) => row.fields[r])
    .filter((v) => v !== null && v !== undefined && v !== '')
    .join(' ');
}

/** Main text role of a table (where structural rows carry their titles). */
export function mainTextRole(table: PlanTable): (typeof TEXT_ROLES)[number] {
  const roles = new Set(table.columns.map((c) => c.role));
  return roles.has('task') ? 'task' : (TEXT_ROLES.find((r) => roles.has(r)) ?? 'task');
}

function lineFromPlan(row: PlanRow, table: PlanTable, issues: IssuesByRow): TaskLine {
  const ancestors = row.path.slice(0, -1);
  const vals: TaskLine['vals'] = {
    key: row.key,
    label: shownLabel(row.label) || null,
    part: ancestors[0] ?? null,
    group: ancestors.slice(1).join('.') || null,
    issues: issuesText(issues.get(table.sheet, row.row, row.span)),
  };
  if (row.type === 'item') {
    for (const r of [...TEXT_ROLES, ...PLAN_ROLES]) vals[r] = fieldValue(row.fields[r]);
    vals.due = row.due?.date ? { date: row.due.date } : null;
    vals.kind = row.due ? KIND_LABEL[row.due.kind] : isBlank(vals.deadline) ? KIND_LABEL.none : KIND_LABEL.unknown;
    const lead = vals.lead;
    vals.agencyKeys =
      agencyKeyList(splitAgencies(typeof lead === 'string' || typeof lead === 'number' ? String(lead) : '')) || null;
  } else {
    const main = mainTextRole(table);
    vals[main] = fieldValue(row.fields[main] ?? row.fields.task);
  }
  return { key: row.key, type: row.type, vals, links: {}, extras: new Map(), removed: false };
}

const HEADER_TO_ID = new Map<string, TaskColId>(Object.entries(TASK_HEADERS).map(([id, h]) => [h, id as TaskColId]));

/** Copies what officials typed from the previous row into the line. */
function keepEntries(line: TaskLine, prev: PrevRow, extras: string[]): void {
  line.prev = prev;
  for (const h of TASK_ENTRY_HEADERS) {
    const id = HEADER_TO_ID.get(h)!;
    const v = valueOfCell(prev.cells.get(h));
    if (!isBlank(v)) line.vals[id] = v;
    const link = linkOf(prev.links.get(h));
    if (link) line.links[id] = link;
  }
  // A due date set by hand where the plan gives none stays; a plan date always wins.
  if (line.type === 'item' && !line.vals.due) {
    const iso = dueIso(valueOfCell(prev.cells.get(TASK_HEADERS.due)));
    if (iso) line.vals.due = { date: iso };
  }
  for (const h of extras) {
    const v = valueOfCell(prev.cells.get(h));
    const link = linkOf(prev.links.get(h));
    if (!isBlank(v) || link) line.extras.set(h, { v, link });
  }
}

/**
 * A previous row written back as it was: a task no longer in the plan (marked), or a row officials added without a
 * key (`loose`). The computed columns ("Còn lại", "Cảnh báo") and the hidden agency keys are not copied.
 */
function keptLine(prev: PrevRow, extras: string[], loose: boolean): TaskLine {
  const vals: TaskLine['vals'] = {};
  const links: TaskLine['links'] = {};
  for (const [h, id] of HEADER_TO_ID) {
    if (id === 'left' || id === 'alert' || id === 'agencyKeys') continue;
    vals[id] = valueOfCell(prev.cells.get(h));
    const link = linkOf(prev.links.get(h));
    if (link) links[id] = link;
  }
  vals.key = loose ? null : prev.key;
  const line: TaskLine = loose
    ? { key: '', type: 'item', vals, links, extras: new Map(), removed: false, loose: true, left: null, prev }
    : {
        key: prev.key,
        type: 'item',
        vals,
        links,
        extras: new Map(),
        removed: true,
        alert: ALERT.removed,
        left: null,
        prev,
      };
  for (const h of extras) {
    const v = valueOfCell(prev.cells.get(h));
    const link = linkOf(prev.links.get(h));
    if (!isBlank(v) || link) line.extras.set(h, { v, link });
  }
  return line;
}

export interface LinesResult {
  lines: TaskLine[];
  kept: number;
  added: number;
  removed: number;
  /** Rows without a key kept from the previous tracker. */
  loose: number;
}

export function buildTaskLines(
  table: PlanTable,
  issues: IssuesByRow,
  prev: PrevSheet | undefined,
  today: string,
  soonDays: number,
): LinesResult {
  const lines = table.rows.map((r) => lineFromPlan(r, table, issues));
  let kept = 0;
  let removed = 0;
  let added = 0;
  let loose = 0;
  if (prev) {
    const match = matchRows(
      table.rows.map((r) => ({ key: r.key, text: planRowText(r) })),
      prev.rows.map((p) => ({ key: p.key, text: p.text })),
    );
    const usedPrev = new Set<number>();
    lines.forEach((line, i) => {
      const p = match.get(i);
      if (p === undefined) {
        if (line.type === 'item') added++;
        return;
      }
      usedPrev.add(p);
      keepEntries(line, prev.rows[p], prev.extras);
      kept++;
    });
    // Previous rows not in the plan (kept, marked) and rows without a key (kept as they are): each placed after
    // the matched row that preceded it in the previous tracker, in their previous order.
    const posOfPrev = new Map<PrevRow, number>();
    lines.forEach((l, i) => {
      if (l.prev) posOfPrev.set(l.prev, i);
    });
    const sheetOrder = [
      ...prev.rows.map((p, pi) => ({ p, used: usedPrev.has(pi) })),
      ...prev.loose.map((p) => ({ p, used: false })),
    ].sort((a, b) => a.p.row - b.p.row);
    const inserts: Array<{ after: number; line: TaskLine; order: number }> = [];
    let after = -1;
    sheetOrder.forEach(({ p, used }, order) => {
      if (used) {
        after = posOfPrev.get(p) ?? after;
        return;
      }
      const isLoose = p.key === '';
      inserts.push({ after, line: keptLine(p, prev.extras, isLoose), order });
      if (isLoose) loose++;
      else removed++;
    });
    inserts.sort((a, b) => b.after - a.after || b.order - a.order);
    for (const ins of inserts) lines.splice(ins.after + 1, 0, ins.line);
  }
  for (const line of lines) {
    if (line.type !== 'item' || line.removed || line.loose) continue;
    const due = dueIso(line.vals.due);
    line.bucket = bucketOf(alertInputOf(line.vals), today, soonDays);
    line.alert = ALERT[line.bucket];
    line.left = due ? daysBetween(today, due) : null;
  }
  return { lines, kept, added, removed, loose };
}
