/** Helpers for the Office adapter tests: fixture books, cell maps to compare the fake with exceljs, synthetic plans. */
import ExcelJS from 'exceljs';
import { gridFromValues, type Grid } from '../../../src/core/grid';
import type { SheetSpec } from '../../../src/core/sheetspec';
import { bookFromExcelJs, type FakeBook } from './fake-excel';
import { colName, type FakeSheet } from './fake-model';

export { fixturePlan, tempDir } from '../../core/tracker/helpers';

export async function openWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

export async function fakeBookOf(file: string): Promise<FakeBook> {
  return bookFromExcelJs(await openWorkbook(file));
}

const DAY = 86400000;
const serial = (d: Date) => Math.round((d.getTime() - Date.UTC(1899, 11, 30)) / DAY);

/** What a cell holds, comparable across exceljs and the fake: "=formula", text, number (dates as serials), boolean. */
export function xlsxCells(ws: ExcelJS.Worksheet): Map<string, unknown> {
  const out = new Map<string, unknown>();
  ws.eachRow({ includeEmpty: false }, (row, r) =>
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const v = cell.value as unknown;
      let x: unknown = v;
      if (v instanceof Date) x = serial(v);
      else if (v && typeof v === 'object') {
        const o = v as { formula?: string; sharedFormula?: string; text?: unknown; richText?: Array<{ text: string }> };
        if (o.formula !== undefined || o.sharedFormula !== undefined) x = `=${o.formula ?? o.sharedFormula}`;
        else if (o.richText) x = o.richText.map((t) => t.text).join('');
        else if (typeof o.text === 'string') x = o.text;
      }
      if (x === null || x === undefined || x === '') return;
      out.set(`${colName(c)}${r}`, x);
    }),
  );
  return out;
}

export function fakeCells(sheet: FakeSheet): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, cell] of sheet.cells) {
    const x = cell.formula ?? cell.value;
    if (x === null || x === undefined || x === '') continue;
    out.set(`${colName(k % 20000)}${Math.floor(k / 20000)}`, x);
  }
  return out;
}

/** What a spec says each cell holds, in the same comparable form (formulas "=…", dates as serials). */
export function specCells(
  spec: SheetSpec,
  linkFormula: (c: NonNullable<SheetSpec['cells'][number]>[number]) => string | null,
): Map<string, unknown> {
  const out = new Map<string, unknown>();
  spec.cells.forEach((line, r) =>
    line?.forEach((c, k) => {
      if (!c) return;
      let x: unknown = linkFormula(c);
      if (x === null) {
        if (c.f !== undefined) x = `=${c.f}`;
        else if (c.v && typeof c.v === 'object') x = serial(new Date(`${c.v.date}T00:00:00Z`));
        else x = c.v;
      }
      if (x === null || x === undefined || x === '') return;
      out.set(`${colName(k + 1)}${r + 1}`, x);
    }),
  );
  return out;
}

/** Differences between two cell maps (first few), for readable failures. */
export function diff(a: Map<string, unknown>, b: Map<string, unknown>, max = 8): string[] {
  const out: string[] = [];
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    if (a.get(k) !== b.get(k)) out.push(`${k}: ${JSON.stringify(a.get(k))} ≠ ${JSON.stringify(b.get(k))}`);
    if (out.length >= max) break;
  }
  return out;
}

const DEADLINES = ['Tháng 7/2025', 'Quý IV/2025', 'Thường xuyên', 'Trước ngày 15/10/2025', 'Trong năm 2025'];
const AGENCIES = ['Sở Nội vụ', 'Sở Tư pháp', 'UBND cấp xã', 'Văn phòng UBND Thành phố', 'Sở Tài chính'];
const WORDS =
  'tổ chức triển khai kiểm tra rà soát nâng cao chất lượng hiệu quả công khai thủ tục hành chính dịch vụ công trực tuyến'.split(
    ' ',
  );

/** A task plan sheet of `tasks` items in sections A–C and groups of about 25 (deterministic). */
export function syntheticPlan(tasks: number): Grid {
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const pick = <T>(a: T[]) => a[Math.floor(rnd() * a.length)];
  const rows: Array<Array<string | number | null>> = [
    ['Phụ lục 1'],
    ['CÁC NHIỆM VỤ, GIẢI PHÁP NÂNG CAO CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025'],
    [],
    ['TT', 'Nhiệm vụ', 'Tiến độ hoàn thành', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Kết quả/Sản phẩm'],
  ];
  const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
  const per = Math.max(1, Math.ceil(tasks / 30));
  let n = 0;
  for (const section of ['A', 'B', 'C']) {
    rows.push([section, `CHỈ SỐ THÀNH PHẦN ${section}`]);
    for (let g = 0; g < 10 && n < tasks; g++) {
      rows.push([roman[g], `NHÓM NHIỆM VỤ ${section}.${roman[g]}`]);
      for (let i = 1; i <= per && n < tasks; i++, n++) {
        const text = Array.from({ length: 8 + Math.floor(rnd() * 10) }, () => pick(WORDS)).join(' ');
        rows.push([
          `${i}.`,
          `Nhiệm vụ số ${n + 1}: ${text}`,
          pick(DEADLINES),
          pick(AGENCIES),
          pick(AGENCIES),
          'Báo cáo gửi Sở Nội vụ',
        ]);
      }
    }
  }
  return gridFromValues('Phụ lục 1', rows);
}
