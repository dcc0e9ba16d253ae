/**
 * `chiso track FILE [-o OUT] [--year YYYY] [--soon DAYS] [--today YYYY-MM-DD] [--in-place]`:
 * builds the trackers into a copy of the workbook (or refreshes the ones already there), then prints a summary.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { gridFromWorksheet, loadWorkbook, WorkbookReadError } from '../../adapters/xlsx/read';
import { linksOf, writeSheetSpecs } from '../../adapters/xlsx/write';
import { splitSheets, trackFlow } from '../../core/app';
import { SHEET_NAMES, type TrackerSet, type TrackStats } from '../../core/tracker';
import { formatVnDate } from '../../core/text';
import { parseArgs, type Command, type Io } from '../io';

export interface TrackRequest {
  input: string;
  output: string;
  year?: number;
  soonDays?: number;
  /** ISO date; written as a fixed date when `fixedToday`, else TODAY() is used in the sheet. */
  today: string;
  fixedToday: boolean;
}

export interface TrackOutcome {
  output: string;
  /** What was written (the specs, with the results chiso computed for the formulas). */
  set: TrackerSet;
  stats: TrackStats;
  sheets: string[];
  soonDays: number;
  tables: number;
}

/** Reads, builds and writes (throws WorkbookReadError when the input cannot be read). */
export async function runTrack(req: TrackRequest): Promise<TrackOutcome> {
  const wb = await loadWorkbook(req.input);
  const grids = wb.worksheets.map(gridFromWorksheet);
  // Links are read from chiso's own sheets only (evidence links officials added to a tracker).
  const mine = new Set(splitSheets(grids).mine);
  const links = wb.worksheets.filter((ws) => mine.has(ws.name)).flatMap(linksOf);
  const { plan, set, replace, remove } = trackFlow(grids, links, {
    today: req.today,
    fixedToday: req.fixedToday,
    year: req.year,
    soonDays: req.soonDays,
    file: path.basename(req.input),
  });
  writeSheetSpecs(wb, set.sheets, { replace, remove });
  // Write beside the target, then rename: an interrupted run never leaves half a file (nor half an input).
  const tmp = path.join(path.dirname(req.output), `.${path.basename(req.output)}.${process.pid}.tmp`);
  await fs.mkdir(path.dirname(req.output), { recursive: true });
  await wb.xlsx.writeFile(tmp);
  await fs.rename(tmp, req.output);
  const soon = set.sheets.find((s) => s.kind === 'tasks')?.cells[2]?.[4]?.v;
  return {
    output: req.output,
    set,
    stats: set.stats,
    sheets: set.sheets.filter((s) => s.state !== 'hidden').map((s) => s.name),
    soonDays: typeof soon === 'number' ? soon : (req.soonDays ?? 14),
    tables: plan.tables.length,
  };
}

export function defaultOutput(input: string): string {
  const ext = path.extname(input);
  return path.join(path.dirname(input), `${path.basename(input, ext)}-theo-doi.xlsx`);
}

/** The short Vietnamese-first summary printed after a run. */
export function summaryLines(o: TrackOutcome, today: string): string[] {
  const s = o.stats;
  const p = s.problems;
  const lines = [
    `Đã ghi / Written: ${o.output}`,
    `Bảng / Tables: ${s.taskTables + s.scoreTables} (${s.taskTables} bảng nhiệm vụ, ${s.scoreTables} bảng điểm)` +
      ` · Nhiệm vụ / Tasks: ${s.tasks} · Quá hạn / Overdue: ${s.overdue} · Sắp đến hạn / Due soon: ${s.dueSoon}` +
      ` · Hoàn thành / Done: ${s.done} · Chưa có hạn cố định / No fixed date: ${s.noDate}`,
    `Vấn đề / Problems: ${p.error + p.warning + p.info} (lỗi ${p.error} · cảnh báo ${p.warning} · thông tin ${p.info}) — xem trang "${SHEET_NAMES.problems}"`,
    `Ngày tính / As of: ${formatVnDate(today)} · sắp đến hạn trong ${o.soonDays} ngày`,
  ];
  if (s.refresh.previous) {
    lines.push(
      `Cập nhật / Refresh: giữ nội dung đã nhập của ${s.refresh.kept} dòng · ${s.refresh.added} nhiệm vụ mới · ` +
        `${s.refresh.removed} dòng "Đã bỏ khỏi kế hoạch"`,
    );
  }
  lines.push(`Trang / Sheets: ${o.sheets.join(', ')}`);
  return lines;
}

export function parseIsoArg(v: string | undefined): string | null {
  if (v === undefined) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3] ? v : null;
}

export const trackCommand: Command = async (args, io: Io) => {
  const a = parseArgs(args, { values: ['out', 'year', 'soon', 'today'], flags: ['in-place'], alias: { '-o': '--out' } });
  const bad = (msg: string) => {
    io.err(msg);
    return 2;
  };
  if (a.unknown.length) return bad(`Tùy chọn không hợp lệ / Unknown option: ${a.unknown.join(' ')}. Xem: chiso --help`);
  if (a.positional.length !== 1) return bad('Cần đúng một tệp .xlsx / Give exactly one .xlsx file: chiso track TỆP.xlsx [-o RA.xlsx]');
  const input = path.resolve(a.positional[0]);
  const year = a.values.year !== undefined ? Number(a.values.year) : undefined;
  if (year !== undefined && !(Number.isInteger(year) && year >= 2000 && year <= 2100)) return bad(`Năm không hợp lệ / Bad year: ${a.values.year}`);
  const soon = a.values.soon !== undefined ? Number(a.values.soon) : undefined;
  if (soon !== undefined && !(Number.isInteger(soon) && soon >= 0 && soon <= 366)) return bad(`Số ngày không hợp lệ / Bad number of days: ${a.values.soon}`);
  const fixed = parseIsoArg(a.values.today);
  if (a.values.today !== undefined && !fixed) return bad(`Ngày không hợp lệ (cần YYYY-MM-DD) / Bad date (YYYY-MM-DD): ${a.values.today}`);
  const inPlace = a.flags.has('in-place');
  if (inPlace && a.values.out) return bad('Dùng -o hoặc --in-place, không dùng cả hai / Use -o or --in-place, not both');
  const output = inPlace ? input : path.resolve(a.values.out ?? defaultOutput(input));
  if (!inPlace && output === input) return bad('Tệp ra trùng tệp vào; dùng --in-place nếu muốn ghi đè / Output is the input; use --in-place to overwrite it');
  const today = fixed ?? io.today();
  return track(io, { input, output, year, soonDays: soon, today, fixedToday: !!fixed });
};

/** Runs a track request and prints the outcome (shared by `track` and `demo`). */
export async function track(io: Io, req: TrackRequest): Promise<number> {
  try {
    const outcome = await runTrack(req);
    if (outcome.tables === 0) {
      io.err('Không tìm thấy bảng phụ lục nào (tiêu đề cột như "Nhiệm vụ", "Tiến độ hoàn thành", "Điểm tối đa") / No appendix table found');
    }
    for (const line of summaryLines(outcome, req.today)) io.out(line);
    return outcome.tables === 0 ? 1 : 0;
  } catch (e) {
    if (e instanceof WorkbookReadError) {
      io.err(e.message.split('\n')[0]);
      return 2;
    }
    throw e;
  }
}
