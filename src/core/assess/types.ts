/**
 * The self-assessment model (issue 21): a criteria set (a framework, or a criteria table of the official's plan),
 * what the unit types per criterion (self-score, explanation, the appraiser's scores and comments of rounds 1 and 2),
 * the evidence documents, and the plan's tasks as the tracker shows them. Plain data; no I/O.
 */

/** How a criterion is scored: with evidence by the unit, by the survey (not self-scored), or by the completion rate. */
export type Scoring = 'self' | 'survey' | 'ratio';

export interface Criterion {
  /** Dotted id ("1", "1.1", "2.4.3"). */
  id: string;
  title: string;
  max: number | null;
  /** Id of the parent criterion (null for a field). */
  parent: string | null;
  /** Ids of the children, in order. */
  children: string[];
  /** 1 = field. */
  depth: number;
  scoring: Scoring;
  /** False when the set does not say how the criterion is scored (then it is taken as self-scored, and said so). */
  scoringKnown: boolean;
  /** Last year's result and this year's target (from the plan's criteria table, matched by id). */
  lastResult: number | null;
  target: number | null;
}

export interface CriteriaSet {
  /** "par-2024", or "plan:<sheet>" for a criteria table read from the plan. */
  id: string;
  name: string;
  /** Years of the "last result" and "target" columns, when the plan says them. */
  resultYear?: number;
  targetYear?: number;
  /** Depth-first, parents before their children. */
  criteria: Criterion[];
}

/** What the unit and the appraiser typed for one criterion. */
export interface CriterionEntry {
  selfScore: number | null;
  explanation: string;
  appraised1: number | null;
  comment1: string;
  appraised2: number | null;
  comment2: string;
}

export const EMPTY_ENTRY: CriterionEntry = {
  selfScore: null,
  explanation: '',
  appraised1: null,
  comment1: '',
  appraised2: null,
  comment2: '',
};

/** One evidence document. */
export interface Evidence {
  /** chiso's key for a row it proposed from a task ("<task key>/SP" or "/KC"); "" for a row the official added. */
  key: string;
  /** The criterion it backs (id). */
  criterion: string;
  /** Number and symbol, e.g. "123/KH-UBND". */
  number: string;
  /** ISO date, or null when none could be read. */
  date: string | null;
  /** The date cell as typed when it is not a date ("" when empty). */
  dateText: string;
  issuer: string;
  title: string;
  /** Section or page that proves the claim. */
  section: string;
  /** A path beside the workbook, or a URL. */
  file: string;
  /** Whether `file` exists (checked by the CLI/adapter; null when not checked or not a path). */
  fileExists: boolean | null;
  /** The task it was proposed from (its tracker key), when any. */
  taskKey?: string;
}

/** A task of the plan as the tracker shows it. */
export interface AssessTask {
  /** The tracker's/plan's row key ("A.I.3"). */
  key: string;
  task: string;
  /** "Kết quả/Sản phẩm" as written. */
  output: string;
  /** "Tài liệu kiểm chứng" as typed in the tracker. */
  evidence: string;
  /** The plan's criterion reference or criterion text for the task, when it has one ("" otherwise). */
  criterion: string;
  /** The part (section) the task is in, e.g. "CHỈ SỐ CCHC (PAR INDEX)" ("" when the plan has none). */
  part: string;
  /** Done by the tracker's rule; null when only the plan was read (no tracker: status unknown). */
  done: boolean | null;
}

/** Where a problem is: a criterion's column, or an evidence row's column. */
export type AssessPlace =
  | { on: 'criterion'; id: string; col: 'max' | 'lastResult' | 'target' | 'self' | 'explanation' | 'appraised1' }
  | { on: 'evidence'; index: number; col: 'number' | 'date' | 'title' | 'criterion' };
