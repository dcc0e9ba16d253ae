/**
 * A plain sheet model for reshaping real workbooks in tests: cells (exceljs values + number formats) and merges.
 * Read from / written to exceljs so variants are real .xlsx files that go through the same adapter as users' files.
 */
import ExcelJS from 'exceljs';
import type { Merge } from '../../src/core/grid';

export interface CellModel {
  value: ExcelJS.CellValue;
  numFmt?: string;
}

export interface SheetModel {
  name: string;
  /** rows[r - 1][c - 1]; null = empty. */
  rows: (CellModel | null)[][];
  merges: Merge[];
}

export function width(m: SheetModel): number {
  return m.rows.reduce((w, r) => Math.max(w, r.length), 0);
}

export function clone(m: SheetModel): SheetModel {
  return {
    name: m.name,
    rows: m.rows.map((r) => r.map((c) => (c ? { ...c } : null))),
    merges: m.merges.map((x) => ({ ...x })),
  };
}

export function getCell(m: SheetModel, row: number, col: number): CellModel | null {
  return m.rows[row - 1]?.[col - 1] ?? null;
}

export function setCell(m: SheetModel, row: number, col: number, cell: CellModel | null): void {
  while (m.rows.length < row) m.rows.push([]);
  const r = m.rows[row - 1];
  while (r.length < col) r.push(null);
  r[col - 1] = cell;
}

export function modelFromWorksheet(ws: ExcelJS.Worksheet): SheetModel {
  const rows: (CellModel | null)[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const line: (CellModel | null)[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      while (line.length < c - 1) line.push(null);
      if (cell.type === ExcelJS.ValueType.Merge || cell.value === null || cell.value === undefined) line[c - 1] = null;
      else line[c - 1] = { value: cell.value, numFmt: cell.numFmt || undefined };
    });
    while (rows.length < r - 1) rows.push([]);
    rows[r - 1] = line;
  });
  const merges: Merge[] = [];
  for (const range of (ws.model as { merges?: string[] }).merges ?? []) {
    const [a, b] = range.split(':');
    const decode = (s: string) => {
      const m = /^([A-Z]+)(\d+)$/.exec(s) as RegExpExecArray;
      let col = 0;
      for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
      return { row: Number(m[2]), col };
    };
    const x = decode(a);
    const y = decode(b ?? a);
    merges.push({ top: x.row, left: x.col, bottom: y.row, right: y.col });
  }
  return { name: ws.name, rows, merges };
}

export async function loadModels(file: string): Promise<SheetModel[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map(modelFromWorksheet);
}

/** Writes sheet models to .xlsx bytes. */
export async function writeModels(models: SheetModel[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const m of models) {
    const ws = wb.addWorksheet(m.name);
    m.rows.forEach((line, ri) => {
      line.forEach((cell, ci) => {
        if (!cell) return;
        const c = ws.getCell(ri + 1, ci + 1);
        c.value = cell.value;
        if (cell.numFmt) c.numFmt = cell.numFmt;
      });
    });
    for (const g of m.merges) ws.mergeCells(g.top, g.left, g.bottom, g.right);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
