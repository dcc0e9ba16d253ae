/** Loads the file-mode port (the CLI's reader and writer) on demand: its own chunk, fetched only in file mode. */
import type { openFilePort as OpenFilePort } from './file-port';

export async function loadOpenFilePort(): Promise<typeof OpenFilePort> {
  const mod = await import(/* webpackChunkName: "xlsx" */ './file-port');
  return mod.openFilePort;
}

export type RollupXlsx = typeof import('./rollup-xlsx');

/** The roll-up's workbook side (reading picked files, writing the roll-up), loaded on demand like the file port. */
export async function loadRollupXlsx(): Promise<RollupXlsx> {
  return import(/* webpackChunkName: "xlsx" */ './rollup-xlsx');
}

/** Loads the Word import (the zip reader, xmldom) on demand, in its own chunk. */
export async function loadWordImport(): Promise<typeof import('./word-import').importWordSheets> {
  const mod = await import(/* webpackChunkName: "docx" */ './word-import');
  return mod.importWordSheets;
}

/** The Word writer the CLI uses for `-o …docx` (the `docx` package), loaded on demand in its own chunk. */
export async function loadDocxWriter(): Promise<typeof import('../docx/write').docxFromSpecs> {
  const mod = await import(/* webpackChunkName: "docx-write" */ '../docx/write');
  return mod.docxFromSpecs;
}
