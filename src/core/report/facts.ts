/**
 * The facts of a periodic report, from the units' trackers as the roll-up reads them (rollup/unit.ts) and a window:
 * tasks due in the window and their outcome, tasks completed in it, tasks overdue at its end (with agencies and the
 * notes typed as the reason), tasks due in the next period, counts by status, index and lead agency, the score
 * trackers' estimates against targets, and for several units the roll-up's per-unit table, the units with most
 * overdue tasks and the tasks late in many units. Every status is the task's on the window's last day (bucket.ts).
 */
import type { RollupResult, ScoreLine, ScoreTotals, UnitRead, UnitTask } from '../rollup';
import { AgencyLabels, splitAgencies } from '../agency';
import type { IndexKind } from '../tracker/score-model';
import { BUCKETS, bucketAt, type Bucket } from './bucket';
import type { ReportWindow } from './period';

export interface ReportTask {
  unit: string;
  key: string;
  label: string;
  task: string;
  lead: string;
  coordinate: string;
  sheet: string;
  index: IndexKind | null;
  /** "Hạn" (ISO) and "Tiến độ theo kế hoạch" as written. */
  due: string | null;
  deadline: string;
  status: string;
  doneDate: string | null;
  evidence: string;
  notes: string;
  /** The status on the window's last day. */
  bucket: Bucket;
  /** Done after its due date (both dates known); null when either is missing. */
  late: boolean | null;
}

export type BucketCounts = Record<Bucket, number>;

export interface CountRow {
  name: string;
  total: number;
  /** Due in the window; completed in the window (by "Ngày hoàn thành"). */
  due: number;
  completed: number;
  buckets: BucketCounts;
}

export interface ScoreFacts {
  unit: string;
  sheet: string;
  index: IndexKind;
  target: number | null;
  estimate: number | null;
  fields: ScoreLine[];
  /** The criteria whose estimate is below target, furthest below first (at most BELOW_LIMIT). */
  below: ScoreLine[];
}

export interface ReportFacts {
  window: ReportWindow;
  next: { from: string; to: string };
  soonDays: number;
  units: string[];
  total: CountRow;
  byIndex: CountRow[];
  byAgency: CountRow[];
  dueInWindow: ReportTask[];
  completedInWindow: ReportTask[];
  overdue: ReportTask[];
  dueNext: ReportTask[];
  scores: ScoreFacts[];
  /** Several units: the roll-up on the window's last day, the units with most overdue tasks, tasks late in many. */
  rollup: RollupResult | null;
  mostOverdue: Array<{ unit: string; overdue: number }>;
  lateInMany: Array<{ key: string; task: string; overdue: number; lateUnits: string[] }>;
}

export const BELOW_LIMIT = 5;
export const TOP_UNITS = 5;
export const NO_LEAD = '(chưa ghi cơ quan chủ trì)';
export const NO_INDEX = 'Nhiệm vụ chung';
const INDEX_ORDER: Array<IndexKind | null> = ['par', 'sipas', 'papi', null];

const zero = (): BucketCounts => Object.fromEntries(BUCKETS.map((b) => [b, 0])) as BucketCounts;
const within = (d: string | null, from: string, to: string) => !!d && d >= from && d <= to;

function reportTask(unit: string, t: UnitTask, at: string, soonDays: number): ReportTask {
  return {
    unit,
    key: t.key,
    label: t.label,
    task: t.task,
    lead: t.lead.trim(),
    coordinate: t.coordinate,
    sheet: t.sheet,
    index: t.index,
    due: t.input.due,
    deadline: t.deadline,
    status: t.status,
    doneDate: t.doneDate,
    evidence: t.evidence,
    notes: t.notes,
    bucket: bucketAt(t.input, at, soonDays),
    late: t.doneDate && t.input.due ? t.doneDate > t.input.due : null,
  };
}

class Counter {
  readonly row: CountRow;
  constructor(name: string) {
    this.row = { name, total: 0, due: 0, completed: 0, buckets: zero() };
  }
  add(t: ReportTask, w: ReportWindow): void {
    this.row.total++;
    if (within(t.due, w.from, w.to)) this.row.due++;
    if (within(t.doneDate, w.from, w.to)) this.row.completed++;
    this.row.buckets[t.bucket]++;
  }
}

function scoreFacts(unit: string, s: ScoreTotals): ScoreFacts {
  const gap = (l: ScoreLine) => (l.target !== null && l.estimate !== null ? l.target - l.estimate : 0);
  const below = s.criteria
    .filter((l) => gap(l) > 1e-9)
    .map((l, i) => ({ l, i }))
    .sort((a, b) => gap(b.l) - gap(a.l) || a.i - b.i)
    .slice(0, BELOW_LIMIT)
    .map((x) => x.l);
  return { unit, sheet: s.sheet, index: s.index, target: s.target, estimate: s.estimate, fields: s.fields, below };
}

/** The report's facts; `reads` are the units in input order, `rollup` the roll-up on the window's last day. */
export function reportFacts(
  reads: UnitRead[],
  window: ReportWindow,
  next: { from: string; to: string },
  soonDays: number,
  rollup: RollupResult | null,
): ReportFacts {
  const tasks = reads.flatMap((u) => u.tasks.map((t) => reportTask(u.unit, t, window.to, soonDays)));
  const total = new Counter('Tổng số');
  const byIndex = new Map<IndexKind | null, Counter>();
  const byAgency = new Map<string, Counter>();
  const labels = new AgencyLabels();
  for (const t of tasks) {
    total.add(t, window);
    let c = byIndex.get(t.index);
    if (!c) byIndex.set(t.index, (c = new Counter('')));
    c.add(t, window);
    const names = splitAgencies(t.lead);
    for (const key of names.length ? names.map((n) => labels.add(n)) : ['']) {
      let a = byAgency.get(key);
      if (!a) byAgency.set(key, (a = new Counter('')));
      a.add(t, window);
    }
  }
  const indexName: Record<IndexKind, string> = { par: 'PAR INDEX', sipas: 'SIPAS', papi: 'PAPI' };
  const several = rollup && rollup.units.length > 1 ? rollup : null;
  return {
    window,
    next,
    soonDays,
    units: reads.map((u) => u.unit),
    total: total.row,
    byIndex: INDEX_ORDER.filter((k) => byIndex.has(k)).map((k) => ({
      ...byIndex.get(k)!.row,
      name: k ? indexName[k] : NO_INDEX,
    })),
    byAgency: [...byAgency].map(([key, c]) => ({ ...c.row, name: key ? labels.label(key) : NO_LEAD })),
    dueInWindow: tasks.filter((t) => within(t.due, window.from, window.to)),
    completedInWindow: tasks
      .filter((t) => within(t.doneDate, window.from, window.to))
      .sort((a, b) => (a.doneDate! < b.doneDate! ? -1 : a.doneDate! > b.doneDate! ? 1 : 0)),
    overdue: tasks.filter((t) => t.bucket === 'overdue'),
    dueNext: tasks.filter((t) => within(t.due, next.from, next.to) && t.bucket !== 'done'),
    scores: reads.flatMap((u) => u.scores.map((s) => scoreFacts(u.unit, s))),
    rollup: several,
    mostOverdue: several
      ? several.units
          .map((u, i) => ({ unit: u.unit, overdue: u.overdue, i }))
          .filter((u) => u.overdue > 0)
          .sort((a, b) => b.overdue - a.overdue || a.i - b.i)
          .slice(0, TOP_UNITS)
          .map(({ unit, overdue }) => ({ unit, overdue }))
      : [],
    lateInMany: several
      ? several.tasks
          .map((t, i) => ({ t, i }))
          .filter(({ t }) => t.overdue >= 2)
          .sort((a, b) => b.t.overdue - a.t.overdue || a.i - b.i)
          .slice(0, BELOW_LIMIT)
          .map(({ t }) => ({ key: t.key, task: t.task, overdue: t.overdue, lateUnits: t.lateUnits }))
      : [],
  };
}

/** A window with nothing to report: no task due in it, none completed in it, none overdue at its end. */
export function isEmptyReport(f: ReportFacts): boolean {
  return !f.dueInWindow.length && !f.completedInWindow.length && !f.overdue.length;
}
