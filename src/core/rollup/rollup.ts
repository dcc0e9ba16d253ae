/**
 * The province roll-up: units are added one at a time (the caller reads one file, adds it, lets it go), so memory
 * holds only the counts, never the workbooks. Per unit: tasks, done, overdue, due soon, paused, no fixed date,
 * % done, latest completion date, score totals; per task key across units; per lead agency as the tracker's own
 * summary groups them (agencies.ts: a cell naming several agencies counts for each).
 */
import type { Grid } from '../grid';
import { oneLine, type Bilingual } from '../text';
import { AgencyLabels, splitAgencies } from '../tracker/agencies';
import { ALERT } from '../tracker/labels';
import { readUnit, type UnitRead } from './unit';
import type { ScoreTotals } from './scores';

export interface UnitSummary {
  file: string;
  unit: string;
  tasks: number;
  done: number;
  overdue: number;
  dueSoon: number;
  paused: number;
  noDate: number;
  /** done / tasks, null without tasks. */
  pctDone: number | null;
  /** The latest "Ngày hoàn thành" typed (ISO), null when none. */
  lastDone: string | null;
  scores: ScoreTotals[];
}

export interface TaskSummary {
  key: string;
  task: string;
  units: number;
  done: number;
  overdue: number;
  /** Names of the units where this task is overdue, in input order. */
  lateUnits: string[];
}

export interface AgencySummary {
  name: string;
  /** Units whose trackers name this lead agency. */
  units: number;
  tasks: number;
  done: number;
  overdue: number;
  dueSoon: number;
}

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

interface KeyTally {
  key: string;
  texts: Map<string, number>;
  units: Set<number>;
  done: Set<number>;
  late: Set<number>;
}

interface AgencyTally {
  units: Set<number>;
  tasks: number;
  done: number;
  overdue: number;
  dueSoon: number;
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
    const count = (a: string) => read.tasks.filter((t) => t.alert === a).length;
    const done = count(ALERT.done);
    const dates = read.tasks
      .map((t) => t.doneDate)
      .filter((d): d is string => !!d)
      .sort();
    this.units.push({
      file,
      unit: read.unit,
      tasks: read.tasks.length,
      done,
      overdue: count(ALERT.overdue),
      dueSoon: count(ALERT.soon),
      paused: count(ALERT.paused),
      noDate: count(ALERT.ongoing) + count(ALERT.noDate),
      pctDone: read.tasks.length ? done / read.tasks.length : null,
      lastDone: dates.length ? dates[dates.length - 1] : null,
      scores: read.scores,
    });
    for (const t of read.tasks) {
      let k = this.keys.get(t.key);
      if (!k)
        this.keys.set(
          t.key,
          (k = { key: t.key, texts: new Map(), units: new Set(), done: new Set(), late: new Set() }),
        );
      if (t.task) k.texts.set(t.task, (k.texts.get(t.task) ?? 0) + 1);
      k.units.add(u);
      if (t.alert === ALERT.done) k.done.add(u);
      if (t.alert === ALERT.overdue) k.late.add(u);
      for (const name of splitAgencies(t.lead)) {
        const key = this.labels.add(name);
        let a = this.agencies.get(key);
        if (!a) this.agencies.set(key, (a = { units: new Set(), tasks: 0, done: 0, overdue: 0, dueSoon: 0 }));
        a.units.add(u);
        a.tasks++;
        if (t.alert === ALERT.done) a.done++;
        if (t.alert === ALERT.overdue) a.overdue++;
        if (t.alert === ALERT.soon) a.dueSoon++;
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
    const tasks = [...this.keys.values()].map((k): TaskSummary => ({
      key: k.key,
      task: mostCommon(k.texts),
      units: k.units.size,
      done: k.done.size,
      overdue: k.late.size,
      lateUnits: [...k.late].sort((a, b) => a - b).map((u) => names[u]),
    }));
    const agencies = [...this.agencies].map(([key, a]): AgencySummary => ({
      name: this.labels.label(key),
      units: a.units.size,
      tasks: a.tasks,
      done: a.done,
      overdue: a.overdue,
      dueSoon: a.dueSoon,
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

/** The `--json` shape of the issue (exactly these fields). */
export interface RollupJson {
  asOf: string;
  units: Array<Pick<UnitSummary, 'file' | 'unit' | 'tasks' | 'done' | 'overdue' | 'dueSoon' | 'paused' | 'noDate'>>;
  tasks: Array<Pick<TaskSummary, 'key' | 'task' | 'units' | 'done' | 'overdue' | 'lateUnits'>>;
  /** The reason on one line, "Vietnamese / English". */
  skipped: Array<{ file: string; reason: string }>;
}

/** The result as `--json` prints it. */
export function rollupJson(r: RollupResult): RollupJson {
  return {
    asOf: r.asOf,
    units: r.units.map((u) => ({
      file: u.file,
      unit: u.unit,
      tasks: u.tasks,
      done: u.done,
      overdue: u.overdue,
      dueSoon: u.dueSoon,
      paused: u.paused,
      noDate: u.noDate,
    })),
    tasks: r.tasks.map((t) => ({
      key: t.key,
      task: t.task,
      units: t.units,
      done: t.done,
      overdue: t.overdue,
      lateUnits: t.lateUnits,
    })),
    skipped: r.skipped.map((s) => ({ file: s.file, reason: oneLine(s.reason) })),
  };
}
