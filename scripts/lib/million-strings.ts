/**
 * A workbook with a million shared strings (issue 22, item 7): a small plan sheet and a data sheet of 100,000 rows ×
 * 10 distinct texts, every text its own shared-strings entry (a 32 MB sharedStrings.xml). Written by exceljs's
 * streaming writer (another program's output). Shared by the refresh test and the bench.
 */
import ExcelJS from 'exceljs';
import { addSmallPlan } from './plan-beside-data';

export { PLAN_SHEET as STRINGS_PLAN_SHEET } from './plan-beside-data';

export async function writeMillionStrings(file: string, rows = 100_000): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  addSmallPlan(wb);
  const data = wb.addWorksheet('Dữ liệu hồ sơ');
  for (let r = 0; r < rows; r++) {
    const row: string[] = [];
    for (let c = 0; c < 10; c++) row.push(`Hồ sơ ${r}-${c}`);
    data.addRow(row).commit();
  }
  data.commit();
  await wb.commit();
}
