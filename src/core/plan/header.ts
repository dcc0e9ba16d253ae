/**
 * Header rows: found by their wording, never by position. One row, or two when a group header spans sub-columns
 * (years under "Phấn đấu chỉ tiêu về thứ hạng qua các năm", "Chủ trì" / "Phối hợp" under "Cơ quan thực hiện").
 */
import { colLetter, type Grid } from '../grid';
import { fold } from '../text';
import { type HeaderRole, MAIN_ROLES, MAX_HEADER_LENGTH, headerYears, matchHeader, yearOnly } from './roles';
import { SheetView, cellFold, cellString } from './sheet';
import type { Column, Role } from './types';

export interface HeaderInfo {
  /** 1-based sheet rows of the header (1 or 2). */
  rows: number[];
  columns: Column[];
  left: number;
  right: number;
  /** Folded header texts per column (top, then sub), to recognise repeats at page breaks. */
  folded: Map<number, string[]>;
}

interface RawCol {
  col: number;
  top: string;
  sub: string;
  topSpan: boolean;
  role: HeaderRole | null;
  year?: number;
}

const STRONG: HeaderRole[] = [
  'deadline',
  'lead',
  'coordinate',
  'output',
  'max',
  'result',
  'target',
  'rank',
  'rankGroup',
  'resultOrOutput',
  'leader',
  'requirement',
];
const MAINISH: HeaderRole[] = ['task', 'criterion', 'requirement', 'dimension', 'taskOrOutput'];

function headerCellText(view: SheetView, row: number, col: number): { text: string; folded: string; span: boolean } {
  const ref = view.headerValue(row, col);
  const text = cellString(ref.cell).replace(/\s+/g, ' ');
  const span = !!ref.merge && ref.merge.right > ref.merge.left;
  return { text, folded: cellFold(ref.cell), span };
}

/** Every non-empty cell of the row is short (header cells are; data rows carry long texts). */
function allShort(view: SheetView, row: number): boolean {
  for (let c = 1; c <= view.colCount; c++) {
    const t = cellString(view.own(row, c));
    if (t.length > MAX_HEADER_LENGTH * 1.5) return false;
  }
  return true;
}

/** Is row r+1 the second header row under row r? */
function isSubHeader(view: SheetView, r: number): boolean {
  const s = r + 1;
  if (s > view.rowCount) return false;
  let cells = 0;
  let years = 0;
  let underSpan = 0;
  for (let c = 1; c <= view.colCount; c++) {
    const own = view.own(s, c);
    const f = cellFold(own);
    if (f === '') continue;
    cells++;
    const top = view.headerValue(r, c);
    const spans = !!top.merge && top.merge.right > top.merge.left && top.merge.top <= r && top.merge.bottom === r;
    if (yearOnly(f) !== null) years++;
    else if (matchHeader(f) === null && !(spans && f.length <= 40)) return false;
    if (spans) underSpan++;
  }
  if (cells === 0) return false;
  // Cells of row r merged down into r+1 also mark a two-row header.
  let mergedDown = 0;
  for (let c = 1; c <= view.colCount; c++) {
    const m = view.mergeAt(r, c);
    if (m && m.top === r && m.bottom > r && m.left === c) mergedDown++;
  }
  return underSpan > 0 || years >= 2 || mergedDown > 0;
}

function rawColumns(view: SheetView, r: number, two: boolean): RawCol[] {
  const out: RawCol[] = [];
  for (let c = 1; c <= view.colCount; c++) {
    const top = headerCellText(view, r, c);
    let sub = '';
    let sf = '';
    if (two) {
      const ref = view.headerValue(r + 1, c);
      // A top cell merged down over both rows is not a sub-header text.
      if (!(ref.merge && ref.merge.top <= r)) {
        sub = cellString(ref.cell).replace(/\s+/g, ' ');
        sf = cellFold(ref.cell);
      }
    }
    if (top.text === '' && sub === '') continue;
    const tf = top.folded;
    let role: HeaderRole | null = matchHeader(tf);
    let year: number | undefined;
    const subYear = sub ? yearOnly(sf) : null;
    if (subYear !== null) {
      year = subYear;
      if (role === 'rankGroup') role = 'rank';
      else if (role === 'resultOrOutput') role = 'result';
      else if (role !== 'result' && role !== 'target' && role !== 'rank')
        role = /thu hang|xep hang/.test(tf) ? 'rank' : role === null ? 'other' : role;
    } else if (sub) {
      const sr = matchHeader(sf);
      if (sr !== null) role = sr;
      const ys = headerYears(sf).concat(headerYears(tf));
      if (ys.length === 1) year = ys[0];
    } else {
      const ys = headerYears(tf);
      if (ys.length === 1) year = ys[0];
    }
    const topText = top.text;
    const header = sub && topText ? (top.span ? sub : `${topText} / ${sub}`) : topText || sub;
    out.push({ col: c, top: topText, sub: header, topSpan: top.span, role, year });
  }
  return out;
}

function acceptable(cols: RawCol[]): boolean {
  const roles = new Set(
    cols.map((c) => c.role).filter((r): r is HeaderRole => r !== null && r !== 'other' && r !== 'note'),
  );
  const hasMain = [...roles].some((r) => MAINISH.includes(r));
  if (!hasMain) return false;
  // A plan table names at least one of deadline, agency, output, requirement or a score column.
  return [...roles].some((r) => STRONG.includes(r));
}

/** Table-level decisions on roles that depend on the other columns. */
function resolveRoles(cols: RawCol[]): Column[] {
  const has = (r: HeaderRole) => cols.some((c) => c.role === r);
  const scores = has('max') || has('target') || has('rank') || has('rankGroup');
  const otherMain =
    cols.filter((c) => c.role === 'task' || c.role === 'criterion' || c.role === 'dimension').length > 0;
  const subDims = cols.some((c) => /^noi dung thanh phan/.test(fold(c.sub)));
  const seen = new Set<string>();
  const out: Column[] = [];
  for (const c of cols) {
    let role: Role;
    switch (c.role) {
      case null:
        role = 'other';
        break;
      case 'resultOrOutput':
        role = scores ? 'result' : 'output';
        break;
      case 'rankGroup':
        role = 'rank';
        break;
      case 'taskOrOutput':
        role = otherMain || has('rank') || has('rankGroup') ? 'output' : 'task';
        break;
      default:
        role = c.role;
    }
    if (role === 'task' && subDims && /^chi so noi dung/.test(fold(c.sub))) role = 'dimension';
    const repeatable =
      role === 'other' || role === 'rank' || ((role === 'result' || role === 'target') && c.year !== undefined);
    const dupKey = repeatable ? `${role}:${c.year ?? c.col}` : role;
    if (seen.has(dupKey)) role = 'other';
    seen.add(repeatable ? `${role}:${c.year ?? c.col}` : role);
    const col: Column = { col: colLetter(c.col), index: c.col, role, header: c.sub };
    if (c.year !== undefined && (role === 'result' || role === 'target' || role === 'rank')) col.year = c.year;
    out.push(col);
  }
  return out;
}

/** Cheap first look: does row r (or the row below, for two-row headers) name a main text column? */
function namesMainColumn(view: SheetView, r: number): boolean {
  for (const row of [r, r + 1]) {
    if (row > view.rowCount) break;
    for (let c = 1; c <= view.colCount; c++) {
      const role = matchHeader(cellFold(view.headerValue(row, c).cell));
      if (role !== null && MAINISH.includes(role)) return true;
    }
  }
  return false;
}

/** Do the row's own cells (merges from above ignored) name a main text column and a deadline/agency/score column? */
function completeOnItsOwn(view: SheetView, r: number): boolean {
  const cols: RawCol[] = [];
  for (let c = 1; c <= view.colCount; c++) {
    const f = cellFold(view.own(r, c));
    if (f !== '') cols.push({ col: c, top: f, sub: f, topSpan: false, role: matchHeader(f) });
  }
  return new Set(cols.map((c) => c.top)).size >= 2 && acceptable(cols);
}

/** The header starting at row r, or null when row r is not a header row. */
export function headerAt(view: SheetView, r: number): HeaderInfo | null {
  if (!namesMainColumn(view, r) || !allShort(view, r)) return null;
  const one = rawColumns(view, r, false);
  // A header row has at least two distinct cells (a title merged across the table is not a group header).
  if (new Set(one.map((c) => c.top)).size < 2) return null;
  // A row above a complete header of its own is not that header's top row: a heading right above a header repeated at
  // a page break, or the header printed twice.
  const two = isSubHeader(view, r) && allShort(view, r + 1) && !completeOnItsOwn(view, r + 1);
  const cols = two ? rawColumns(view, r, true) : one;
  if (!acceptable(cols) && !(two && acceptable(cols))) return null;
  const columns = resolveRoles(cols);
  const folded = new Map<number, string[]>();
  for (let c = 1; c <= view.colCount; c++) {
    const texts: string[] = [];
    const t = headerCellText(view, r, c).folded;
    if (t) texts.push(t);
    if (two) {
      const s = cellFold(view.own(r + 1, c));
      if (s) texts.push(s);
    }
    if (texts.length) folded.set(c, texts);
  }
  return {
    rows: two ? [r, r + 1] : [r],
    columns,
    left: Math.min(...columns.map((c) => c.index)),
    right: Math.max(...columns.map((c) => c.index)),
    folded,
  };
}

/**
 * Is the header found at a later row the same table's header repeated (page break), maybe with cells missing?
 * Same roles in the same columns and mostly the same wording (another appendix may share the roles).
 */
export function sameHeader(a: HeaderInfo, b: HeaderInfo): boolean {
  let match = 0;
  let sameText = 0;
  for (const col of b.columns) {
    const other = a.columns.find((x) => x.index === col.index);
    if (!other) return false;
    if (other.role !== col.role || other.year !== col.year) return false;
    match++;
    const ta = a.folded.get(col.index) ?? [];
    const tb = b.folded.get(col.index) ?? [];
    if (tb.every((t) => ta.includes(t))) sameText++;
  }
  return match >= 2 && sameText >= match * 0.6;
}

function sameFamily(a: HeaderRole | null, role: Role): boolean {
  if (a === null) return false;
  if (a === role) return true;
  if (a === 'resultOrOutput') return role === 'result' || role === 'output';
  if (a === 'rankGroup') return role === 'rank';
  if (a === 'taskOrOutput') return role === 'task' || role === 'output';
  return false;
}

/**
 * Is row r table h's header repeated (at a page break, or printed twice), possibly without some cells? Read from the
 * row's own cells, so a repeat pasted inside a block merged down from above is still one.
 */
export function repeatsHeader(view: SheetView, r: number, h: HeaderInfo): boolean {
  let cells = 0;
  let matches = 0;
  for (let c = h.left; c <= h.right; c++) {
    const cell = view.own(r, c);
    if (cellString(cell).length > MAX_HEADER_LENGTH * 1.5) return false;
    const f = cellFold(cell);
    if (f === '') continue;
    cells++;
    const known = h.folded.get(c);
    const role = h.columns.find((x) => x.index === c)?.role;
    if ((known && known.includes(f)) || (role && role !== 'other' && sameFamily(matchHeader(f), role))) matches++;
  }
  return matches >= 2 && matches >= cells * 0.6;
}

/** The main text role a structural row's title goes under. */
export function mainRole(columns: Column[]): Role | null {
  for (const r of MAIN_ROLES) if (columns.some((c) => c.role === r)) return r;
  return null;
}

/**
 * Does a plan header (the same wording test the plan reader uses) start in the first `rows` rows of the grid? The
 * reader asks it of a sheet grown past its cell cap, to tell a plan table from raw data before reading all its cells.
 */
export function planHeaderNear(grid: Grid, rows: number): boolean {
  const top: Grid = { ...grid, cells: grid.cells.slice(0, rows), rowCount: Math.min(grid.rowCount, rows) };
  const view = new SheetView(top);
  for (let r = 1; r <= Math.min(rows, view.rowCount); r++) if (headerAt(view, r)) return true;
  return false;
}
