/**
 * Where the self-assessment goes in a workbook, read from chiso's marker: a workbook without chiso's sheets, a
 * self-assessment workbook of its own, or a tracker (the official's weekly file) with or without an assessment
 * beside it. Beside a tracker the two share the marker — each keeps the other's entries — and the assessment lists
 * its problems on a sheet of its own ("Vấn đề tự đánh giá" in any workbook holding more than the assessment, so the
 * tracker's "Vấn đề" is free whichever is built first): neither rewrite touches the other's sheets. Pure.
 */
import type { Grid } from '../grid';
import { SHEET_NAMES } from '../tracker/labels';
import { readMarker, type MarkerEntry } from '../tracker/marker';
import { SheetNamer } from '../tracker/names';
import { ASSESS_PROBLEMS_SHARED, ASSESS_SHEETS, type AssessSheetNames } from './labels';

export interface AssessPlace {
  /** 'none': no chiso sheets; 'assess': a self-assessment workbook; 'beside': other chiso sheets (a tracker) too. */
  kind: 'none' | 'assess' | 'beside';
  /** The assessment's entries from an earlier run (empty when there was none). */
  own: MarkerEntry[];
  /** The other chiso sheets' entries (the tracker's): written back unchanged in the marker the assessment writes. */
  others: MarkerEntry[];
  /** Sheets a build may rewrite: the assessment's own and the marker. */
  replace: string[];
  /** Every sheet of the workbook (to name new sheets without taking an official's name). */
  sheets: string[];
}

const OWN_KINDS = new Set(['assess', 'evidence', 'assessProblems']);
const TRACKER_KINDS = new Set(['tasks', 'scores', 'summary']);

export const NO_PLACE: AssessPlace = { kind: 'none', own: [], others: [], replace: [], sheets: [] };

export function assessmentPlace(grids: readonly Grid[]): AssessPlace {
  const sheets = grids.map((g) => g.sheet);
  const marker = grids.find((g) => g.sheet === SHEET_NAMES.marker);
  const entries = marker ? readMarker(marker) : [];
  if (!marker || entries.length === 0) return { ...NO_PLACE, sheets };
  const tracker = entries.some((e) => TRACKER_KINDS.has(e.kind));
  // A self-assessment workbook of the first version listed its problem sheet with the tracker's kind 'problems'.
  const isOwn = (e: MarkerEntry) => OWN_KINDS.has(e.kind) || (!tracker && e.kind === 'problems');
  const own = entries.filter(isOwn);
  const others = entries.filter((e) => !isOwn(e) && e.kind !== 'marker');
  const kind = others.length ? 'beside' : own.length ? 'assess' : 'none';
  return { kind, own, others, replace: [...own.map((e) => e.sheet), marker.sheet], sheets };
}

/** The names this build's sheets take: the earlier run's, else the defaults, never an official's sheet's name. */
export function assessSheetNames(place: AssessPlace): AssessSheetNames {
  const mine = new Set([...place.replace, ...place.others.map((e) => e.sheet)].map((n) => n.toLowerCase()));
  const namer = new SheetNamer(place.sheets.filter((n) => !mine.has(n.toLowerCase())));
  // The tracker's sheet names are not free either (its "Vấn đề" above all).
  for (const e of place.others) namer.claim(e.sheet);
  const was = (kinds: string[]) => place.own.find((e) => kinds.includes(e.kind))?.sheet;
  // "Vấn đề" only in a workbook of the assessment alone (the CLI's own output); elsewhere a tracker may want it.
  const alone = place.sheets.every((n) => place.replace.some((r) => r.toLowerCase() === n.toLowerCase()));
  return {
    assess: namer.claim(was(['assess']) ?? ASSESS_SHEETS.assess),
    evidence: namer.claim(was(['evidence']) ?? ASSESS_SHEETS.evidence),
    problems: namer.claim(
      was(['assessProblems', 'problems']) ?? (alone ? ASSESS_SHEETS.problems : ASSESS_PROBLEMS_SHARED),
    ),
  };
}
