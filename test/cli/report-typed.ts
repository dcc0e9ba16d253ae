/**
 * A tracker of the sample plan (Hà Nội 2025, `chiso track`) with statuses, completion dates, evidence and notes typed
 * in with exceljs as officials would (seeded), two completion dates on the Quý I edge (14/3 and 15/3); what was typed
 * is returned, with the index of each task taken from the plan's parts (A = PAR INDEX, B = PAPI, C = SIPAS), so the
 * tests count on their own.
 */
import ExcelJS from 'exceljs';
import { runTrack } from '../../src/cli/commands/track';
import { pick, prng } from '../support/rng';

export interface Typed {
  key: string;
  task: string;
  lead: string;
  status: string;
  doneDate: string | null;
  due: string | null;
  evidence: string;
  notes: string;
  index: 'par' | 'papi' | 'sipas';
}

export const SOON = 14;
export const EDGE_IN = '2025-03-14';
export const EDGE_OUT = '2025-03-15';
const PART_INDEX: Record<string, Typed['index']> = { A: 'par', B: 'papi', C: 'sipas' };
const STATUSES = [
  '',
  '',
  '',
  'Chưa bắt đầu',
  'Đang thực hiện',
  'Đang thực hiện',
  'Hoàn thành',
  'hoàn thành',
  'Tạm dừng',
];
const NOTES = ['Chờ kinh phí', 'Đang trình UBND phê duyệt', 'Vướng quy định chuyển tiếp'];

const iso = (d: Date) => d.toISOString().slice(0, 10);
const text = (c: ExcelJS.Cell) => (c.value === null || c.value === undefined ? '' : c.text.trim());

export async function makeTyped(plan: string, file: string, seed = 20): Promise<Typed[]> {
  await runTrack({ input: plan, output: file, today: '2025-03-01', fixedToday: true });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('Theo dõi Phụ lục 1')!;
  const col = (name: string) => {
    let c = 0;
    ws.getRow(5).eachCell((cell, i) => {
      if (!c && cell.text === name) c = i;
    });
    if (!c) throw new Error(`no column ${name}`);
    return c;
  };
  const [key, kind, due, task, lead, status, doneDate, evidence, notes] = [
    'Mã',
    'Loại hạn',
    'Hạn',
    'Nhiệm vụ',
    'Cơ quan chủ trì',
    'Trạng thái',
    'Ngày hoàn thành',
    'Tài liệu kiểm chứng',
    'Ghi chú',
  ].map(col);
  const rnd = prng(seed);
  const rows: Typed[] = [];
  let edge = 0;
  ws.eachRow((row, r) => {
    if (r <= 5 || !text(row.getCell(kind))) return;
    const d = row.getCell(due).value;
    const t: Typed = {
      key: text(row.getCell(key)),
      task: text(row.getCell(task)),
      lead: text(row.getCell(lead)),
      status: pick(rnd, STATUSES),
      doneDate: null,
      due: d instanceof Date ? iso(d) : null,
      evidence: '',
      notes: '',
      index: PART_INDEX[text(row.getCell(key)).split('.')[0]],
    };
    if (t.status) row.getCell(status).value = t.status;
    // The first two tasks with a date get the Quý I edge; others a day between January and November 2025.
    if (t.due && edge < 2) {
      t.doneDate = edge++ === 0 ? EDGE_IN : EDGE_OUT;
    } else if (rnd() < 0.25) {
      t.doneDate = iso(new Date(Date.UTC(2025, Math.floor(rnd() * 11), 1 + Math.floor(rnd() * 28))));
    }
    if (t.doneDate) row.getCell(doneDate).value = new Date(`${t.doneDate}T00:00:00Z`);
    if (t.doneDate && rnd() < 0.7) {
      t.evidence = `Báo cáo số ${Math.floor(rnd() * 300)}/BC-UBND`;
      row.getCell(evidence).value = t.evidence;
    }
    if (rnd() < 0.4) {
      t.notes = pick(rnd, NOTES);
      row.getCell(notes).value = t.notes;
    }
    rows.push(t);
  });
  lowerEstimates(wb.getWorksheet('Theo dõi Phụ lục 2')!);
  await wb.xlsx.writeFile(file);
  return rows;
}

/** PAR INDEX: three criteria estimated below their target (by 0.45, 0.3 and 0.15 points). */
export const LOWERED = [0.45, 0.3, 0.15];
function lowerEstimates(ws: ExcelJS.Worksheet): void {
  const head = (name: string) => {
    let c = 0;
    ws.getRow(5).eachCell((cell, i) => {
      if (!c && cell.text.startsWith(name)) c = i;
    });
    return c;
  };
  const [target, estimate] = [head('Mục tiêu'), head('Ước đạt')];
  const rows: number[] = [];
  ws.eachRow((row, r) => {
    if (r > 5 && typeof row.getCell(target).value === 'number' && (row.getCell(target).value as number) >= 1)
      rows.push(r);
  });
  LOWERED.forEach((d, i) => {
    const r = rows[3 + i * 5];
    ws.getCell(r, estimate).value = (ws.getCell(r, target).value as number) - d;
  });
}

export type Expected = 'done' | 'paused' | 'overdue' | 'dueSoon' | 'onTrack' | 'notUpdated' | 'noDate';

/** The tracker's rule, written out here on its own: the status on day `at`. */
export function statusAt(t: Typed, at: string): Expected {
  if (t.status.toLowerCase() === 'hoàn thành' || t.doneDate) return 'done';
  if (t.status.toLowerCase() === 'tạm dừng') return 'paused';
  if (!t.due) return 'noDate';
  const days = (Date.parse(t.due) - Date.parse(at)) / 86400000;
  if (days < 0) return 'overdue';
  if (days <= SOON) return 'dueSoon';
  // Due later: on track when a status is typed, else not yet updated.
  return t.status.trim() ? 'onTrack' : 'notUpdated';
}
