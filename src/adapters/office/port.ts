/**
 * OfficePort: the pane's WorkbookPort inside Excel. Every call is one `Excel.run`; failures become PortErrors
 * (Vietnamese first). Settings live in the document's own settings (`Office.context.document.settings`): they
 * travel with the file, need no sheet and no write access to cells; without them (a test host) they stay in memory.
 */
import { splitSheets } from '../../core/app/split';
import type { SheetSpec } from '../../core/sheetspec';
import {
  PortError,
  type ReadResult,
  type SheetWrite,
  type SheetsWritten,
  type WorkbookPort,
} from '../../core/app/port';
import type { FormulaRefs } from '../../core/app/references';
import { notFoundError, oldExcelError, toPortError } from './errors';
import { hostSupports, LINKS_API, NO_LINKS_WARNING, READ_API, readGridsFrom, readLinks, type GridTarget } from './read';
import { readFormulaRefs } from './refs';
import { renderSheetSpecs, type RenderReport } from './render';
import { REQUIREMENTS } from './requirements';

/** The slice of Office.context.document.settings the port uses. */
export interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message?: string } | null }) => void): void;
}

/** What the port needs from the host: Excel.run, the requirement check, the document settings. */
export interface OfficeHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** `Office.context.requirements.isSetSupported('ExcelApi', version)`. */
  supports(version: string): boolean;
  settings: SettingsLike | null;
}

/** The real host: the Office and Excel globals office.js defines. */
export function defaultOfficeHost(): OfficeHost {
  return {
    run: (batch) => Excel.run(batch),
    supports: hostSupports,
    settings: (() => {
      try {
        return Office.context.document?.settings ?? null;
      } catch {
        return null;
      }
    })(),
  };
}

export class OfficePort implements WorkbookPort {
  readonly mode = 'excel' as const;
  /** What the last write did (syncs, requests, warnings). */
  lastRender: RenderReport | null = null;
  private readonly memory = new Map<string, string>();

  constructor(private readonly host: OfficeHost = defaultOfficeHost()) {}

  private async run<T>(what: string | null, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.host.run(batch);
    } catch (e) {
      throw toPortError(e, what);
    }
  }

  private needRead(): void {
    if (!this.host.supports(READ_API)) throw oldExcelError(READ_API, { vi: 'đọc bảng', en: 'read the tables' });
  }

  async name(): Promise<string> {
    if (!this.host.supports(REQUIREMENTS.workbookName.minVersion)) return 'Sổ làm việc';
    return this.run(null, async (context) => {
      context.workbook.load('name');
      await context.sync();
      return context.workbook.name;
    });
  }

  /** Every sheet name in workbook order (hidden ones included: chiso's marker is hidden). */
  async sheetNames(): Promise<string[]> {
    this.needRead();
    return this.run(null, async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
  }

  async activeSheet(): Promise<string | null> {
    this.needRead();
    return this.run(null, async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      ws.load('name');
      await context.sync();
      return ws.name;
    });
  }

  /**
   * Reads the named sheets (every sheet when omitted). Links are read from chiso's own sheets when the marker sheet
   * is among those read (a whole-workbook read, as building the tracker does).
   */
  async readGrids(names?: string[]): Promise<ReadResult> {
    this.needRead();
    const wanted = names ?? (await this.sheetNames());
    return this.run(wanted.length === 1 ? wanted[0] : null, async (context) => {
      const existing = context.workbook.worksheets;
      existing.load('items/name');
      await context.sync();
      const missing = wanted.find((n) => !existing.items.some((s) => s.name === n));
      if (missing !== undefined) throw notFoundError(missing);
      const { grids, warnings } = await readGridsFrom(context, wanted, { supports: (v) => this.host.supports(v) });
      const split = splitSheets(grids);
      const own = split.own.filter((g) => g !== split.marker);
      if (!own.length) return { grids, links: [], warnings };
      if (!this.host.supports(LINKS_API)) return { grids, links: [], warnings: [...warnings, NO_LINKS_WARNING] };
      return { grids, links: await readLinks(context, own), warnings };
    });
  }

  /** Reads the active sheet or the selection (the pane's "read this"). */
  async readTarget(target: GridTarget): Promise<ReadResult> {
    this.needRead();
    return this.run(typeof target === 'string' ? target : null, async (context) => {
      const { grids, warnings } = await readGridsFrom(context, [target], { supports: (v) => this.host.supports(v) });
      return { grids, links: [], warnings };
    });
  }

  /**
   * `carry` needs nothing here: Excel rewrites chiso's sheets in place (cells cleared, the sheet kept), and charts and
   * pictures live on the sheet, not in its cells, so they stay where officials put them (docs/excel-checklist.md).
   */
  async writeSheets(specs: SheetSpec[], opts: SheetWrite): Promise<SheetsWritten> {
    const report = await this.run(null, (context) =>
      renderSheetSpecs(context, specs, {
        replace: opts.replace,
        remove: opts.remove,
        supports: (v) => this.host.supports(v),
      }),
    );
    this.lastRender = report;
    return { warnings: report.warnings };
  }

  async formulaRefs(sheets: string[]): Promise<FormulaRefs> {
    this.needRead();
    if (!sheets.length) return { sheets: {}, book: [] };
    return this.run(null, (context) => readFormulaRefs(context, sheets, { supports: (v) => this.host.supports(v) }));
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    if (!/^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/i.test(cell)) {
      throw new PortError('BAD_CELL', { vi: `Địa chỉ ô không hợp lệ: "${cell}"`, en: `Not a cell address: "${cell}"` });
    }
    const need = REQUIREMENTS.selectCell.minVersion;
    if (!this.host.supports(need)) throw oldExcelError(need, { vi: 'chọn ô', en: 'select the cell' });
    await this.run(sheet, async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
      await context.sync();
      if (ws.isNullObject) throw notFoundError(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  }

  loadSetting(key: string): Promise<string | null> {
    const s = this.host.settings;
    if (!s) return Promise.resolve(this.memory.get(key) ?? null);
    const v = s.get(key);
    return Promise.resolve(typeof v === 'string' ? v : null);
  }

  async saveSetting(key: string, value: string): Promise<void> {
    const s = this.host.settings;
    if (!s) {
      this.memory.set(key, value);
      return;
    }
    s.set(key, value);
    await new Promise<void>((resolve, reject) =>
      s.saveAsync((r) => {
        if (String(r.status).toLowerCase() === 'failed') {
          reject(
            new PortError('SETTINGS', {
              vi: `Không lưu được thiết lập: ${r.error?.message ?? ''}`,
              en: `Could not save the setting: ${r.error?.message ?? ''}`,
            }),
          );
        } else resolve();
      }),
    );
  }
}
