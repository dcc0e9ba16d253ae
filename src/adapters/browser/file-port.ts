/**
 * File mode: the workbook port over an .xlsx file picked in the browser. Reads Grids and links with the CLI's
 * streaming reader (xlsx/reader), writes SheetSpecs with the CLI's writer (sml/: chiso's sheets added to the picked
 * file's package, every other part kept byte for byte), and hands back those bytes to download — the same file
 * `chiso track` writes (what to write is the track pipeline's answer, src/core/app/pipeline.ts, as for the CLI;
 * drawings on rewritten sheets are carried the CLI's way). The pane loads this module with `import()` only in file
 * mode (load.ts): its own chunk.
 */
import type { SheetSpec } from '../../core/sheetspec';
import type { FormulaRefs } from '../../core/app/references';
import { isWordPlan, planTooLarge, trackerFileName } from '../../core/app/plan-file';
import { PortError, type FilePort, type ReadResult, type SheetLink, type SheetWrite } from '../../core/app/port';
import type { Bilingual } from '../../core/text';
import { DocxReadError } from '../docx/read';
import { issueWhere } from '../docx/where';
import { importedWorkbook, type ImportedWorkbook } from '../xlsx/imported';
import type { Grid } from '../../core/grid';
import { WorkbookReadError } from '../xlsx/errors';
import { isMacroWorkbook } from '../xlsx/package/book';
import { OpcPackage } from '../xlsx/package/opc';
import { sheetsWithDrawings } from '../xlsx/package-refresh/carry-drawings';
import { packageRefs } from '../xlsx/package-refresh/references';
import { writeTrack } from '../xlsx/package-refresh/write-track';
import { readXlsxWorkbook } from '../xlsx/reader';
import { SheetConflictError } from '../xlsx/sml';

export { isWordPlan, trackerFileName };

/** Where per-file settings go (window.localStorage in the page; a Map in tests; nothing at all works too). */
export interface SettingsStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface FilePortOptions {
  settings?: SettingsStore | null;
}

/** What the port knows of the file: every sheet's Grid and cell links, read with the CLI's reader. */
interface Book {
  grids: Grid[];
  links: SheetLink[];
  /** Sheets holding drawings (charts, pictures). */
  drawn: string[];
}

async function readBook(bytes: Uint8Array, name: string): Promise<Book> {
  const { grids, links } = await readXlsxWorkbook(bytes, name, { links: true });
  return { grids, links, drawn: await sheetsWithDrawings(await OpcPackage.open(bytes)) };
}

class XlsxFilePort implements FilePort {
  readonly mode = 'file' as const;
  /** The last cell the pane asked to select: file mode has no grid to move, the pane names the cell instead. */
  selection: { sheet: string; cell: string } | null = null;
  private readonly memory = new Map<string, string>();

  constructor(
    private book: Book,
    /** The file as picked, then with chiso's sheets added: what is read again and downloaded. */
    private bytes: Uint8Array,
    private readonly fileName: string,
    private readonly store: SettingsStore | null,
    /** A Word plan: its tables and "Bảng N" → imported sheet, to name a problem's place in the document. */
    private readonly docx: WordSource | null = null,
  ) {}

  where(sheet: string, cell: string): Bilingual | null {
    if (!this.docx) return null;
    const table = [...this.docx.sheets].find(([, s]) => s === sheet)?.[0];
    const w = table ? issueWhere(this.docx.tables, this.docx.sheets, table, cell) : null;
    return w && { vi: w.vi, en: w.en };
  }

  name(): Promise<string> {
    return settle(() => this.fileName);
  }

  sheetNames(): Promise<string[]> {
    return settle(() => this.book.grids.map((g) => g.sheet));
  }

  activeSheet(): Promise<string | null> {
    return settle(() => this.active());
  }

  /** A picked file has no active sheet to speak of: the first visible one stands for it. */
  private active(): string | null {
    const g = this.book.grids;
    return (g.find((x) => x.state !== 'hidden' && x.state !== 'veryHidden') ?? g[0])?.sheet ?? null;
  }

  readGrids(names?: string[]): Promise<ReadResult> {
    return settle(() => this.read(names));
  }

  private read(names?: string[]): ReadResult {
    const grids = names ? this.book.grids.filter((g) => names.includes(g.sheet)) : this.book.grids;
    if (names) {
      const missing = names.filter((n) => !grids.some((g) => g.sheet === n));
      if (missing.length) throw noSheet(missing[0]);
    }
    const read = new Set(grids.map((g) => g.sheet));
    return {
      grids,
      links: this.book.links.filter((l) => read.has(l.sheet)),
      warnings: [],
      drawn: this.book.drawn.filter((n) => read.has(n)),
    };
  }

  async formulaRefs(sheets: string[]): Promise<FormulaRefs> {
    return packageRefs(await OpcPackage.open(this.bytes), sheets);
  }

  async writeSheets(specs: SheetSpec[], opts: SheetWrite): Promise<void> {
    try {
      const pkg = await OpcPackage.open(this.bytes);
      await writeTrack(pkg, this.bytes, { specs, replace: opts.replace, remove: opts.remove, carry: opts.carry ?? [] });
      this.bytes = await pkg.save();
    } catch (e) {
      if (e instanceof SheetConflictError) {
        throw new PortError('SHEET_CONFLICT', {
          vi: `${e.text.vi}. Hãy đổi tên trang đó rồi thử lại.`,
          en: `${e.text.en}. Rename that sheet and try again.`,
        });
      }
      throw e instanceof Error ? e : new Error(String(e));
    }
    // Later reads (a refresh, the what-if panel) see the sheets just written.
    this.book = await readBook(this.bytes, this.fileName);
  }

  selectCell(sheet: string, cell: string): Promise<void> {
    return settle(() => {
      if (!this.book.grids.some((g) => g.sheet === sheet)) throw noSheet(sheet);
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

  /** The download is named as `chiso track` names its output: by the package's content type (.xlsm for macros). */
  async download(): Promise<{ name: string; bytes: Uint8Array }> {
    const macro = await isMacroWorkbook(await OpcPackage.open(this.bytes));
    return { name: trackerFileName(this.fileName, macro), bytes: this.bytes };
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
  return new PortError('NO_SHEET', {
    vi: `Không có trang tính "${sheet}" trong tệp.`,
    en: `The file has no sheet "${sheet}".`,
  });
}

type WordSource = Pick<ImportedWorkbook, 'tables' | 'sheets'>;

/** Opens picked bytes as a FilePort; an unreadable file becomes a PortError saying what to do. */
export async function openFilePort(bytes: Uint8Array, fileName: string, opts: FilePortOptions = {}): Promise<FilePort> {
  // The one size cap of plan files (the CLI refuses the same files).
  const big = planTooLarge(bytes.length);
  if (big) {
    const e = new WorkbookReadError('TOO_LARGE', fileName, undefined, big);
    throw new PortError(`FILE_${e.code}`, e.text);
  }
  try {
    // A Word plan ("Nhập từ Word"): its appendix tables become the sheets of a new workbook, then the same flows.
    const word = isWordPlan(bytes, fileName) ? await importedWorkbook(bytes, fileName) : null;
    const book = word ? word.bytes : bytes;
    return new XlsxFilePort(await readBook(book, fileName), book, fileName, opts.settings ?? null, word);
  } catch (e) {
    if (e instanceof WorkbookReadError || e instanceof DocxReadError) {
      throw new PortError(`FILE_${e.code}`, e.text);
    }
    throw e;
  }
}
