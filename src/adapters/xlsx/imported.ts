/**
 * A Word plan's bytes as the workbook `chiso import` writes (its appendix tables as sheets), so `track` and the
 * pane's file mode work on exactly that workbook. No Node modules: the browser's file mode shares it.
 */
import { importSpecs } from '../../core/generate';
import { DocxReadError, readDocxTables } from '../docx/read';
import { newWorkbookBytes } from './sml';

/** Throws DocxReadError (NO_TABLES: no appendix table). */
export async function workbookBytesFromDocx(bytes: Uint8Array, name: string): Promise<Uint8Array> {
  const { specs } = importSpecs(await readDocxTables(bytes, name));
  if (!specs.length) throw new DocxReadError('NO_TABLES', name);
  return newWorkbookBytes(specs);
}
