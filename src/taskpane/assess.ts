// The "Tự đánh giá" section's work over the workbook port: the core's one flow (runAssessment) builds the sheets,
// the port writes them; the live table re-runs the core's own arithmetic (assess) on the typed self-scores.
import {
  assess,
  assessmentSheetsOf,
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
 * place. A workbook holding a chiso tracker is refused: its marker and "Vấn đề" sheet are the tracker's.
 */
export async function buildAssessOnPort(port: WorkbookPort, today: string): Promise<AssessOutcome> {
  try {
    const { grids, links } = await port.readGrids();
    const kind = assessmentSheetsOf(grids);
    if (kind.kind === 'other')
      return fail(
        'Sổ này đã có bảng theo dõi của chiso (trang "Vấn đề" và "_chiso" là của bảng theo dõi): hãy tự đánh giá trên sổ kế hoạch, hoặc dùng lệnh "chiso assess" để tạo sổ tự đánh giá riêng.',
        'This workbook holds a chiso tracker (its "Vấn đề" and "_chiso" sheets are the tracker\'s): self-assess on the plan workbook, or run "chiso assess" for a workbook of its own.',
      );
    const previous = kind.kind === 'assess' ? { grids, links } : null;
    const name = await port.name();
    // Evidence files cannot be checked from the pane (no file system): their "exists" column stays empty.
    const run = await runAssessment(grids, previous, { today, file: name });
    await port.writeSheets(run.built.sheets, { replace: kind.kind === 'assess' ? kind.mine : [], remove: [] });
    const t = run.built.result.total;
    const n = run.built.issues.length;
    return {
      ok: true,
      refreshed: previous !== null,
      run,
      message: {
        vi: `Đã ${previous ? 'cập nhật' : 'tạo'} "Tự đánh giá", "Tài liệu kiểm chứng" và "Vấn đề" (${run.prep.set.criteria.length} tiêu chí, ${n} vấn đề). Tổng dự kiến ${formatVnNumber(t.projected)}/${formatVnNumber(t.max)}.`,
        en: `${previous ? 'Refreshed' : 'Built'} "Tự đánh giá", "Tài liệu kiểm chứng" and "Vấn đề" (${run.prep.set.criteria.length} criteria, ${n} problems). Projected total ${t.projected}/${t.max}.`,
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
