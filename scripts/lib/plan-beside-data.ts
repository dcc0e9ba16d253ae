/**
 * The plan-beside-data workbook of issue 22: a small task table ("Kế hoạch", 5 tasks) and a raw-data sheet of
 * one-stop-shop records ("Dữ liệu một cửa", `rows` rows × 10 columns, no plan header) — as offices keep them in one
 * file. Written by exceljs's streaming writer (another program's output, not chiso's). Shared by the reader test and
 * the bench.
 */
import ExcelJS from 'exceljs';

export const PLAN_SHEET = 'Kế hoạch';
export const DATA_SHEET = 'Dữ liệu một cửa';
const FIELDS = ['Đất đai', 'Hộ tịch', 'Xây dựng', 'Kinh doanh'];

/** The small plan sheet (5 tasks) both generated workbooks put before their data sheet. */
export function addSmallPlan(wb: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const plan = wb.addWorksheet(PLAN_SHEET);
  plan.addRow(['KẾ HOẠCH NÂNG CAO CHỈ SỐ PAR INDEX NĂM 2025']).commit();
  plan.addRow([]).commit();
  plan.addRow(['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn hoàn thành', 'Kết quả/Sản phẩm']).commit();
  for (let i = 1; i <= 5; i++) {
    plan
      .addRow([`${i}.`, `Rà soát thủ tục hành chính số ${i}`, 'Sở Nội vụ', `Tháng ${i + 6}/2025`, 'Báo cáo'])
      .commit();
  }
  plan.commit();
}

export async function writePlanBesideData(file: string, rows = 120_000): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  addSmallPlan(wb);
  const data = wb.addWorksheet(DATA_SHEET);
  data
    .addRow([
      'Mã hồ sơ',
      'Thủ tục',
      'Lĩnh vực',
      'Ngày nhận',
      'Ngày hẹn',
      'Ngày trả',
      'Đúng hạn',
      'Cán bộ',
      'Xã',
      'Số ngày',
    ])
    .commit();
  for (let r = 1; r < rows; r++) {
    data
      .addRow([
        `HS${String(r).padStart(6, '0')}`,
        `Thủ tục ${r % 97}`,
        FIELDS[r % 4],
        45000 + (r % 300),
        45010 + (r % 300),
        45008 + (r % 300),
        r % 5 !== 0,
        `Cán bộ ${r % 40}`,
        `Xã ${r % 23}`,
        r % 15,
      ])
      .commit();
  }
  data.commit();
  await wb.commit();
}
