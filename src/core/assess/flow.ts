/**
 * The self-assessment flow shared by the CLI and the pane: the plan (or tracker) read into a criteria set and tasks,
 * the previous assessment read back, the evidence list merged, the sheets built (sheets.ts). The caller only reads
 * and writes (and, where it can, checks which evidence files exist). Pure.
 */
import { splitSheets } from '../app/split';
import { PAR_2024 } from '../frameworks';
import type { Grid, SheetLink } from '../grid';
import { readPlan } from '../plan';
import type { Plan } from '../plan/types';
import { readUnit } from '../rollup/unit';
import type { AssessPlace } from './place';
import { buildAssessment, type AssessBuild } from './sheets';
import { readPreviousAssessment, mergeEvidence, type PreviousAssessment } from './previous';
import { planCriteriaTables, setFromFramework, setFromPlanTable } from './sets';
import { proposedEvidence, tasksFromPlan, tasksFromTracker } from './tasks';
import type { AssessTask, CriteriaSet, Evidence } from './types';

export interface PrepareOptions {
  /** 'par-2024', or the Grids of a workbook holding a criteria table; default: the plan's own table, else PAR 2024. */
  set?: 'par-2024' | { grids: Grid[]; file: string };
  year?: number;
  today: string;
  file?: string;
  /** Where the sheets go (assessmentPlace of the workbook written to); default: a workbook of their own. */
  place?: AssessPlace;
}

export interface Prepared {
  plan: Plan;
  set: CriteriaSet;
  /** True when the input is a chiso tracker (tasks carry their done state). */
  fromTracker: boolean;
  tasks: AssessTask[];
  year: number | null;
  previous: PreviousAssessment;
  evidence: Evidence[];
  place?: AssessPlace;
}

/** Thrown (as data for the CLI) when a `--set FILE` has no criteria table. */
export class NoCriteriaTableError extends Error {
  constructor(file: string) {
    super(
      `Không tìm thấy bảng tiêu chí (có cột "Điểm tối đa") trong ${file} / No criteria table (with a maximum column) in ${file}`,
    );
    this.name = 'NoCriteriaTableError';
  }
}

export function prepareAssessment(
  grids: readonly Grid[],
  previous: { grids: readonly Grid[]; links: readonly SheetLink[] } | null,
  opts: PrepareOptions,
): Prepared {
  const split = splitSheets(grids);
  const plan = readPlan(split.plan, { year: opts.year, file: opts.file });
  let set: CriteriaSet;
  if (opts.set === 'par-2024') set = setFromFramework(PAR_2024, planCriteriaTables(plan)[0]);
  else if (opts.set) {
    const other = readPlan(opts.set.grids, { year: opts.year, file: opts.set.file });
    const table = planCriteriaTables(other)[0] ?? other.tables.find((t) => t.kind === 'scores');
    if (!table) throw new NoCriteriaTableError(opts.set.file);
    set = setFromPlanTable(table, PAR_2024);
  } else {
    const table = planCriteriaTables(plan)[0];
    set = table ? setFromPlanTable(table, PAR_2024) : setFromFramework(PAR_2024);
  }
  const unit = readUnit([...grids], opts.file ?? '', opts.today, 14);
  const fromTracker = 'read' in unit;
  const tasks = 'read' in unit ? tasksFromTracker(unit.read.tasks) : tasksFromPlan(plan);
  const prev = readPreviousAssessment(previous?.grids ?? [], previous?.links ?? []);
  const evidence = mergeEvidence(proposedEvidence(set, tasks), prev);
  const year = opts.year ?? plan.year;
  return { plan, set, fromTracker, tasks, year, previous: prev, evidence, place: opts.place };
}

export interface AssessRun {
  prep: Prepared;
  /** The evidence list with `fileExists` as the caller's check says (null everywhere when it cannot check). */
  evidence: Evidence[];
  built: AssessBuild;
}

/**
 * The whole flow: prepare, let the caller check evidence files (I/O, optional), build. Every surface calls this one
 * function and only turns `built.sheets` into bytes or Office.js calls.
 */
export async function runAssessment(
  grids: readonly Grid[],
  previous: { grids: readonly Grid[]; links: readonly SheetLink[] } | null,
  opts: PrepareOptions,
  checkFiles?: (evidence: Evidence[]) => Promise<Evidence[]>,
): Promise<AssessRun> {
  const prep = prepareAssessment(grids, previous, opts);
  const evidence = checkFiles ? await checkFiles(prep.evidence) : prep.evidence;
  const built = buildAssessment({ ...prep, evidence });
  return { prep, evidence, built };
}
