/**
 * Styles as ranges: every cell's effective style (range styles, then the cell's own, as the xlsx writer merges them)
 * is split into independent properties, and each property's cells are grouped into rectangles of equal value
 * (horizontal runs, then runs of identical rows stacked). A 10,000-row tracker whose rows share their layout gives
 * a number of rectangles that follows its structure (headings, sections), not its row count.
 */
import { NUMBER_FORMATS, mergeStyles, parseRange, type CellStyle, type SheetSpec } from '../../core/sheetspec';

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type PropValue = string | number | boolean;

/** Each independent property of a style, and where it sits in a CellStyle (in the order they are applied). */
const PROPS = {
  numFmt: (s) => s.numFmt,
  fontName: (s) => s.font?.name,
  fontSize: (s) => s.font?.size,
  bold: (s) => s.font?.bold,
  italic: (s) => s.font?.italic,
  underline: (s) => s.font?.underline,
  fontColor: (s) => s.font?.color,
  fill: (s) => s.fill,
  hAlign: (s) => s.align?.h,
  vAlign: (s) => s.align?.v,
  wrap: (s) => s.align?.wrap,
  indent: (s) => s.align?.indent,
  border: (s) => s.border,
} satisfies Record<string, (s: CellStyle) => PropValue | undefined>;

export type StyleProp = keyof typeof PROPS;

export const STYLE_PROPS = Object.keys(PROPS) as StyleProp[];

/** A date cell without a number format still shows as a date (exceljs gives such cells a date format too). */
export const DEFAULT_DATE_FORMAT = NUMBER_FORMATS.date;

/** The sheet's effective styles: a style id per cell (0 = none) and the resolved styles by id. */
export class StyleGrid {
  readonly rows: number;
  readonly cols: number;
  private readonly ids: Uint32Array;
  private readonly styles: CellStyle[] = [{}];
  private readonly dates = new Set<number>();

  constructor(spec: SheetSpec) {
    let rows = spec.cells.length;
    let cols = spec.cells.reduce((m, r) => Math.max(m, r?.length ?? 0), 0);
    const ranges = (spec.rangeStyles ?? []).map((rs) => ({ b: parseRange(rs.range), style: rs.style }));
    for (const { b } of ranges) {
      rows = Math.max(rows, b.bottom);
      cols = Math.max(cols, b.right);
    }
    this.rows = rows;
    this.cols = cols;
    const rangeKey = new Uint32Array(rows * cols);
    const names: string[] = [''];
    const nameId = new Map<string, number>();
    const idOf = (name: string) => {
      let id = nameId.get(name);
      if (id === undefined) {
        id = names.length;
        names.push(name);
        nameId.set(name, id);
      }
      return id;
    };
    for (const { b, style } of ranges) {
      const id = idOf(style);
      for (let r = b.top; r <= b.bottom; r++)
        for (let c = b.left; c <= b.right; c++) rangeKey[(r - 1) * cols + c - 1] = id;
    }
    this.ids = new Uint32Array(rows * cols);
    const combo = new Map<string, number>();
    const resolve = (rk: number, own: string | undefined) => {
      if (!rk && !own) return 0;
      const k = `${rk}|${own ?? ''}`;
      let id = combo.get(k);
      if (id === undefined) {
        id = this.styles.length;
        this.styles.push(mergeStyles(rk ? spec.styles[names[rk]] : undefined, own ? spec.styles[own] : undefined));
        combo.set(k, id);
      }
      return id;
    };
    for (let r = 1; r <= rows; r++) {
      const line = spec.cells[r - 1];
      for (let c = 1; c <= cols; c++) {
        const i = (r - 1) * cols + c - 1;
        const cell = line?.[c - 1];
        this.ids[i] = resolve(rangeKey[i], cell?.s);
        const v = cell && cell.f === undefined && !cell.link ? cell.v : undefined;
        if (v !== null && typeof v === 'object') this.dates.add(i);
      }
    }
  }

  value(p: StyleProp, row: number, col: number): PropValue | undefined {
    const i = (row - 1) * this.cols + col - 1;
    const v = PROPS[p](this.styles[this.ids[i]]);
    if (p === 'numFmt' && v === undefined && this.dates.has(i)) return DEFAULT_DATE_FORMAT;
    return v;
  }

  /** Rectangles of equal value of one property (cells without the property left out). */
  rects(p: StyleProp): Array<{ rect: Rect; value: PropValue }> {
    return groupRects(this.rows, this.cols, (r, c) => this.value(p, r, c));
  }
}

/** Groups cells of equal defined value into rectangles: horizontal runs, stacked while rows repeat them. */
export function groupRects(
  rows: number,
  cols: number,
  at: (row: number, col: number) => PropValue | undefined,
): Array<{ rect: Rect; value: PropValue }> {
  const out: Array<{ rect: Rect; value: PropValue }> = [];
  let open = new Map<string, { rect: Rect; value: PropValue }>();
  for (let r = 1; r <= rows; r++) {
    const next = new Map<string, { rect: Rect; value: PropValue }>();
    let c = 1;
    while (c <= cols) {
      const v = at(r, c);
      if (v === undefined) {
        c++;
        continue;
      }
      let e = c;
      while (e + 1 <= cols && at(r, e + 1) === v) e++;
      const key = `${c},${e},${typeof v}:${String(v)}`;
      const prev = open.get(key);
      if (prev && prev.rect.bottom === r - 1) {
        prev.rect.bottom = r;
        next.set(key, prev);
      } else {
        const item = { rect: { top: r, left: c, bottom: r, right: e }, value: v };
        out.push(item);
        next.set(key, item);
      }
      c = e + 1;
    }
    open = next;
  }
  return out;
}
