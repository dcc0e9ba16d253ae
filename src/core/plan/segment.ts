/**
 * Table segmentation on one sheet: every table starts at a header row (anywhere on the sheet), has title lines above
 * it, data rows below it, and may end with notes ("Ghi chú: …") before the next table's title lines.
 */
import { cleanText, classifyLabel, fold } from '../text';
import { type HeaderInfo, headerAt, mainRole, repeatsHeader, sameHeader } from './header';
import { type SheetView, cellString } from './sheet';

export interface TableSpan {
  header: HeaderInfo;
  title: string[];
  titleRows: number[];
  /** First and last sheet rows that may hold data (inclusive); lastRow < firstRow when there are none. */
  firstRow: number;
  lastRow: number;
}

const TITLE_RE = /^(phu luc|bieu( mau)?\b|bang\b|danh muc|\(?kem theo|\(?ban hanh kem|ke hoach\b)/;
const NOTE_RE = /^[*\s(]*(ghi chu|chu thich|noi nhan)\b/;
const LUU_Y_RE = /^[*\s(]*luu y\b/;

/** Distinct non-empty own cells of a row within [left, right] (a merged area counts once). */
function rowCells(
  view: SheetView,
  row: number,
  left: number,
  right: number,
): { col: number; text: string; span: number }[] {
  const out: { col: number; text: string; span: number }[] = [];
  for (let c = left; c <= right; c++) {
    const t = cellString(view.own(row, c));
    if (t === '') continue;
    const m = view.mergeAt(row, c);
    out.push({ col: c, text: t, span: m ? m.right - m.left + 1 : 1 });
  }
  return out;
}

function isBlankRow(view: SheetView, row: number, left: number, right: number): boolean {
  return rowCells(view, row, left, right).length === 0;
}

/** A title line: a single text cell, merged across the table or worded like a title. */
function isTitleLike(view: SheetView, row: number, left: number, right: number): boolean {
  const cells = rowCells(view, row, 1, Math.max(right, view.colCount));
  if (cells.length !== 1) return false;
  const { text, span } = cells[0];
  const k = classifyLabel(text).kind;
  if (k !== 'other') return false;
  return span >= Math.min(3, right - left + 1) || TITLE_RE.test(fold(text));
}

function titleText(view: SheetView, row: number): string {
  const cells = rowCells(view, row, 1, view.colCount);
  return cells.map((c) => cleanText(c.text)).join(' ');
}

/** A notes row below a table ("Ghi chú: …", "Nơi nhận"), in the numbering or main text column or merged across. */
function isNotesRow(view: SheetView, row: number, h: HeaderInfo): boolean {
  const cells = rowCells(view, row, h.left, h.right);
  if (cells.length === 0) return false;
  const first = cells[0];
  const f = fold(first.text);
  const main = mainRole(h.columns);
  const mainCol = h.columns.find((c) => c.role === main)?.index ?? h.left;
  const noCol = h.columns.find((c) => c.role === 'no')?.index;
  if (first.col > mainCol) return false;
  if (NOTE_RE.test(f)) return true;
  return LUU_Y_RE.test(f) && (first.col === noCol || first.span >= 3);
}

/** A full data row: numbering, main text and at least one more value (proves the table goes on). */
function isFullDataRow(view: SheetView, row: number, h: HeaderInfo): boolean {
  const noCol = h.columns.find((c) => c.role === 'no');
  const main = mainRole(h.columns);
  if (!noCol || !main) return false;
  const k = classifyLabel(cellString(view.own(row, noCol.index))).kind;
  if (k === 'empty' || k === 'other') return false;
  let others = 0;
  let hasMain = false;
  for (const col of h.columns) {
    if (col.role === 'no') continue;
    if (cellString(view.value(row, col.index).cell) === '') continue;
    if (col.role === main) hasMain = true;
    else others++;
  }
  return hasMain && others > 0;
}

/** A title line ("Phụ lục 3", "Biểu …") right above row r (blank rows skipped): a new table starts here. */
function titledAbove(view: SheetView, r: number): boolean {
  for (let q = r - 1, seen = 0; q >= 1 && seen < 4; q--) {
    const cells = rowCells(view, q, 1, view.colCount);
    if (cells.length === 0) continue;
    seen++;
    if (cells.length !== 1) return false;
    if (TITLE_RE.test(fold(cells[0].text))) return true;
  }
  return false;
}

/** Finds the tables of a sheet, in sheet order. */
export function findTables(view: SheetView): TableSpan[] {
  const headers: HeaderInfo[] = [];
  for (let r = 1; r <= view.rowCount; r++) {
    const h = headerAt(view, r);
    if (!h) continue;
    const current = headers[headers.length - 1];
    // The header repeated on every printed page (or twice at the top) continues the table, unless a title line says
    // a new appendix starts here. Its own cells decide when a merge from above hides some of them.
    const same = current !== undefined && sameHeader(current, h);
    if (current && (same || repeatsHeader(view, r, current)) && !titledAbove(view, r)) {
      if (same) r = h.rows[h.rows.length - 1];
      continue;
    }
    headers.push(h);
    r = h.rows[h.rows.length - 1];
  }
  const spans: TableSpan[] = [];
  for (let i = 0; i < headers.length; i++) {
    const h = headers[i];
    const top = h.rows[0];
    const floor = i === 0 ? 1 : headers[i - 1].rows[headers[i - 1].rows.length - 1] + 1;
    // Title lines: nearest non-blank rows above the header (the first table takes whatever is above it).
    const titleRows: number[] = [];
    for (let r = top - 1; r >= floor && titleRows.length < 6; r--) {
      if (isBlankRow(view, r, 1, view.colCount)) continue;
      if (i === 0 || isTitleLike(view, r, h.left, h.right)) titleRows.unshift(r);
      else break;
    }
    spans.push({
      header: h,
      titleRows,
      title: titleRows.map((r) => titleText(view, r)).filter((t) => t !== ''),
      firstRow: h.rows[h.rows.length - 1] + 1,
      lastRow: view.rowCount,
    });
  }
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const next = spans[i + 1];
    let end = next ? (next.titleRows.length ? next.titleRows[0] : next.header.rows[0]) - 1 : view.rowCount;
    // Notes end the table unless a full data row follows them.
    for (let r = s.firstRow; r <= end; r++) {
      if (!isNotesRow(view, r, s.header)) continue;
      let more = false;
      for (let q = r + 1; q <= end && !more; q++) more = isFullDataRow(view, q, s.header);
      if (!more) {
        end = r - 1;
        break;
      }
    }
    while (end >= s.firstRow && isBlankRow(view, end, s.header.left, s.header.right)) end--;
    s.lastRow = end;
  }
  return spans;
}
