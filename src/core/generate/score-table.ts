/**
 * A score appendix (PAR INDEX, SIPAS, PAPI) as a SheetSpec: STT · title · maximum · "Kết quả năm Y-1" ·
 * "Mục tiêu năm Y" · lead agency. In an additive index a parent row is a formula over its direct children:
 * the maximum is `SUM(...)` whenever the children's maxima add up to the printed one (PAPI's 3 × 3,33 under a
 * dimension of 10 do not: that maximum stays as published); results and targets are
 * `IF(COUNT(...)=0,"",SUM(...))`, blank on an empty form rather than a column of zeros, the sum as soon as one
 * leaf holds a number.
 */
import { colLetter } from '../grid';
import type { SpecCell, SpecValue, SheetSpec } from '../sheetspec';
import { sumArgs } from '../tracker/parts';
import { putNote, putRow, startSheet, type FrameColumn } from './frame';

export type ScoreIndex = 'par' | 'sipas' | 'papi';

export interface ScoreLine {
  /** Numbering as printed ("1", "1.3.1", "I", "1.", "-"; "" on the total row). */
  label: string;
  title: string;
  max: number | null;
  result: number | string | null;
  target: number | string | null;
  lead: string | null;
  /** Indexes (into `lines`) of the direct children. */
  children: number[];
  isTotal: boolean;
  /** Printed in bold (fields, dimensions, areas, the total). */
  strong: boolean;
}

export interface ScoreModel {
  index: ScoreIndex;
  sheet: string;
  titles: string[];
  /** Headers of the title, maximum and lead columns (as the plan printed them, or the standard wording). */
  titleHeader: string;
  maxHeader: string;
  leadHeader: string;
  resultYear: number;
  targetYear: number;
  /** Appended to the target header, e.g. " (%)" for SIPAS. */
  targetSuffix?: string;
  /** Parents are sums of their children (PAR INDEX, PAPI), or every row stands alone (SIPAS). */
  additive: boolean;
  lines: ScoreLine[];
  /** Lines below the table (each should begin with "Ghi chú:" so readers end the table before it). */
  notes?: string[];
}

const COLS = { label: 1, title: 2, max: 3, result: 4, target: 5, lead: 6 } as const;
const round = (n: number) => Math.round(n * 1e9) / 1e9;

/** Is this line's maximum the sum of its children's? */
function maxAdds(model: ScoreModel, i: number): boolean {
  const line = model.lines[i];
  if (!model.additive || line.children.length === 0) return false;
  const kids = line.children.map((c) => model.lines[c].max);
  if (kids.some((k) => typeof k !== 'number')) return false;
  const sum = round(kids.reduce((a: number, k) => a + (k as number), 0));
  return line.max === null || Math.abs(sum - line.max) < 1e-9;
}

/** The value a column shows for a line: own value for leaves (and non-additive rows), sum of children otherwise. */
export function lineValue(model: ScoreModel, field: 'max' | 'result' | 'target', i: number): number | string | null {
  const line = model.lines[i];
  const sums = field === 'max' ? maxAdds(model, i) : model.additive && line.children.length > 0;
  if (!sums) return line[field];
  let total = 0;
  let any = false;
  for (const c of line.children) {
    const v = lineValue(model, field, c);
    if (typeof v === 'number') {
      total += v;
      any = true;
    }
  }
  return any || field === 'max' ? round(total) : null;
}

export function scoreHeaders(model: ScoreModel): FrameColumn[] {
  return [
    { header: 'STT', width: 7 },
    { header: model.titleHeader, width: 58 },
    { header: model.maxHeader, width: 12 },
    { header: `Kết quả năm ${model.resultYear}`, width: 13 },
    { header: `Mục tiêu năm ${model.targetYear}${model.targetSuffix ?? ''}`, width: 13 },
    { header: model.leadHeader, width: 30 },
  ];
}

export function scoreTableSpec(model: ScoreModel): SheetSpec {
  const frame = startSheet(model.sheet, model.titles, scoreHeaders(model));
  const rowOf = (i: number) => frame.firstRow + i;
  model.lines.forEach((line, i) => {
    const r = rowOf(i);
    const strong = line.strong || line.isTotal;
    const args = (col: number) => sumArgs(colLetter(col), line.children.map(rowOf));
    const numeric = (field: 'result' | 'target'): SpecCell => {
      const s = strong ? 'scoreBold' : 'score';
      if (!(model.additive && line.children.length)) return { v: valueOf(line[field]), s };
      const a = args(COLS[field]);
      const cached = lineValue(model, field, i);
      return { f: `IF(COUNT(${a})=0,"",SUM(${a}))`, r: cached, s };
    };
    const max: SpecCell = maxAdds(model, i)
      ? { f: `SUM(${args(COLS.max)})`, r: lineValue(model, 'max', i), s: strong ? 'maxBold' : 'max' }
      : { v: line.max, s: strong ? 'maxBold' : 'max' };
    putRow(frame, r, [
      { v: line.label || null, s: strong ? 'labelBold' : 'label' },
      { v: line.title, s: strong ? 'textBold' : 'text' },
      max,
      numeric('result'),
      numeric('target'),
      { v: line.lead, s: 'text' },
    ]);
  });
  const after = rowOf(model.lines.length) + 1;
  (model.notes ?? []).forEach((n, k) => putNote(frame, after + k, n));
  return frame.spec;
}

function valueOf(v: number | string | null): SpecValue {
  return v === '' ? null : v;
}
