/**
 * The province roll-up: units are added one at a time (the caller reads one file, adds it, lets it go), so memory
 * holds only the counts, never the workbooks. Per unit: the tasks and their buckets of the status model (status.ts;
 * they add up to the tasks), % done, latest completion date, score totals; per task key across units (each unit in
 * one bucket); per lead agency as the tracker's own summary groups them (agencies.ts: a cell naming several
 * agencies counts for each).
 */
import type { Grid } from '../grid';
import { oneLine, type Bilingual } from '../text';
import { AgencyLabels, splitAgencies } from '../agency';
import { BUCKET_KEYS, emptyBuckets, type BucketCounts, type BucketKey } from '../tracker/status';
import { readUnit, type UnitRead } from './unit';
import type { ScoreTotals } from './scores';

export type UnitSummary = {
  file: string;
  unit: string;
  tasks: number;
  /** done / tasks, null without tasks. */
  pctDone: number | null;
  /** The latest "Ngày hoàn thành" typed (ISO), null when none. */
  lastDone: string | null;
  scores: ScoreTotals[];
} & BucketCounts;

/** One task key across units: how many units have it, and how many of them are in each bucket. */
export type TaskSummary = {
  key: string;
  task: string;
  units: number;
  /** Names of the units where this task is overdue, in input order. */
  lateUnits: string[];
} & BucketCounts;

export type AgencySummary = {
  name: string;
  /** Units whose trackers name this lead agency. */
  units: number;
  tasks: number;
} & BucketCounts;

export interface Skipped {
  file: string;
  reason: Bilingual;
}

export interface RollupResult {
  asOf: string;
  soonDays: number;
  units: UnitSummary[];
  tasks: TaskSummary[];
  agencies: AgencySummary[];
  skipped: Skipped[];
}

/**
 * A unit with several rows of one key (two task tables may share a "Mã") counts once for that key, in the most
 * urgent of their buckets: done only when every row is done.
 */
const URGENCY: BucketKey[] = ['overdue', 'dueSoon', 'notUpdated', 'onTrack', 'noDate', 'paused', 'done'];
const moreUrgent = (a: BucketKey, b: BucketKey) => (URGENCY.indexOf(a) <= URGENCY.indexOf(b) ? a : b);

interface KeyTally {
  key: string;
  texts: Map<string, number>;
  /** The unit's bucket for this key, by unit index. */
  units: Map<number, BucketKey>;
}

interface AgencyTally {
  units: Set<number>;
  tasks: number;
  buckets: BucketCounts;
}

export class Rollup {
  private readonly units: UnitSummary[] = [];
  private readonly skipped: Skipped[] = [];
  private readonly keys = new Map<string, KeyTally>();
  private readonly agencies = new Map<string, AgencyTally>();
  private readonly labels = new AgencyLabels();

  /** `onUnit` sees each unit's tasks as read (the periodic report keeps them; the roll-up keeps only counts). */
  constructor(
    readonly asOf: string,
    readonly soonDays: number,
    private readonly onUnit?: (file: string, read: UnitRead) => void,
  ) {}

  /** Adds one workbook's sheets; false (and listed as skipped) when it is not a chiso tracker. */
  add(file: string, fileName: string, grids: Grid[]): boolean {
    const got = readUnit(grids, fileName, this.asOf, this.soonDays);
    if ('skip' in got) {
      this.skip(file, got.skip);
      return false;
    }
    const read = got.read;
    this.onUnit?.(file, read);
    const u = this.units.length;
    const buckets = emptyBuckets();
    for (const t of read.tasks) buckets[t.bucket]++;
    const dates = read.tasks
      .map((t) => t.doneDate)
      .filter((d): d is string => !!d)
      .sort();
    this.units.push({
      file,
      unit: read.unit,
      tasks: read.tasks.length,
      ...buckets,
      pctDone: read.tasks.length ? buckets.done / read.tasks.length : null,
      lastDone: dates.length ? dates[dates.length - 1] : null,
      scores: read.scores,
    });
    for (const t of read.tasks) {
      let k = this.keys.get(t.key);
      if (!k) this.keys.set(t.key, (k = { key: t.key, texts: new Map(), units: new Map() }));
      if (t.task) k.texts.set(t.task, (k.texts.get(t.task) ?? 0) + 1);
      const before = k.units.get(u);
      k.units.set(u, before ? moreUrgent(before, t.bucket) : t.bucket);
      for (const name of splitAgencies(t.lead)) {
        const key = this.labels.add(name);
        let a = this.agencies.get(key);
        if (!a) this.agencies.set(key, (a = { units: new Set(), tasks: 0, buckets: emptyBuckets() }));
        a.units.add(u);
        a.tasks++;
        a.buckets[t.bucket]++;
      }
    }
    return true;
  }

  skip(file: string, reason: Bilingual): void {
    this.skipped.push({ file, reason });
  }

  get unitCount(): number {
    return this.units.length;
  }

  result(): RollupResult {
    const names = displayNames(this.units);
    const tasks = [...this.keys.values()].map((k): TaskSummary => {
      const buckets = emptyBuckets();
      for (const b of k.units.values()) buckets[b]++;
      const late = [...k.units].filter(([, b]) => b === 'overdue').map(([u]) => u);
      return {
        key: k.key,
        task: mostCommon(k.texts),
        units: k.units.size,
        ...buckets,
        lateUnits: late.sort((a, b) => a - b).map((u) => names[u]),
      };
    });
    const agencies = [...this.agencies].map(([key, a]): AgencySummary => ({
      name: this.labels.label(key),
      units: a.units.size,
      tasks: a.tasks,
      ...a.buckets,
    }));
    return {
      asOf: this.asOf,
      soonDays: this.soonDays,
      units: [...this.units],
      tasks,
      agencies,
      skipped: [...this.skipped],
    };
  }
}

/** The bucket counts of a summary, in the model's order (the JSON and the sheets list them so). */
export function bucketsOf(c: BucketCounts): BucketCounts {
  return Object.fromEntries(BUCKET_KEYS.map((k) => [k, c[k]])) as BucketCounts;
}

/** Unit names as listed among late units: a name two files share gets its file name added. */
function displayNames(units: UnitSummary[]): string[] {
  const seen = new Map<string, number>();
  for (const u of units) seen.set(u.unit, (seen.get(u.unit) ?? 0) + 1);
  return units.map((u) => ((seen.get(u.unit) ?? 0) > 1 ? `${u.unit} (${baseName(u.file)})` : u.unit));
}

export function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

/** The most frequent text (the first seen on a tie). */
function mostCommon(m: Map<string, number>): string {
  let best = '';
  let n = 0;
  for (const [t, c] of m) {
    if (c > n) {
      best = t;
      n = c;
    }
  }
  return best;
}

/** The `--json` shape: per unit and per task key, the count and its buckets (status.ts order), which add up. */
export interface RollupJson {
  asOf: string;
  units: Array<Pick<UnitSummary, 'file' | 'unit' | 'tasks'> & BucketCounts>;
  tasks: Array<Pick<TaskSummary, 'key' | 'task' | 'units'> & BucketCounts & Pick<TaskSummary, 'lateUnits'>>;
  /** The reason on one line, "Vietnamese / English". */
  skipped: Array<{ file: string; reason: string }>;
}

/** The result as `--json` prints it. */
export function rollupJson(r: RollupResult): RollupJson {
  return {
    asOf: r.asOf,
    units: r.units.map((u) => ({ file: u.file, unit: u.unit, tasks: u.tasks, ...bucketsOf(u) })),
    tasks: r.tasks.map((t) => ({ key: t.key, task: t.task, units: t.units, ...bucketsOf(t), lateUnits: t.lateUnits })),
    skipped: r.skipped.map((s) => ({ file: s.file, reason: oneLine(s.reason) })),
  };
}
