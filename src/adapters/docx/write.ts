/**
 * SheetSpecs → a Word document (the `docx` package): what `template`, `template --from` and `cascade` write when the
 * output ends in .docx. Each visible sheet becomes a section, A4 landscape, Times New Roman 13: its title lines as
 * centred paragraphs, its table with the header row repeated on every page, headings merged across the columns
 * (the spec's merges, horizontal and vertical), numbers with a decimal comma as the sheet shows them, and the notes
 * below the table as paragraphs. Formulas give their cached results.
 */
import { fitTwips, wordMinTwips } from './widths';
import {
  AlignmentType,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  VerticalMergeType,
  WidthType,
} from 'docx';
import { displayNumber } from '../../core/plan/numbers';
import {
  mergeStyles,
  parseRange,
  type CellStyle,
  type SheetSpec,
  type SpecCell,
  type SpecValue,
} from '../../core/sheetspec';
import { formatVnDate } from '../../core/text';

export const FONT = 'Times New Roman';
const SIZE = 26; // half-points: 13 pt
/** A4 in twips (short and long side). */
export const A4 = { short: 11906, long: 16838 };
/** A4 landscape in twips, margins 2 cm left, 1.5 cm elsewhere (Nghị định 30/2020 leaves 1.5–2 cm). */
const PAGE = { width: A4.long, height: A4.short, left: 1134, right: 850, top: 850, bottom: 850 };
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

function shown(v: SpecValue | undefined, style: CellStyle | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return displayNumber(v, style?.numFmt);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'object') return formatVnDate(v.date) || v.date;
  return v;
}

function cellValue(c: SpecCell | null | undefined): SpecValue | undefined {
  if (!c) return undefined;
  return c.f !== undefined ? c.r : c.v;
}

function styleOf(spec: SheetSpec, c: SpecCell | null | undefined): CellStyle | undefined {
  return c?.s ? spec.styles[c.s] : undefined;
}

function paragraphs(text: string, style: CellStyle | undefined, center = false): Paragraph[] {
  const h = style?.align?.h;
  const alignment =
    center || h === 'center' ? AlignmentType.CENTER : h === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT;
  return text.split('\n').map(
    (line) =>
      new Paragraph({
        alignment,
        children: [
          new TextRun({
            text: line,
            bold: !!style?.font?.bold,
            italics: !!style?.font?.italic,
            font: FONT,
            size: SIZE,
          }),
        ],
      }),
  );
}

function rowText(spec: SheetSpec, r: number): string {
  return (spec.cells[r - 1] ?? [])
    .map((c) => shown(cellValue(c), styleOf(spec, c)))
    .filter((t) => t !== '')
    .join(' ');
}

/** A row outside the table (title lines above, notes below) as paragraphs in its first cell's style; none when empty. */
function rowParagraphs(spec: SheetSpec, r: number, center = false): Paragraph[] {
  const text = rowText(spec, r);
  return text
    ? paragraphs(
        text,
        styleOf(
          spec,
          spec.cells[r - 1]?.find((c) => c),
        ),
        center,
      )
    : [];
}

/** Rows of the table: from the header row to the last row holding a bordered cell. */
function tableRows(spec: SheetSpec): { header: number; last: number } | null {
  const header = spec.headerRow ?? spec.cells.findIndex((row) => (row ?? []).some((c) => c?.s === 'header')) + 1;
  if (header < 1) return null;
  let last = header;
  for (let r = header; r <= spec.cells.length; r++) {
    if ((spec.cells[r - 1] ?? []).some((c) => c && styleOf(spec, c)?.border)) last = r;
  }
  return { header, last };
}

/** Twips of one letter of bold Times New Roman 13 (a wide one, so a word is never narrower than its letters). */
const LETTER_TWIPS = 160;
/** Left and right cell margins of a Word table (0.08" each), in twips. */
const CELL_MARGINS = 230;

/**
 * Column widths in twips: the spreadsheet's proportions over the text width, but never narrower than the longest
 * word of a cell of that column (up to 12 letters), so Word does not break a word ("ST / T") across lines; the
 * widened columns take their room from the others, in proportion.
 */
function columnTwips(
  spec: SheetSpec,
  span: { header: number; last: number },
  widths: number[],
  merges: Array<{ top: number; left: number; bottom: number; right: number }>,
): number[] {
  const min = widths.map(() => 0);
  for (let r = span.header; r <= span.last; r++)
    (spec.cells[r - 1] ?? []).forEach((c, i) => {
      if (!c || i >= min.length) return;
      const m = merges.find((x) => r >= x.top && r <= x.bottom && i + 1 >= x.left && i + 1 <= x.right);
      if (m && m.right > m.left) return;
      min[i] = Math.max(min[i], wordMinTwips([shown(cellValue(c), styleOf(spec, c))], LETTER_TWIPS, CELL_MARGINS));
    });
  return fitTwips(widths, min, TEXT_WIDTH);
}

function sectionOf(spec: SheetSpec) {
  const span = tableRows(spec);
  const children: Array<Paragraph | Table> = [];
  const top = span ? span.header : spec.cells.length + 1;
  for (let r = 1; r < top; r++) children.push(...rowParagraphs(spec, r, true));
  if (span) {
    const ncol = Math.max(...spec.cells.slice(span.header - 1, span.last).map((row) => row?.length ?? 0), 1);
    // At least 7 characters a column, so "STT" and short numbers do not break inside a word.
    const widths = Array.from({ length: ncol }, (_, i) => Math.max(7, spec.cols?.[i]?.width ?? 10));
    const merges = (spec.merges ?? []).map(parseRange).filter((m) => m.bottom >= span.header && m.top <= span.last);
    const twips = columnTwips(spec, span, widths, merges);
    const mergeAt = (r: number, c: number) =>
      merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
    const rows: TableRow[] = [];
    for (let r = span.header; r <= span.last; r++) {
      const cells: TableCell[] = [];
      for (let c = 1; c <= ncol; c++) {
        const m = mergeAt(r, c);
        if (m && c !== m.left) continue;
        const master = m ? spec.cells[m.top - 1]?.[m.left - 1] : spec.cells[r - 1]?.[c - 1];
        const style = mergeStyles(undefined, styleOf(spec, master));
        const text = m && r !== m.top ? '' : shown(cellValue(master), style);
        const colSpan = m ? m.right - m.left + 1 : 1;
        cells.push(
          new TableCell({
            children: paragraphs(text, style),
            columnSpan: colSpan > 1 ? colSpan : undefined,
            verticalMerge:
              m && m.bottom > m.top
                ? r === m.top
                  ? VerticalMergeType.RESTART
                  : VerticalMergeType.CONTINUE
                : undefined,
            verticalAlign: r === span.header ? VerticalAlign.CENTER : VerticalAlign.TOP,
            width: { size: twips.slice(c - 1, c - 1 + colSpan).reduce((a, w) => a + w, 0), type: WidthType.DXA },
          }),
        );
      }
      rows.push(
        // Every row stays on one page (a row split across a page break is hard to read in a printed plan).
        new TableRow({ children: cells, cantSplit: true, ...(r === span.header ? { tableHeader: true } : {}) }),
      );
    }
    children.push(new Table({ rows, columnWidths: twips, width: { size: TEXT_WIDTH, type: WidthType.DXA } }));
    for (let r = span.last + 1; r <= spec.cells.length; r++) children.push(...rowParagraphs(spec, r));
  }
  return {
    properties: {
      page: {
        size: { width: PAGE.height, height: PAGE.width, orientation: PageOrientation.LANDSCAPE },
        margin: { left: PAGE.left, right: PAGE.right, top: PAGE.top, bottom: PAGE.bottom },
      },
    },
    children,
  };
}

/** The Word document of the visible sheets, as bytes. */
export async function docxFromSpecs(specs: SheetSpec[]): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'chiso',
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: specs.filter((s) => s.state !== 'hidden').map(sectionOf),
  });
  // toArrayBuffer, not toBuffer: the page writes the same document in the browser (no Node Buffer there).
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
