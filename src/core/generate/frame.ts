/**
 * The frame every generated appendix shares: title lines merged across the table, a blank row, one header row,
 * column widths, A4 landscape at a scale that keeps the text readable, the header row repeated on every page.
 */
import { colLetter } from '../grid';
import { pagePrint, setCell, type SheetSpec, type SpecCell } from '../sheetspec';
import { FONT, GEN_STYLES, heightFor, linesFor } from './styles';

export interface FrameColumn {
  header: string;
  /** Width in characters. */
  width: number;
}

export interface Frame {
  spec: SheetSpec;
  columns: FrameColumn[];
  headerRow: number;
  /** First data row. */
  firstRow: number;
}

/** Title lines in parentheses ("(Kèm theo …)") print in italics, the others in bold. */
function titleStyle(line: string): string {
  return line.trim().startsWith('(') ? 'titleItalic' : 'title';
}

export function startSheet(
  name: string,
  titles: string[],
  columns: FrameColumn[],
  kind: SheetSpec['kind'] = 'data',
): Frame {
  const last = colLetter(columns.length);
  const headerRow = titles.length + 2;
  const spec: SheetSpec = {
    name,
    kind,
    headerRow,
    styles: GEN_STYLES,
    cells: [],
    merges: [],
    cols: columns.map((c) => ({ width: c.width })),
    rowHeights: {},
    freeze: { rows: headerRow, cols: 0 },
  };
  spec.print = pagePrint(spec, { headerRows: `${headerRow}:${headerRow}`, bodyPt: FONT.size });
  const total = columns.reduce((a, c) => a + c.width, 0);
  titles.forEach((line, i) => {
    setCell(spec, i + 1, 1, { v: line, s: titleStyle(line) });
    spec.merges!.push(`A${i + 1}:${last}${i + 1}`);
    const lines = linesFor(line, total);
    if (lines > 1) spec.rowHeights![i + 1] = heightFor(lines);
  });
  columns.forEach((c, i) => setCell(spec, headerRow, i + 1, { v: c.header, s: 'header' }));
  spec.rowHeights![headerRow] = heightFor(Math.max(...columns.map((c) => linesFor(c.header, c.width))));
  return { spec, columns, headerRow, firstRow: headerRow + 1 };
}

/** Puts a row of cells (index 0 = column A) and sets its height from its wrapped texts. */
export function putRow(
  frame: Frame,
  row: number,
  cells: Array<SpecCell | null>,
  merged?: { from: number; to: number },
): void {
  let lines = 1;
  cells.forEach((c, i) => {
    if (!c) return;
    setCell(frame.spec, row, i + 1, c);
    const text = typeof c.v === 'string' ? c.v : '';
    if (!text) return;
    const width =
      merged && i + 1 === merged.from
        ? frame.columns.slice(merged.from - 1, merged.to).reduce((a, col) => a + col.width, 0)
        : frame.columns[i].width;
    lines = Math.max(lines, linesFor(text, width));
  });
  if (merged) frame.spec.merges!.push(`${colLetter(merged.from)}${row}:${colLetter(merged.to)}${row}`);
  if (lines > 1) frame.spec.rowHeights![row] = heightFor(lines);
}

/** A note line below the table (merged across it, no border). */
export function putNote(frame: Frame, row: number, text: string): void {
  const last = frame.columns.length;
  setCell(frame.spec, row, 1, { v: text, s: 'note' });
  frame.spec.merges!.push(`A${row}:${colLetter(last)}${row}`);
  const lines = linesFor(
    text,
    frame.columns.reduce((a, c) => a + c.width, 0),
  );
  if (lines > 1) frame.spec.rowHeights![row] = heightFor(lines);
}
