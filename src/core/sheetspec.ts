/**
 * SheetSpec: the one description of a sheet to write (architecture.md). The core builds it; the xlsx adapter
 * (exceljs) and the Office.js adapter each render it. Plain data only: A1 ranges, colours as "RRGGBB",
 * conditional-format formulas relative to the first cell of their range (as Excel and LibreOffice take them).
 */

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
  /** Fit all columns on one page width. */
  fitToWidth?: boolean;
  /** Rows repeated at the top of each page, e.g. "5:5". */
  repeatRows?: string;
}

/** A4 landscape fitted to the page width, the header row printed again at the top of every page. */
export function landscapePrint(headerRow: number): PrintSetup {
  return { landscape: true, paper: 'A4', fitToWidth: true, repeatRows: `${headerRow}:${headerRow}` };
}

/** What chiso records about a sheet it writes (the marker sheet lists it, so a refresh finds it again). */
export type SheetKind = 'tasks' | 'scores' | 'summary' | 'problems' | 'data' | 'marker' | 'assess' | 'evidence';

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
