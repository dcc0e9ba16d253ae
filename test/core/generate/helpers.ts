/** Helpers for the generator tests: write specs to an .xlsx, read a file back through the reader, temp dirs. */
import { mkdtempSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readWorkbookGrids } from '../../../src/adapters/xlsx/read';
import { writeSheetSpecs } from '../../../src/adapters/xlsx/write';
import { readPlan, type Plan } from '../../../src/core/plan';
import type { SheetSpec } from '../../../src/core/sheetspec';

export { ROOT, planFile as fixturePlan, truthFile as truthPath } from '../../support/fixtures';

export function tempDir(prefix = 'chiso-gen-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function writeSpecs(specs: SheetSpec[], file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  writeSheetSpecs(wb, specs);
  await wb.xlsx.writeFile(file);
}

/** What `chiso extract` reads from a file. */
export async function readBack(file: string, sheet?: string): Promise<Plan> {
  return readPlan(await readWorkbookGrids(file), { sheet });
}

export async function openBook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}
