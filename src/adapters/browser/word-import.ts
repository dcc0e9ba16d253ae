/**
 * The pane's "Nhập từ Word" in Excel: a picked .docx → the sheets to add to the open workbook (one per appendix
 * table, named so they never clash with the workbook's sheets). Loaded on demand (load.ts): the zip reader and xmldom stay
 * out of the pane's first load.
 */
import { importSpecs, type ImportResult } from '../../core/generate';
import { PortError } from '../../core/app/port';
import { DocxReadError, readDocxTables } from '../docx/read';

export async function importWordSheets(bytes: Uint8Array, name: string, existing: string[]): Promise<ImportResult> {
  try {
    const result = importSpecs(await readDocxTables(bytes, name), existing);
    if (!result.specs.length) throw new DocxReadError('NO_TABLES', name);
    return result;
  } catch (e) {
    if (e instanceof DocxReadError) {
      throw new PortError(`WORD_${e.code}`, e.text);
    }
    throw e;
  }
}
