/**
 * The workbook port: the only way the task pane touches a workbook. Implemented by the Office.js adapter
 * (src/adapters/office) in Excel and by the browser file adapter (src/adapters/browser) in file mode; tests inject
 * fakes. It lives in the core so that both sides import it and the adapters never import the pane.
 */
import type { Grid, SheetLink } from '../grid';
import type { SheetSpec } from '../sheetspec';
import type { Bilingual } from '../text';
import type { FormulaRefs } from './references';

export type { SheetLink };

export interface ReadResult {
  grids: Grid[];
  links: SheetLink[];
  /** Vietnamese-first notes about what could not be read fully (e.g. merged areas unavailable before ExcelApi 1.13). */
  warnings: string[];
  /** Sheets holding drawings (charts, pictures) when the host tells; the track pipeline carries them. */
  drawn?: string[];
}

/** What the track pipeline tells a port to write (see core/app/pipeline.ts). */
export interface SheetWrite {
  /** chiso's own sheets (its marker's list): rewritten in place. */
  replace: string[];
  /** chiso's obsolete sheets nothing kept uses: deleted. */
  remove: string[];
  /** Rewritten sheets whose drawings (charts officials added) must survive the rewrite. */
  carry?: string[];
}

/** What a write reports back: notes about what this host could not write (e.g. filters before ExcelApi 1.9). */
export interface SheetsWritten {
  warnings: Bilingual[];
}

export interface WorkbookPort {
  readonly mode: 'excel' | 'file';
  /** Workbook display name (the file name in file mode). */
  name(): Promise<string>;
  sheetNames(): Promise<string[]>;
  activeSheet(): Promise<string | null>;
  /** Reads the named sheets (all sheets when omitted) as Grids. */
  readGrids(names?: string[]): Promise<ReadResult>;
  /** Writes sheets in one step: `replace` are chiso's own sheets rewritten in place, `remove` are deleted. */
  writeSheets(specs: SheetSpec[], opts: SheetWrite): Promise<SheetsWritten | void>;
  /** What the formulas of the named sheets and the workbook's names refer to (asked by the track pipeline). */
  formulaRefs(sheets: string[]): Promise<FormulaRefs>;
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Small per-workbook settings (e.g. column-role corrections per sheet). */
  loadSetting(key: string): Promise<string | null>;
  saveSetting(key: string, value: string): Promise<void>;
}

/** File mode: the workbook lives in the browser; the user downloads the result. */
export interface FilePort extends WorkbookPort {
  readonly mode: 'file';
  download(): Promise<{ name: string; bytes: Uint8Array }>;
  /** A Word plan: where a cell of an imported sheet is in the document ("Bảng 2, hàng 5, cột 3"); else null. */
  where?(sheet: string, cell: string): Bilingual | null;
}

/** A port failure the pane can explain: Vietnamese first, English second, and what to do next. */
export class PortError extends Error {
  readonly code: string;
  /** The explanation in both languages; `message` is its Vietnamese (for Error's sake). */
  readonly text: Bilingual;
  constructor(code: string, text: Bilingual) {
    super(text.vi);
    this.name = 'PortError';
    this.code = code;
    this.text = text;
  }
}
