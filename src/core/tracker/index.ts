/**
 * The tracker: from the plan (+ its issues, + chiso's previous sheets when refreshing) to the SheetSpecs to write.
 * Sheets: one "Theo dõi …" per task or score table, "Tổng hợp", "Vấn đề", "Dữ liệu PAPI" (when a PAPI table is
 * tracked) and the hidden marker "_chiso".
 */
import type { Issue } from '../issues-types';
import type { Plan, PlanTable } from '../plan/types';
import { trimRows, type SheetKind, type SheetSpec } from '../sheetspec';
import { PAPI_CUTOFFS, PAPI_GROUPS, PAPI_PUBLISHED } from '../frameworks/papi-published';
import { SHEET_NAMES, SCORE_HEADERS, TASK_HEADERS } from './labels';
import { markerSpec, type MarkerEntry } from './marker';
import { SheetNamer } from './names';
import { IssuesByRow } from './parts';
import { prevFor, readPrevious } from './previous';
import { buildProblemsSheet } from './problems-sheet';
import { indexKind } from './score-model';
import { papiCompareYear } from '../frameworks';
import { papiDataSheet, type PapiRefs } from './score-extras';
import type { ScoreSheetInfo } from './score-model';
import { buildScoreSheet, isScoreHeader } from './score-sheet';
import { buildSummarySheet } from './summary-sheet';
import { buildTaskSheet, type TaskSheetInfo } from './task-sheet';
import { BUCKET_KEYS, emptyBuckets, type BucketCounts } from './status';
import type { PapiYear, PreviousTrackers, TrackerOptions, TrackerSet, TrackStats } from './types';

export type { PapiYear, PreviousTrackers, TrackerOptions, TrackerSet, TrackStats } from './types';
export { readMarker, type MarkerEntry } from './marker';
export { ALERT, STATUS, STATUS_LIST, SHEET_NAMES, TASK_HEADERS, SCORE_HEADERS } from './labels';
export {
  BUCKETS,
  BUCKET_KEYS,
  bucketLine,
  bucketOf,
  bucketTotal,
  emptyBuckets,
  type BucketCounts,
  type BucketKey,
} from './status';

export const TRACKER_VERSION = '1';
export const DEFAULT_SOON_DAYS = 14;

/** The published PAPI data the project carries. */
export function defaultPapiYears(): PapiYear[] {
  const years = [...new Set(PAPI_PUBLISHED.map((r) => r.year))].sort((a, b) => a - b);
  return years.map((year) => ({
    year,
    provinces: PAPI_PUBLISHED.filter((r) => r.year === year).map((r) => ({ province: r.province, total: r.total })),
    cutoffs: PAPI_GROUPS.map((group) => ({ group, min: PAPI_CUTOFFS[year]?.[group] ?? 0 })),
  }));
}

const TEXT_HEADERS = new Set<string>([
  TASK_HEADERS.criterion,
  TASK_HEADERS.requirement,
  TASK_HEADERS.task,
  TASK_HEADERS.dimension,
]);
const TASK_KNOWN = new Set<string>(Object.values(TASK_HEADERS));
const known = (kind: SheetKind) => (h: string) => (kind === 'scores' ? isScoreHeader(h) : TASK_KNOWN.has(h));
const textHeaders = (kind: SheetKind) => (h: string) =>
  kind === 'scores' ? h === SCORE_HEADERS.title : TEXT_HEADERS.has(h);

/** The sheet names chiso created before (from the marker sheet in `previous`). */
export function chisoSheets(previous: PreviousTrackers | undefined): string[] {
  return readPrevious(previous, known, textHeaders).marker.map((e) => e.sheet);
}

/** The sheet kinds a tracker build makes (and the marker itself); entries of any other kind are carried. */
const TRACKER_KINDS = new Set<SheetKind>(['tasks', 'scores', 'summary', 'problems', 'data', 'marker']);

export function buildTrackerSet(
  plan: Plan,
  issues: Issue[],
  opts: TrackerOptions,
  previous?: PreviousTrackers,
): TrackerSet {
  const version = opts.version ?? TRACKER_VERSION;
  const prev = readPrevious(previous, known, textHeaders);
  const mine = new Set(prev.marker.map((e) => e.sheet.toLowerCase()));
  const foreign = [...(opts.existingSheets ?? []), ...plan.tables.map((t) => t.sheet)].filter(
    (n) => !mine.has(n.toLowerCase()),
  );
  const namer = new SheetNamer(foreign);
  const byIssues = new IssuesByRow(issues);

  // Number the tables within their sheet; only task and score tables get a tracker.
  const perSheet = new Map<string, number>();
  const tables: Array<{ table: PlanTable; no: number; kind: 'tasks' | 'scores' }> = [];
  for (const table of plan.tables) {
    const no = (perSheet.get(table.sheet) ?? 0) + 1;
    perSheet.set(table.sheet, no);
    if (table.kind === 'tasks' || table.kind === 'scores') tables.push({ table, no, kind: table.kind });
  }
  // Previous trackers whose table is gone keep their sheet (and their place in the marker), untouched.
  const rebuilt = (e: MarkerEntry) =>
    tables.some((t) => t.kind === e.kind && e.source?.sheet === t.table.sheet && e.source.table === t.no);
  // So do the sheets of kinds the tracker does not make (a self-assessment beside it): the tracker never owns them.
  const notMine = (e: MarkerEntry) => !TRACKER_KINDS.has(e.kind);
  const carried = prev.marker.filter(
    (e) =>
      (((e.kind === 'tasks' || e.kind === 'scores') && !rebuilt(e)) || notMine(e)) &&
      (opts.existingSheets ?? []).includes(e.sheet),
  );
  for (const e of carried) namer.claim(e.sheet);
  const prevName = (kind: SheetKind, source?: { sheet: string; table: number }) =>
    prev.marker.find(
      (e) => e.kind === kind && (!source || (e.source?.sheet === source.sheet && e.source.table === source.table)),
    )?.sheet;

  const summaryName = namer.claim(prevName('summary') ?? SHEET_NAMES.summary);
  const taskInfos: TaskSheetInfo[] = [];
  const scoreInfos: ScoreSheetInfo[] = [];
  const trackers: SheetSpec[] = [];
  let papi: { spec: SheetSpec; refs: PapiRefs | null } | null = null;
  const papiYears = opts.papi ?? defaultPapiYears();

  for (const { table, no, kind } of tables) {
    const source = { sheet: table.sheet, table: no };
    const wanted = `${SHEET_NAMES.trackerPrefix} ${table.sheet}${no > 1 ? ` - ${no}` : ''}`;
    const name = namer.claim(prevName(kind, source) ?? wanted);
    const before = prevFor(prev, kind, table.sheet, no);
    if (kind === 'tasks') {
      const soonDays = opts.soonDays ?? before?.soonDays ?? DEFAULT_SOON_DAYS;
      const built = buildTaskSheet(name, table, no, byIssues, before, {
        today: opts.today,
        fixedToday: !!opts.fixedToday,
        soonDays,
      });
      trackers.push(built.spec);
      taskInfos.push(built.info);
    } else {
      if (indexKind(table) === 'papi' && !papi) {
        const year = papiCompareYear({
          published: papiYears.map((y) => y.year),
          planYear: plan.year,
          resultYear: table.columns.find((c) => c.role === 'result')?.year,
          picked: opts.papiYear,
        });
        if (year !== null) papi = papiDataSheet(namer.claim(prevName('data') ?? SHEET_NAMES.papiData), papiYears, year);
      }
      const built = buildScoreSheet(name, table, no, byIssues, before, { year: plan.year, papi: papi?.refs ?? null });
      trackers.push(built.spec);
      scoreInfos.push(built.info);
    }
  }
  const soonForSummary = taskInfos.length
    ? (opts.soonDays ?? prevFor(prev, 'tasks', tables[0].table.sheet, tables[0].no)?.soonDays ?? DEFAULT_SOON_DAYS)
    : (opts.soonDays ?? DEFAULT_SOON_DAYS);
  const summary = buildSummarySheet(summaryName, taskInfos, scoreInfos, {
    today: opts.today,
    soonDays: soonForSummary,
  });
  const problems = buildProblemsSheet(namer.claim(prevName('problems') ?? SHEET_NAMES.problems), issues);
  const sheets = [summary, ...trackers, problems, ...(papi ? [papi.spec] : [])];
  const entries: MarkerEntry[] = [
    ...sheets.map((s) => ({
      sheet: s.name,
      kind: s.kind,
      source: s.source,
      keyCol: s.keyCol,
      headerRow: s.headerRow,
      version,
    })),
    ...carried,
  ];
  const marker = markerSpec(entries, version);
  // The marker sheet's name is fixed: a user sheet called "_chiso" would be taken for it (documented).
  sheets.push(marker);
  const kept = new Set(entries.map((e) => e.sheet.toLowerCase()));
  const obsolete = prev.marker
    .map((e) => e.sheet)
    .filter((n) => !kept.has(n.toLowerCase()) && n !== SHEET_NAMES.marker);
  for (const sheet of sheets) trimRows(sheet);
  return { sheets, obsolete, stats: stats(taskInfos, scoreInfos, issues, !!previous && prev.marker.length > 0) };
}

/** The SheetSpecs to write (see `buildTrackerSet` for the counts as well). */
export function buildTrackers(
  plan: Plan,
  issues: Issue[],
  opts: TrackerOptions,
  previous?: PreviousTrackers,
): SheetSpec[] {
  return buildTrackerSet(plan, issues, opts, previous).sheets;
}

/** The lead agencies' counts summed over the task tables (by folded key; the first table's spelling names it). */
function agencyTotals(tasks: TaskSheetInfo[]): TrackStats['agencies'] {
  const byKey = new Map<string, TrackStats['agencies'][number]>();
  for (const t of tasks) {
    for (const a of t.agencies) {
      const acc = byKey.get(a.key) ?? { name: a.name, total: 0, buckets: emptyBuckets() };
      acc.total += a.counts.total;
      for (const k of BUCKET_KEYS) acc.buckets[k] += a.counts[k];
      byKey.set(a.key, acc);
    }
  }
  return [...byKey.values()];
}

function stats(tasks: TaskSheetInfo[], scores: ScoreSheetInfo[], issues: Issue[], refreshed: boolean): TrackStats {
  const sum = (f: (t: TaskSheetInfo) => number) => tasks.reduce((a, t) => a + f(t), 0);
  const sev = (s: string) => issues.filter((i) => i.severity === s).length;
  return {
    taskTables: tasks.length,
    scoreTables: scores.length,
    tasks: sum((t) => t.total.total),
    buckets: Object.fromEntries(BUCKET_KEYS.map((k) => [k, sum((t) => t.total[k])])) as BucketCounts,
    agencies: agencyTotals(tasks),
    problems: { error: sev('error'), warning: sev('warning'), info: sev('info') },
    refresh: {
      previous: refreshed,
      kept: sum((t) => t.kept) + scores.reduce((a, s) => a + s.kept, 0),
      added: sum((t) => t.added),
      removed: sum((t) => t.removed) + scores.reduce((a, s) => a + s.removed, 0),
      loose: sum((t) => t.loose) + scores.reduce((a, s) => a + s.loose, 0),
    },
  };
}
