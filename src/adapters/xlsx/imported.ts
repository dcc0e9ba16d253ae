/**
 * A workbook made from SheetSpecs in memory and read back as exceljs would read the file (written to bytes, then
 * loaded), so `track` on a Word plan works on exactly the workbook `chiso import` writes.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { importSpecs } from '../../core/generate';
import type { SheetSpec } from '../../core/sheetspec';
import { isWordFile, readDocxFile } from '../docx/file';
import { DocxReadError } from '../docx/read';
import { loadWorkbook } from './read';
import { loadWorkbookBytes } from './workbook';
import { writeSheetSpecs } from './write';

export async function workbookFromSpecs(specs: SheetSpec[], name = 'workbook.xlsx'): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'chiso';
  writeSheetSpecs(wb, specs);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return loadWorkbookBytes(bytes, name);
}

/** A plan file as a workbook: a Word plan becomes the workbook `chiso import` writes (its appendix tables as sheets). */
export async function loadPlanWorkbook(input: string): Promise<ExcelJS.Workbook> {
  if (!isWordFile(input)) return loadWorkbook(input);
  const docx = await readDocxFile(input);
  const { specs } = importSpecs(docx.tables);
  if (!specs.length) throw new DocxReadError('NO_TABLES', path.basename(input));
  return workbookFromSpecs(specs, path.basename(input));
}
