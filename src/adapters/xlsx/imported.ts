/**
 * A workbook made from SheetSpecs in memory and read back as exceljs would read the file (written to bytes, then
 * loaded), so `track` and the pane's file mode work on exactly the workbook `chiso import` writes. No Node modules:
 * the browser's file mode shares it.
 */
import ExcelJS from 'exceljs';
import { importSpecs } from '../../core/generate';
import type { SheetSpec } from '../../core/sheetspec';
import { DocxReadError, readDocxTables } from '../docx/read';
import { loadWorkbookBytes } from './workbook';
import { writeSheetSpecs } from './write';

export async function workbookFromSpecs(specs: SheetSpec[], name = 'workbook.xlsx'): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'chiso';
  writeSheetSpecs(wb, specs);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return loadWorkbookBytes(bytes, name);
}

/** A Word plan's bytes as the workbook `chiso import` writes. Throws DocxReadError (NO_TABLES: no appendix table). */
export async function workbookFromDocxBytes(bytes: Uint8Array, name: string): Promise<ExcelJS.Workbook> {
  const { specs } = importSpecs(await readDocxTables(bytes, name));
  if (!specs.length) throw new DocxReadError('NO_TABLES', name);
  return workbookFromSpecs(specs, name);
}
