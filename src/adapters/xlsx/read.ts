/**
 * The read adapter for files on disk: a path (or bytes) → Grid[] for the pure core, through the streaming reader in
 * reader/ (no Node modules there, so the browser's file mode shares it).
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { planTooLarge } from '../../core/app/plan-file';
import type { Grid } from '../../core/grid';
import { readXlsxGrids, type ReadXlsxOptions } from './reader';
import { WorkbookReadError } from './errors';

export { WorkbookReadError, type WorkbookReadErrorCode, sniffWorkbookBytes } from './errors';
export { readXlsxGrids, readXlsxWorkbook, type CellLink, type ReadXlsxOptions } from './reader';

/**
 * A plan file's bytes (refused when over the one size cap every surface uses, before reading it). Throws
 * WorkbookReadError.
 */
export async function readPlanBytes(file: string): Promise<Uint8Array> {
  return (await readBytes(file)).buf;
}

async function readBytes(pathOrBuffer: string | Buffer | Uint8Array): Promise<{ buf: Uint8Array; name: string }> {
  if (typeof pathOrBuffer !== 'string') {
    return { buf: pathOrBuffer, name: 'workbook' };
  }
  const name = path.basename(pathOrBuffer);
  let stat;
  try {
    stat = await fs.stat(pathOrBuffer);
  } catch (e) {
    throw new WorkbookReadError('MISSING', name, e);
  }
  if (stat.isDirectory()) throw new WorkbookReadError('NOT_A_FILE', name);
  if (!stat.isFile()) throw new WorkbookReadError('NOT_XLSX', name);
  // The zip itself is read into memory: a file this large is refused before reading it.
  const big = planTooLarge(stat.size);
  if (big) throw new WorkbookReadError('TOO_LARGE', name, undefined, big);
  try {
    return { buf: await fs.readFile(pathOrBuffer), name };
  } catch (e) {
    throw new WorkbookReadError('MISSING', name, e);
  }
}

export type ReadGridsOptions = ReadXlsxOptions;

/**
 * Reads every worksheet (or one) of a workbook into Grids, in workbook order; hidden and very hidden sheets carry
 * their state, sheets that could not be read carry a note.
 */
export async function readWorkbookGrids(
  pathOrBuffer: string | Buffer | Uint8Array,
  opts: ReadGridsOptions = {},
): Promise<Grid[]> {
  const { buf, name } = await readBytes(pathOrBuffer);
  return readXlsxGrids(buf, name, opts);
}
