/**
 * The one track pipeline: the CLI (`chiso track`), the browser page (file mode) and the Excel pane all call it, and
 * only turn its answer into bytes or Office.js calls. It takes the plan's workbook, the previous output if any (a
 * CLI refresh into an existing OUT), and the options; it returns what to write — sheets to add, rewrite in place,
 * keep and remove, drawings to carry, plan sheets to bring into the previous output — with every rule in one place:
 * - chiso's sheets are rebuilt from the plan and its previous trackers (what officials typed survives: trackFlow);
 * - an obsolete sheet of chiso's that a kept formula, a defined name or a chart still uses stays (no formula may be
 *   left pointing to a sheet the workbook no longer has: "Dữ liệu PAPI" under a carried PAPI tracker);
 * - charts and pictures officials put on chiso's sheets are carried onto the rewritten sheets;
 * - officials' sheets, the sheets of an older plan and defined names are never touched.
 */
import type { Grid, SheetLink } from '../grid';
import type { Issue } from '../issues-types';
import type { Plan } from '../plan/types';
import type { SheetSpec } from '../sheetspec';
import type { Bilingual } from '../text';
import type { TrackerSet } from '../tracker';
import { trackFlow, type TrackFlowOptions } from './flows';
import { collectRefs, type FormulaRefs } from './references';
import { planRefresh } from './refresh-plan';

/** One workbook as a surface sees it. */
export interface TrackBook {
  /** Every sheet, in workbook order (chiso's own included). */
  grids: Grid[];
  links: SheetLink[];
  /** Sheets that hold a drawing (charts, pictures), as far as the surface can tell. */
  drawn?: readonly string[];
  /**
   * What the formulas of the named sheets (and the workbook's names and charts) refer to. Asked only when an
   * obsolete sheet of chiso's could go, and only for the sheets that stay: a surface may read formulas lazily.
   */
  refs(sheets: string[]): Promise<FormulaRefs> | FormulaRefs;
}

export interface TrackSource {
  /** The plan's workbook (for the page and the pane, also the one written to). */
  input: TrackBook;
  /** The existing output chiso refreshes (a CLI run with `-o OUT` when OUT holds chiso's trackers). */
  previous?: TrackBook | null;
}

export type TrackOptions = Omit<TrackFlowOptions, 'otherSheets'>;

/** What to write, for a surface to carry out. */
export interface TrackWrite {
  plan: Plan;
  issues: Issue[];
  set: TrackerSet;
  /** The sheets to write (the specs), in order. */
  specs: SheetSpec[];
  /** Specs whose sheet the workbook lacks: added after its sheets. */
  add: string[];
  /** chiso's sheets rewritten in place (same position; formulas elsewhere that use them keep working). */
  rewrite: string[];
  /** chiso's sheets the writer may rewrite (the marker's list); a spec named like any other sheet is a conflict. */
  replace: string[];
  /** chiso's sheets no longer produced that a kept formula, name or chart still uses: they stay as they are. */
  keep: string[];
  /** chiso's sheets no longer produced and used by nothing that stays: deleted. */
  remove: string[];
  /** Rewritten sheets that hold officials' drawings: the drawings are carried onto the new sheet. */
  carry: string[];
  /** Refresh: plan sheets of the input brought into the previous output (missing there, or changed). */
  copy: string[];
  /** Refresh: the previous output's sheets that are officials' own (or an older plan's), kept. */
  userSheets: string[];
  /** True when the previous output is the base written to. */
  refreshed: boolean;
}

/** A plan sheet the previous output lists as chiso's: the refresh cannot tell the two apart. */
export class SheetRoleConflictError extends Error {
  readonly text: Bilingual;
  constructor(readonly sheet: string) {
    const text = {
      vi: `Trang "${sheet}" có cả trong kế hoạch và trong bảng theo dõi cũ; hãy đổi tên một trang`,
      en: `Sheet "${sheet}" is in both the plan and the old tracker; rename one`,
    };
    super(`${text.vi} / ${text.en}`);
    this.name = 'SheetRoleConflictError';
    this.text = text;
  }
}

const lower = (names: Iterable<string>) => new Set([...names].map((n) => n.toLowerCase()));

/** The sheets a spec's formulas (cells and conditional formats) refer to. */
function specRefs(specs: readonly SheetSpec[], into: Set<string>): void {
  for (const s of specs) {
    for (const row of s.cells) for (const c of row ?? []) if (c?.f) collectRefs([c.f], into);
    for (const cf of s.condFormats ?? [])
      for (const r of cf.rules) if (r.type === 'expression') collectRefs([r.formula], into);
  }
}

/**
 * Of `candidates` (obsolete sheets of chiso's), those something that stays refers to (`wanted`, lower-cased names)
 * are kept, the others removed. Pure: the whole rule "no formula points nowhere".
 */
export function splitObsolete(
  candidates: readonly string[],
  wanted: ReadonlySet<string>,
): { keep: string[]; remove: string[] } {
  const keep = candidates.filter((n) => wanted.has(n.toLowerCase()));
  return { keep, remove: candidates.filter((n) => !wanted.has(n.toLowerCase())) };
}

/** Runs the track decision for any surface. Throws SheetRoleConflictError (a refresh the files make ambiguous). */
export async function trackPipeline(source: TrackSource, opts: TrackOptions): Promise<TrackWrite> {
  const { input, previous } = source;
  const refresh = previous ? planRefresh(input.grids, previous.grids, previous.links) : null;
  if (refresh?.conflict !== undefined) throw new SheetRoleConflictError(refresh.conflict);
  const base = previous ?? input;
  const flow = trackFlow(refresh ? refresh.grids : input.grids, refresh ? refresh.links : input.links, {
    ...opts,
    ...(refresh ? { otherSheets: refresh.userSheets } : {}),
  });
  const specs = flow.set.sheets;
  const copy = refresh?.copy ?? [];
  // The workbook written to, by name: the base's sheets and the plan sheets brought into it.
  const present = lower([...base.grids.map((g) => g.sheet), ...copy]);
  const add = specs.filter((s) => !present.has(s.name.toLowerCase())).map((s) => s.name);
  const rewrite = specs.filter((s) => present.has(s.name.toLowerCase())).map((s) => s.name);
  const candidates = flow.remove.filter((n) => present.has(n.toLowerCase()));

  let split: { keep: string[]; remove: string[] } = { keep: [], remove: candidates };
  if (candidates.length) {
    // Everything that stays: the new specs, the sheets neither rewritten nor candidates, the workbook's names/charts.
    const gone = lower([...rewrite, ...candidates]);
    const copied = lower(copy);
    const stay = base.grids.map((g) => g.sheet).filter((n) => !gone.has(n.toLowerCase()));
    const fromBase = stay.filter((n) => !copied.has(n.toLowerCase()));
    const fromInput = previous ? copy.filter((n) => !gone.has(n.toLowerCase())) : [];
    const wanted = new Set<string>();
    specRefs(specs, wanted);
    // The candidates' own formulas count once they are kept (a kept sheet may itself use another candidate).
    const baseRefs = await base.refs([...fromBase, ...candidates]);
    collectSheetRefs(baseRefs, fromBase, wanted);
    for (const n of baseRefs.book) wanted.add(n.toLowerCase());
    if (fromInput.length) collectSheetRefs(await input.refs(fromInput), fromInput, wanted);
    for (let size = -1; size !== wanted.size;) {
      size = wanted.size;
      collectSheetRefs(baseRefs, splitObsolete(candidates, wanted).keep, wanted);
    }
    split = splitObsolete(candidates, wanted);
  }
  const rewritten = lower(rewrite);
  return {
    plan: flow.plan,
    issues: flow.issues,
    set: flow.set,
    specs,
    add,
    rewrite,
    replace: flow.replace,
    keep: split.keep,
    remove: split.remove,
    carry: (base.drawn ?? []).filter((n) => rewritten.has(n.toLowerCase())),
    copy,
    userSheets: refresh?.userSheets ?? [],
    refreshed: !!previous,
  };
}

function collectSheetRefs(refs: FormulaRefs, sheets: readonly string[], into: Set<string>): void {
  const wanted = lower(sheets);
  for (const [sheet, names] of Object.entries(refs.sheets))
    if (wanted.has(sheet.toLowerCase())) for (const n of names) into.add(n.toLowerCase());
}
