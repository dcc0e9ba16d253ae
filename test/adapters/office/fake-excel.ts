/**
 * A recording fake of the slice of Excel's JavaScript API that chiso's Office adapter uses, over an in-memory
 * workbook (fake-model.ts). It counts `context.sync()` calls and the bytes each request and response would carry,
 * fails requests over Excel on the web's 5 MB limit, in cell-edit mode, on protected sheets and for API sets the
 * host lacks. No jest, no Node modules: the browser end-to-end host and the bench load it as well.
 *
 * Use: `const book = bookFromGrids(grids)` (or `bookFromExcelJs(wb)`), then `fakeHost(book)` is an OfficeHost for
 * OfficePort, or `fakeRun(book)(async (context) => …)` stands in for `Excel.run`.
 */
import { FakeContext, FakeProxy } from './fake-context';
import { FakeRange } from './fake-range';
import {
  FakeBook,
  FakeOfficeError,
  FakeSheet,
  parseArea,
  serialOf,
  type Area,
  type FakeCell,
  type Scalar,
} from './fake-model';

export { FakeBook, FakeSheet, FakeContext, FakeOfficeError };
export type { FakeCell, Scalar };

type Ref = () => FakeSheet;

function liveRef(book: FakeBook, sheet: FakeSheet): Ref {
  return () => {
    if (!book.sheets.includes(sheet))
      throw new FakeOfficeError('ItemNotFound', `The worksheet "${sheet.name}" was deleted`);
    return sheet;
  };
}

function nameRef(book: FakeBook, name: string): Ref {
  return () => {
    const s = book.sheet(name);
    if (!s) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: worksheet "${name}"`);
    return s;
  };
}

class FakeWorksheet extends FakeProxy {
  private prot?: FakeProxy & { protected: boolean };

  constructor(
    ctx: FakeContext,
    path: string,
    readonly ref: Ref,
    nullable = false,
  ) {
    super(ctx, path);
    if (nullable) {
      let exists = true;
      try {
        ref();
      } catch {
        exists = false;
      }
      ctx.stage(this, 'isNullObject', !exists);
    }
  }

  get isNullObject(): boolean {
    return this.got('isNullObject');
  }
  get name(): string {
    return this.got('name');
  }
  get visibility(): string {
    return this.got('visibility');
  }
  set visibility(v: string) {
    this.act('set visibility', v, () => {
      if (this.ctx.book.structureProtected)
        throw new FakeOfficeError('AccessDenied', 'The workbook structure is protected');
      this.ref().visibility = v;
    });
  }
  get tabColor(): string {
    return this.got('tabColor');
  }
  set tabColor(v: string) {
    this.act('set tabColor', v, () => (this.ref().tabColor = v), '1.7');
  }

  get protection(): FakeProxy & { protected: boolean } {
    if (!this.prot) {
      const ref = this.ref;
      const p = new (class extends FakeProxy {
        get protected(): boolean {
          return this.got('protected');
        }
        protected override snapshot(prop: string): unknown {
          return prop === 'protected' ? ref().protected : super.snapshot(prop);
        }
      })(this.ctx, `${this.path}.protection`);
      this.prot = p;
    }
    return this.prot;
  }

  get freezePanes(): Record<string, (...a: never[]) => void> {
    const set = (action: string, fn: (s: FakeSheet) => void) =>
      this.act(action, undefined, () => fn(this.writable()), '1.7');
    return {
      freezeAt: (r: FakeRange) => set('freezeAt', (s) => (s.freeze = { rows: r.area.bottom, cols: r.area.right })),
      freezeRows: (n: number) => set('freezeRows', (s) => (s.freeze = { rows: n, cols: 0 })),
      freezeColumns: (n: number) => set('freezeColumns', (s) => (s.freeze = { rows: 0, cols: n })),
      unfreeze: () => set('unfreeze', (s) => (s.freeze = null)),
    };
  }

  get autoFilter(): Record<string, (...a: never[]) => void> {
    return {
      apply: (r: FakeRange) =>
        this.act(
          'autoFilter.apply',
          r.path,
          () => (this.writable().autoFilter = `${r.area.top},${r.area.left},${r.area.bottom},${r.area.right}`),
          '1.9',
        ),
      remove: () => this.act('autoFilter.remove', undefined, () => (this.writable().autoFilter = null), '1.9'),
    };
  }

  get pageLayout(): Record<string, unknown> {
    const page = () => this.ref().page;
    const o: Record<string, unknown> = {
      setPrintTitleRows: (rows: string) =>
        this.act('pageLayout.setPrintTitleRows', rows, () => (page().titleRows = rows), '1.9'),
      setPrintTitleColumns: (cols: string) =>
        this.act('pageLayout.setPrintTitleColumns', cols, () => (page().titleColumns = cols), '1.9'),
      setPrintArea: (area: string) => this.act('pageLayout.setPrintArea', area, () => (page().area = area), '1.9'),
    };
    for (const prop of ['orientation', 'paperSize'] as const) {
      Object.defineProperty(o, prop, {
        set: (v: string) => this.act(`pageLayout.${prop}`, v, () => (page()[prop] = v), '1.9'),
      });
    }
    Object.defineProperty(o, 'zoom', {
      set: (v: unknown) => this.act('pageLayout.zoom', v, () => (page().zoom = v), '1.9'),
    });
    const margins = ['leftMargin', 'rightMargin', 'topMargin', 'bottomMargin', 'headerMargin', 'footerMargin'] as const;
    for (const prop of margins) {
      Object.defineProperty(o, prop, {
        set: (v: number) => this.act(`pageLayout.${prop}`, v, () => (page()[prop] = v), '1.9'),
      });
    }
    return o;
  }

  private writable(): FakeSheet {
    const s = this.ref();
    if (s.protected) throw new FakeOfficeError('AccessDenied', `Sheet "${s.name}" is protected`);
    return s;
  }

  protected override snapshot(prop: string): unknown {
    const s = this.ref();
    if (prop === 'name') return s.name;
    if (prop === 'visibility') return s.visibility;
    if (prop === 'tabColor') return s.tabColor;
    if (prop === 'position') return this.ctx.book.sheets.indexOf(s);
    return super.snapshot(prop);
  }

  protected override nav(name: string): FakeProxy {
    if (name === 'protection') return this.protection;
    return super.nav(name);
  }

  getRange(address = ''): FakeRange {
    return new FakeRange(this.ctx, `${this.path}.getRange(${address})`, this.ref, parseArea(address));
  }

  getUsedRange(valuesOnly = false): FakeRange {
    let area: Area = { top: 1, left: 1, bottom: 1, right: 1 };
    this.act('getUsedRange', valuesOnly, () => (area = this.ref().usedArea() ?? area), valuesOnly ? '1.2' : '1.1');
    return new FakeRange(this.ctx, `${this.path}.getUsedRange()`, this.ref, area);
  }

  delete(): void {
    this.act('delete', undefined, () => {
      const book = this.ctx.book;
      if (book.structureProtected) throw new FakeOfficeError('AccessDenied', 'The workbook structure is protected');
      const s = this.ref();
      if (book.sheets.filter((x) => x !== s && x.visibility === 'Visible').length === 0)
        throw new FakeOfficeError('InvalidOperation', 'A workbook must keep a visible sheet');
      book.sheets = book.sheets.filter((x) => x !== s);
      if (book.active.toLowerCase() === s.name.toLowerCase())
        book.active = book.sheets.find((x) => x.visibility === 'Visible')?.name ?? '';
    });
  }

  activate(): void {
    this.act('activate', undefined, () => {
      const s = this.ref();
      if (s.visibility !== 'Visible')
        throw new FakeOfficeError('InvalidOperation', 'A hidden sheet cannot be activated');
      this.ctx.book.active = s.name;
    });
  }
}

class FakeWorksheets extends FakeProxy {
  get items(): FakeWorksheet[] {
    return this.got('items');
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, `${this.path}.getItem(${name})`, nameRef(this.ctx.book, name));
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    this.act('getItemOrNullObject', name, () => undefined, '1.4');
    return new FakeWorksheet(this.ctx, `${this.path}.getItemOrNullObject(${name})`, nameRef(this.ctx.book, name), true);
  }

  getActiveWorksheet(): FakeWorksheet {
    const book = this.ctx.book;
    return new FakeWorksheet(this.ctx, `${this.path}.getActiveWorksheet()`, nameRef(book, book.active));
  }

  add(name: string): FakeWorksheet {
    const book = this.ctx.book;
    let sheet: FakeSheet | null = null;
    this.act('add', name, () => {
      if (book.structureProtected) throw new FakeOfficeError('AccessDenied', 'The workbook structure is protected');
      if (book.sheet(name)) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named "${name}" already exists`);
      if (!name || name.length > 31 || /[\\/?*[\]:]/.test(name))
        throw new FakeOfficeError('InvalidArgument', `Bad sheet name "${name}"`);
      sheet = book.addSheet(name);
    });
    return new FakeWorksheet(this.ctx, `${this.path}.add(${name})`, () => {
      if (!sheet) throw new FakeOfficeError('ItemNotFound', `The sheet "${name}" was not added`);
      return liveRef(book, sheet)();
    });
  }

  override load(props?: string | string[]): this {
    const list = (Array.isArray(props) ? props : String(props ?? '').split(',')).map((p) => p.trim()).filter(Boolean);
    const book = this.ctx.book;
    const items = book.sheets.map((s, i) => new FakeWorksheet(this.ctx, `${this.path}.items[${i}]`, liveRef(book, s)));
    this.ctx.record(this.path, 'load', list);
    this.ctx.stage(this, 'items', items);
    const sub = list.filter((p) => p.startsWith('items/')).map((p) => p.slice(6));
    if (sub.length) for (const it of items) it.load(sub);
    return this;
  }
}

class FakeWorkbook extends FakeProxy {
  readonly worksheets: FakeWorksheets;
  readonly protection: FakeProxy & { protected: boolean };

  constructor(ctx: FakeContext) {
    super(ctx, 'workbook');
    this.worksheets = new FakeWorksheets(ctx, 'workbook.worksheets');
    const book = ctx.book;
    this.protection = new (class extends FakeProxy {
      get protected(): boolean {
        return this.got('protected');
      }
      protected override snapshot(prop: string): unknown {
        return prop === 'protected' ? book.structureProtected : super.snapshot(prop);
      }
    })(ctx, 'workbook.protection');
  }

  get name(): string {
    return this.got('name');
  }

  protected override snapshot(prop: string): unknown {
    return prop === 'name' ? this.ctx.book.name : super.snapshot(prop);
  }

  getSelectedRange(): FakeRange {
    const sel = this.ctx.book.selection ?? { sheet: this.ctx.book.active, address: 'A1' };
    const ws = new FakeWorksheet(this.ctx, 'workbook.getSelectedRange().worksheet', nameRef(this.ctx.book, sel.sheet));
    const range = new FakeRange(this.ctx, 'workbook.getSelectedRange()', ws.ref, parseArea(sel.address));
    Object.defineProperty(range, 'worksheet', { value: ws });
    return range;
  }
}

/** `context.application`: only the calculation switch chiso uses (ExcelApi 1.6, not in older hosts). */
class FakeApplication extends FakeProxy {
  constructor(ctx: FakeContext) {
    super(ctx, 'application');
  }

  /** Excel defers recalculation until the next sync; the fake computes no formula, so it only records the call. */
  suspendApiCalculationUntilNextSync(): void {
    this.act('suspendApiCalculationUntilNextSync', undefined, () => undefined, '1.6');
  }
}

/** A fresh request context over the book (what Excel.run hands its callback). */
export function fakeContext(book: FakeBook): FakeContext {
  const ctx = new FakeContext(book);
  ctx.workbook = new FakeWorkbook(ctx);
  ctx.application = new FakeApplication(ctx);
  return ctx;
}

/** Stands in for Excel.run. */
export function fakeRun(book: FakeBook) {
  return async <T>(batch: (context: never) => Promise<T>): Promise<T> => batch(fakeContext(book) as never);
}

/** An OfficeHost (src/adapters/office/port.ts) over the book; settings kept in the book. */
export function fakeHost(book: FakeBook) {
  return {
    run: fakeRun(book),
    supports: (v: string) => book.supports(v),
    settings: {
      get: (k: string) => book.settings.get(k) ?? null,
      set: (k: string, v: unknown) => void book.settings.set(k, v),
      saveAsync: (cb?: (r: { status: unknown }) => void) => cb?.({ status: 'succeeded' }),
    },
  };
}

// ---- Loading a book ----

/** The Grid shape (src/core/grid.ts), restated so the fake imports nothing from src. */
export interface GridLike {
  sheet: string;
  cells: Array<
    Array<
      | { kind: string; text?: string; value?: number | boolean; format?: string; iso?: string; code?: string }
      | undefined
    >
  >;
  merges: Area[];
}

export function bookFromGrids(grids: GridLike[]): FakeBook {
  const book = new FakeBook();
  for (const g of grids) {
    const s = book.addSheet(g.sheet);
    g.cells.forEach((line, r) =>
      line.forEach((c, k) => {
        if (!c || c.kind === 'empty') return;
        const cell = s.cell(r + 1, k + 1);
        if (c.kind === 'text') cell.value = c.text ?? '';
        else if (c.kind === 'number') Object.assign(cell, { value: c.value, numberFormat: c.format ?? 'General' });
        else if (c.kind === 'boolean') cell.value = !!c.value;
        else if (c.kind === 'error') Object.assign(cell, { value: c.code, error: true });
        else if (c.kind === 'date') {
          const [y, m, d] = (c.iso ?? '').split('-').map(Number);
          Object.assign(cell, { value: serialOf(y, m, d), numberFormat: 'dd/mm/yyyy' });
        }
      }),
    );
    s.merges = g.merges.map((m) => ({ ...m }));
  }
  return book;
}

/** The slice of an exceljs Workbook read here (duck-typed: no exceljs import). */
export interface ExcelJsLike {
  worksheets: Array<{
    name: string;
    state?: string;
    model: unknown;
    eachRow(
      opts: { includeEmpty: boolean },
      fn: (
        row: {
          eachCell(
            opts: { includeEmpty: boolean },
            fn: (cell: { type: number; value: unknown; numFmt?: string }, col: number) => void,
          ): void;
        },
        r: number,
      ) => void,
    ): void;
  }>;
}

export function bookFromExcelJs(wb: ExcelJsLike): FakeBook {
  const book = new FakeBook();
  for (const ws of wb.worksheets) {
    const s = book.addSheet(ws.name);
    if (ws.state && ws.state !== 'visible') s.visibility = 'Hidden';
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (xc, c) => {
        if (xc.type === 1) return; // a merged cell below or right of its master
        const cell = s.cell(r, c);
        if (xc.numFmt) cell.numberFormat = xc.numFmt;
        setFromExcelJs(cell, xc.value);
      }),
    );
    const merges = ((ws.model as { merges?: string[] }).merges ?? []).map((m) => parseArea(m));
    s.merges = merges;
  }
  book.active = book.sheets.find((s) => s.visibility === 'Visible')?.name ?? '';
  return book;
}

function setFromExcelJs(cell: FakeCell, v: unknown): void {
  if (v === null || v === undefined) return;
  if (v instanceof Date) {
    cell.value = serialOf(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate());
    if (!cell.numberFormat || cell.numberFormat === 'General') cell.numberFormat = 'dd/mm/yyyy';
    return;
  }
  if (typeof v !== 'object') {
    cell.value = v as Scalar;
    return;
  }
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText))
    cell.value = (o.richText as Array<{ text?: string }>).map((t) => t.text ?? '').join('');
  else if (typeof o.error === 'string') Object.assign(cell, { value: o.error, error: true });
  else if ('formula' in o || 'sharedFormula' in o) {
    cell.formula = `=${String(o.formula ?? o.sharedFormula)}`;
    setFromExcelJs(cell, o.result);
  } else if ('hyperlink' in o) {
    const target = String(o.hyperlink);
    cell.value = typeof o.text === 'string' ? o.text : target;
    cell.hyperlink = target.startsWith('#') ? { documentReference: target.slice(1) } : { address: target };
  }
}
