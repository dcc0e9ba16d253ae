/** Loads the file-mode port (and exceljs with it) on demand: webpack puts it in its own chunk, fetched only in file mode. */
import type { openFilePort as OpenFilePort } from './file-port';

export async function loadOpenFilePort(): Promise<typeof OpenFilePort> {
  const mod = await import(/* webpackChunkName: "xlsx" */ './file-port');
  return mod.openFilePort;
}

/** Loads the Word import (jszip, xmldom) on demand, in its own chunk. */
export async function loadWordImport(): Promise<typeof import('./word-import').importWordSheets> {
  const mod = await import(/* webpackChunkName: "docx" */ './word-import');
  return mod.importWordSheets;
}
