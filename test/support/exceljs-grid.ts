/**
 * The exceljs reading chiso used before its streaming reader (src/adapters/xlsx/reader), kept only as an independent
 * oracle: tests compare the reader's Grids with what exceljs gives on the same bytes. Rich text is flattened,
 * formulas give their cached results, dates become ISO dates, hyperlinks their text, errors stay error cells, merges
 * are kept, number formats ride along on number cells.
 */
import ExcelJS from 'exceljs';
import { a1, EMPTY, type Cell, type Grid, type Merge, parseA1 } from '../../src/core/grid';

/** Every worksheet of workbook bytes as exceljs reads them, in workbook order. */
export async function exceljsGrids(bytes: Uint8Array): Promise<Grid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets.map(gridFromWorksheet);
}
function text(s: string): Cell {
  return s === '' ? EMPTY : { kind: 'text', text: s };
}

function isoOf(d: Date): string | null {
  const t = d.getTime();
  if (!Number.isFinite(t)) return null;
  return d.toISOString().slice(0, 10);
}

type RichRun = { text?: unknown };

function richToString(v: unknown): string | null {
  if (v && typeof v === 'object' && Array.isArray((v as { richText?: unknown }).richText)) {
    return ((v as { richText: RichRun[] }).richText || [])
      .map((r) => (typeof r.text === 'string' ? r.text : ''))
      .join('');
  }
  return null;
}

/** Converts one exceljs value (or a formula's cached result) into our Cell union. */
function cellFromValue(v: unknown, numFmt?: string): Cell {
  if (v === null || v === undefined) return EMPTY;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { kind: 'error', code: '#NUM!' };
    return numFmt && numFmt !== 'General' ? { kind: 'number', value: v, format: numFmt } : { kind: 'number', value: v };
  }
  if (typeof v === 'string') return text(v);
  if (typeof v === 'boolean') return { kind: 'boolean', value: v };
  if (v instanceof Date) {
    const iso = isoOf(v);
    return iso ? { kind: 'date', iso } : { kind: 'error', code: '#VALUE!' };
  }
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const rich = richToString(o);
    if (rich !== null) return text(rich);
    if (typeof o.error === 'string') return { kind: 'error', code: o.error };
    if ('formula' in o || 'sharedFormula' in o || 'result' in o) {
      // Formula: its cached result only (we never evaluate). No cached result → empty.
      return cellFromValue(o.result, numFmt);
    }
    if ('hyperlink' in o || 'text' in o) {
      const t = o.text;
      if (typeof t === 'string') return text(t);
      const r = richToString(t);
      if (r !== null) return text(r);
      return typeof o.hyperlink === 'string' ? text(o.hyperlink) : EMPTY;
    }
  }
  return EMPTY;
}

function mergesOf(ws: ExcelJS.Worksheet): Merge[] {
  const out: Merge[] = [];
  const ranges = (ws.model as { merges?: string[] }).merges || [];
  for (const r of ranges) {
    const [a, b] = r.split(':');
    const p = parseA1(a);
    const q = parseA1(b || a);
    if (!p || !q) continue;
    out.push({
      top: Math.min(p.row, q.row),
      left: Math.min(p.col, q.col),
      bottom: Math.max(p.row, q.row),
      right: Math.max(p.col, q.col),
    });
  }
  return out;
}

/** Reads one worksheet into a Grid (merge slaves are empty; the master keeps the value). */
function gridFromWorksheet(ws: ExcelJS.Worksheet): Grid {
  const cells: Cell[][] = [];
  let colCount = 0;
  let rowCount = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const line: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      let value: Cell;
      try {
        value = cellFromValue(cell.value, cell.numFmt);
      } catch {
        value = { kind: 'error', code: '#VALUE!' };
      }
      if (value.kind === 'empty') return;
      while (line.length < c - 1) line.push(EMPTY);
      line[c - 1] = value;
    });
    if (line.length === 0) return;
    while (cells.length < r - 1) cells.push([]);
    cells[r - 1] = line;
    rowCount = Math.max(rowCount, r);
    colCount = Math.max(colCount, line.length);
  });
  const merges = mergesOf(ws);
  for (const m of merges) {
    rowCount = Math.max(rowCount, m.bottom);
    colCount = Math.max(colCount, m.right);
  }
  while (cells.length < rowCount) cells.push([]);
  return { sheet: ws.name, rowCount, colCount, cells, merges };
}

/** Hyperlinks of a worksheet as exceljs reads them (the oracle for the reader's `links`). */
export function linksOf(ws: ExcelJS.Worksheet): Array<{ sheet: string; cell: string; target: string }> {
  const out: Array<{ sheet: string; cell: string; target: string }> = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const v = cell.value as { hyperlink?: unknown } | null;
      if (v && typeof v === 'object' && typeof v.hyperlink === 'string')
        out.push({ sheet: ws.name, cell: a1(r, c), target: v.hyperlink });
    });
  });
  return out;
}
