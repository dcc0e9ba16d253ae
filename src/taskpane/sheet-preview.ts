/**
 * A sheet of the file as a table the page can show (file mode has no Excel grid to jump to): each cell as the sheet
 * shows it (Vietnamese numbers and dates), merged areas as one cell, a text running on over the empty cells to its
 * right as a spreadsheet shows it (a title line), trailing empty rows and columns left out, and
 * at most `maxRows` rows (the rest counted, to be seen in the downloaded file).
 */
import { cellText, type Grid } from '../core/grid';
import { formatVnDate } from '../core/text';
import { formatVnNumber } from '../core/text/number';

export interface PreviewCell {
  text: string;
  /** Columns and rows a merged area spans (1 when not merged). */
  colSpan: number;
  rowSpan: number;
}

export interface SheetPreview {
  sheet: string;
  /** Rows to show; a cell covered by a merge is absent (its master spans it). */
  rows: Array<Array<PreviewCell | null>>;
  /** Rows of the sheet not shown (beyond `maxRows`). */
  more: number;
}

function shown(grid: Grid, r: number, c: number): string {
  const cell = grid.cells[r - 1]?.[c - 1];
  if (!cell) return '';
  if (cell.kind === 'number') return formatVnNumber(cell.value);
  if (cell.kind === 'date') return formatVnDate(cell.iso);
  return cellText(cell);
}

export function sheetPreview(grid: Grid, maxRows = 200): SheetPreview {
  let lastRow = 0;
  let lastCol = 0;
  for (let r = 1; r <= grid.rowCount; r++) {
    for (let c = 1; c <= grid.colCount; c++) {
      if (shown(grid, r, c).trim() !== '') {
        lastRow = Math.max(lastRow, r);
        lastCol = Math.max(lastCol, c);
      }
    }
  }
  const take = Math.min(lastRow, maxRows);
  const rows: SheetPreview['rows'] = [];
  for (let r = 1; r <= take; r++) {
    const row: Array<PreviewCell | null> = [];
    for (let c = 1; c <= lastCol; c++) {
      const m = grid.merges.find((x) => r >= x.top && r <= x.bottom && c >= x.left && c <= x.right);
      if (m && (m.top !== r || m.left !== c)) {
        row.push(null);
        continue;
      }
      const text = shown(grid, r, c);
      let colSpan = m ? Math.min(m.right, lastCol) - c + 1 : 1;
      if (!m && text.trim() !== '') {
        // Text runs on over empty cells to its right that no merge covers, as in the sheet.
        const free = (k: number) =>
          shown(grid, r, k).trim() === '' &&
          !grid.merges.some((x) => r >= x.top && r <= x.bottom && k >= x.left && k <= x.right);
        while (c + colSpan <= lastCol && free(c + colSpan)) colSpan++;
      }
      row.push({ text, colSpan, rowSpan: m ? Math.min(m.bottom, take) - r + 1 : 1 });
      for (let k = 1; k < colSpan; k++) row.push(null);
      c += colSpan - 1;
    }
    rows.push(row);
  }
  return { sheet: grid.sheet, rows, more: lastRow - take };
}
