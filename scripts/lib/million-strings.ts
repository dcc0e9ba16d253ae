/**
 * A workbook with a million shared strings (issue 22, item 7): a small plan sheet and a data sheet of 100,000 rows ×
 * 10 distinct texts, every text its own shared-strings entry (a 32 MB sharedStrings.xml). Written by exceljs's
 * streaming writer (another program's output). Shared by the refresh test and the bench.
 */
import ExcelJS from 'exceljs';

export const STRINGS_PLAN_SHEET = 'Kế hoạch';

export async function writeMillionStrings(file: string, rows = 100_000): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const plan = wb.addWorksheet(STRINGS_PLAN_SHEET);
  plan.addRow(['KẾ HOẠCH NÂNG CAO CHỈ SỐ PAR INDEX NĂM 2025']).commit();
  plan.addRow([]).commit();
  plan.addRow(['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn hoàn thành', 'Kết quả/Sản phẩm']).commit();
  for (let i = 1; i <= 5; i++)
    plan
      .addRow([`${i}.`, `Rà soát thủ tục hành chính số ${i}`, 'Sở Nội vụ', `Tháng ${i + 6}/2025`, 'Báo cáo'])
      .commit();
  plan.commit();
  const data = wb.addWorksheet('Dữ liệu hồ sơ');
  for (let r = 0; r < rows; r++) {
    const row: string[] = [];
    for (let c = 0; c < 10; c++) row.push(`Hồ sơ ${r}-${c}`);
    data.addRow(row).commit();
  }
  data.commit();
  await wb.commit();
}
