/**
 * The self-assessment sheets as SheetSpecs: "Tự đánh giá" (the criteria tree with inputs, parents as SUM formulas,
 * colours for over-maximum and missing evidence), "Tài liệu kiểm chứng" (one row per document, hyperlinks, whether
 * the file exists — checked by the caller), "Vấn đề" and the marker. Typed entries of the previous run are kept.
 */
import { colLetter } from '../grid';
import { makeIssue, type Issue } from '../issues';
import { formulaText, pagePrint, quoteSheet, setCell, type SheetSpec, type SpecCell } from '../sheetspec';
import { formatVnNumber } from '../text';
import { markerSpec } from '../tracker/marker';
import { buildProblemsSheet } from '../tracker/problems-sheet';
import { fitRowHeights, issuesText, linkOf, ownSheet, sumArgs } from '../tracker/parts';
import { COND, FONT, TAB_COLOR } from '../tracker/styles';
import { ASSESS_HEADERS as H, EVIDENCE_HEADERS as E, SCORING_LABEL, type AssessSheetNames } from './labels';
import { assess, type AssessProblem, type AssessResult } from './model';
import { assessSheetNames, NO_PLACE, type AssessPlace } from './place';
import type { PreviousAssessment } from './previous';
import {
  EMPTY_ENTRY,
  type AssessTask,
  type CriteriaSet,
  type CriterionEntry,
  type Evidence,
  type Scoring,
} from './types';

export const ASSESS_VERSION = '1';
const A_HEADER = 5;
const E_HEADER = 4;
const A_COLS = Object.keys(H) as Array<keyof typeof H>;
const E_COLS = Object.keys(E) as Array<keyof typeof E>;
const aCol = (k: keyof typeof H) => colLetter(A_COLS.indexOf(k) + 1);
const eCol = (k: keyof typeof E) => colLetter(E_COLS.indexOf(k) + 1);

export interface AssessBuildInput {
  set: CriteriaSet;
  tasks: readonly AssessTask[] | null;
  year: number | null;
  previous: PreviousAssessment;
  /** The evidence list of this run (mergeEvidence), `fileExists` filled in by the caller (I/O). */
  evidence: readonly Evidence[];
  /** Where the sheets go (assessmentPlace): their names and the other chiso entries the marker keeps. Default: a new workbook. */
  place?: AssessPlace;
}

export interface AssessBuild {
  sheets: SheetSpec[];
  issues: Issue[];
  result: AssessResult;
  /** The typed entries the model used (by criterion id). */
  entries: Map<string, CriterionEntry>;
  /** The official's re-marks of how criteria are scored (the model's `scoring`), for a live re-computation. */
  scoring: Map<string, Scoring>;
  /** The names the three sheets took. */
  names: AssessSheetNames;
}

/** The entries to keep: a self-score on a completion-rate row equal to what chiso showed last time is chiso's. */
function keptEntries(
  set: CriteriaSet,
  prev: PreviousAssessment,
  scoring: Map<string, Scoring>,
): Map<string, CriterionEntry> {
  const out = new Map<string, CriterionEntry>();
  for (const c of set.criteria) {
    const e = prev.entries.get(c.id);
    if (!e) continue;
    const kind = scoring.get(c.id) ?? c.scoring;
    const shown = prev.ratioShown.get(c.id);
    const chisos =
      kind === 'ratio' && e.selfScore !== null && shown !== undefined && Math.abs(e.selfScore - shown) < 1e-9;
    out.set(c.id, chisos ? { ...e, selfScore: null } : e);
  }
  return out;
}

export function buildAssessment(input: AssessBuildInput): AssessBuild {
  const { set, previous: prev } = input;
  const overrides = new Map(
    [...prev.scoring].filter(([id, s]) => set.criteria.find((c) => c.id === id)?.scoring !== s),
  );
  const entries = keptEntries(set, prev, overrides);
  const result = assess({
    set,
    entries,
    evidence: input.evidence,
    tasks: input.tasks,
    year: input.year,
    scoring: overrides,
  });
  const place = input.place ?? NO_PLACE;
  const names = assessSheetNames(place);
  const rowOf = new Map(set.criteria.map((c, i) => [c.id, A_HEADER + 1 + i]));
  const issues = result.problems.map((p) => toIssue(p, rowOf, names));
  const assessSheet = buildAssessSheet(input, entries, overrides, result, rowOf, issues, names);
  const evidenceSheet = buildEvidenceSheet(input, issues, names);
  const problems: SheetSpec = { ...buildProblemsSheet(names.problems, issues), kind: 'assessProblems' };
  const sheets = [assessSheet, evidenceSheet, problems];
  // Beside a tracker, its entries are written back as they were: the tracker's refresh finds its sheets again.
  const entriesOut = [
    ...place.others,
    ...sheets.map((s) => ({ sheet: s.name, kind: s.kind, headerRow: s.headerRow, keyCol: s.keyCol })),
  ];
  sheets.push(markerSpec(entriesOut, ASSESS_VERSION));
  return { sheets, issues, result, entries, scoring: overrides, names };
}

function toIssue(p: AssessProblem, rowOf: Map<string, number>, names: AssessSheetNames): Issue {
  const cell =
    p.at.on === 'criterion'
      ? `${aCol(p.at.col === 'lastResult' ? 'lastResult' : p.at.col)}${rowOf.get(p.at.id) ?? A_HEADER + 1}`
      : `${eCol(p.at.col)}${E_HEADER + 1 + p.at.index}`;
  const sheet = p.at.on === 'criterion' ? names.assess : names.evidence;
  return makeIssue(p.code, sheet, cell, p.params as never);
}

function buildAssessSheet(
  input: AssessBuildInput,
  entries: Map<string, CriterionEntry>,
  overrides: Map<string, Scoring>,
  result: AssessResult,
  rowOf: Map<string, number>,
  issues: Issue[],
  names: AssessSheetNames,
): SheetSpec {
  const { set } = input;
  const widths = [8, 50, 9, 13, 10, 10, 10, 12, 18, 9, 30, 10, 24, 10, 24, 10, 11, 40];
  const spec: SheetSpec = {
    ...ownSheet(names.assess, 'assess', TAB_COLOR.summary, widths, A_HEADER),
    keyCol: 'A',
    headerRow: A_HEADER,
  };
  spec.freeze = { rows: A_HEADER, cols: 2 };
  const first = A_HEADER + 1;
  const last = A_HEADER + set.criteria.length;
  const yr = input.year;
  setCell(spec, 1, 1, { v: `Tự đánh giá, chấm điểm${yr ? ` năm ${yr}` : ''} — ${set.name}`, s: 'title' });
  setCell(spec, 2, 1, {
    v: 'Nhập ở các ô nền vàng (dòng chi tiết); dòng tổng là công thức. / Type in the yellow cells (detail rows); parent rows are formulas.',
    s: 'subtitle',
  });
  const fieldRows = set.criteria.filter((c) => c.parent === null).map((c) => rowOf.get(c.id) ?? 0);
  const P = aCol('projected');
  const totalMax = `SUM(${sumArgs(aCol('max'), fieldRows)})`;
  const totalProj = `SUM(${sumArgs(P, fieldRows)})`;
  setCell(spec, 3, 1, { v: 'Tổng điểm dự kiến / Projected total', s: 'label' });
  setCell(spec, 3, 3, { f: totalProj, r: result.total.projected, s: 'scoreBold' });
  setCell(spec, 3, 4, { v: 'Tỷ lệ / %', s: 'label' });
  setCell(spec, 3, 5, {
    f: `IF(${totalMax}>0,ROUND(C3/${totalMax}*100,2),0)`,
    r: result.total.percent,
    s: 'scoreBold',
  });
  setCell(spec, 3, 6, { v: 'Nhóm / Group', s: 'label' });
  setCell(spec, 3, 7, { f: `IF(E3>=90,"A",IF(E3>=80,"B","Dưới B"))`, r: result.total.group, s: 'textCenter' });
  if (result.ratio)
    setCell(spec, 3, 9, {
      v: `Nhiệm vụ hoàn thành / Tasks done: ${result.ratio.done}/${result.ratio.planned}`,
      s: 'subtitle',
    });
  const entryCols = new Set(['scoring', 'self', 'explanation', 'appraised1', 'comment1', 'appraised2', 'comment2']);
  A_COLS.forEach((k, i) => {
    const yearHead =
      k === 'lastResult' && set.resultYear
        ? `Kết quả năm ${set.resultYear}`
        : k === 'target' && set.targetYear
          ? `Mục tiêu năm ${set.targetYear}`
          : H[k];
    setCell(spec, A_HEADER, i + 1, { v: yearHead, s: entryCols.has(k) ? 'headerEntry' : 'header' });
  });
  const byRow = new Map<number, Issue[]>();
  for (const is of issues.filter((i) => i.sheet === names.assess)) {
    const r = Number(/\d+$/.exec(is.cell)?.[0]);
    byRow.set(r, [...(byRow.get(r) ?? []), is]);
  }
  const evSheet = quoteSheet(names.evidence);
  const eB = `${evSheet}!$${eCol('criterion')}$${E_HEADER + 1}:$${eCol('criterion')}$5000`;
  const eC = `${evSheet}!$${eCol('number')}$${E_HEADER + 1}:$${eCol('number')}$5000`;
  const eH = `${evSheet}!$${eCol('file')}$${E_HEADER + 1}:$${eCol('file')}$5000`;
  const docsOf = (id: string) => input.evidence.filter((e) => e.criterion === id && (e.number || e.file)).length;
  for (const c of set.criteria) {
    const r = rowOf.get(c.id) ?? 0;
    const col = (k: keyof typeof H) => A_COLS.indexOf(k) + 1;
    const put = (k: keyof typeof H, cell: SpecCell) => setCell(spec, r, col(k), cell);
    const parent = c.children.length > 0;
    const en = entries.get(c.id) ?? EMPTY_ENTRY;
    const kind = overrides.get(c.id) ?? c.scoring;
    const sty = parent ? (c.parent === null ? 'section' : 'group') : 'text';
    put('key', { v: c.id, s: sty });
    put('title', { v: c.title, s: sty });
    put('max', { v: c.max, s: parent ? 'sectionScore' : 'score' });
    put('scoring', { v: parent ? null : SCORING_LABEL[kind], s: parent ? sty : 'entry' });
    put('lastResult', { v: c.lastResult, s: 'score' });
    put('target', { v: c.target, s: 'score' });
    const kids = c.children.map((id) => rowOf.get(id) ?? 0);
    const sum = (k: keyof typeof H, value: number | null): SpecCell => ({
      f: `SUM(${sumArgs(aCol(k), kids)})`,
      r: value,
      s: 'sectionScore',
    });
    const selfR = `${aCol('self')}${r}`;
    const apR = (k: 'appraised1' | 'appraised2') => `${aCol(k)}${r}`;
    if (parent) {
      const sub = (v: (id: string) => number | null | undefined) => subtotal(set, c.id, v);
      put(
        'self',
        sum(
          'self',
          sub((id) => result.selfOf.get(id)),
        ),
      );
      put(
        'appraised1',
        sum(
          'appraised1',
          sub((id) => entries.get(id)?.appraised1),
        ),
      );
      put(
        'appraised2',
        sum(
          'appraised2',
          sub((id) => entries.get(id)?.appraised2),
        ),
      );
      put(
        'projected',
        sum(
          'projected',
          sub((id) => result.projectedOf.get(id)),
        ),
      );
      put('docs', { f: `SUM(${sumArgs(aCol('docs'), kids)})`, r: sub(docsOf), s: 'intBold' });
    } else {
      const ratioHere = kind === 'ratio' && result.ratio;
      if (ratioHere && result.ratio) {
        put('ratio', { v: result.ratio.score, s: 'score' });
        put('basis', {
          v: `PAR.RATIO(${result.ratio.done}; ${result.ratio.planned}; ${formatVnNumber(c.max ?? 0)}) — ${result.ratio.done}/${result.ratio.planned} nhiệm vụ hoàn thành`,
          s: 'text',
        });
      }
      put(
        'self',
        en.selfScore === null && ratioHere
          ? { f: `${aCol('ratio')}${r}`, r: result.ratio?.score ?? null, s: 'entryScore' }
          : { v: en.selfScore, s: 'entryScore' },
      );
      put('appraised1', { v: en.appraised1, s: 'entryScore' });
      put('appraised2', { v: en.appraised2, s: 'entryScore' });
      const survey = `${aCol('scoring')}${r}=${formulaText(SCORING_LABEL.survey)}`;
      const base = `IF(${survey},IF(${selfR}<>"",${selfR},${aCol('lastResult')}${r}),${selfR})`;
      put('projected', {
        f: `IF(${apR('appraised2')}<>"",${apR('appraised2')},IF(${apR('appraised1')}<>"",${apR('appraised1')},N(${base})))`,
        r: result.projectedOf.get(c.id) ?? 0,
        s: 'score',
      });
      put('docs', {
        f: `COUNTIFS(${eB},${aCol('key')}${r},${eC},"<>")+COUNTIFS(${eB},${aCol('key')}${r},${eC},"",${eH},"<>")`,
        r: docsOf(c.id),
        s: 'int',
      });
    }
    put('explanation', { v: en.explanation || null, s: 'entry' });
    put('comment1', { v: en.comment1 || null, s: 'entry' });
    put('comment2', { v: en.comment2 || null, s: 'entry' });
    const projected = parent
      ? subtotal(set, c.id, (id) => result.projectedOf.get(id))
      : (result.projectedOf.get(c.id) ?? 0);
    put('gap', {
      f: `IF(ISNUMBER(${aCol('target')}${r}),${aCol('target')}${r}-${aCol('projected')}${r},"")`,
      r: c.target === null ? '' : Math.round((c.target - projected) * 1e6) / 1e6,
      s: 'score',
    });
    put('issues', { v: issuesText(byRow.get(r) ?? []), s: 'issue' });
  }
  fitRowHeights(spec, first, last);
  const G = aCol('self');
  spec.validations = [
    {
      range: `${aCol('scoring')}${first}:${aCol('scoring')}${last}`,
      type: 'list',
      values: Object.values(SCORING_LABEL),
    },
  ];
  spec.condFormats = [
    {
      range: `${G}${first}:${G}${last}`,
      rules: [
        {
          type: 'expression',
          formula: `AND(ISNUMBER(${G}${first}),ISNUMBER($C${first}),${G}${first}>$C${first}+0.000001)`,
          style: COND.bad,
        },
      ],
    },
    {
      range: `${aCol('docs')}${first}:${aCol('explanation')}${last}`,
      rules: [
        {
          type: 'expression',
          formula: `AND(N($${G}${first})>0,$${aCol('scoring')}${first}<>${formulaText(SCORING_LABEL.survey)},$${aCol('docs')}${first}=0,$${aCol('explanation')}${first}="")`,
          style: COND.warn,
        },
      ],
    },
  ];
  spec.autoFilter = `A${A_HEADER}:${colLetter(A_COLS.length)}${last}`;
  // A4 landscape at a scale that keeps the body at 9 pt or more, the header row and the key columns repeated.
  spec.print = pagePrint(spec, { headerRows: `${A_HEADER}:${A_HEADER}`, bodyPt: FONT.size, repeatCols: 'A:B' });
  return spec;
}

/** The sum of a parent's leaves (empty leaves count 0, as SUM does). */
export function subtotal(set: CriteriaSet, id: string, leaf: (id: string) => number | null | undefined): number {
  const c = set.criteria.find((x) => x.id === id);
  if (!c) return 0;
  if (!c.children.length) return leaf(id) ?? 0;
  return Math.round(c.children.reduce((a, k) => a + subtotal(set, k, leaf), 0) * 1e6) / 1e6;
}

function buildEvidenceSheet(input: AssessBuildInput, issues: Issue[], names: AssessSheetNames): SheetSpec {
  const widths = [12, 9, 16, 12, 20, 45, 12, 30, 9, 22, 40];
  const spec: SheetSpec = {
    ...ownSheet(names.evidence, 'evidence', TAB_COLOR.tracker, widths, E_HEADER),
    keyCol: 'A',
    headerRow: E_HEADER,
  };
  setCell(spec, 1, 1, { v: 'Tài liệu kiểm chứng / Evidence', s: 'title' });
  setCell(spec, 2, 1, {
    v: 'Các dòng có "Mã" do chiso đề xuất từ bảng theo dõi, xin xác nhận và bổ sung; thêm tài liệu ở các dòng dưới (để trống "Mã"). / Rows with a key are proposed from the tracker: confirm and complete them; add documents below (no key).',
    s: 'subtitle',
  });
  const entryCols = new Set(['criterion', 'number', 'date', 'issuer', 'title', 'section', 'file']);
  E_COLS.forEach((k, i) => setCell(spec, E_HEADER, i + 1, { v: E[k], s: entryCols.has(k) ? 'headerEntry' : 'header' }));
  const byRow = new Map<number, Issue[]>();
  for (const is of issues.filter((i) => i.sheet === names.evidence)) {
    const r = Number(/\d+$/.exec(is.cell)?.[0]);
    byRow.set(r, [...(byRow.get(r) ?? []), is]);
  }
  input.evidence.forEach((e, i) => {
    const r = E_HEADER + 1 + i;
    const put = (k: keyof typeof E, cell: SpecCell) => setCell(spec, r, E_COLS.indexOf(k) + 1, cell);
    put('key', { v: e.key || null, s: 'text' });
    put('criterion', { v: e.criterion || null, s: 'entry' });
    put('number', { v: e.number || null, s: 'entry' });
    put('date', e.date ? { v: { date: e.date }, s: 'entryDate' } : { v: e.dateText || null, s: 'entryDate' });
    put('issuer', { v: e.issuer || null, s: 'entry' });
    put('title', { v: e.title || null, s: 'entry' });
    put('section', { v: e.section || null, s: 'entry' });
    const link = e.file ? linkOf(e.file) : undefined;
    put('file', link && 'url' in link ? { v: e.file, s: 'link', link } : { v: e.file || null, s: 'entry' });
    put('exists', { v: e.fileExists === null ? null : e.fileExists ? 'Có' : 'Không', s: 'textCenter' });
    put('source', { v: e.taskKey ? `Nhiệm vụ ${e.taskKey}` : e.key ? null : 'Nhập tay', s: 'text' });
    put('issues', { v: issuesText(byRow.get(r) ?? []), s: 'issue' });
  });
  const last = Math.max(E_HEADER + 1, E_HEADER + input.evidence.length);
  if (input.evidence.length) fitRowHeights(spec, E_HEADER + 1, last);
  spec.condFormats = [
    {
      range: `${eCol('exists')}${E_HEADER + 1}:${eCol('exists')}${last}`,
      rules: [{ type: 'expression', formula: `$${eCol('exists')}${E_HEADER + 1}="Không"`, style: COND.bad }],
    },
  ];
  // A4 landscape at a scale that keeps the body at 9 pt or more, the header row and the key columns repeated.
  spec.print = pagePrint(spec, { headerRows: `${E_HEADER}:${E_HEADER}`, bodyPt: FONT.size, repeatCols: 'A:B' });
  return spec;
}
