/** Ports for the pane's flow tests: the real file-mode port over the fixtures, and a scriptable fake. */
import { mkdtempSync, readFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { openFilePort } from '../../src/adapters/browser/file-port';
import type { Grid } from '../../src/core/grid';
import type { SheetSpec } from '../../src/core/sheetspec';
import { planFile } from '../support/fixtures';
import { PortError, type FilePort, type ReadResult, type SheetWrite, type WorkbookPort } from '../../src/core/app/port';
import type { FormulaRefs } from '../../src/core/app/references';
import { WorkbookController, type PickedFile } from '../../src/taskpane/workbook-controller';

export { PLANS_DIR as FIXTURES } from '../support/fixtures';
export const HANOI = planFile('hanoi-2025-phu-luc.xlsx');
export const DIENBAN = planFile('dienban-2025-phan-cong.xlsx');

/** The pane's clock in the tests: a fixed day. */
export const clock = () => ({ today: '2025-06-30', fixedToday: true });

/** A file as the browser hands it to the pane. */
export function pickedFile(name: string, bytes: Uint8Array): PickedFile {
  return {
    name,
    arrayBuffer: () =>
      Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer),
  };
}

/** File mode's controller over the real file port; `saved` gets each download's name and size. */
export function fileModeController(): { ctl: WorkbookController; saved: Array<{ name: string; size: number }> } {
  const saved: Array<{ name: string; size: number }> = [];
  const ctl = new WorkbookController({
    clock,
    openFile: (bytes, name) => openFilePort(bytes, name),
    save: (name, bytes) => saved.push({ name, size: bytes.length }),
  });
  return { ctl, saved };
}

export function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'chiso-pane-'));
}

/** A settings store like window.localStorage, in memory. */
export function memoryStore() {
  const map = new Map<string, string>();
  return { map, getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
}

export async function fixturePort(file: string, store = memoryStore()): Promise<FilePort> {
  return openFilePort(new Uint8Array(readFileSync(file)), path.basename(file), { settings: store });
}

/** Records every call a flow makes to a port it wraps. */
export function recording<P extends WorkbookPort>(
  port: P,
): { port: P; calls: Array<{ name: string; args: unknown[] }> } {
  const calls: Array<{ name: string; args: unknown[] }> = [];
  const wrapped = new Proxy(port, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver);
      if (typeof v !== 'function') return v;
      return (...args: unknown[]) => {
        calls.push({ name: String(prop), args });
        return (v as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { port: wrapped, calls };
}

/** A port over fixed Grids whose every call can be made to fail. */
export class FakePort implements WorkbookPort {
  readonly mode = 'excel' as const;
  failOn: Partial<Record<keyof WorkbookPort, Error>> = {};
  written: Array<{ specs: SheetSpec[] } & SheetWrite> = [];
  /** What formulas refer to (Grids hold no formulas): none unless a test says. */
  refs: FormulaRefs = { sheets: {}, book: [] };
  selected: Array<{ sheet: string; cell: string }> = [];
  settings = new Map<string, string>();
  constructor(
    public grids: Grid[],
    public active: string | null = grids[0]?.sheet ?? null,
  ) {}
  /** The port's answer, or its scripted failure. */
  private answer<T>(name: keyof WorkbookPort, work: () => T): Promise<T> {
    const e = this.failOn[name];
    return e ? Promise.reject(e) : Promise.resolve(work());
  }
  name() {
    return this.answer('name', () => 'fake.xlsx');
  }
  sheetNames() {
    return this.answer('sheetNames', () => this.grids.map((g) => g.sheet));
  }
  activeSheet() {
    return this.answer('activeSheet', () => this.active);
  }
  readGrids(names?: string[]): Promise<ReadResult> {
    return this.answer('readGrids', () => ({
      grids: this.grids.filter((g) => !names || names.includes(g.sheet)),
      links: [],
      warnings: [],
    }));
  }
  writeSheets(specs: SheetSpec[], opts: SheetWrite) {
    return this.answer('writeSheets', () => void this.written.push({ specs, ...opts }));
  }
  formulaRefs(sheets: string[]) {
    return this.answer('formulaRefs', () => ({
      sheets: Object.fromEntries(sheets.map((s) => [s, this.refs.sheets[s] ?? []])),
      book: this.refs.book,
    }));
  }
  selectCell(sheet: string, cell: string) {
    return this.answer('selectCell', () => void this.selected.push({ sheet, cell }));
  }
  loadSetting(key: string) {
    return this.answer('loadSetting', () => this.settings.get(key) ?? null);
  }
  saveSetting(key: string, value: string) {
    return this.answer('saveSetting', () => void this.settings.set(key, value));
  }
}

export const protectedSheet = () =>
  new PortError('SHEET_PROTECTED', {
    vi: 'Trang tính đang được bảo vệ: hãy bỏ bảo vệ rồi thử lại.',
    en: 'The sheet is protected: unprotect it and try again.',
  });
