/**
 * The in-memory workbook behind the recording fake of Excel (fake-excel.ts). Plain TypeScript: no jest, no Node
 * modules, no imports from src — so the browser end-to-end host and the bench can use it as it is.
 * It keeps what Excel keeps: values (a formula with its last value), number formats, fonts, fills, borders,
 * alignment, merges, widths and heights, links, conditional formats, validation lists, panes, filter, print setup,
 * visibility, tab colour and protection; and it parses typed input the way Excel does (a string is a formula, a
 * number, a percent, a date or a boolean unless it begins with an apostrophe).
 */

export type Scalar = string | number | boolean | null;

export interface Borders {
  top?: string;
  bottom?: string;
  left?: string;
  right?: string;
}

export interface FakeCell {
  value: Scalar;
  /** "=…" when the cell holds a formula. */
  formula?: string;
  /** The value is an error ("#N/A"). */
  error?: boolean;
  numberFormat?: string;
  font: { name?: string; size?: number; bold?: boolean; italic?: boolean; underline?: string; color?: string };
  fill?: string;
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  indent?: number;
  borders: Borders;
  hyperlink?: { address?: string; documentReference?: string; textToDisplay?: string };
}

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FakeCondFormat {
  area: Area;
  type: string;
  formula?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  stopIfTrue?: boolean;
  dataBar?: { lower?: unknown; upper?: unknown; color?: string; gradient?: boolean };
}

export interface FakeValidation {
  area: Area;
  rule?: unknown;
  ignoreBlanks?: boolean;
  errorAlert?: unknown;
  prompt?: unknown;
}

export class FakeSheet {
  visibility = 'Visible';
  tabColor = '';
  protected = false;
  readonly cells = new Map<number, FakeCell>();
  merges: Area[] = [];
  readonly colWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenCols = new Set<number>();
  freeze: { rows: number; cols: number } | null = null;
  autoFilter: string | null = null;
  condFormats: FakeCondFormat[] = [];
  validations: FakeValidation[] = [];
  page: {
    orientation?: string;
    paperSize?: string;
    titleRows?: string;
    titleColumns?: string;
    area?: string;
    zoom?: unknown;
    leftMargin?: number;
    rightMargin?: number;
    topMargin?: number;
    bottomMargin?: number;
    headerMargin?: number;
    footerMargin?: number;
  } = {};

  constructor(public name: string) {}

  static key(row: number, col: number): number {
    return row * 20000 + col;
  }

  peek(row: number, col: number): FakeCell | undefined {
    return this.cells.get(FakeSheet.key(row, col));
  }

  cell(row: number, col: number): FakeCell {
    const k = FakeSheet.key(row, col);
    let c = this.cells.get(k);
    if (!c) this.cells.set(k, (c = { value: null, font: {}, borders: {} }));
    return c;
  }

  /** Bounds of the cells holding a value or formula (null when none). */
  usedArea(): Area | null {
    let a: Area | null = null;
    for (const [k, c] of this.cells) {
      if ((c.value === null || c.value === '') && !c.formula) continue;
      const row = Math.floor(k / 20000);
      const col = k % 20000;
      if (!a) a = { top: row, left: col, bottom: row, right: col };
      else {
        a.top = Math.min(a.top, row);
        a.bottom = Math.max(a.bottom, row);
        a.left = Math.min(a.left, col);
        a.right = Math.max(a.right, col);
      }
    }
    return a;
  }
}

export class FakeBook {
  sheets: FakeSheet[] = [];
  name = 'So-lam-viec.xlsx';
  structureProtected = false;
  /** A cell is being edited: every request fails as Excel's does. */
  editMode = false;
  /** Highest ExcelApi version the host supports. */
  api = '1.17';
  active = '';
  selection: { sheet: string; address: string } | null = null;
  readonly settings = new Map<string, unknown>();
  /** Values of formulas written through the API (the fake computes none; a test may answer). */
  evaluate: ((sheet: string, row: number, col: number, formula: string) => Scalar) | null = null;
  /** Every sync of every context: request and response bytes. */
  readonly syncLog: Array<{ request: number; response: number; failed?: string }> = [];
  /** Every action of every context, in order, as "path action" (what a test checks the order of calls with). */
  readonly actionLog: string[] = [];

  sheet(name: string): FakeSheet | undefined {
    const low = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === low);
  }

  addSheet(name: string): FakeSheet {
    const s = new FakeSheet(name);
    this.sheets.push(s);
    if (!this.active) this.active = name;
    return s;
  }

  supports(version: string): boolean {
    return compareVersions(version, this.api) <= 0;
  }
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

// ---- A1 helpers (own copies: the fake imports nothing from src) ----

export function colName(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** "B2", "A1:C3", "A:C" (whole columns), "5:9" (whole rows), or "" (the whole sheet) → an area. */
export function parseArea(address: string): Area {
  const a = address.replace(/^.*!/, '').replace(/\$/g, '').trim().toUpperCase();
  if (a === '') return { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLS };
  let m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(a);
  if (m) {
    const top = Number(m[2]);
    const left = colIndex(m[1]);
    return { top, left, bottom: m[4] ? Number(m[4]) : top, right: m[3] ? colIndex(m[3]) : left };
  }
  m = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(a);
  if (m) return { top: 1, left: colIndex(m[1]), bottom: MAX_ROWS, right: colIndex(m[2]) };
  m = /^(\d+):(\d+)$/.exec(a);
  if (m) return { top: Number(m[1]), left: 1, bottom: Number(m[2]), right: MAX_COLS };
  throw new FakeOfficeError('InvalidArgument', `The argument is invalid or missing: address "${address}"`);
}

export function areaAddress(a: Area): string {
  const one = `${colName(a.left)}${a.top}`;
  return a.top === a.bottom && a.left === a.right ? one : `${one}:${colName(a.right)}${a.bottom}`;
}

export function intersects(a: Area, b: Area): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function quoteName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** An error shaped like OfficeExtension.Error (code + message). */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

// ---- Typed input, as Excel parses a string written through `values`/`formulas` ----

const DAY = 86400000;
const EPOCH = Date.UTC(1899, 11, 30);

export function serialOf(y: number, m: number, d: number): number | null {
  const t = Date.UTC(y, m - 1, d);
  const dt = new Date(t);
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  const days = Math.round((t - EPOCH) / DAY);
  return days < 61 ? days - 1 : days;
}

export interface Parsed {
  value: Scalar;
  formula?: string;
  numberFormat?: string;
  prefixed?: boolean;
}

/** What Excel stores for one input (en-US parsing: "." decimals, m/d/yyyy dates). */
export function parseInput(input: unknown): Parsed {
  if (input === null || input === undefined) return { value: null };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input };
  if (typeof input !== 'string')
    throw new FakeOfficeError('InvalidArgument', 'A cell input must be a string, number or boolean');
  const s = input;
  if (s === '') return { value: null };
  if (s.startsWith("'")) return { value: s.slice(1), prefixed: true };
  if (s.startsWith('=')) return { value: null, formula: s };
  const num = /^[+-]?(\d+(\.\d*)?|\.\d+)(E[+-]?\d+)?$/i.exec(s.trim());
  if (num) return { value: Number(s.trim()) };
  const pct = /^([+-]?\d+(\.\d+)?)%$/.exec(s.trim());
  if (pct) return { value: Number(pct[1]) / 100, numberFormat: '0%' };
  if (/^(true|false)$/i.test(s.trim())) return { value: s.trim().toLowerCase() === 'true' };
  const date = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s.trim());
  if (date) {
    const serial = serialOf(Number(date[3]), Number(date[1]), Number(date[2]));
    if (serial !== null) return { value: serial, numberFormat: 'm/d/yyyy' };
  }
  // "+84 912…", "-abc", "@x": Excel takes a leading +, - or @ as the start of a formula.
  if (/^[+\-@]/.test(s)) return { value: '#NAME?', formula: `=${s}` };
  return { value: s };
}

/**
 * A formula moved by (dr, dc) as copying moves it: relative references shift, absolute parts ($) stay.
 * Texts in double quotes and quoted sheet names are left alone.
 */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      return part.replace(
        /(^|[^A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_!])/g,
        (_m, pre: string, dcol: string, col: string, drow: string, row: string) => {
          const c = dcol ? col.toUpperCase() : colName(colIndex(col) + dc);
          const r = drow ? row : String(Number(row) + dr);
          return `${pre}${dcol}${c}${drow}${r}`;
        },
      );
    })
    .join('');
}

// ---- Cell loops shared by the range objects ----

export const MAX_FORMAT_CELLS = 5_000_000;

export function forCells(area: Area, fn: (r: number, c: number) => void): void {
  if ((area.bottom - area.top + 1) * (area.right - area.left + 1) > MAX_FORMAT_CELLS) {
    throw new FakeOfficeError('RangeExceedsLimit', `The fake does not format ${areaAddress(area)} cell by cell`);
  }
  for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) fn(r, c);
}

/** Cells of a sheet inside an area (existing ones only: cheap on whole-sheet ranges). */
export function cellsIn(sheet: FakeSheet, area: Area): Array<[number, number, FakeCell]> {
  const out: Array<[number, number, FakeCell]> = [];
  for (const [k, c] of sheet.cells) {
    const r = Math.floor(k / 20000);
    const col = k % 20000;
    if (r >= area.top && r <= area.bottom && col >= area.left && col <= area.right) out.push([r, col, c]);
  }
  return out;
}

export function writable(sheet: FakeSheet): FakeSheet {
  if (sheet.protected)
    throw new FakeOfficeError(
      'AccessDenied',
      `The cell or chart you're trying to change is on a protected sheet (${sheet.name}).`,
    );
  return sheet;
}
