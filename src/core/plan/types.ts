/** The reader's output: the public contract of docs/extract-contract.md, plus internal extras (key, cells). */
import type { DeadlineKind } from '../text/deadline';

export type Role =
  | 'no'
  | 'task'
  | 'criterion'
  | 'requirement'
  | 'dimension'
  | 'deadline'
  | 'lead'
  | 'coordinate'
  | 'output'
  | 'leader'
  | 'max'
  | 'result'
  | 'target'
  | 'rank'
  | 'note'
  | 'other';

export interface Column {
  /** Column letters, e.g. "B". */
  col: string;
  /** 1-based column number. */
  index: number;
  role: Role;
  /** Header text as printed (NFC, spaces collapsed; two-row headers joined with " / " when both carry text). */
  header: string;
  /** Year on result/target/rank columns. */
  year?: number;
}

export type RowType = 'section' | 'group' | 'subgroup' | 'item' | 'total';
export type TableKind = 'tasks' | 'scores' | 'ranks';
export type FieldValue = string | number | null;

export interface Due {
  kind: DeadlineKind;
  /** ISO date or null. */
  date: string | null;
  /** The deadline text as written. */
  text: string;
}

export interface PlanRow {
  /** First sheet row (1-based). */
  row: number;
  /** Number of sheet rows covered (continuation rows included). */
  span: number;
  type: RowType;
  /** Numbering as printed ("" if none). */
  label: string;
  /** Labels of the section/group/subgroup above, then its own (normalised labels). */
  path: string[];
  /** Stable record key that survives repeated, skipped or wrong numbers (e.g. "A.I.3" or "A.I.#4"). */
  key: string;
  /** By role (rank columns as `rank<year>`); text NFC, spaces collapsed, line breaks "\n". */
  fields: Record<string, FieldValue>;
  /** A1 address of the cell each field was read from (for issues): role → "C12". */
  cells: Record<string, string>;
  /** Key of the parent row in the hierarchy (undefined at top level). */
  parentKey?: string;
  /** Items with a deadline. */
  due?: Due;
}

export interface PlanTable {
  sheet: string;
  kind: TableKind;
  /** Title lines above the header (NFC), when present. */
  title?: string[];
  /** The table is on a hidden sheet (trackers say so). */
  hidden?: true;
  headerRows: number[];
  firstRow: number;
  lastRow: number;
  columns: Column[];
  rows: PlanRow[];
}

export interface Plan {
  file?: string;
  /** Plan year used for deadlines (option, else sheet titles, else deadlines' years). */
  year: number | null;
  tables: PlanTable[];
}
