/** Ranges of the recording fake: values, formats, merges, rules, lists, links, copies (see fake-context.ts). */
import { FakeContext, FakeProxy, setters } from './fake-context';
import { FakeConditionalFormats, FakeRangeFormat } from './fake-format';
import {
  MAX_FORMAT_CELLS,
  areaAddress,
  cellsIn,
  forCells,
  intersects,
  parseArea,
  parseInput,
  quoteName,
  shiftFormula,
  writable,
  FakeOfficeError,
  type Area,
  type FakeCell,
  type FakeSheet,
  type FakeValidation,
} from './fake-model';

export type SheetRef = () => FakeSheet;

export class FakeRange extends FakeProxy {
  private fmt?: FakeRangeFormat;
  private cfs?: FakeConditionalFormats;
  private dv?: Record<string, unknown>;

  constructor(
    ctx: FakeContext,
    path: string,
    readonly sheetRef: SheetRef,
    readonly area: Area,
  ) {
    super(ctx, path);
  }

  /** Records `action` and runs `fn` on this range's sheet, made writable. */
  protected onSheet(action: string, args: unknown, fn: (sheet: FakeSheet) => void, api?: string): void {
    this.act(action, args, () => fn(writable(this.sheetRef())), api);
  }

  get rows(): number {
    return this.area.bottom - this.area.top + 1;
  }

  get cols(): number {
    return this.area.right - this.area.left + 1;
  }

  // ---- loaded properties ----
  get values(): unknown[][] {
    return this.got('values');
  }
  set values(v: unknown[][]) {
    this.act('set values', v, () => this.write(v));
  }
  get formulas(): unknown[][] {
    return this.got('formulas');
  }
  set formulas(v: unknown[][]) {
    this.act('set formulas', v, () => this.write(v));
  }
  get numberFormat(): unknown[][] {
    return this.got('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.onSheet('set numberFormat', v, (sheet) => {
      this.checkDims(v);
      forCells(this.area, (r, c) => (sheet.cell(r, c).numberFormat = String(v[r - this.area.top][c - this.area.left])));
    });
  }
  get valueTypes(): string[][] {
    return this.got('valueTypes');
  }
  get rowIndex(): number {
    return this.got('rowIndex');
  }
  get columnIndex(): number {
    return this.got('columnIndex');
  }
  get rowCount(): number {
    return this.got('rowCount');
  }
  get columnCount(): number {
    return this.got('columnCount');
  }
  get address(): string {
    return this.got('address');
  }
  get hyperlink(): unknown {
    return this.got('hyperlink');
  }
  set hyperlink(h: { address?: string; documentReference?: string; textToDisplay?: string }) {
    this.onSheet(
      'set hyperlink',
      h,
      (sheet) => {
        forCells(this.area, (r, c) => {
          const cell = sheet.cell(r, c);
          cell.hyperlink = { ...h };
          if (h.textToDisplay !== undefined && !cell.formula) cell.value = h.textToDisplay;
        });
      },
      '1.7',
    );
  }
  set columnHidden(v: boolean) {
    this.onSheet(
      'set columnHidden',
      v,
      (sheet) => {
        for (let c = this.area.left; c <= this.area.right; c++) {
          if (v) sheet.hiddenCols.add(c);
          else sheet.hiddenCols.delete(c);
        }
      },
      '1.2',
    );
  }

  get format(): FakeRangeFormat {
    return (this.fmt ??= new FakeRangeFormat(this.ctx, `${this.path}.format`, this));
  }

  get conditionalFormats(): FakeConditionalFormats {
    return (this.cfs ??= new FakeConditionalFormats(this.ctx, `${this.path}.conditionalFormats`, this));
  }

  get dataValidation(): Record<string, unknown> {
    if (this.dv) return this.dv;
    const entry = (): FakeValidation => {
      const sheet = writable(this.sheetRef());
      let v = sheet.validations.find((x) => areaAddress(x.area) === areaAddress(this.area));
      if (!v) sheet.validations.push((v = { area: this.area }));
      return v;
    };
    const path = `${this.path}.dataValidation`;
    const dv = setters(
      this.ctx,
      path,
      {
        rule: (x: unknown) => (entry().rule = x),
        ignoreBlanks: (x: boolean) => (entry().ignoreBlanks = x),
        errorAlert: (x: unknown) => (entry().errorAlert = x),
        prompt: (x: unknown) => (entry().prompt = x),
      },
      '1.8',
    ) as Record<string, unknown>;
    dv.clear = () =>
      this.onSheet(
        'dataValidation.clear',
        undefined,
        (sheet) => {
          sheet.validations = sheet.validations.filter((v) => !intersects(v.area, this.area));
        },
        '1.8',
      );
    return (this.dv = dv);
  }

  protected override nav(name: string): FakeProxy {
    if (name === 'format') return this.format;
    return super.nav(name);
  }

  protected override snapshot(prop: string): unknown {
    const sheet = this.sheetRef();
    const grid = <T>(fn: (cell: FakeCell | undefined) => T): T[][] => {
      if (this.rows * this.cols > MAX_FORMAT_CELLS)
        throw new FakeOfficeError('RangeExceedsLimit', 'Too many cells to load');
      const out: T[][] = [];
      for (let r = this.area.top; r <= this.area.bottom; r++) {
        const line: T[] = [];
        for (let c = this.area.left; c <= this.area.right; c++) line.push(fn(sheet.peek(r, c)));
        out.push(line);
      }
      return out;
    };
    switch (prop) {
      case 'values':
        return grid((c) => c?.value ?? '');
      case 'formulas':
        return grid((c) => c?.formula ?? c?.value ?? '');
      case 'numberFormat':
        return grid((c) => c?.numberFormat ?? 'General');
      case 'valueTypes':
        return grid((c) => {
          const v = c?.value;
          if (v === null || v === undefined || v === '') return 'Empty';
          if (c?.error) return 'Error';
          return typeof v === 'number' ? 'Double' : typeof v === 'boolean' ? 'Boolean' : 'String';
        });
      case 'rowIndex':
        return this.area.top - 1;
      case 'columnIndex':
        return this.area.left - 1;
      case 'rowCount':
        return this.rows;
      case 'columnCount':
        return this.cols;
      case 'address':
        return `${quoteName(sheet.name)}!${areaAddress(this.area)}`;
      case 'hyperlink':
        return sheet.peek(this.area.top, this.area.left)?.hyperlink ?? null;
    }
    return super.snapshot(prop);
  }

  private checkDims(v: unknown): void {
    if (
      !Array.isArray(v) ||
      v.length !== this.rows ||
      v.some((row) => !Array.isArray(row) || row.length !== this.cols)
    ) {
      throw new FakeOfficeError(
        'InvalidArgument',
        "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      );
    }
  }

  private write(v: unknown[][]): void {
    const sheet = writable(this.sheetRef());
    this.checkDims(v);
    const book = this.ctx.book;
    forCells(this.area, (r, c) => {
      const input = v[r - this.area.top][c - this.area.left];
      if (input === null || input === undefined) return; // null leaves the cell as it is
      const p = parseInput(input);
      const cell = sheet.cell(r, c);
      cell.formula = p.formula;
      cell.error = p.formula !== undefined && typeof p.value === 'string' && p.value.startsWith('#');
      cell.value =
        p.formula !== undefined && !cell.error ? (book.evaluate?.(sheet.name, r, c, p.formula) ?? null) : p.value;
      if (p.numberFormat && (!cell.numberFormat || cell.numberFormat === 'General')) cell.numberFormat = p.numberFormat;
    });
  }

  merge(across = false): void {
    this.onSheet(
      'merge',
      across,
      (sheet) => {
        if (sheet.merges.some((m) => intersects(m, this.area)))
          throw new FakeOfficeError(
            'InvalidOperation',
            `Cannot merge ${areaAddress(this.area)}: it overlaps a merged area`,
          );
        for (const [r, c, cell] of cellsIn(sheet, this.area)) {
          if (r !== this.area.top || c !== this.area.left) {
            cell.value = null;
            cell.formula = undefined;
          }
        }
        sheet.merges.push({ ...this.area });
      },
      '1.2',
    );
  }

  unmerge(): void {
    this.onSheet(
      'unmerge',
      undefined,
      (sheet) => {
        sheet.merges = sheet.merges.filter((m) => !intersects(m, this.area));
      },
      '1.2',
    );
  }

  clear(applyTo: string = 'All'): void {
    this.onSheet('clear', applyTo, (sheet) => {
      for (const [r, c, cell] of cellsIn(sheet, this.area)) {
        if (applyTo === 'All') sheet.cells.delete(r * 20000 + c);
        else if (applyTo === 'Contents') Object.assign(cell, { value: null, formula: undefined, error: false });
        else if (applyTo === 'Formats')
          Object.assign(cell, {
            numberFormat: undefined,
            font: {},
            fill: undefined,
            hAlign: undefined,
            vAlign: undefined,
            wrap: undefined,
            indent: undefined,
            borders: {},
          });
      }
      if (applyTo === 'All' || applyTo === 'Formats')
        sheet.merges = sheet.merges.filter((m) => !intersects(m, this.area));
    });
  }

  copyFrom(source: FakeRange, copyType = 'All'): void {
    this.onSheet(
      'copyFrom',
      { source: source.path, copyType },
      (sheet) => {
        const from = source.sheetRef();
        if (copyType !== 'Formulas') throw new FakeOfficeError('InvalidArgument', 'The fake copies formulas only');
        if (this.rows % source.rows || this.cols % source.cols)
          throw new FakeOfficeError('InvalidArgument', 'The destination is not a multiple of the source');
        forCells(this.area, (r, c) => {
          const sr = source.area.top + ((r - this.area.top) % source.rows);
          const sc = source.area.left + ((c - this.area.left) % source.cols);
          const src = from.peek(sr, sc);
          const cell = sheet.cell(r, c);
          if (src?.formula) {
            cell.formula = shiftFormula(src.formula, r - sr, c - sc);
            cell.value = this.ctx.book.evaluate?.(sheet.name, r, c, cell.formula) ?? null;
          } else {
            cell.formula = undefined;
            cell.value = src?.value ?? null;
          }
        });
      },
      '1.9',
    );
  }

  select(): void {
    this.act('select', undefined, () => {
      const sheet = this.sheetRef();
      if (this.ctx.book.active.toLowerCase() !== sheet.name.toLowerCase())
        throw new FakeOfficeError('InvalidOperation', 'Select works on the active sheet only');
      this.ctx.book.selection = { sheet: sheet.name, address: areaAddress(this.area) };
    });
  }

  getMergedAreasOrNullObject(): FakeProxy & { isNullObject: boolean; address: string } {
    const areas = new FakeMergedAreas(this.ctx, `${this.path}.getMergedAreasOrNullObject()`, this);
    this.act('getMergedAreasOrNullObject', undefined, () => areas.init(), '1.13');
    return areas;
  }

  getCellProperties(opts: { hyperlink?: boolean }): { value: Array<Array<{ hyperlink?: unknown }>> } {
    const result = new FakeResult(this.ctx, `${this.path}.getCellProperties()`);
    this.act(
      'getCellProperties',
      opts,
      () => {
        const sheet = this.sheetRef();
        const out: Array<Array<{ hyperlink?: unknown }>> = [];
        for (let r = this.area.top; r <= this.area.bottom; r++) {
          const line: Array<{ hyperlink?: unknown }> = [];
          for (let c = this.area.left; c <= this.area.right; c++) {
            const h = opts.hyperlink ? sheet.peek(r, c)?.hyperlink : undefined;
            line.push(h ? { hyperlink: { ...h } } : {});
          }
          out.push(line);
        }
        this.ctx.stage(result, 'value', out);
      },
      '1.9',
    );
    return result;
  }
}

export class FakeResult extends FakeProxy {
  get value(): Array<Array<{ hyperlink?: unknown }>> {
    return this.got('value');
  }
}

class FakeMergedAreas extends FakeProxy {
  private list: Area[] = [];

  constructor(
    ctx: FakeContext,
    path: string,
    private readonly range: FakeRange,
  ) {
    super(ctx, path);
  }

  init(): void {
    this.list = this.range.sheetRef().merges.filter((m) => intersects(m, this.range.area));
    this.ctx.stage(this, 'isNullObject', this.list.length === 0);
  }

  get isNullObject(): boolean {
    return this.got('isNullObject');
  }

  get address(): string {
    return this.got('address');
  }

  protected override snapshot(prop: string): unknown {
    if (prop === 'address') {
      const name = quoteName(this.range.sheetRef().name);
      return this.list.map((m) => `${name}!${areaAddress(m)}`).join(', ');
    }
    return super.snapshot(prop);
  }
}

export { parseArea };
