/**
 * One worksheet part → Grid, streamed: only <sheetData> cells (values, cached formula results) and <mergeCell>s are
 * looked at; everything else in the part (views, formats, conditional formats, validations, drawings…) is skipped.
 * Empty and format-only cells cost nothing, so memory follows the cells that hold something.
 */
import { EMPTY, a1, type Cell, type Grid, type Merge, type ReadNote, parseA1 } from '../../../core/grid';
import { planHeaderNear } from '../../../core/plan/header';
import { isoFromExcelSerial, type LegacyEncoding } from '../../../core/text';
import { WorkbookReadError } from '../errors';
import { partDetail, type Package } from './package';
import { fromLegacy, ownString, TextCollector, type SharedStrings } from './strings';
import { styleOf, type CellStyle, type Styles } from './styles';

/**
 * Cell caps, per sheet read (docs/decisions.md, issue 22). A sheet grown past SHEET_CELLS is looked at once: with a
 * plan header (the plan reader's own test) in its first PROBE_ROWS rows it is read on, up to PLAN_CELLS; without one it
 * is raw data and is skipped (SheetTooLarge), the other sheets are read. A 10,000-task plan has ~50,000 cells, the
 * task sheet of a 100,000-task tracker ~1,330,000. The workbook as a whole keeps at most MAX_CELLS.
 */
export const SHEET_CELLS = 200_000;
export const PLAN_CELLS = 4_000_000;
export const MAX_CELLS = 8_000_000;
export const PROBE_ROWS = 50;
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

export interface SheetContext {
  pkg: Package;
  styles: Styles;
  shared: SharedStrings;
  date1904: boolean;
  /** The legacy encoding the workbook's text is typed in when fonts do not say (see workbookEncoding). */
  encoding: LegacyEncoding | null;
  /** Cells kept so far in the workbook, and the most it may keep (MAX_CELLS unless a test lowers it). */
  counter: { cells: number; max: number };
  /** Per-sheet caps (SHEET_CELLS, PLAN_CELLS unless a test lowers them). */
  sheetCells: number;
  planCells: number;
  /** chiso's own sheets (its marker's list, the marker too): read up to PLAN_CELLS from the start. */
  own: Set<string>;
}

/** A sheet past its cap with no plan header in its first rows: not read (the reader notes it and reads the others). */
export class SheetTooLarge extends Error {
  constructor(readonly cells: number) {
    super(`sheet over ${cells} cells without a plan header`);
  }
}

/** "BC12" → column 55 and row 12, without a regex (hot path). */
function refOf(ref: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c !== 36) break; // "$"
  }
  const row = Number(ref.slice(i).replace('$', ''));
  return col > 0 && Number.isInteger(row) && row > 0 ? { row, col } : null;
}

/** Texts up to this length share one Cell per sheet (statuses, agencies, units repeat down a column). */
const SHARED_TEXT = 40;

/** Text cells of one sheet: a short text seen before gives the same (never mutated) Cell. */
class TextCells {
  private readonly seen = new Map<string, Cell>();
  cell(s: string): Cell {
    if (s === '') return EMPTY;
    if (s.length > SHARED_TEXT) return { kind: 'text', text: ownString(s) };
    let c = this.seen.get(s);
    if (!c) {
      // The key is the copy too: the map must not keep the parser's chunk either.
      const own = ownString(s);
      this.seen.set(own, (c = { kind: 'text', text: own }));
    }
    return c;
  }
}

function numberCell(v: number, style: CellStyle, date1904: boolean): Cell {
  if (!Number.isFinite(v)) return { kind: 'error', code: '#NUM!' };
  if (style.isDate) {
    const iso = isoFromExcelSerial(date1904 ? v + 1462 : v);
    if (iso) return { kind: 'date', iso };
  }
  return style.numFmt ? { kind: 'number', value: v, format: style.numFmt } : { kind: 'number', value: v };
}

interface Pending {
  row: number;
  col: number;
  t: string;
  s: string | undefined;
  v: string;
  inV: boolean;
  inIs: boolean;
}

/** Tracks the cells turned from TCVN3/VNI into Unicode, for one info note per sheet and encoding. */
class LegacyTally {
  private readonly seen = new Map<
    string,
    { top: number; left: number; bottom: number; right: number; count: number }
  >();
  add(encoding: string, row: number, col: number): void {
    const b = this.seen.get(encoding);
    if (!b) this.seen.set(encoding, { top: row, left: col, bottom: row, right: col, count: 1 });
    else {
      b.top = Math.min(b.top, row);
      b.left = Math.min(b.left, col);
      b.bottom = Math.max(b.bottom, row);
      b.right = Math.max(b.right, col);
      b.count++;
    }
  }
  notes(): ReadNote[] {
    return [...this.seen].map(([encoding, b]) => {
      const range =
        b.top === b.bottom && b.left === b.right ? a1(b.top, b.left) : `${a1(b.top, b.left)}:${a1(b.bottom, b.right)}`;
      return {
        code: 'LEGACY_TEXT',
        cell: a1(b.top, b.left),
        params: { encoding: encoding === 'vni' ? 'VNI' : 'TCVN3', range, count: b.count },
      };
    });
  }
}

/** A cell hyperlink as the sheet part gives it: a relationship id (external or stored target) or a location. */
export interface RawLink {
  ref: string;
  rid?: string;
  location?: string;
}

export async function readSheet(ctx: SheetContext, part: string, sheet: string, links?: RawLink[]): Promise<Grid> {
  const { pkg, styles, shared, date1904, counter } = ctx;
  const cells: Cell[][] = [];
  const merges: Merge[] = [];
  const legacy = new LegacyTally();
  const inline = new TextCollector();
  const texts = new TextCells();
  let inData = false;
  let rowNo = 0;
  let colNo = 0;
  let cur: Pending | null = null;
  let rowCount = 0;
  let colCount = 0;
  let kept = 0;
  // The cap of this sheet: SHEET_CELLS until a plan header is seen in its first rows (or for chiso's own), then
  // PLAN_CELLS.
  let plan = ctx.own.has(sheet);
  let cap = plan ? Math.max(ctx.sheetCells, ctx.planCells) : ctx.sheetCells;

  const tooLarge = (): WorkbookReadError =>
    new WorkbookReadError(
      'TOO_LARGE',
      pkg.name,
      undefined,
      partDetail(part, {
        vi: `trang “${sheet}” có quá ${plan ? cap : counter.max} ô có dữ liệu`,
        en: `sheet "${sheet}" has over ${plan ? cap : counter.max} cells with data`,
      }),
    );

  const finish = (c: Pending): void => {
    const style = styleOf(styles, c.s);
    let cell: Cell;
    let text: string | null = null;
    let runs;
    switch (c.t) {
      case 's': {
        const i = Number(c.v);
        text = shared.texts[i] ?? '';
        runs = shared.runs.get(i);
        break;
      }
      case 'inlineStr': {
        const r = inline.result();
        text = r.text !== '' ? r.text : c.v;
        runs = r.runs;
        break;
      }
      case 'str':
        text = c.v;
        break;
      default:
        break;
    }
    if (text !== null) {
      const conv = text === '' ? null : fromLegacy(text, runs, style.font, ctx.encoding);
      if (conv) legacy.add(conv.encoding, c.row, c.col);
      cell = texts.cell(conv ? conv.text : text);
    } else if (c.v === '') cell = EMPTY;
    else if (c.t === 'b') cell = { kind: 'boolean', value: c.v === '1' || c.v.toLowerCase() === 'true' };
    else if (c.t === 'e') cell = { kind: 'error', code: c.v };
    else if (c.t === 'd')
      cell = /^\d{4}-\d\d-\d\d/.test(c.v)
        ? { kind: 'date', iso: c.v.slice(0, 10) }
        : { kind: 'error', code: '#VALUE!' };
    else cell = numberCell(Number(c.v), style, date1904);
    if (cell.kind === 'empty') return;
    if (++kept > cap) {
      if (plan) throw tooLarge();
      const rows: Grid = { sheet, rowCount, colCount, cells, merges: [] };
      if (!planHeaderNear(rows, PROBE_ROWS)) {
        counter.cells -= kept - 1;
        throw new SheetTooLarge(cap);
      }
      plan = true;
      cap = Math.max(cap, ctx.planCells);
    }
    if (++counter.cells > counter.max) throw tooLarge();
    let line = cells[c.row - 1];
    if (!line) {
      while (cells.length < c.row - 1) cells.push([]);
      line = cells[c.row - 1] = [];
    }
    while (line.length < c.col - 1) line.push(EMPTY);
    line[c.col - 1] = cell;
    rowCount = Math.max(rowCount, c.row);
    colCount = Math.max(colCount, c.col);
  };

  await pkg.parse(part, {
    open(name, a) {
      if (cur) {
        if (name === 'v') cur.inV = true;
        else if (name === 'is') {
          cur.inIs = true;
          inline.reset();
        } else if (cur.inIs) inline.open(name, a);
        return;
      }
      if (name === 'sheetData') inData = true;
      else if (inData && name === 'row') {
        const r = Number(a.r);
        rowNo = Number.isInteger(r) && r > 0 ? r : rowNo + 1;
        colNo = 0;
      } else if (inData && name === 'c') {
        const ref = a.r !== undefined ? refOf(a.r) : null;
        const row = ref ? ref.row : rowNo;
        const col = ref ? ref.col : colNo + 1;
        colNo = col;
        cur = { row, col, t: a.t ?? 'n', s: a.s, v: '', inV: false, inIs: false };
      } else if (links && name === 'hyperlink' && a.ref) {
        links.push({
          ref: a.ref.split(':')[0],
          ...(a.id ? { rid: a.id } : {}),
          ...(a.location ? { location: a.location } : {}),
        });
      } else if (name === 'mergeCell' && a.ref) {
        const [p, q] = a.ref.split(':').map((x) => parseA1(x));
        const r = q ?? p;
        if (p && r)
          merges.push({
            top: Math.min(p.row, r.row),
            left: Math.min(p.col, r.col),
            bottom: Math.max(p.row, r.row),
            right: Math.max(p.col, r.col),
          });
      }
    },
    close(name) {
      if (cur) {
        if (name === 'c') {
          const c = cur;
          cur = null;
          if (c.row <= MAX_ROW && c.col <= MAX_COL) finish(c);
        } else if (name === 'v') cur.inV = false;
        else if (name === 'is') cur.inIs = false;
        else if (cur.inIs) inline.close(name);
        return;
      }
      if (name === 'sheetData') inData = false;
    },
    text(t) {
      if (!cur) return;
      if (cur.inV) cur.v += t;
      else if (cur.inIs) inline.onText(t);
    },
  });

  // Merge slaves are empty (the top-left cell keeps the value), as Excel shows them.
  for (const m of merges) {
    for (let r = m.top; r <= Math.min(m.bottom, cells.length); r++) {
      const line = cells[r - 1];
      if (!line) continue;
      for (let c = m.left; c <= Math.min(m.right, line.length); c++)
        if (r !== m.top || c !== m.left) line[c - 1] = EMPTY;
    }
  }
  // The used range: as far as a cell that holds something or a merge reaches.
  for (const m of merges) {
    rowCount = Math.max(rowCount, m.bottom);
    colCount = Math.max(colCount, m.right);
  }
  // Rows grown cell by cell keep up to half again as many slots as they use: each gets an array of its own length.
  for (let i = 0; i < cells.length; i++) cells[i] = cells[i] ? cells[i].slice() : [];
  while (cells.length < rowCount) cells.push([]);
  const grid: Grid = { sheet, rowCount, colCount, cells, merges };
  const notes = legacy.notes();
  if (notes.length) grid.notes = notes;
  return grid;
}
