/**
 * Helpers for the generator tests: write specs to an .xlsx with the writer `chiso template` and `chiso cascade`
 * ship (src/cli/workbook-io → src/adapters/xlsx/sml), read a file back through the reader, open it with exceljs (the
 * independent oracle), temp dirs.
 */
import { mkdtempSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readWorkbookGrids } from '../../../src/adapters/xlsx/read';
import { readPlan, type Plan } from '../../../src/core/plan';
import type { SheetSpec } from '../../../src/core/sheetspec';
import { writeSpecs as shippedWriteSpecs } from '../../../src/cli/workbook-io';

export { ROOT, planFile as fixturePlan, truthFile as truthPath } from '../../support/fixtures';

export function tempDir(prefix = 'chiso-gen-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Writes specs as `chiso template` / `cascade` do (a new workbook, or a Word document for a .docx name). */
export async function writeSpecs(specs: SheetSpec[], file: string): Promise<void> {
  await shippedWriteSpecs(specs, file);
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
