/**
 * Reading a previous tracker back from its Grid: rows by key, cells by header text (columns may have moved),
 * the columns officials added, and which rows were already marked as removed from the plan.
 */
import { EMPTY, a1, cellAt, cellText, colLetter, isEmptyCell, type Cell, type Grid } from '../grid';
import type { SheetKind } from '../sheetspec';
import { ALERT, BELOW_TABLE_LABELS, SHEET_NAMES, TASK_HEADERS } from './labels';
import { keyOfShown } from './score-model';
import { readMarker, type MarkerEntry } from './marker';
import type { PreviousTrackers } from './types';

export interface PrevRow {
  /** The row's "Mã" ("" for a row officials added without one). */
  key: string;
  /** Sheet row (1-based). */
  row: number;
  /** Cells by header (first column with that header wins), in sheet order. */
  cells: ByHeader<Cell>;
  /** Link targets by header. */
  links: ReadonlyMap<string, string>;
  /** Text used for similarity matching. */
  text: string;
  removed: boolean;
}

/** What a row's cells by header offer: looked up, iterated in sheet order. */
export interface ByHeader<V> extends Iterable<[string, V]> {
  get(header: string): V | undefined;
  values(): Iterable<V>;
}

/**
 * A row's cells by header, read through the sheet's one header → column index from the Grid's own row: no Map (and
 * no copy) per row, where a refresh of 100,000 tasks built two Maps for every row it read back.
 */
class RowCells implements ByHeader<Cell> {
  constructor(
    private readonly index: ReadonlyMap<string, number>,
    private readonly row: readonly Cell[] | undefined,
  ) {}

  get(header: string): Cell | undefined {
    const c = this.index.get(header);
    return c === undefined ? undefined : this.at(c);
  }

  *values(): Iterator<Cell> & Iterable<Cell> {
    for (const c of this.index.values()) yield this.at(c);
  }

  *[Symbol.iterator](): Iterator<[string, Cell]> {
    for (const [h, c] of this.index) yield [h, this.at(c)];
  }

  private at(c: number): Cell {
    return this.row?.[c - 1] ?? EMPTY;
  }
}

/** The links of a row that has none (most rows): one shared, read-only. */
const NO_LINKS: ReadonlyMap<string, string> = new Map();

export interface PrevSheet {
  name: string;
  kind: SheetKind;
  source?: { sheet: string; table: number };
  headerRow: number;
  /** Headers in sheet order (index 0 = column A); "" where a column has no header. */
  headers: string[];
  /** Headers (or generated names) of the columns officials added, in sheet order. */
  extras: string[];
  rows: PrevRow[];
  /** Rows officials added without a "Mã" (in sheet order): kept on refresh, never matched to the plan. */
  loose: PrevRow[];
  /** The "due soon" window typed in the settings cell, when readable. */
  soonDays?: number;
}

export interface PreviousState {
  marker: MarkerEntry[];
  sheets: PrevSheet[];
}

const headerOf = (grid: Grid, row: number, col: number) =>
  cellText(cellAt(grid, row, col))
    .replace(/\s+/g, ' ')
    .trim();

/** Finds the header row: the marker's, else the first row (of 40) whose cells include "Mã". */
function findHeaderRow(grid: Grid, hint: number | undefined): number {
  const hasKey = (r: number) => {
    for (let c = 1; c <= grid.colCount; c++) if (headerOf(grid, r, c) === TASK_HEADERS.key) return true;
    return false;
  };
  if (hint && hasKey(hint)) return hint;
  for (let r = 1; r <= Math.min(40, grid.rowCount); r++) if (hasKey(r)) return r;
  return 0;
}

/**
 * Reads one tracker. `known` = the headers chiso writes on this kind of sheet (anything else is the user's);
 * `textHeaders` = the headers whose text identifies a row.
 */
export function readPrevSheet(
  grid: Grid,
  entry: MarkerEntry,
  known: (header: string) => boolean,
  textHeaders: (header: string) => boolean,
  links: Map<string, string>,
): PrevSheet | null {
  const headerRow = findHeaderRow(grid, entry.headerRow);
  if (!headerRow) return null;
  const headers: string[] = [];
  for (let c = 1; c <= grid.colCount; c++) headers.push(headerOf(grid, headerRow, c));
  const keyCol = headers.indexOf(TASK_HEADERS.key) + 1;
  // Columns officials added: any header chiso does not write, or a headerless column holding values.
  const extras: string[] = [];
  for (let c = 1; c <= grid.colCount; c++) {
    const h = headers[c - 1];
    if (h && known(h)) continue;
    let used = h !== '';
    for (let r = headerRow + 1; !used && r <= grid.rowCount; r++) used = !isEmptyCell(cellAt(grid, r, c));
    if (!used) continue;
    const name = h || `(Cột ${colLetter(c)})`;
    headers[c - 1] = name;
    extras.push(name);
  }
  const rows: PrevRow[] = [];
  const loose: PrevRow[] = [];
  const below = Object.values(BELOW_TABLE_LABELS);
  // Each header's column: the first column with that header wins.
  const index = new Map<string, number>();
  headers.forEach((h, i) => {
    if (h && !index.has(h)) index.set(h, i + 1);
  });
  const textCols = [...index].filter(([h]) => textHeaders(h)).map(([, c]) => c);
  for (let r = headerRow + 1; r <= grid.rowCount; r++) {
    const key = keyOfShown(cellText(cellAt(grid, r, keyCol)).trim());
    // chiso's own lines below a score table (their label starts in the key column since issue 19).
    if (below.some((b) => key.startsWith(b))) continue;
    const cells = new RowCells(index, grid.cells[r - 1]);
    let rowLinks = NO_LINKS;
    if (links.size) {
      const found = new Map<string, string>();
      for (const [h, c] of index) {
        const link = links.get(a1(r, c));
        if (link) found.set(h, link);
      }
      if (found.size) rowLinks = found;
    }
    const texts = textCols.map((c) => cellText(cellAt(grid, r, c)));
    const text = texts.filter(Boolean).join(' ');
    if (!key) {
      // A row officials added without a key: kept as it is (chiso's own rows below a score table are not theirs).
      const used = [...cells.values()].some((c) => !isEmptyCell(c)) || rowLinks.size > 0;
      const ours = [...cells.values()].some((c) => below.some((b) => cellText(c).startsWith(b)));
      if (used && !ours) loose.push({ key: '', row: r, cells, links: rowLinks, text, removed: false });
      continue;
    }
    const alert = cells.get(TASK_HEADERS.alert);
    const removed = alert !== undefined && cellText(alert).trim() === ALERT.removed;
    rows.push({ key, row: r, cells, links: rowLinks, text, removed });
  }
  return {
    name: grid.sheet,
    kind: entry.kind,
    source: entry.source,
    headerRow,
    headers,
    extras,
    rows,
    loose,
    soonDays: readSoon(grid, headerRow),
  };
}

/** The number right of the label "Sắp đến hạn trong …" above the header. */
function readSoon(grid: Grid, headerRow: number): number | undefined {
  for (let r = 1; r < headerRow; r++) {
    for (let c = 1; c <= grid.colCount; c++) {
      if (!cellText(cellAt(grid, r, c)).startsWith('Sắp đến hạn trong')) continue;
      for (let k = c + 1; k <= grid.colCount; k++) {
        const cell = cellAt(grid, r, k);
        if (cell.kind === 'number' && cell.value >= 0) return cell.value;
        const n = Number(cellText(cell).trim());
        if (cellText(cell).trim() !== '' && Number.isFinite(n) && n >= 0) return n;
      }
    }
  }
  return undefined;
}

/** Parses everything a refresh needs from chiso's own sheets (the marker sheet included). */
export function readPrevious(
  previous: PreviousTrackers | undefined,
  known: (kind: SheetKind) => (header: string) => boolean,
  textHeaders: (kind: SheetKind) => (header: string) => boolean,
): PreviousState {
  if (!previous) return { marker: [], sheets: [] };
  const markerGrid = previous.grids.find((g) => g.sheet === SHEET_NAMES.marker);
  const marker = markerGrid ? readMarker(markerGrid) : [];
  const sheets: PrevSheet[] = [];
  for (const entry of marker) {
    if (entry.kind !== 'tasks' && entry.kind !== 'scores') continue;
    const grid = previous.grids.find((g) => g.sheet === entry.sheet);
    if (!grid) continue;
    const links = new Map<string, string>();
    for (const l of previous.links ?? [])
      if (l.sheet === entry.sheet) links.set(l.cell.replace(/\$/g, '').toUpperCase(), l.target);
    const sheet = readPrevSheet(grid, entry, known(entry.kind), textHeaders(entry.kind), links);
    if (sheet) sheets.push(sheet);
  }
  return { marker, sheets };
}

/** The previous tracker that followed this plan table (same source sheet and table number). */
export function prevFor(state: PreviousState, kind: SheetKind, sheet: string, table: number): PrevSheet | undefined {
  return state.sheets.find((s) => s.kind === kind && s.source?.sheet === sheet && s.source.table === table);
}
