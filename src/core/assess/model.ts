/**
 * The self-assessment's rules and arithmetic: every rule of issue 21 as a coded problem tied to its place (the
 * sheet module turns places into cells), the completion-rate score (PAR.RATIO), totals per field and overall, the
 * projected % and group, and the gap to the target per field.
 */
import type { IssueCode, IssueParams } from '../issues';
import { parRatio } from '../score/par';
import { isFail } from '../score/result';
import { fold, formatVnDate, fromRoman } from '../text';
import { fieldOf, fields, leaves } from './sets';
import {
  EMPTY_ENTRY,
  type AssessPlace,
  type AssessTask,
  type CriteriaSet,
  type Criterion,
  type CriterionEntry,
  type Evidence,
} from './types';

const EPS = 1e-9;

export interface AssessInput {
  set: CriteriaSet;
  /** By criterion id (leaves; a parent's entry is only read for the sum rule). */
  entries: ReadonlyMap<string, CriterionEntry>;
  evidence: readonly Evidence[];
  /** The plan's tasks as the tracker shows them; null when there is no tracker (completion rate unknown). */
  tasks: readonly AssessTask[] | null;
  /** The assessed year (evidence dates must fall in it). */
  year: number | null;
  /** Overrides of how criteria are scored (the official's "Cách chấm" column). */
  scoring?: ReadonlyMap<string, Criterion['scoring']>;
}

export interface AssessProblem<C extends IssueCode = IssueCode> {
  code: C;
  params: IssueParams<C>;
  at: AssessPlace;
}

/** The completion rate of the plan's tasks and the points PAR.RATIO gives it. */
export interface RatioScore {
  done: number;
  planned: number;
  score: number | null;
}

export interface FieldTotal {
  id: string;
  title: string;
  max: number;
  lastResult: number | null;
  target: number | null;
  self: number;
  projected: number;
  /** Target minus projected (positive: points still missing). */
  gap: number | null;
}

export interface AssessResult {
  problems: AssessProblem[];
  ratio: RatioScore | null;
  fields: FieldTotal[];
  total: { max: number; self: number; projected: number; target: number | null; percent: number; group: string };
  /** The self-score each leaf counts with (typed, else the completion-rate score for a 'ratio' criterion). */
  selfOf: Map<string, number | null>;
  /** What each leaf counts with in the projection (appraised round 2, else round 1, else the self-score). */
  projectedOf: Map<string, number>;
}

/** One place for the "done" rule of a task (the tracker's rule, computed by the reader that built the task). */
export function isTaskDone(t: AssessTask): boolean {
  return t.done === true;
}

/** The completion rate of the tasks under PAR.RATIO (default threshold 80 %); null without tasks. */
export function completionScore(tasks: readonly AssessTask[] | null, max: number | null): RatioScore | null {
  // Without a tracker nothing is known to be done: no score rather than 0.
  if (!tasks || tasks.length === 0 || max === null || tasks.some((t) => t.done === null)) return null;
  const done = tasks.filter(isTaskDone).length;
  const r = parRatio(done, tasks.length, max);
  return { done, planned: tasks.length, score: isFail(r) ? null : r.value };
}

/** Projected group: A ≥ 90 %, B 80 – < 90 %; below 80 % no published group ("Dưới B"). */
export function projectedGroup(percent: number): string {
  if (percent >= 90 - EPS) return 'A';
  if (percent >= 80 - EPS) return 'B';
  return 'Dưới B';
}

const item = (c: Criterion) => ({ label: c.id, row: 0, title: c.title });

function problem<C extends IssueCode>(code: C, params: IssueParams<C>, at: AssessPlace): AssessProblem {
  return { code, params, at };
}

/** Does an evidence row name a document (a number/symbol or a file)? Only those count as evidence. */
export function namesDocument(e: Evidence): boolean {
  return e.number.trim() !== '' || e.file.trim() !== '';
}

function evidenceText(e: Evidence): string {
  return e.number || e.title || e.file;
}

export function assess(input: AssessInput): AssessResult {
  const { set, entries } = input;
  const entry = (id: string) => entries.get(id) ?? EMPTY_ENTRY;
  const scoring = (c: Criterion) => input.scoring?.get(c.id) ?? c.scoring;
  const problems: AssessProblem[] = [];
  const ratioCrit = set.criteria.find((c) => c.children.length === 0 && scoring(c) === 'ratio');
  const ratio = ratioCrit ? completionScore(input.tasks, ratioCrit.max) : null;
  const selfOf = new Map<string, number | null>();
  const docs = new Map<string, number>();
  for (const e of input.evidence) if (namesDocument(e)) docs.set(e.criterion, (docs.get(e.criterion) ?? 0) + 1);

  for (const c of leaves(set)) {
    const en = entry(c.id);
    const kind = scoring(c);
    const self = en.selfScore ?? (kind === 'ratio' ? (ratio?.score ?? null) : null);
    selfOf.set(c.id, self);
    if (self === null) continue;
    const at = (col: 'self' | 'explanation'): AssessPlace => ({ on: 'criterion', id: c.id, col });
    if (kind === 'survey' && en.selfScore !== null)
      problems.push(problem('SELF_ON_SURVEY', { ...item(c), value: self }, at('self')));
    if (c.max !== null && self > c.max + EPS)
      problems.push(problem('SELF_ABOVE_MAX', { ...item(c), value: self, max: c.max }, at('self')));
    if (self < -EPS) problems.push(problem('SELF_NEGATIVE', { ...item(c), value: self }, at('self')));
    const explained = en.explanation.trim() !== '';
    if (self > EPS && kind !== 'survey' && !docs.get(c.id) && !explained)
      problems.push(problem('SELF_NO_EVIDENCE', { ...item(c), value: self }, at('explanation')));
    if (c.target !== null && self < c.target - EPS && !explained)
      problems.push(problem('SELF_BELOW_TARGET', { ...item(c), value: self, target: c.target }, at('explanation')));
  }

  // Parents: the set's maxima, and any parent value the input carries for self-scores.
  const byId = new Map(set.criteria.map((c) => [c.id, c]));
  for (const p of set.criteria) {
    if (!p.children.length) continue;
    const kids = p.children.map((id) => byId.get(id)).filter((c): c is Criterion => !!c);
    const maxSum = kids.reduce((a, k) => a + (k.max ?? 0), 0);
    if (p.max !== null && kids.every((k) => k.max !== null) && Math.abs(p.max - maxSum) > 1e-6)
      problems.push(
        problem(
          'ASSESS_SUM_MISMATCH',
          { ...item(p), column: 'Điểm tối đa', value: p.max, sum: maxSum },
          { on: 'criterion', id: p.id, col: 'max' },
        ),
      );
    const typed = entries.get(p.id)?.selfScore;
    if (typed !== undefined && typed !== null) {
      const sum = sumLeaves(p, byId, selfOf);
      if (Math.abs(typed - sum) > 1e-6)
        problems.push(
          problem(
            'ASSESS_SUM_MISMATCH',
            { ...item(p), column: 'Điểm tự chấm', value: typed, sum },
            { on: 'criterion', id: p.id, col: 'self' },
          ),
        );
    }
  }

  problems.push(...evidenceProblems(input));
  const unknown = set.criteria.filter((c) => !c.scoringKnown && c.children.length === 0 && !input.scoring?.has(c.id));
  if (unknown.length)
    problems.push(
      problem(
        'SCORING_UNKNOWN',
        { count: unknown.length, labels: unknown.map((c) => c.id).join(', ') },
        { on: 'criterion', id: unknown[0].id, col: 'self' },
      ),
    );

  const projectedOf = (c: Criterion): number => {
    const en = entry(c.id);
    const self = selfOf.get(c.id) ?? null;
    const base = scoring(c) === 'survey' ? (en.selfScore ?? c.lastResult) : self;
    return en.appraised2 ?? en.appraised1 ?? base ?? 0;
  };
  const fieldTotals: FieldTotal[] = fields(set).map((f) => {
    const ls = leaves(set).filter((l) => fieldOf(set, l.id)?.id === f.id);
    const self = round(ls.reduce((a, l) => a + (selfOf.get(l.id) ?? 0), 0));
    const projected = round(ls.reduce((a, l) => a + projectedOf(l), 0));
    return {
      id: f.id,
      title: f.title,
      max: f.max ?? round(ls.reduce((a, l) => a + (l.max ?? 0), 0)),
      lastResult: f.lastResult,
      target: f.target,
      self,
      projected,
      gap: f.target === null ? null : round(f.target - projected),
    };
  });
  const max = round(fieldTotals.reduce((a, f) => a + f.max, 0));
  const projected = round(fieldTotals.reduce((a, f) => a + f.projected, 0));
  const targets = fieldTotals.map((f) => f.target);
  const percent = max > 0 ? round((projected / max) * 100) : 0;
  return {
    problems,
    ratio,
    fields: fieldTotals,
    total: {
      max,
      self: round(fieldTotals.reduce((a, f) => a + f.self, 0)),
      projected,
      target: targets.every((t) => t !== null) ? round(targets.reduce((a: number, t) => a + (t ?? 0), 0)) : null,
      percent,
      group: projectedGroup(percent),
    },
    selfOf,
    projectedOf: new Map(leaves(set).map((l) => [l.id, projectedOf(l)])),
  };
}

function sumLeaves(p: Criterion, byId: Map<string, Criterion>, selfOf: Map<string, number | null>): number {
  let sum = 0;
  for (const id of p.children) {
    const c = byId.get(id);
    if (!c) continue;
    sum += c.children.length ? sumLeaves(c, byId, selfOf) : (selfOf.get(id) ?? 0);
  }
  return round(sum);
}

/** Rounded to 6 decimals: sums of scores printed with up to 4 decimals, without float noise. */
function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

function evidenceProblems(input: AssessInput): AssessProblem[] {
  const out: AssessProblem[] = [];
  const tasks = input.tasks ?? [];
  const byKey = new Map(tasks.map((t) => [t.key, t]));
  const notDone = tasks.filter((t) => t.done === false);
  input.evidence.forEach((e, index) => {
    if (!e.criterion.trim() || (!namesDocument(e) && !e.title.trim())) return;
    const base = { label: e.criterion, row: index + 1, text: evidenceText(e) };
    if (!e.number.trim()) out.push(problem('EVIDENCE_NO_NUMBER', base, { on: 'evidence', index, col: 'number' }));
    if (!e.date) out.push(problem('EVIDENCE_NO_DATE', base, { on: 'evidence', index, col: 'date' }));
    else if (input.year !== null && Number(e.date.slice(0, 4)) !== input.year)
      out.push(
        problem(
          'EVIDENCE_DATE_OUTSIDE_YEAR',
          { ...base, date: formatVnDate(e.date), year: input.year },
          { on: 'evidence', index, col: 'date' },
        ),
      );
    // The task it came from, else a task whose output or evidence names the same number and symbol.
    const num = fold(e.number.trim());
    const from = e.taskKey ? byKey.get(e.taskKey) : undefined;
    const task =
      from && from.done === false
        ? from
        : num.length >= 3
          ? notDone.find((t) => fold(`${t.output} ${t.evidence}`).includes(num))
          : undefined;
    if (task && task.done === false)
      out.push(problem('EVIDENCE_TASK_NOT_DONE', { ...base, task: task.key }, { on: 'evidence', index, col: 'title' }));
  });
  return out;
}

/**
 * The criterion a task falls under: its criterion reference when the plan gives one (an id such as "1.3", or the
 * criterion's title), else the field of its Roman group in a PAR section ("A.I.3" → field 1). Null when unknown.
 */
export function criterionOfTask(set: CriteriaSet, t: AssessTask): string | null {
  const ref = t.criterion.trim();
  if (ref) {
    const id = /^(\d+(?:[.,]\d+)*)/.exec(ref)?.[1]?.replace(/,/g, '.');
    if (id && set.criteria.some((c) => c.id === id)) return id;
    const f = fold(ref);
    const byTitle = set.criteria.find((c) => fold(c.title) === f);
    if (byTitle) return byTitle.id;
  }
  const parts = t.key.split('.').map((p) => p.replace(/#\d+$/, ''));
  for (const p of parts) {
    const n = fromRoman(p);
    if (n !== null && set.criteria.some((c) => c.id === String(n) && c.parent === null)) return String(n);
  }
  return null;
}
