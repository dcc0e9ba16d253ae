/** Helpers for the generator tests: write specs to an .xlsx, read a file back through the reader, temp dirs. */
import { existsSync, mkdtempSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readWorkbookGrids } from '../../src/adapters/xlsx/read';
import { writeSheetSpecs } from '../../src/adapters/xlsx/write';
import { readPlan, type Plan } from '../../src/core/plan';
import type { SheetSpec } from '../../src/core/sheetspec';

export const ROOT = path.resolve(__dirname, '..', '..');

export function fixturePlan(name = 'hanoi-2025-phu-luc.xlsx'): string {
  const own = path.join(ROOT, 'fixtures', 'plans', name);
  return existsSync(own) ? own : path.join(ROOT, '..', 'shared', 'fixtures', 'plans', name);
}

export function truthPath(name = 'hanoi-2025.json'): string {
  const own = path.join(ROOT, 'fixtures', 'expected', name);
  return existsSync(own) ? own : path.join(ROOT, '..', 'shared', 'fixtures', 'expected', name);
}

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
