/**
 * A Word plan's bytes as the workbook `chiso import` writes (its appendix tables as sheets), so `track` and the
 * pane's file mode work on exactly that workbook. No Node modules: the browser's file mode shares it.
 */
import { importSpecs } from '../../core/generate';
import { DocxReadError, readDocxTables, type DocxGridTable } from '../docx/read';
import { newWorkbookBytes } from './sml';

export interface ImportedWorkbook {
  bytes: Uint8Array;
  /** The document's tables and "Bảng N" → imported sheet name: where a cell of the workbook is in the document. */
  tables: DocxGridTable[];
  sheets: Map<string, string>;
}

/** The workbook and the document's tables. Throws DocxReadError (NO_TABLES: no appendix table). */
export async function importedWorkbook(bytes: Uint8Array, name: string): Promise<ImportedWorkbook> {
  const tables = await readDocxTables(bytes, name);
  const { specs, sheets } = importSpecs(tables);
  if (!specs.length) throw new DocxReadError('NO_TABLES', name);
  return {
    bytes: await newWorkbookBytes(specs),
    tables,
    sheets: new Map(sheets.map((x) => [x.table, x.sheet])),
  };
}

/** Throws DocxReadError (NO_TABLES: no appendix table). */
export async function workbookBytesFromDocx(bytes: Uint8Array, name: string): Promise<Uint8Array> {
  return (await importedWorkbook(bytes, name)).bytes;
}
