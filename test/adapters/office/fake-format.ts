/** Range formats and conditional formats of the recording fake (see fake-context.ts). */
import { FakeContext, FakeProxy, setters } from './fake-context';
import { forCells, intersects, writable, FakeOfficeError, type FakeCell, type FakeCondFormat } from './fake-model';
import type { FakeRange } from './fake-range';

export class FakeRangeFormat extends FakeProxy {
  readonly font: Record<string, unknown>;
  readonly fill: Record<string, unknown>;
  readonly borders: { getItem(edge: string): Record<string, unknown> };

  constructor(
    ctx: FakeContext,
    path: string,
    private readonly range: FakeRange,
  ) {
    super(ctx, path);
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
    this.act(
      'set columnWidth',
      v,
      () => {
        const sheet = writable(this.range.sheetRef());
        for (let c = this.range.area.left; c <= this.range.area.right; c++) sheet.colWidths.set(c, v);
      },
      '1.2',
    );
  }
  set rowHeight(v: number) {
    this.act(
      'set rowHeight',
      v,
      () => {
        const sheet = writable(this.range.sheetRef());
        for (let r = this.range.area.top; r <= this.range.area.bottom; r++) sheet.rowHeights.set(r, v);
      },
      '1.2',
    );
  }
  set useStandardHeight(v: boolean) {
    this.act(
      'set useStandardHeight',
      v,
      () => {
        const sheet = writable(this.range.sheetRef());
        if (v)
          for (const r of [...sheet.rowHeights.keys()])
            if (r >= this.range.area.top && r <= this.range.area.bottom) sheet.rowHeights.delete(r);
      },
      '1.7',
    );
  }
  set useStandardWidth(v: boolean) {
    this.act(
      'set useStandardWidth',
      v,
      () => {
        const sheet = writable(this.range.sheetRef());
        if (v)
          for (const c of [...sheet.colWidths.keys()])
            if (c >= this.range.area.left && c <= this.range.area.right) sheet.colWidths.delete(c);
      },
      '1.7',
    );
  }

  private cellProp(name: string, v: unknown, fn: (c: FakeCell) => void, api = '1.1'): void {
    this.act(
      `set ${name}`,
      v,
      () => {
        const sheet = writable(this.range.sheetRef());
        forCells(this.range.area, (r, c) => fn(sheet.cell(r, c)));
      },
      api,
    );
  }
}

export class FakeConditionalFormats extends FakeProxy {
  constructor(
    ctx: FakeContext,
    path: string,
    private readonly range: FakeRange,
  ) {
    super(ctx, path);
  }

  add(type: string): Record<string, unknown> {
    const entry: FakeCondFormat = { area: { ...this.range.area }, type };
    const path = `${this.path}.add(${type})`;
    this.act('add', type, () => writable(this.range.sheetRef()).condFormats.push(entry), '1.6');
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
    this.act(
      'clearAll',
      undefined,
      () => {
        const sheet = writable(this.range.sheetRef());
        sheet.condFormats = sheet.condFormats.filter((f) => !intersects(f.area, this.range.area));
      },
      '1.6',
    );
  }
}
