/** Range formats and conditional formats of the recording fake (see fake-context.ts). */
import { FakeContext, FakeProxy, setters } from './fake-context';
import {
  forCells,
  intersects,
  writable,
  FakeOfficeError,
  type FakeCell,
  type FakeCondFormat,
  type FakeSheet,
} from './fake-model';
import type { FakeRange } from './fake-range';

/** A part of a range (its format, its conditional formats): actions recorded on the part, run on the range's sheet. */
class FakeRangePart extends FakeProxy {
  constructor(
    ctx: FakeContext,
    path: string,
    protected readonly range: FakeRange,
  ) {
    super(ctx, path);
  }

  /** Records `action` and runs `fn` on the range's sheet, made writable. */
  protected onSheet(action: string, args: unknown, fn: (sheet: FakeSheet) => void, api?: string): void {
    this.act(action, args, () => fn(writable(this.range.sheetRef())), api);
  }
}

export class FakeRangeFormat extends FakeRangePart {
  readonly font: Record<string, unknown>;
  readonly fill: Record<string, unknown>;
  readonly borders: { getItem(edge: string): Record<string, unknown> };

  constructor(ctx: FakeContext, path: string, range: FakeRange) {
    super(ctx, path, range);
    const each = (fn: (cell: FakeCell, r: number, c: number) => void) => () => {
      const sheet = writable(range.sheetRef());
      forCells(range.area, (r, c) => fn(sheet.cell(r, c), r, c));
    };
    const on = (fn: (cell: FakeCell, v: never) => void) => (v: never) => each((cell) => fn(cell, v))();
    this.font = setters(ctx, `${path}.font`, {
      name: on((c, v: string) => (c.font.name = v)),
      size: on((c, v: number) => (c.font.size = v)),
      bold: on((c, v: boolean) => (c.font.bold = v)),
      italic: on((c, v: boolean) => (c.font.italic = v)),
      underline: on((c, v: string) => (c.font.underline = v)),
      color: on((c, v: string) => (c.font.color = v)),
    });
    this.fill = setters(ctx, `${path}.fill`, { color: on((c, v: string) => (c.fill = v)) });
    const a = range.area;
    const edge = (name: string) => (v: string) =>
      each((cell, r, c) => {
        if (name === 'EdgeTop' && r === a.top) cell.borders.top = v;
        if (name === 'EdgeBottom' && r === a.bottom) cell.borders.bottom = v;
        if (name === 'EdgeLeft' && c === a.left) cell.borders.left = v;
        if (name === 'EdgeRight' && c === a.right) cell.borders.right = v;
        if (name === 'InsideHorizontal') {
          if (r > a.top) cell.borders.top = v;
          if (r < a.bottom) cell.borders.bottom = v;
        }
        if (name === 'InsideVertical') {
          if (c > a.left) cell.borders.left = v;
          if (c < a.right) cell.borders.right = v;
        }
      })();
    this.borders = {
      getItem: (name: string) =>
        setters(ctx, `${path}.borders.getItem(${name})`, {
          style: () => undefined,
          weight: () => undefined,
          color: edge(name),
        }),
    };
  }

  set horizontalAlignment(v: string) {
    this.cellProp('horizontalAlignment', v, (c) => (c.hAlign = v));
  }
  set verticalAlignment(v: string) {
    this.cellProp('verticalAlignment', v, (c) => (c.vAlign = v));
  }
  set wrapText(v: boolean) {
    this.cellProp('wrapText', v, (c) => (c.wrap = v));
  }
  set indentLevel(v: number) {
    this.cellProp('indentLevel', v, (c) => (c.indent = v), '1.9');
  }
  set columnWidth(v: number) {
    this.setSizes('columnWidth', v);
  }
  set rowHeight(v: number) {
    this.setSizes('rowHeight', v);
  }
  set useStandardHeight(v: boolean) {
    this.standardSizes('useStandardHeight', v);
  }
  set useStandardWidth(v: boolean) {
    this.standardSizes('useStandardWidth', v);
  }

  /** The sheet's column widths over the range's columns, or its row heights over the range's rows. */
  private sizes(sheet: FakeSheet, columns: boolean): { sizes: Map<number, number>; from: number; to: number } {
    const a = this.range.area;
    return columns
      ? { sizes: sheet.colWidths, from: a.left, to: a.right }
      : { sizes: sheet.rowHeights, from: a.top, to: a.bottom };
  }

  private setSizes(prop: 'columnWidth' | 'rowHeight', v: number): void {
    this.onSheet(
      `set ${prop}`,
      v,
      (sheet) => {
        const { sizes, from, to } = this.sizes(sheet, prop === 'columnWidth');
        for (let i = from; i <= to; i++) sizes.set(i, v);
      },
      '1.2',
    );
  }

  /** `true` drops the range's own widths or heights (back to the standard one); `false` changes nothing. */
  private standardSizes(prop: 'useStandardWidth' | 'useStandardHeight', v: boolean): void {
    this.onSheet(
      `set ${prop}`,
      v,
      (sheet) => {
        const { sizes, from, to } = this.sizes(sheet, prop === 'useStandardWidth');
        if (v) for (const i of [...sizes.keys()]) if (i >= from && i <= to) sizes.delete(i);
      },
      '1.7',
    );
  }

  private cellProp(name: string, v: unknown, fn: (c: FakeCell) => void, api = '1.1'): void {
    this.onSheet(`set ${name}`, v, (sheet) => forCells(this.range.area, (r, c) => fn(sheet.cell(r, c))), api);
  }
}

export class FakeConditionalFormats extends FakeRangePart {
  add(type: string): Record<string, unknown> {
    const entry: FakeCondFormat = { area: { ...this.range.area }, type };
    const path = `${this.path}.add(${type})`;
    this.onSheet('add', type, (sheet) => sheet.condFormats.push(entry), '1.6');
    const ctx = this.ctx;
    const cf = setters(
      ctx,
      path,
      {
        stopIfTrue: (v: boolean) => (entry.stopIfTrue = v),
        priority: (p: number) => {
          const list = this.range.sheetRef().condFormats;
          const i = list.indexOf(entry);
          if (i < 0 || p < 0 || p >= list.length) throw new FakeOfficeError('InvalidArgument', `Bad priority ${p}`);
          list.splice(i, 1);
          list.splice(p, 0, entry);
        },
      },
      '1.6',
    ) as Record<string, unknown>;
    Object.defineProperty(cf, 'custom', {
      value: {
        rule: setters(ctx, `${path}.custom.rule`, { formula: (f: string) => (entry.formula = f) }, '1.6'),
        format: {
          fill: setters(ctx, `${path}.custom.format.fill`, { color: (c: string) => (entry.fill = c) }, '1.6'),
          font: setters(
            ctx,
            `${path}.custom.format.font`,
            {
              color: (c: string) => (entry.fontColor = c),
              bold: (b: boolean) => (entry.bold = b),
              italic: (b: boolean) => (entry.italic = b),
            },
            '1.6',
          ),
        },
      },
    });
    const bar: NonNullable<FakeCondFormat['dataBar']> = {};
    if (type === 'DataBar') entry.dataBar = bar;
    const db = setters(
      ctx,
      `${path}.dataBar`,
      { lowerBoundRule: (r: unknown) => (bar.lower = r), upperBoundRule: (r: unknown) => (bar.upper = r) },
      '1.6',
    );
    Object.defineProperty(db, 'positiveFormat', {
      value: setters(
        ctx,
        `${path}.dataBar.positiveFormat`,
        { fillColor: (c: string) => (bar.color = c), gradientFill: (g: boolean) => (bar.gradient = g) },
        '1.6',
      ),
    });
    Object.defineProperty(cf, 'dataBar', { value: db });
    return cf;
  }

  clearAll(): void {
    this.onSheet(
      'clearAll',
      undefined,
      (sheet) => (sheet.condFormats = sheet.condFormats.filter((f) => !intersects(f.area, this.range.area))),
      '1.6',
    );
  }
}
