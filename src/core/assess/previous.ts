/**
 * The previous self-assessment sheets read back (with the tracker's own read-back, tracker/previous.ts: rows by
 * "Mã", cells by header, links, rows added without a key), so a refresh keeps every typed entry: self-scores,
 * appraised scores and comments, explanations, the scoring column, and every evidence row.
 */
import { cellText, type Cell, type Grid, type SheetLink } from '../grid';
import { numberFromCell } from '../text';
import { readMarker, type MarkerEntry } from '../tracker/marker';
import { readPrevSheet, type PrevRow, type PrevSheet } from '../tracker/previous';
import { SHEET_NAMES } from '../tracker/labels';
import { ASSESS_HEADERS as H, EVIDENCE_HEADERS as E, SCORING_LABEL } from './labels';
import { EMPTY_ENTRY, type CriterionEntry, type Evidence, type Scoring } from './types';

export interface PreviousAssessment {
  entries: Map<string, CriterionEntry>;
  /** The scoring column as left by the official (chiso writes the set's value; a change is theirs). */
  scoring: Map<string, Scoring>;
  /** The completion-rate value chiso wrote last time, by criterion (to tell a typed self-score from chiso's). */
  ratioShown: Map<string, number>;
  /** Evidence rows chiso proposed (by key) with what is typed in them now. */
  evidence: Map<string, Evidence>;
  /** Rows the official added (no key), in sheet order. */
  added: Evidence[];
  /** chiso's sheets in the previous output (marker entries). */
  marker: MarkerEntry[];
}

const text = (c: Cell | undefined) => (c ? cellText(c).trim() : '');
const number = (c: Cell | undefined) => (c ? numberFromCell(c) : null);

function entryOf(r: PrevRow): CriterionEntry {
  const c = (h: string) => r.cells.get(h);
  return {
    ...EMPTY_ENTRY,
    selfScore: number(c(H.self)),
    explanation: text(c(H.explanation)),
    appraised1: number(c(H.appraised1)),
    comment1: text(c(H.comment1)),
    appraised2: number(c(H.appraised2)),
    comment2: text(c(H.comment2)),
  };
}

function evidenceOf(r: PrevRow): Evidence {
  const c = (h: string) => r.cells.get(h);
  const d = c(E.date);
  const date = d?.kind === 'date' ? d.iso : null;
  return {
    key: r.key,
    criterion: text(c(E.criterion)),
    number: text(c(E.number)),
    date,
    dateText: date ? '' : text(d),
    issuer: text(c(E.issuer)),
    title: text(c(E.title)),
    section: text(c(E.section)),
    file: r.links.get(E.file) && !text(c(E.file)) ? (r.links.get(E.file) ?? '') : text(c(E.file)),
    fileExists: null,
  };
}

/** Reads the previous assessment from a workbook's Grids (chiso's marker names its sheets); empty when none. */
export function readPreviousAssessment(grids: readonly Grid[], links: readonly SheetLink[]): PreviousAssessment {
  const out: PreviousAssessment = {
    entries: new Map(),
    scoring: new Map(),
    ratioShown: new Map(),
    evidence: new Map(),
    added: [],
    marker: [],
  };
  const markerGrid = grids.find((g) => g.sheet === SHEET_NAMES.marker);
  if (!markerGrid) return out;
  out.marker = readMarker(markerGrid);
  const sheet = (kind: 'assess' | 'evidence'): PrevSheet | null => {
    const entry = out.marker.find((e) => e.kind === kind);
    const grid = entry && grids.find((g) => g.sheet === entry.sheet);
    if (!entry || !grid) return null;
    const ls = new Map<string, string>();
    for (const l of links) if (l.sheet === entry.sheet) ls.set(l.cell.replace(/\$/g, '').toUpperCase(), l.target);
    return readPrevSheet(
      grid,
      entry,
      () => true,
      () => false,
      ls,
    );
  };
  const byLabel = new Map(Object.entries(SCORING_LABEL).map(([k, v]) => [v, k as Scoring]));
  for (const r of sheet('assess')?.rows ?? []) {
    out.entries.set(r.key, entryOf(r));
    const s = byLabel.get(text(r.cells.get(H.scoring)));
    if (s) out.scoring.set(r.key, s);
    const shown = number(r.cells.get(H.ratio));
    if (shown !== null) out.ratioShown.set(r.key, shown);
  }
  const ev = sheet('evidence');
  for (const r of ev?.rows ?? []) out.evidence.set(r.key, evidenceOf(r));
  for (const r of ev?.loose ?? []) out.added.push(evidenceOf(r));
  return out;
}

/**
 * The evidence list of this run: each proposed row with what was typed in it before (the official's entries win),
 * proposed rows no longer proposed but still typed in (kept), then the rows the official added.
 */
export function mergeEvidence(proposed: readonly Evidence[], prev: PreviousAssessment): Evidence[] {
  const out: Evidence[] = [];
  const seen = new Set<string>();
  for (const p of proposed) {
    seen.add(p.key);
    const before = prev.evidence.get(p.key);
    out.push(before ? { ...before, key: p.key, taskKey: p.taskKey } : p);
  }
  for (const [key, e] of prev.evidence) if (!seen.has(key)) out.push({ ...e, key });
  out.push(...prev.added);
  return out;
}
