/** Inputs and outputs of the tracker builder. */
import type { Grid, SheetLink } from '../grid';
import type { SheetSpec } from '../sheetspec';
import type { BucketCounts } from './status';

/** Published PAPI provincial totals of one year (the tracker carries them on a data sheet). */
export interface PapiYear {
  year: number;
  provinces: Array<{ province: string; total: number }>;
  /** Lowest total of each group, best group first: Cao, Trung bình cao, Trung bình thấp, Thấp. */
  cutoffs: Array<{ group: string; min: number }>;
}

export interface TrackerOptions {
  /** ISO date used for the cached results and the summary counts (and written into the sheet when `fixedToday`). */
  today: string;
  /** Write `today` into the settings cell as a date (reproducible) instead of the formula TODAY(). */
  fixedToday?: boolean;
  /** "Due soon" window in days (default 14); a settings cell on each task tracker. */
  soonDays?: number;
  /** Every sheet name already in the workbook: chiso never reuses a name it did not create. */
  existingSheets?: string[];
  /** chiso version recorded in the marker sheet. */
  version?: string;
  /** Published PAPI data (default: the project's copy from core/frameworks). */
  papi?: PapiYear[];
  /** The PAPI year the official picked to rank against (else the rule of `papiCompareYear`). */
  papiYear?: number | null;
}

/** What a refresh reads back: chiso's own sheets (marker sheet included) as Grids, and their links. */
export interface PreviousTrackers {
  grids: Grid[];
  /** Hyperlinks found in those sheets (a Grid keeps only the shown text). */
  links?: SheetLink[];
}

export interface TrackStats {
  taskTables: number;
  scoreTables: number;
  /** Task rows (items) in the plan: rows removed from the plan and rows without a "Mã" are not tasks. */
  tasks: number;
  /** The tasks by bucket of the status model (status.ts): they add up to `tasks`. */
  buckets: BucketCounts;
  /** Task counts by lead agency over every task table (a row naming several agencies counts for each). */
  agencies: Array<{ name: string; total: number; buckets: BucketCounts }>;
  problems: { error: number; warning: number; info: number };
  /** `loose`: rows officials added without a "Mã", kept as they were. */
  refresh: { previous: boolean; kept: number; added: number; removed: number; loose: number };
}

export interface TrackerSet {
  sheets: SheetSpec[];
  /** chiso's sheets from the previous run that are no longer produced (to remove). */
  obsolete: string[];
  stats: TrackStats;
}
