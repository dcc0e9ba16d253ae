// The "Tự đánh giá" section's work over the workbook port: the core's one flow (runAssessment) builds the sheets,
// the port writes them; the live table re-runs the core's own arithmetic (assess) on the typed self-scores.
import {
  assess,
  assessmentPlace,
  EMPTY_ENTRY,
  NoCriteriaTableError,
  runAssessment,
  type AssessResult,
  type AssessRun,
  type Criterion,
} from '../core/assess';
import { PortError, type WorkbookPort } from '../core/app/port';
import type { Issue } from '../core/issues';
import { formatVnNumber, parseVnNumber, type Bilingual } from '../core/text';

export interface AssessOutcome {
  ok: boolean;
  message: Bilingual;
  /** The built assessment (on success): the set, entries, evidence and the sheets' problems. */
  run: AssessRun | null;
  /** True when an earlier assessment in the workbook was refreshed (its entries kept). */
  refreshed: boolean;
}

const fail = (vi: string, en: string): AssessOutcome => ({
  ok: false,
  message: { vi, en },
  run: null,
  refreshed: false,
});

/**
 * Builds (or refreshes) the self-assessment in the open workbook. The open workbook is both the input and the
 * output: its plan is read, an earlier assessment in it (chiso's marker says so) is read back and rewritten in
 * place. In a tracker workbook the tasks' done states come from the tracker (criterion 1.1) and the assessment is
 * added beside it (its problems on a sheet of their own; the marker keeps both): the tracker's refresh keeps it.
 */
export async function buildAssessOnPort(port: WorkbookPort, today: string): Promise<AssessOutcome> {
  try {
    const { grids, links } = await port.readGrids();
    const place = assessmentPlace(grids);
    const refreshed = place.own.some((e) => e.kind === 'assess');
    const name = await port.name();
    // Evidence files cannot be checked from the pane (no file system): their "exists" column stays empty.
    const run = await runAssessment(grids, place.kind === 'none' ? null : { grids, links }, {
      today,
      file: name,
      place,
    });
    await port.writeSheets(run.built.sheets, { replace: place.replace, remove: [] });
    const t = run.built.result.total;
    const n = run.built.issues.length;
    const { assess: a, evidence: e, problems: p } = run.built.names;
    const ratio = run.built.result.ratio;
    return {
      ok: true,
      refreshed,
      run,
      message: {
        vi: `Đã ${refreshed ? 'cập nhật' : 'tạo'} "${a}", "${e}" và "${p}" (${run.prep.set.criteria.length} tiêu chí, ${n} vấn đề). Tổng dự kiến ${formatVnNumber(t.projected)}/${formatVnNumber(t.max)}.${ratio ? ` Nhiệm vụ hoàn thành ${ratio.done}/${ratio.planned}.` : ''}`,
        en: `${refreshed ? 'Refreshed' : 'Built'} "${a}", "${e}" and "${p}" (${run.prep.set.criteria.length} criteria, ${n} problems). Projected total ${t.projected}/${t.max}.${ratio ? ` Tasks done ${ratio.done}/${ratio.planned}.` : ''}`,
      },
    };
  } catch (e) {
    if (e instanceof PortError) return { ok: false, message: e.text, run: null, refreshed: false };
    if (e instanceof NoCriteriaTableError) return fail(e.message, e.message);
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return fail(`Lỗi không mong đợi: ${msg}`, `Unexpected error: ${msg}`);
  }
}

/** Typed self-scores by criterion id: the text as typed ("" = cleared). */
export type TypedScores = Readonly<Record<string, string>>;

/**
 * The totals as the core computes them with the typed self-scores in place of the sheet's: the same `assess` that
 * built the sheet (no second computation). A text that is not a number is reported in `invalid` and left out.
 */
export function liveAssessment(run: AssessRun, typed: TypedScores): { result: AssessResult; invalid: string[] } {
  const entries = new Map(run.built.entries);
  const invalid: string[] = [];
  for (const [id, text] of Object.entries(typed)) {
    const n = text.trim() === '' ? null : parseVnNumber(text);
    if (text.trim() !== '' && n === null) {
      invalid.push(id);
      continue;
    }
    entries.set(id, { ...(entries.get(id) ?? EMPTY_ENTRY), selfScore: n });
  }
  const { prep, evidence, built } = run;
  const result = assess({
    set: prep.set,
    entries,
    evidence,
    tasks: prep.tasks,
    year: prep.year,
    scoring: built.scoring,
  });
  return { result, invalid };
}

/**
 * The sheets' problems by criterion, in the set's order; evidence problems go under the criterion they back, and
 * those of an evidence row naming no criterion of the set come last (criterion null).
 */
export function problemsByCriterion(run: AssessRun): Array<{ criterion: Criterion | null; issues: Issue[] }> {
  const { built, evidence, prep } = run;
  const by = new Map<string, Issue[]>();
  built.result.problems.forEach((p, i) => {
    const id = p.at.on === 'criterion' ? p.at.id : (evidence[p.at.index]?.criterion ?? '');
    const list = by.get(id) ?? [];
    list.push(built.issues[i]);
    by.set(id, list);
  });
  const known = new Set(prep.set.criteria.map((c) => c.id));
  const rest = [...by].filter(([id]) => !known.has(id)).flatMap(([, list]) => list);
  const groups: Array<{ criterion: Criterion | null; issues: Issue[] }> = prep.set.criteria
    .filter((c) => by.has(c.id))
    .map((c) => ({ criterion: c, issues: by.get(c.id) ?? [] }));
  return rest.length ? [...groups, { criterion: null, issues: rest }] : groups;
}
