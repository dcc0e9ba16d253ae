/**
 * The Grid: a sheet's cells as plain data, the only input of the reader.
 * Adapters (the xlsx reader, Office.js, the browser) build it; the core never sees a host object.
 */

/** One cell value: a small union of our own, independent of any host. */
export type Cell =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  /** `format` is the number format when the host gives it (used to tell percents and dates). */
  | { kind: 'number'; value: number; format?: string }
  | { kind: 'boolean'; value: boolean }
  /** Calendar date, ISO `yyyy-mm-dd` (time of day dropped). */
  | { kind: 'date'; iso: string }
  /** A spreadsheet error value such as `#N/A`, `#REF!`. */
  | { kind: 'error'; code: string };

/** A merged area, 1-based inclusive sheet coordinates. */
export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** How a sheet is shown: very hidden sheets (only code can show them) are never read as a plan. */
export type SheetState = 'visible' | 'hidden' | 'veryHidden';

/** A note of one catalogue code (issues.ts takes these parameters, and the sheet, for the code's message). */
interface NoteOf<C extends string, P> {
  code: C;
  /** A1 address the note concerns (the top-left of the range). */
  cell: string;
  params: P;
}

/** Legacy text read as Unicode: the `range` converted ("B4:F20"), its `count` of cells, the `encoding` ("TCVN3"). */
export type LegacyTextNote = NoteOf<'LEGACY_TEXT', { range: string; count: number; encoding: string }>;

/**
 * A sheet the workbook lists whose `part` is missing or damaged, or whose r:id has no relationship ('unlinked':
 * `part` is then the r:id).
 */
export type UnreadableNote = NoteOf<'SHEET_UNREADABLE', { part: string; reason: 'missing' | 'damaged' | 'unlinked' }>;

/**
 * workbook.xml lists a sheet again (`later`, its name): by the same name (`by: 'name'`, as Excel compares them,
 * case-insensitively) or for the same part (`by: 'part'`). Only the first entry is read (the note is on its Grid).
 */
export type ListedTwiceNote = NoteOf<'SHEET_LISTED_TWICE', { later: string; part: string; by: 'name' | 'part' }>;

/** A sheet past the reader's cell cap with no plan header in its first rows: raw data, not read (`cells`: the cap). */
export type TooLargeNote = NoteOf<'SHEET_TOO_LARGE', { part: string; cells: number }>;

/** Something the reader did or could not do on a sheet, reported as an issue of the catalogue (see issues.ts). */
export type ReadNote = LegacyTextNote | UnreadableNote | TooLargeNote | ListedTwiceNote;

export interface Grid {
  sheet: string;
  /** Absent when visible (or when the host does not say). */
  state?: SheetState;
  /** Notes from reading the sheet: legacy text converted, a part that could not be read. */
  notes?: ReadNote[];
  /** Number of rows/columns covered by `cells` (the used range from A1). */
  rowCount: number;
  colCount: number;
  /** `cells[r - 1][c - 1]` for 1-based row r, column c; rows may be shorter than colCount (missing = empty). */
  cells: Cell[][];
  merges: Merge[];
}

/**
 * A hyperlink found in a sheet (a Grid keeps only the shown text): what the readers (exceljs, Office.js, file mode)
 * return beside the Grids, and what a tracker refresh carries over (evidence links officials added).
 */
export interface SheetLink {
  sheet: string;
  cell: string;
  target: string;
}

export const EMPTY: Cell = Object.freeze({ kind: 'empty' });

/** Column number (1-based) to letters: 1 → A, 27 → AA. */
export function colLetter(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Letters to column number: A → 1, AA → 27. */
export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A1 address of a 1-based row and column. */
export function a1(row: number, col: number): string {
  return `${colLetter(col)}${row}`;
}

/** Parses "B12" → { row: 12, col: 2 }; null when it is not an A1 address. */
export function parseA1(addr: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(addr.trim());
  if (!m) return null;
  return { row: Number(m[2]), col: colNumber(m[1]) };
}

/** The cell at a 1-based row/column (empty outside the grid). */
export function cellAt(grid: Grid, row: number, col: number): Cell {
  const r = grid.cells[row - 1];
  return (r && r[col - 1]) || EMPTY;
}

/** A cell's value as display-ish text (numbers in JS notation; dates ISO; empty → ""). */
export function cellText(cell: Cell): string {
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'text':
      return cell.text;
    case 'number':
      return String(cell.value);
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
    case 'date':
      return cell.iso;
    case 'error':
      return cell.code;
  }
}

export function isEmptyCell(cell: Cell): boolean {
  return cell.kind === 'empty' || (cell.kind === 'text' && cell.text.trim() === '');
}

/** Builds a Grid from plain JS values (tests, generators): string, number, boolean, null. */
export function gridFromValues(
  sheet: string,
  values: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>,
  merges: Merge[] = [],
): Grid {
  const cells: Cell[][] = values.map((row) =>
    row.map((v): Cell => {
      if (v === null || v === undefined || v === '') return EMPTY;
      if (typeof v === 'number') return { kind: 'number', value: v };
      if (typeof v === 'boolean') return { kind: 'boolean', value: v };
      return { kind: 'text', text: v };
    }),
  );
  const colCount = values.reduce((m, r) => Math.max(m, r.length), 0);
  return { sheet, rowCount: values.length, colCount, cells, merges };
}
