/**
 * Unit trackers for the roll-up tests, made the way a province makes them: the sample plan cascaded to each ward
 * (`cascadeSpec`, as `chiso cascade`), each ward's table tracked (`runTrack`, as `chiso track`), then statuses,
 * completion dates, paused tasks, notes, a column and a row of their own typed into each tracker with exceljs, as
 * officials would (seeded). What was typed is returned so the tests can compute the expected counts on their own.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readWorkbookGrids } from '../../../src/adapters/xlsx/read';
import { writeNewWorkbook } from '../../../src/adapters/xlsx/track-output';
import { runTrack } from '../../../src/cli/commands/track';
import { cascadeSpec, splitChisoSheets } from '../../../src/core/generate';
import { readPlan } from '../../../src/core/plan';
import { pick, prng, type Rng } from '../../support/rng';

export const AS_OF = '2025-09-30';
export const SOON = 14;

/** The roll-up workbook's sheets, in order: units, tasks, agencies, the files it could not read. */
export const ROLLUP_SHEETS = ['Tổng hợp đơn vị', 'Tổng hợp nhiệm vụ', 'Tổng hợp cơ quan', 'Không đọc được'];

export const WARDS = [
  'Ba Đình',
  'Hoàn Kiếm',
  'Tây Hồ',
  'Long Biên',
  'Cầu Giấy',
  'Đống Đa',
  'Hai Bà Trưng',
  'Hoàng Mai',
  'Thanh Xuân',
  'Hà Đông',
  'Ngọc Hà',
  'Giảng Võ',
  'Kim Liên',
  'Văn Miếu',
  'Ô Chợ Dừa',
  'Láng',
  'Yên Hòa',
  'Nghĩa Đô',
  'Phú Thượng',
  'Bồ Đề',
  'Việt Hưng',
  'Hồng Hà',
];
const LEADS = [
  'Văn phòng HĐND và UBND',
  'Phòng Văn hóa - Xã hội',
  'Phòng Kinh tế, Hạ tầng và Đô thị; Văn phòng HĐND và UBND',
];
const STATUSES = ['', '', 'Chưa bắt đầu', 'Đang thực hiện', 'Hoàn thành', 'hoàn thành', 'Tạm dừng'];

/** One typed task row, with the cells the rule reads as the tracker holds them. */
export interface TypedRow {
  key: string;
  task: string;
  lead: string;
  status: string;
  doneDate: string | null;
  /** "Hạn" as an ISO date, null when the row has none. */
  due: string | null;
}

export interface MadeUnit {
  file: string;
  unit: string;
  rows: TypedRow[];
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const header = (ws: ExcelJS.Worksheet, name: string) => {
  let col = 0;
  ws.getRow(5).eachCell((c, i) => {
    if (!col && c.text === name) col = i;
  });
  if (!col) throw new Error(`no column ${name} on ${ws.name}`);
  return col;
};

/** Types entries into one tracker; `stripCache` drops every formula's cached result (another program's save). */
async function typeInto(file: string, rnd: Rng, opts: { lead: boolean; stripCache: boolean }): Promise<TypedRow[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets.find((w) => w.name.startsWith('Theo dõi') && w.name !== 'Tổng hợp')!;
  const c = (h: string) => header(ws, h);
  const [key, kind, due, task, lead, status, doneDate, notes] = [
    'Mã',
    'Loại hạn',
    'Hạn',
    'Nhiệm vụ',
    'Cơ quan chủ trì',
    'Trạng thái',
    'Ngày hoàn thành',
    'Ghi chú',
  ].map(c);
  const rows: TypedRow[] = [];
  let last = 0;
  ws.eachRow((row, r) => {
    if (r <= 5) return;
    last = r;
    if (!row.getCell(kind).text) return; // a heading
    const t: TypedRow = {
      key: row.getCell(key).text,
      task: row.getCell(task).text,
      lead: '',
      status: '',
      doneDate: null,
      due: null,
    };
    const d = row.getCell(due).value;
    t.due = d instanceof Date ? iso(d) : null;
    t.status = pick(rnd, STATUSES);
    if (t.status) row.getCell(status).value = t.status;
    if (rnd() < 0.2) {
      const day = new Date(Date.UTC(2025, 2 + Math.floor(rnd() * 6), 1 + Math.floor(rnd() * 28)));
      row.getCell(doneDate).value = day;
      t.doneDate = iso(day);
    }
    if (rnd() < 0.3)
      row.getCell(notes).value = pick(rnd, [
        'Đã báo cáo',
        'Chờ kinh phí',
        '=không phải công thức',
        'Xem văn bản số 12/UBND',
      ]);
    // The ward writes its own department over the lead the cascade filled in (the city's lead, or the ward's
    // name), or clears it: the roll-up's agencies are then exactly what was typed.
    if (opts.lead && rnd() < 0.7) t.lead = pick(rnd, LEADS);
    row.getCell(lead).value = t.lead || null;
    rows.push(t);
  });
  // A column of their own on the right, and a row without a key below the table: neither is a task.
  const extra = ws.getRow(5).cellCount + 1;
  ws.getCell(5, extra).value = 'Người theo dõi';
  ws.getCell(6, extra).value = 'Chị Lan';
  ws.getCell(last + 1, task).value = 'Việc phát sinh thêm (không có mã)';
  ws.getCell(last + 1, status).value = 'Hoàn thành';
  if (opts.stripCache) {
    for (const w of wb.worksheets) {
      w.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value as { formula?: string } | null;
          if (v && typeof v === 'object' && 'formula' in v && v.formula) cell.value = { formula: v.formula };
        }),
      );
    }
  }
  await wb.xlsx.writeFile(file);
  return rows;
}

/** Makes `n` ward trackers in `dir` (files 01-….xlsx, in unit order); the wards' tables go to `scratch`. */
export async function makeUnits(dir: string, scratch: string, plan: string, n: number, seed = 10): Promise<MadeUnit[]> {
  const grids = await readWorkbookGrids(plan);
  const city = readPlan(splitChisoSheets(grids).plan, { file: path.basename(plan) });
  const rnd = prng(seed);
  const out: MadeUnit[] = [];
  for (let i = 0; i < n; i++) {
    const unit = `UBND phường ${WARDS[i % WARDS.length]}${i >= WARDS.length ? ` ${i}` : ''}`;
    const table = path.join(scratch, `ward-${i}.xlsx`);
    await writeNewWorkbook([cascadeSpec(city, { unit: 'cấp xã', name: unit }).spec], table);
    const file = path.join(dir, `${String(i + 1).padStart(2, '0')}-phuong.xlsx`);
    await runTrack({ input: table, output: file, today: AS_OF, fixedToday: true });
    const rows = await typeInto(file, rnd, { lead: i % 2 === 0, stripCache: i === 3 });
    out.push({ file, unit, rows });
  }
  return out;
}
