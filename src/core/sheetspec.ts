/**
 * SheetSpec: the one description of a sheet to write (architecture.md). The core builds it; the xlsx adapter
 * (exceljs) and the Office.js adapter each render it. Plain data only: A1 ranges, colours as "RRGGBB",
 * conditional-format formulas relative to the first cell of their range (as Excel and LibreOffice take them).
 */
import { colLetter } from './grid';

/** A cell value. Strings are ALWAYS text, never formulas, whatever they begin with (`=`, `+`, `-`, `@`). */
/** The number formats of chiso's sheets, in one place (trackers, templates, the Office writer's default for dates). */
export const NUMBER_FORMATS = {
  date: 'dd/mm/yyyy',
  /** Scores show as typed up to 4 decimals (9,5 · 1,50 · 43,7747). */
  score: '0.00##',
  percent: '0.0%',
} as const;

export type SpecValue = string | number | boolean | { date: string } | null;

export interface SpecCell {
  /** Value (ignored when `f` is set). */
  v?: SpecValue;
  /** Formula without the leading "=", built-in functions only (Excel 2010+ and LibreOffice). */
  f?: string;
  /** Cached result of `f`, as the core computed it (written so a file shows values before recalculation). */
  r?: SpecValue;
  /** Style name in `SheetSpec.styles` (merged over any `rangeStyles` covering the cell). */
  s?: string;
  /** Link: to a cell of this workbook, or to an address (web page, file); `v` is the text shown. */
  link?: SpecLink;
}

export type SpecLink = { sheet: string; cell: string } | { url: string };

export interface FontSpec {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  color?: string;
}

export interface CellStyle {
  numFmt?: string;
  font?: FontSpec;
  /** Solid fill colour. */
  fill?: string;
  align?: { h?: 'left' | 'center' | 'right'; v?: 'top' | 'middle' | 'bottom'; wrap?: boolean; indent?: number };
  /** Thin border on all four sides in this colour. */
  border?: string;
}

/** The style a conditional rule applies (fill and font colour/bold only: what Excel allows in a rule). */
export interface CondStyle {
  fill?: string;
  font?: { color?: string; bold?: boolean; italic?: boolean };
}

export type CondRule =
  /** `formula` (no "=") is relative to the first cell of the range, e.g. `$R6="Quá hạn"` for range A6:V200. */
  | { type: 'expression'; formula: string; style: CondStyle; stopIfTrue?: boolean }
  /** A data bar between fixed numbers. */
  | { type: 'dataBar'; color: string; min: number; max: number };

export interface CondFormat {
  range: string;
  /** In priority order (first wins). */
  rules: CondRule[];
}

export type Validation =
  | { range: string; type: 'list'; values: string[]; prompt?: string; error?: string }
  | { range: string; type: 'whole' | 'decimal'; min: number; max: number; prompt?: string; error?: string };

export interface PrintSetup {
  landscape: boolean;
  paper: 'A4';
  /** Fit all columns on one page width (only where the text stays readable: see `pagePrint`). */
  fitToWidth?: boolean;
  /** Fixed print scale in percent (when not `fitToWidth`). */
  scale?: number;
  /** Rows repeated at the top of each page, e.g. "5:5". */
  repeatRows?: string;
  /** Columns repeated at the left of each page across, e.g. "A:B". */
  repeatCols?: string;
  /** The printed columns ("A:L", or two blocks "A:L,N:P"), every used row; helper columns outside are not printed. */
  area?: string;
}

/** Page margins of chiso's printed sheets, in inches (narrow: A4 landscape keeps ~770 pt of width). */
export const PRINT_MARGINS = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 } as const;
/** The smallest body text a printed sheet may have, in points. */
export const MIN_PRINT_PT = 9;
const A4_LANDSCAPE_PT = 841.89;
/** Printed width of a column `w` characters wide, in points at 100% (7 px per character plus padding, 96 dpi). */
export const columnPt = (w: number): number => (Math.trunc(w * 7 + 5) * 3) / 4;

/**
 * Lines a wrapped text takes in a column `width` characters wide, word by word as Excel and LibreOffice wrap it:
 * about 0.9 letter of a 10-pt font per unit of width (the unit is a digit of the 11-pt default font), fewer for a
 * larger or bold font.
 */
export function wrappedLines(text: string, width: number, font: { size?: number; bold?: boolean } = {}): number {
  const per = Math.max(1, Math.floor(width * 0.9 * (10 / (font.size ?? 10)) * (font.bold ? 0.9 : 1)));
  // One pass over the characters, no substrings: every wrapped cell of a tracker is measured (100,000 tasks).
  let n = 1;
  let line = 0;
  let word = 0;
  const endWord = () => {
    if (word === 0) return;
    if (line > 0 && line + 1 + word <= per) line += 1 + word;
    else {
      if (line > 0) n++;
      line = word;
      // A word longer than the line is broken across lines.
      while (line > per) {
        n++;
        line -= per;
      }
    }
    word = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      endWord();
      n++;
      line = 0;
    } else if (isSpace(c)) endWord();
    else word++;
  }
  endWord();
  return n;
}

/** What `\s` matches in a regular expression (white space and line terminators). */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Height in points of `lines` lines of a `size`-pt font (13 pt for 10 pt: Vietnamese marks need more than Excel's 12.75), with the cell's padding. */
export const linesPt = (lines: number, size = 10): number => Math.min(409, Math.ceil(lines * size * 1.3 + 3));

/**
 * The page setup of a sheet whose body text is `bodyPt` points: A4 landscape, the header rows repeated, the printed
 * columns `printed` (1-based, ascending; default: every visible column) as one block — or two, when they are not
 * contiguous — and a fixed scale: the one that fits the block on the page width, but never below what keeps the body
 * text at `MIN_PRINT_PT` (then the block continues on pages across, the `repeatCols` repeated at their left).
 * A fixed scale rather than Excel's fit-to-width, whose shrinking has no floor.
 */
export function pagePrint(
  spec: Pick<SheetSpec, 'cells' | 'cols'>,
  opts: { headerRows?: string; bodyPt: number; printed?: number[]; repeatCols?: string },
): PrintSetup {
  const widthOf = (c: number) => spec.cols?.[c - 1]?.width ?? 8.43;
  // `cells` is sparse: its holes are skipped (a spread would give undefined, and Math.max NaN).
  let used = Math.max(1, spec.cols?.length ?? 0);
  spec.cells.forEach((r) => (used = Math.max(used, r?.length ?? 0)));
  const printed =
    opts.printed ?? Array.from({ length: used }, (_, i) => i + 1).filter((c) => !spec.cols?.[c - 1]?.hidden);
  const blocks: Array<[number, number]> = [];
  for (const c of printed) {
    const last = blocks[blocks.length - 1];
    if (last && c === last[1] + 1) last[1] = c;
    else blocks.push([c, c]);
  }
  const width = printed.reduce((a, c) => a + (spec.cols?.[c - 1]?.hidden ? 0 : columnPt(widthOf(c))), 0);
  // 3 % kept spare: spreadsheet programs round column widths to whole pixels and pad them their own way, so a block
  // computed to the point spilled its last column onto a page of its own (an imported Word table did in LibreOffice).
  const page = (A4_LANDSCAPE_PT - (PRINT_MARGINS.left + PRINT_MARGINS.right) * 72) * 0.97;
  const floor = Math.ceil((MIN_PRINT_PT / opts.bodyPt) * 100);
  const fit = Math.floor((page / Math.max(width, 1)) * 100);
  const scale = Math.max(floor, Math.min(100, fit));
  return {
    landscape: true,
    paper: 'A4',
    scale,
    ...(opts.headerRows ? { repeatRows: opts.headerRows } : {}),
    ...(fit < floor && opts.repeatCols ? { repeatCols: opts.repeatCols } : {}),
    area: blocks.map(([a, b]) => `${colLetter(a)}:${colLetter(b)}`).join(','),
  };
}

/** What chiso records about a sheet it writes (the marker sheet lists it, so a refresh finds it again). */
export type SheetKind =
  | 'tasks'
  | 'scores'
  | 'summary'
  | 'problems'
  | 'data'
  | 'marker'
  | 'assess'
  | 'evidence'
  // The self-assessment's own problem list: a kind of its own so it can sit beside a tracker's "Vấn đề".
  | 'assessProblems';

export interface SheetSpec {
  name: string;
  kind: SheetKind;
  /** For trackers: the plan sheet and table number (1-based within that sheet) it follows. */
  source?: { sheet: string; table: number };
  /** Column letter of the row key (trackers). */
  keyCol?: string;
  /** Header row of the tracker table (1-based). */
  headerRow?: number;
  styles: Record<string, CellStyle>;
  /** `cells[r][c]`, 0-based from A1; missing = nothing written. */
  cells: Array<Array<SpecCell | null | undefined> | undefined>;
  /** Styles over ranges, applied before the cells' own styles. */
  rangeStyles?: Array<{ range: string; style: string }>;
  merges?: string[];
  /** Widths in characters, index 0 = column A. */
  cols?: Array<{ width?: number; hidden?: boolean } | undefined>;
  /** Heights in points by 1-based row. */
  rowHeights?: Record<number, number>;
  freeze?: { rows: number; cols: number };
  autoFilter?: string;
  condFormats?: CondFormat[];
  validations?: Validation[];
  print?: PrintSetup;
  state?: 'visible' | 'hidden';
  tabColor?: string;
}

/** True when a host that parses typed text (Office.js `values`) would take this string as a formula. */
export function looksLikeFormula(s: string): boolean {
  return /^[=+\-@]/.test(s);
}

/** Merges two styles, `over` winning property by property (font and alignment merged field by field). */
export function mergeStyles(base: CellStyle | undefined, over: CellStyle | undefined): CellStyle {
  if (!base) return over ?? {};
  if (!over) return base;
  return {
    ...base,
    ...over,
    font: base.font || over.font ? { ...base.font, ...over.font } : undefined,
    align: base.align || over.align ? { ...base.align, ...over.align } : undefined,
  };
}

/** A table cell's style: `border` on all sides, `font`, text wrapped and aligned top, `over` laid on top of that. */
export function boxedStyle(border: string, font: FontSpec, over: CellStyle = {}): CellStyle {
  return { border, ...over, font: { ...font, ...over.font }, align: { v: 'top', wrap: true, ...over.align } };
}

/** A range "A1:C3" (or a single cell "B2") as 1-based bounds. */
export function parseRange(range: string): { top: number; left: number; bottom: number; right: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(range.trim());
  if (!m) throw new RangeError(`Not an A1 range: ${range}`);
  const col = (s: string) => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const top = Number(m[2]);
  const left = col(m[1]);
  return { top, left, bottom: m[4] ? Number(m[4]) : top, right: m[3] ? col(m[3]) : left };
}

/** Sets a cell in a spec (1-based row and column), growing the arrays as needed. */
export function setCell(spec: Pick<SheetSpec, 'cells'>, row: number, col: number, cell: SpecCell): void {
  let r = spec.cells[row - 1];
  if (!r) {
    r = [];
    spec.cells[row - 1] = r;
  }
  r[col - 1] = cell;
}

/**
 * Gives each row of a built spec an array of its own length: rows grown cell by cell keep up to half again as many
 * slots as they use (a tenth of a large tracker's memory); `slice` keeps the holes.
 */
export function trimRows(spec: Pick<SheetSpec, 'cells'>): void {
  const cells = spec.cells;
  for (let i = 0; i < cells.length; i++) {
    const row = cells[i];
    if (row) cells[i] = row.slice();
  }
}

/** The cell at a 1-based row and column, if any. */
export function getCell(spec: Pick<SheetSpec, 'cells'>, row: number, col: number): SpecCell | undefined {
  return spec.cells[row - 1]?.[col - 1] ?? undefined;
}

/** Quotes a sheet name for use in a formula or link: 'Phụ lục 1'. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A text literal for a formula: "a ""b""". */
export function formulaText(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}
