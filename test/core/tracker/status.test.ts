/**
 * The one status model (issue 18): on every sample plan (the workbooks and the Word plan), first track and after
 * typing statuses, every task is in exactly one bucket and every count set adds up to the number of tasks — the
 * tracker's stats and agencies, its "Tổng hợp" rows, the cached "Cảnh báo" words, the roll-up's unit, task and agency
 * rows, its JSON and the page's chart. The number of tasks is counted from the plan (its task tables' item rows).
 */
import { readdirSync } from 'fs';
import * as path from 'path';
import { readPlanSource } from '../../../src/adapters/docx/file';
import { trackFlow, type TrackFlowResult } from '../../../src/core/app';
import type { Cell, Grid } from '../../../src/core/grid';
import { Rollup, bucketsOf, rollupJson } from '../../../src/core/rollup';
import type { SheetSpec } from '../../../src/core/sheetspec';
import { ALERT } from '../../../src/core/tracker/labels';
import {
  BUCKETS,
  BUCKET_KEYS,
  bucketOfAlert,
  bucketTotal,
  emptyBuckets,
  type BucketCounts,
} from '../../../src/core/tracker/status';
import { rollupChart } from '../../../src/taskpane/useRollup';
import { PLANS_DIR } from '../../support/fixtures';
import { gridOfSpec, headerCol, typeInto, typeStatuses } from './helpers';

const PLANS = readdirSync(PLANS_DIR).filter((f) => /\.(xlsx|docx)$/.test(f));
const TODAY = '2025-09-30';
const SOON = 14;

/** The plan's tasks: item rows of its task tables (what the tracker lists as live rows). */
function planTasks(r: TrackFlowResult): number {
  return r.plan.tables
    .filter((t) => t.kind === 'tasks')
    .reduce((a, t) => a + t.rows.filter((x) => x.type === 'item').length, 0);
}

/** The "Cảnh báo" words the tracker sheets cache, counted by bucket; other words (but the removed marker) listed. */
function cachedAlerts(sheets: SheetSpec[]): { counts: BucketCounts; removed: number; other: string[] } {
  const counts = emptyBuckets();
  let removed = 0;
  const other: string[] = [];
  for (const s of sheets.filter((x) => x.kind === 'tasks')) {
    const col = headerCol(s, 'Cảnh báo');
    s.cells.slice(s.headerRow ?? 5).forEach((row) => {
      const c = row?.[col - 1];
      const word = c?.f !== undefined ? c.r : c?.v;
      if (typeof word !== 'string' || word === '') return;
      const b = bucketOfAlert(word);
      if (b) counts[b]++;
      else if (word === ALERT.removed) removed++;
      else other.push(word);
    });
  }
  return { counts, removed, other };
}

/** Every count row of "Tổng hợp" (integers in B): B equals the sum of the bucket columns C… (cached results). */
function summaryRows(sheets: SheetSpec[]): number[][] {
  const summary = sheets.find((s) => s.kind === 'summary')!;
  const head = summary.cells.find((row) => row?.[1]?.v === 'Tổng số');
  expect(head?.slice(2, 2 + BUCKETS.length).map((c) => c?.v)).toEqual(BUCKETS.map((b) => b.vi));
  return summary.cells
    .filter((row) => row?.[1]?.f !== undefined && (row[1].s === 'int' || row[1].s === 'intBold'))
    .map((row) => row!.slice(1, 2 + BUCKETS.length).map((c) => Number(c?.r)));
}

function expectAddsUp(r: TrackFlowResult, tasks: number): void {
  const { stats } = r.set;
  expect(stats.tasks).toBe(tasks);
  expect(bucketTotal(stats.buckets)).toBe(tasks);
  for (const a of stats.agencies) expect(bucketTotal(a.buckets)).toBe(a.total);
  const cached = cachedAlerts(r.set.sheets);
  expect(cached.other).toEqual([]);
  expect(cached.counts).toEqual(stats.buckets);
  const rows = summaryRows(r.set.sheets);
  expect(rows.length).toBeGreaterThan(0);
  for (const [total, ...buckets] of rows) expect(buckets.reduce((x, y) => x + y, 0)).toBe(total);
}

function rollupOf(grids: Grid[], name: string) {
  const rollup = new Rollup(TODAY, SOON);
  expect(rollup.add(name, name, grids)).toBe(true);
  return rollup.result();
}

function expectRollupAddsUp(grids: Grid[], r: TrackFlowResult): void {
  const result = rollupOf(grids, 'don-vi.xlsx');
  const unit = result.units[0];
  // The roll-up recomputes every row from the typed cells with the tracker's rule: the same buckets.
  expect(unit.tasks).toBe(r.set.stats.tasks);
  expect(bucketsOf(unit)).toEqual(r.set.stats.buckets);
  for (const t of result.tasks) expect(bucketTotal(t)).toBe(t.units);
  for (const a of result.agencies) expect(bucketTotal(a)).toBe(a.tasks);
  const json = rollupJson(result);
  for (const u of json.units) expect(bucketTotal(u)).toBe(u.tasks);
  for (const t of json.tasks) expect(bucketTotal(t)).toBe(t.units);
  expect(Object.keys(json.units[0])).toEqual(['file', 'unit', 'tasks', ...BUCKET_KEYS]);
  const chart = rollupChart(result);
  expect(bucketTotal(chart.buckets)).toBe(chart.tasks);
  for (const a of chart.agencies) expect(bucketTotal(a.buckets)).toBe(a.total);
}

describe.each(PLANS)('the status model on %s', (name) => {
  let planGrids: Grid[];
  let first: TrackFlowResult;
  let tasks: number;
  beforeAll(async () => {
    planGrids = (await readPlanSource(path.join(PLANS_DIR, name))).grids;
    first = trackFlow(planGrids, [], { today: TODAY, fixedToday: true, soonDays: SOON, file: name });
    tasks = planTasks(first);
  });

  it('first track: nothing typed, every task in one bucket; no task is "on track" before a status is typed', () => {
    expect(tasks).toBeGreaterThan(0);
    expectAddsUp(first, tasks);
    expect(first.set.stats.buckets).toMatchObject({ done: 0, paused: 0, onTrack: 0 });
    expectRollupAddsUp(first.set.sheets.map(gridOfSpec), first);
  });

  it('after typing statuses and dates, and with a task removed from the plan: still adds up, the removed row not counted', () => {
    const typed = typeStatuses(first.set.sheets);
    const again = trackFlow([...planGrids, ...typed], [], {
      today: TODAY,
      fixedToday: true,
      soonDays: SOON,
      file: name,
    });
    expectAddsUp(again, tasks);
    const b = again.set.stats.buckets;
    expect(b.done).toBeGreaterThan(0);
    expect(b.paused).toBeGreaterThan(0);
    expect(cachedAlerts(again.set.sheets).removed).toBe(1);
    expect(again.set.stats.refresh.removed).toBe(1);
    expectRollupAddsUp(again.set.sheets.map(gridOfSpec), again);
  });
});

it('the sample plan, typed as above, fills every bucket (so the sums above are not over empty buckets)', async () => {
  const grids = (await readPlanSource(path.join(PLANS_DIR, 'hanoi-2025-phu-luc.xlsx'))).grids;
  const first = trackFlow(grids, [], { today: TODAY, fixedToday: true, soonDays: SOON });
  const opts = { today: TODAY, fixedToday: true, soonDays: SOON };
  const again = trackFlow([...grids, ...typeStatuses(first.set.sheets)], [], opts);
  expect(BUCKET_KEYS.filter((k) => again.set.stats.buckets[k] === 0)).toEqual([]);
});

it('a tracker an older chiso wrote (other "Cảnh báo" words) rolls up the same: rows are recomputed from the typed cells', async () => {
  const grids = (await readPlanSource(path.join(PLANS_DIR, 'hanoi-2025-phu-luc.xlsx'))).grids;
  const first = trackFlow(grids, [], { today: TODAY, fixedToday: true, soonDays: SOON });
  const typed = typeStatuses(first.set.sheets, false);
  const now = rollupOf(typed, 'moi.xlsx');
  // The previous version's words: "Thường xuyên", "Chưa có hạn" for undated tasks, "Trong hạn" for any task due later.
  const old: Record<string, string> = {
    [ALERT.noDate]: 'Chưa có hạn',
    [ALERT.notUpdated]: 'Trong hạn',
    [ALERT.onTrack]: 'Trong hạn',
  };
  let changed = 0;
  for (const g of typed)
    for (const row of g.cells)
      row.forEach((c, i) => {
        if (c.kind === 'text' && old[c.text]) {
          row[i] = { kind: 'text', text: old[c.text] };
          changed++;
        }
      });
  expect(changed).toBeGreaterThan(0);
  const before = rollupOf(typed, 'moi.xlsx');
  expect(before.units.map(bucketsOf)).toEqual(now.units.map(bucketsOf));
  expect(before.tasks).toEqual(now.tasks);
  // And a refresh of that old tracker counts as the new one does.
  const refreshed = trackFlow([...grids, ...typed], [], { today: TODAY, fixedToday: true, soonDays: SOON });
  expect(refreshed.set.stats.buckets).toEqual(bucketsOf(now.units[0]));
});

it('roll-up per task key: a unit with two rows of one key counts once, in the more urgent bucket (done only when both are)', async () => {
  const grids = (await readPlanSource(path.join(PLANS_DIR, 'hanoi-2025-phu-luc.xlsx'))).grids;
  const first = trackFlow(grids, [], { today: TODAY, fixedToday: true, soonDays: SOON });
  const spec = first.set.sheets.find((s) => s.kind === 'tasks')!;
  const g = first.set.sheets.map(gridOfSpec).find((x) => x.sheet === spec.name)!;
  const [alert, status] = [headerCol(spec, 'Cảnh báo'), headerCol(spec, 'Trạng thái')];
  const late = g.cells
    .map((row, r) => ({ row, r }))
    .filter(({ row }) => row[alert - 1]?.kind === 'text' && (row[alert - 1] as { text: string }).text === ALERT.overdue)
    .slice(0, 2);
  expect(late).toHaveLength(2);
  const done: Cell = { kind: 'text', text: 'Hoàn thành' };
  // Key one: the first row overdue, a second row (below the table) done. Key two: the first done, the second overdue.
  typeInto(g, late[1].r + 1, status, done);
  const end = g.rowCount;
  typeInto(g, end + 1, 1, { kind: 'empty' });
  g.cells[end] = late[0].row.map((c, i) => (i === status - 1 ? done : c));
  g.cells.push(late[1].row.map((c, i) => (i === status - 1 ? { kind: 'empty' } : c)));
  g.rowCount = g.cells.length;
  const all = first.set.sheets.map((s) => (s.name === spec.name ? g : gridOfSpec(s)));
  const result = rollupOf(all, 'don-vi.xlsx');
  const keys = late.map(({ row }) => (row[0] as { text: string }).text);
  for (const key of keys) {
    const t = result.tasks.find((x) => x.key === key)!;
    expect({ key, units: t.units, overdue: t.overdue, done: t.done, late: t.lateUnits.length }).toEqual({
      key,
      units: 1,
      overdue: 1,
      done: 0,
      late: 1,
    });
  }
});
