/**
 * A problem's place in a Word plan: "Bảng 2, hàng 5, cột 3 / Table 2, row 5, column 3", rows and columns counted in
 * the Word table (header rows included, columns of the table grid), plus the cell of the imported sheet (the Grid
 * keeps the imported sheet's coordinates: title lines first, then the table).
 */
import { parseA1 } from '../../core/grid';
import { quoteSheet } from '../../core/sheetspec';
import type { Bilingual } from '../../core/text';
import type { DocxGridTable } from './grid';

/** The place in both languages ("Bảng 2, hàng 5, cột 3" / "Table 2, row 5, column 3"). */
export interface Where extends Bilingual {
  /** "'Phụ lục 2'!C8": the same cell in the workbook `chiso import` writes. */
  sheetCell?: string;
}

export function issueWhere(
  tables: DocxGridTable[],
  sheets: Map<string, string>,
  sheet: string,
  cell: string,
): Where | null {
  const t = tables.find((x) => x.grid.sheet === sheet);
  const p = parseA1(cell);
  if (!t || !p) return null;
  const imported = sheets.get(sheet);
  const sheetCell = imported ? `${quoteSheet(imported)}!${cell}` : undefined;
  const row = p.row - t.titleRows;
  if (row < 1) return { vi: `Bảng ${t.index}, tiêu đề`, en: `Table ${t.index}, title`, sheetCell };
  return {
    vi: `Bảng ${t.index}, hàng ${row}, cột ${p.col}`,
    en: `Table ${t.index}, row ${row}, column ${p.col}`,
    sheetCell,
  };
}
