/**
 * A Word table → the reader's Grid. Sheet name "Bảng N" (order among the document's top-level tables). The title
 * paragraphs just above the table come first, one row each, merged across the table's width (as in an Excel
 * appendix), so the reader takes them as the table's title; the table's rows follow. gridSpan and vMerge become
 * merged ranges with the text in the top-left cell, exactly like Excel merges.
 */
import { EMPTY, type Cell, type Grid, type Merge } from '../../core/grid';
import { fold } from '../../core/text';
import type { DocxTable } from './document';

/** A table of the document as the reader sees it, with what is needed to point back into the Word file. */
export interface DocxGridTable {
  /** 1-based order among the document's top-level tables. */
  index: number;
  grid: Grid;
  /** Title paragraphs placed above the table (grid rows 1…titleRows). */
  title: string[];
  titleRows: number;
  /** Table rows (1-based, counted in the Word table) marked to repeat as a header. */
  headerRows: number[];
}

const TITLE_START = /^(phu luc|bieu( mau)?\b|bang\b|danh muc)/;
const TITLE_ANY = /^(phu luc|bieu( mau)?\b|bang\b|danh muc|\(?kem theo|\(?ban hanh kem|ke hoach\b)/;
/** Paragraphs above a table looked at for its title (the reader keeps no more: stream.ts). */
export const MAX_TITLE = 5;

/**
 * The title paragraphs of a table: from the nearest "Phụ lục …" / "Biểu …" line among the last few paragraphs down
 * to the table; without one, the centred lines directly above it (a plan's body text is never a title).
 */
export function titleOf(before: DocxTable['before']): string[] {
  const last = before.slice(-MAX_TITLE);
  for (let i = last.length - 1; i >= 0; i--) {
    if (TITLE_START.test(fold(last[i].text))) return last.slice(i).map((p) => p.text);
  }
  const out: string[] = [];
  for (let i = last.length - 1; i >= 0 && (last[i].centered || TITLE_ANY.test(fold(last[i].text))); i--)
    out.unshift(last[i].text);
  return out.slice(-3);
}

function text(s: string): Cell {
  return s === '' ? EMPTY : { kind: 'text', text: s };
}

export function tableGrid(t: DocxTable, index: number): DocxGridTable {
  const title = titleOf(t.before);
  const k = title.length;
  const width = t.rows.reduce((m, r) => Math.max(m, ...r.cells.map((c) => c.col + c.span - 1)), 0);
  const cells: Cell[][] = [];
  const merges: Merge[] = [];
  title.forEach((line, i) => {
    cells.push([text(line)]);
    if (width > 1) merges.push({ top: i + 1, left: 1, bottom: i + 1, right: width });
  });
  /** Open vertical merges by grid column (the master's merge). */
  const open = new Map<number, Merge>();
  t.rows.forEach((row, ri) => {
    const r = k + ri + 1;
    const line: Cell[] = [];
    const seen = new Set<number>();
    for (const c of row.cells) {
      seen.add(c.col);
      const right = c.col + c.span - 1;
      const above = open.get(c.col);
      if (c.vMerge === 'continue' && above && above.right === right) {
        above.bottom = r;
        continue;
      }
      while (line.length < c.col - 1) line.push(EMPTY);
      line[c.col - 1] = text(c.text);
      const m: Merge = { top: r, left: c.col, bottom: r, right };
      if (c.span > 1 || c.vMerge === 'restart') merges.push(m);
      if (c.vMerge === 'restart') open.set(c.col, m);
      else open.delete(c.col);
    }
    for (const col of [...open.keys()]) if (!seen.has(col)) open.delete(col);
    cells.push(line);
  });
  const kept = merges.filter((m) => m.bottom > m.top || m.right > m.left);
  const headerRows = t.rows.flatMap((r, i) => (r.header ? [i + 1] : []));
  const grid: Grid = { sheet: `Bảng ${index}`, rowCount: cells.length, colCount: width, cells, merges: kept };
  return { index, grid, title, titleRows: k, headerRows };
}
