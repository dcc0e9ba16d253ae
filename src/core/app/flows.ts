/**
 * The flows the CLI and the pane share, so a tracker written from the pane equals the one `chiso track` writes:
 * read the plan (with the official's role corrections) and its problems; build the trackers, refreshing chiso's
 * previous sheets. Pure: Grids and links in, plan, issues and SheetSpecs out.
 */
import type { Grid, SheetLink } from '../grid';
import type { Issue } from '../issues-types';
import { readPlan, type ReadPlanOptions } from '../plan';
import type { Plan } from '../plan/types';
import { buildTrackerSet, type PapiYear, type TrackerSet } from '../tracker';
import { validatePlan } from '../validate';
import { readNoteIssues } from '../validate/read-notes';
import { correctionsToRoles, type RoleCorrection } from './corrections';
import { splitSheets } from './split';

export interface ReadFlowOptions extends ReadPlanOptions {
  corrections?: readonly RoleCorrection[];
  /** The marker Grid when it is not among `grids` (e.g. the pane read one sheet but knows the marker). */
  markerGrid?: Grid;
}

export interface ReadFlowResult {
  plan: Plan;
  issues: Issue[];
  /** The Grids the plan was read from (chiso's own sheets left out). */
  planGrids: Grid[];
}

/** Reads the plan from the official's sheets among `grids` and validates it. Never throws on data. */
export function readTablesFlow(grids: readonly Grid[], opts: ReadFlowOptions = {}): ReadFlowResult {
  const split = splitSheets(grids, opts.markerGrid);
  const { corrections, markerGrid: _m, ...rest } = opts;
  const plan = readPlan(split.plan, { ...rest, roles: correctionsToRoles(corrections, opts.roles) });
  return { plan, issues: validatePlan(plan, split.plan), planGrids: split.plan };
}

export interface TrackFlowOptions {
  /** ISO date the counts and cached results are computed for. */
  today: string;
  /** Write `today` as a fixed date (the CLI's `--today`) instead of TODAY(). */
  fixedToday?: boolean;
  year?: number;
  soonDays?: number;
  /** File name recorded in the plan. */
  file?: string;
  corrections?: readonly RoleCorrection[];
  roles?: ReadPlanOptions['roles'];
  version?: string;
  papi?: PapiYear[];
  /** The PAPI year the official picked to rank against (else the one rule, frameworks' `papiCompareYear`). */
  papiYear?: number | null;
  /** Sheets in the workbook that are neither the plan nor chiso's (kept as they are; their names are never reused). */
  otherSheets?: readonly string[];
}

export interface TrackFlowResult {
  plan: Plan;
  issues: Issue[];
  set: TrackerSet;
  /** chiso's own sheets: the writer may rewrite them in place. */
  replace: string[];
  /** chiso's sheets from the previous run that are no longer produced: the writer deletes them. */
  remove: string[];
}

/**
 * Grids of EVERY sheet of the workbook, in workbook order (chiso's own included: a refresh reads them back), and the
 * hyperlinks found in them (only those on chiso's own sheets are used).
 */
export function trackFlow(
  grids: readonly Grid[],
  links: readonly SheetLink[],
  opts: TrackFlowOptions,
): TrackFlowResult {
  const split = splitSheets(grids);
  const mine = new Set(split.mine);
  const plan = readPlan(split.plan, {
    year: opts.year,
    file: opts.file,
    roles: correctionsToRoles(opts.corrections, opts.roles),
  });
  // A tracker sheet of the last run that cannot be read is rebuilt without what was typed in it: said, not silent.
  const issues = [...validatePlan(plan, split.plan), ...readNoteIssues(split.own)];
  const set = buildTrackerSet(
    plan,
    issues,
    {
      today: opts.today,
      fixedToday: opts.fixedToday,
      soonDays: opts.soonDays,
      existingSheets: [...grids.map((g) => g.sheet), ...(opts.otherSheets ?? [])],
      ...(opts.version !== undefined ? { version: opts.version } : {}),
      ...(opts.papi !== undefined ? { papi: opts.papi } : {}),
      ...(opts.papiYear !== undefined ? { papiYear: opts.papiYear } : {}),
    },
    split.own.length ? { grids: split.own, links: links.filter((l) => mine.has(l.sheet)) } : undefined,
  );
  return { plan, issues, set, replace: split.mine, remove: set.obsolete };
}
