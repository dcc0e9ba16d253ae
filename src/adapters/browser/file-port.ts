/**
 * File mode: the workbook port over an .xlsx file picked in the browser. Reads Grids and links exactly as the CLI
 * does (workbook.ts, write.ts's linksOf, over exceljs in memory), writes SheetSpecs with the CLI's writer (sml/:
 * chiso's sheets added to the picked file's package, every other part kept byte for byte), and hands back those
 * bytes to download — the same file `chiso track` writes. This module pulls in exceljs: the pane loads it with `import()` only in
 * file mode (see load.ts), so it lands in its own chunk.
 */
import type ExcelJS from 'exceljs';
import type { SheetSpec } from '../../core/sheetspec';
import { PortError, type FilePort, type ReadResult, type SheetLink } from '../../core/app/port';
import { DocxReadError } from '../docx/read';
import { workbookBytesFromDocx } from '../xlsx/imported';
import { WorkbookReadError, gridFromWorksheet, loadWorkbookBytes } from '../xlsx/workbook';
import { linksOf } from '../xlsx/write';
import { addSheetsToWorkbook, SheetConflictError } from '../xlsx/sml';

/** Where per-file settings go (window.localStorage in the page; a Map in tests; nothing at all works too). */
export interface SettingsStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface FilePortOptions {
  settings?: SettingsStore | null;
}

/** "ke-hoach.xlsx" → "ke-hoach-theo-doi.xlsx" (the CLI's default output name; an .xlsm stays an .xlsm). */
export function trackerFileName(name: string): string {
  const base = name.replace(/\.(xlsx|xlsm|xls|docx|docm|doc)$/i, '') || 'chiso';
  return `${base}-theo-doi${/\.xlsm$/i.test(name) ? '.xlsm' : '.xlsx'}`;
}

class XlsxFilePort implements FilePort {
  readonly mode = 'file' as const;
  /** The last cell the pane asked to select: file mode has no grid to move, the pane names the cell instead. */
  selection: { sheet: string; cell: string } | null = null;
  private readonly memory = new Map<string, string>();

  constructor(
    private wb: ExcelJS.Workbook,
    /** The file as picked, then with chiso's sheets added: what is read again and downloaded. */
    private bytes: Uint8Array,
    private readonly fileName: string,
    private readonly store: SettingsStore | null,
  ) {}

  name(): Promise<string> {
    return settle(() => this.fileName);
  }

  sheetNames(): Promise<string[]> {
    return settle(() => this.wb.worksheets.map((w) => w.name));
  }

  activeSheet(): Promise<string | null> {
    return settle(() => this.active());
  }

  private active(): string | null {
    const views = (this.wb as unknown as { views?: Array<{ activeTab?: number }> }).views;
    const tab = views?.[0]?.activeTab ?? 0;
    const visible = this.wb.worksheets.filter((w) => w.state !== 'hidden' && w.state !== 'veryHidden');
    return (this.wb.worksheets[tab] ?? visible[0] ?? this.wb.worksheets[0])?.name ?? null;
  }

  readGrids(names?: string[]): Promise<ReadResult> {
    return settle(() => this.read(names));
  }

  private read(names?: string[]): ReadResult {
    const wanted = names ? this.wb.worksheets.filter((w) => names.includes(w.name)) : this.wb.worksheets;
    if (names) {
      const missing = names.filter((n) => !wanted.some((w) => w.name === n));
      if (missing.length) throw noSheet(missing[0]);
    }
    const links: SheetLink[] = [];
    const grids = wanted.map((ws) => {
      links.push(...linksOf(ws));
      return gridFromWorksheet(ws);
    });
    return { grids, links, warnings: [] };
  }

  async writeSheets(specs: SheetSpec[], opts: { replace: string[]; remove: string[] }): Promise<void> {
    try {
      this.bytes = await addSheetsToWorkbook(this.bytes, specs, opts);
    } catch (e) {
      if (e instanceof SheetConflictError) {
        throw new PortError(
          'SHEET_CONFLICT',
          `${e.message.split(' / ')[0]}. Hãy đổi tên trang đó rồi thử lại.`,
          `${e.message.split(' / ')[1] ?? e.message}. Rename that sheet and try again.`,
        );
      }
      throw e instanceof Error ? e : new Error(String(e));
    }
    // Later reads (a refresh, the what-if panel) see the sheets just written.
    this.wb = await loadWorkbookBytes(this.bytes, this.fileName);
  }

  selectCell(sheet: string, cell: string): Promise<void> {
    return settle(() => {
      if (!this.wb.worksheets.some((w) => w.name === sheet)) throw noSheet(sheet);
      this.selection = { sheet, cell };
    });
  }

  loadSetting(key: string): Promise<string | null> {
    if (this.memory.has(key)) return Promise.resolve(this.memory.get(key) ?? null);
    try {
      return Promise.resolve(this.store?.getItem(this.storeKey(key)) ?? null);
    } catch {
      return Promise.resolve(null); // storage disabled (private mode, file://): settings last for this page only
    }
  }

  saveSetting(key: string, value: string): Promise<void> {
    this.memory.set(key, value);
    try {
      this.store?.setItem(this.storeKey(key), value);
    } catch {
      /* storage full or disabled: the in-memory copy still serves this session */
    }
    return Promise.resolve();
  }

  download(): Promise<{ name: string; bytes: Uint8Array }> {
    return Promise.resolve({ name: trackerFileName(this.fileName), bytes: this.bytes });
  }

  private storeKey(key: string): string {
    return `chiso:${this.fileName}:${key}`;
  }
}

/** Runs synchronous port work as the port's promise (a throw becomes a rejection). */
function settle<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (e) {
    return Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
}

function noSheet(sheet: string): PortError {
  return new PortError('NO_SHEET', `Không có trang tính "${sheet}" trong tệp.`, `The file has no sheet "${sheet}".`);
}

const WORD_PART = [...'word/document.xml'].map((c) => c.charCodeAt(0));

/** A .docx by its name, or a zip holding word/document.xml (a Word file under another name). */
export function isWordPlan(bytes: Uint8Array, fileName: string): boolean {
  if (/\.(docx|docm|dotx|doc)$/i.test(fileName)) return true;
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return false;
  for (
    let i = bytes.indexOf(WORD_PART[0]);
    i >= 0 && i <= bytes.length - WORD_PART.length;
    i = bytes.indexOf(WORD_PART[0], i + 1)
  ) {
    if (WORD_PART.every((b, k) => bytes[i + k] === b)) return true;
  }
  return false;
}

/** Opens picked bytes as a FilePort; an unreadable file becomes a PortError saying what to do. */
export async function openFilePort(bytes: Uint8Array, fileName: string, opts: FilePortOptions = {}): Promise<FilePort> {
  try {
    // A Word plan ("Nhập từ Word"): its appendix tables become the sheets of a new workbook, then the same flows.
    const book = isWordPlan(bytes, fileName) ? await workbookBytesFromDocx(bytes, fileName) : bytes;
    const wb = await loadWorkbookBytes(book, fileName);
    return new XlsxFilePort(wb, book, fileName, opts.settings ?? null);
  } catch (e) {
    if (e instanceof WorkbookReadError || e instanceof DocxReadError) {
      const [vi, en] = e.message.split(' / ');
      throw new PortError(`FILE_${e.code}`, vi, en ?? vi);
    }
    throw e;
  }
}
