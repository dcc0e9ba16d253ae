/**
 * A read-only view of a Grid with merged areas resolved, as the reader needs them:
 * - `own`: what the cell itself holds (a merge slave holds nothing);
 * - `value`: the vertical spread used for data rows — a cell below the master of a merge, in the master's column,
 *   inherits the master's value; cells right of the master column stay empty (a heading merged across the row must not
 *   look like it has a deadline or an agency);
 * - `headerValue`: the full spread used for header rows (a group header spans its sub-columns).
 */
import { EMPTY, type Cell, type Grid, type Merge, a1 } from '../grid';
import { cleanText, fold, formatVnDate } from '../text';
import { displayNumber } from './numbers';

export interface CellRef {
  cell: Cell;
  row: number;
  col: number;
  /** True when the value comes from a merge master on another row. */
  inherited: boolean;
  /** The merged area the cell belongs to, if any. */
  merge?: Merge;
}

export class SheetView {
  readonly grid: Grid;
  readonly rowCount: number;
  readonly colCount: number;
  private readonly byRow = new Map<number, Merge[]>();

  constructor(grid: Grid) {
    this.grid = grid;
    const rows = Array.isArray(grid.cells) ? grid.cells : [];
    let maxCol = 0;
    for (const r of rows) if (Array.isArray(r) && r.length > maxCol) maxCol = r.length;
    this.rowCount = Math.max(rows.length, 0);
    this.colCount = Math.max(maxCol, 0);
    const merges = Array.isArray(grid.merges) ? grid.merges : [];
    for (const m of merges) {
      if (!m || !(m.top >= 1) || !(m.left >= 1) || !(m.bottom >= m.top) || !(m.right >= m.left)) continue;
      // Clip to the used range: merged cells beyond the data carry nothing we read.
      const bottom = Math.min(m.bottom, this.rowCount);
      const right = Math.min(m.right, Math.max(this.colCount, m.left));
      if (m.top > bottom) continue;
      const clipped: Merge = { top: m.top, left: m.left, bottom, right };
      for (let r = clipped.top; r <= clipped.bottom; r++) {
        let list = this.byRow.get(r);
        if (!list) this.byRow.set(r, (list = []));
        list.push(clipped);
      }
    }
  }

  mergeAt(row: number, col: number): Merge | undefined {
    const list = this.byRow.get(row);
    if (!list) return undefined;
    for (const m of list) if (col >= m.left && col <= m.right) return m;
    return undefined;
  }

  /** Raw grid cell, ignoring merges. */
  raw(row: number, col: number): Cell {
    const r = this.grid.cells[row - 1];
    const c = r ? r[col - 1] : undefined;
    return c && typeof c === 'object' && typeof c.kind === 'string' ? c : EMPTY;
  }

  /** The cell's own content: a merge slave holds nothing. */
  own(row: number, col: number): Cell {
    const m = this.mergeAt(row, col);
    if (m && (m.top !== row || m.left !== col)) return EMPTY;
    return this.raw(row, col);
  }

  /** Data-row reading: vertical inheritance from a merge master in the same column. */
  value(row: number, col: number): CellRef {
    const m = this.mergeAt(row, col);
    if (!m) return { cell: this.raw(row, col), row, col, inherited: false };
    if (col !== m.left) return { cell: EMPTY, row, col, inherited: false, merge: m };
    return { cell: this.raw(m.top, m.left), row: m.top, col: m.left, inherited: m.top !== row, merge: m };
  }

  /** Header reading: the master's value on every cell of the merged area. */
  headerValue(row: number, col: number): CellRef {
    const m = this.mergeAt(row, col);
    if (!m) return { cell: this.raw(row, col), row, col, inherited: false };
    return {
      cell: this.raw(m.top, m.left),
      row: m.top,
      col: m.left,
      inherited: m.top !== row || m.left !== col,
      merge: m,
    };
  }

  address(row: number, col: number): string {
    return a1(row, col);
  }
}

// Cell texts are asked for many times (header detection looks at every row): computed once per cell object
// (cleanText and fold themselves cache per distinct text: agencies, deadlines and labels repeat down a column).
const textCache = new WeakMap<object, string>();
const foldCache = new WeakMap<object, string>();

function computeString(cell: Cell): string {
  switch (cell.kind) {
    case 'text':
      return typeof cell.text === 'string' ? cleanText(cell.text) : '';
    case 'number':
      return displayNumber(cell.value, cell.format);
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
    case 'date':
      return formatVnDate(cell.iso) || cell.iso;
    case 'error':
      return typeof cell.code === 'string' ? cell.code : '#VALUE!';
    default:
      return '';
  }
}

/** A cell as the text a user sees (numbers with a decimal comma, dates dd/mm/yyyy), cleaned. */
export function cellString(cell: Cell): string {
  if (cell.kind === 'empty') return '';
  let s = textCache.get(cell);
  if (s === undefined) {
    s = computeString(cell);
    textCache.set(cell, s);
  }
  return s;
}

/** Folded text of a cell (matching key). */
export function cellFold(cell: Cell): string {
  if (cell.kind === 'empty') return '';
  let s = foldCache.get(cell);
  if (s === undefined) {
    s = fold(cellString(cell));
    foldCache.set(cell, s);
  }
  return s;
}

export function isBlank(cell: Cell): boolean {
  return cellString(cell) === '';
}
