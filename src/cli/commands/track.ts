/**
 * `chiso track FILE [-o OUT] [--year YYYY] [--papi-year YYYY] [--soon DAYS] [--today YYYY-MM-DD] [--in-place] [--force]`:
 * builds the trackers into a copy of the workbook (or refreshes the ones already there, or those of an existing
 * OUT: see track-output.ts), then prints a summary.
 */
import * as path from 'path';
import { isWordFile } from '../../adapters/docx/file';
import { DocxReadError } from '../../adapters/docx/read';
import { workbookBytesFromDocx } from '../../adapters/xlsx/imported';
import { nodePrecompress } from '../../adapters/xlsx/node-deflate';
import { WorkbookReadError } from '../../adapters/xlsx/read';
import { copyPlanSheets } from '../../adapters/xlsx/package-refresh/refresh';
import { packageBook, writeTrack } from '../../adapters/xlsx/package-refresh/write-track';
import { isMacroBytes, readForTrack, readInputBytes } from '../../adapters/xlsx/track-input';
import { isWordPlan, SheetRoleConflictError, trackerFileName, trackPipeline, type TrackSource } from '../../core/app';
import { SHEET_NAMES, bucketLine, type TrackerSet, type TrackStats } from '../../core/tracker';
import { papiYears } from '../../core/frameworks';
import { PLAN_YEARS, formatVnDate, inYears, parseIso } from '../../core/text';
import { parseArgs, type Command, type Io } from '../io';
import { badCall, NO_TABLES, NO_TABLES_EXIT, outputProblem, parseSoonDays, unknownOptions } from '../workbook-io';
import { checkWritable, existingOutput, TrackFileError, writeAtomically } from '../../adapters/xlsx/track-output';

export interface TrackRequest {
  input: string;
  /** Omitted: beside the input, named by `trackerFileName` after the package's content type (.xlsm for macros). */
  output?: string;
  year?: number;
  /** The published PAPI year to rank against (else the one rule: the latest published before the plan's year). */
  papiYear?: number;
  soonDays?: number;
  /** ISO date; written as a fixed date when `fixedToday`, else TODAY() is used in the sheet. */
  today: string;
  fixedToday: boolean;
  /** Overwrite an existing output that is not a chiso tracker. */
  force?: boolean;
}

export interface TrackOutcome {
  output: string;
  /** False when nothing was written (no table found). */
  written: boolean;
  /** The existing output whose trackers were refreshed (when OUT already held chiso's trackers). */
  refreshedFrom?: string;
  /** Sheets officials had added to that output, carried over. */
  userSheets: string[];
  /** What was written (the specs, with the results chiso computed for the formulas). */
  set: TrackerSet;
  stats: TrackStats;
  sheets: string[];
  soonDays: number;
  tables: number;
}

/**
 * Reads, builds and writes. Throws WorkbookReadError when the input cannot be read, TrackFileError when the output
 * cannot be used or written.
 */
export async function runTrack(req: TrackRequest): Promise<TrackOutcome> {
  const raw = await readInputBytes(req.input);
  const file = path.basename(req.input);
  // A Word plan is tracked as the workbook `chiso import` writes from it (as the page does).
  const bytes = isWordPlan(raw, file) ? await workbookBytesFromDocx(raw, file) : raw;
  const output = req.output ?? defaultOutput(req.input, await isMacroBytes(bytes));
  const input = await readForTrack(req.input, output, bytes);
  await checkWritable(output, !!req.force);
  const previous = output === req.input ? null : await existingOutput(output, !!req.force);
  // Every rule of what to write lives in the pipeline; this only reads the packages and writes its answer.
  let books: TrackSource | null = {
    input: await packageBook(input.pkg, input.grids, input.links),
    previous: previous ? await packageBook(previous.pkg, previous.grids, previous.links) : null,
  };
  // The Grids (every cell of every sheet read) are the pipeline's alone: let them go once it has answered, before
  // the trackers are written (a tenth of the peak memory at 10,000 tasks).
  input.grids = [];
  if (previous) previous.grids = [];
  const w = await trackPipeline(books, {
    today: req.today,
    fixedToday: req.fixedToday,
    year: req.year,
    soonDays: req.soonDays,
    file,
    ...(req.papiYear !== undefined ? { papiYear: req.papiYear } : {}),
  });
  books = null;
  const { plan, set } = w;
  const written = plan.tables.length > 0;
  if (written) {
    // A refresh adds to the existing output's package (everything officials added to it stays); else to the input's.
    const base = previous ? previous.pkg : input.pkg;
    if (previous) await copyPlanSheets(input.pkg, base, w.copy);
    await writeTrack(base, previous ? previous.bytes : input.bytes, w, { precompress: nodePrecompress });
    await writeAtomically(await base.save(), output);
  }
  const soon = set.sheets.find((s) => s.kind === 'tasks')?.cells[2]?.[4]?.v;
  return {
    output,
    written,
    ...(previous ? { refreshedFrom: output } : {}),
    userSheets: w.userSheets,
    set,
    stats: set.stats,
    sheets: set.sheets.filter((s) => s.state !== 'hidden').map((s) => s.name),
    soonDays: typeof soon === 'number' ? soon : (req.soonDays ?? 14),
    tables: plan.tables.length,
  };
}

/** `<name>-theo-doi.xlsx` beside the input (the page's download name too); a macro-enabled workbook gets `.xlsm`. */
export function defaultOutput(input: string, macro?: boolean): string {
  return path.join(path.dirname(input), trackerFileName(path.basename(input), macro));
}

/** The short Vietnamese-first summary printed after a run. */
export function summaryLines(o: TrackOutcome, today: string): string[] {
  const s = o.stats;
  const p = s.problems;
  const lines = [
    `Đã ghi / Written: ${o.output}`,
    `Bảng / Tables: ${s.taskTables + s.scoreTables} (${s.taskTables} bảng nhiệm vụ, ${s.scoreTables} bảng điểm)` +
      ` · Nhiệm vụ / Tasks: ${s.tasks}`,
    // Every task in one bucket of the status model, in its order: the numbers add up to the tasks.
    `Trong đó / Of which: ${bucketLine(s.buckets)}`,
    `Vấn đề / Problems: ${p.error + p.warning + p.info} (lỗi ${p.error} · cảnh báo ${p.warning} · thông tin ${p.info}) — xem trang "${SHEET_NAMES.problems}"`,
    `Ngày tính / As of: ${formatVnDate(today)} · sắp đến hạn trong ${o.soonDays} ngày`,
  ];
  if (o.refreshedFrom) {
    lines.push(
      `Đã cập nhật bảng theo dõi có sẵn (kế hoạch đọc từ tệp vào) / Refreshed the existing tracker (plan read from the input)` +
        (o.userSheets.length ? ` · giữ nguyên trang / kept sheets: ${o.userSheets.join(', ')}` : ''),
    );
  }
  if (s.refresh.previous) {
    const r = s.refresh;
    lines.push(
      `Cập nhật / Refresh: giữ nội dung đã nhập của ${r.kept} dòng · ${r.added} nhiệm vụ mới · ${r.removed} dòng "Đã bỏ khỏi kế hoạch"` +
        (r.loose ? ` · giữ nguyên ${r.loose} dòng không có Mã` : '') +
        ` / kept what was typed in ${r.kept} rows · ${r.added} new tasks · ${r.removed} rows removed from the plan` +
        (r.loose ? ` · ${r.loose} rows without a key kept` : ''),
    );
  }
  lines.push(`Trang / Sheets: ${o.sheets.join(', ')}`);
  return lines;
}

export const trackCommand: Command = async (args, io: Io) => {
  const a = parseArgs(args, {
    values: ['out', 'year', 'papi-year', 'soon', 'today'],
    flags: ['in-place', 'force'],
    alias: { '-o': '--out' },
  });
  const bad = badCall(io);
  if (a.unknown.length) return bad(unknownOptions(a.unknown, 'Xem: chiso --help'));
  if (a.positional.length !== 1)
    return bad(
      'Cần đúng một tệp .xlsx hoặc .docx / Give exactly one .xlsx or .docx file: chiso track TỆP.xlsx|TỆP.docx [-o RA.xlsx]',
    );
  const input = path.resolve(a.positional[0]);
  const year = a.values.year !== undefined ? Number(a.values.year) : undefined;
  if (year !== undefined && !inYears(year, PLAN_YEARS)) return bad(`Năm không hợp lệ / Bad year: ${a.values.year}`);
  const papiYear = a.values['papi-year'] !== undefined ? Number(a.values['papi-year']) : undefined;
  if (papiYear !== undefined && !papiYears().includes(papiYear))
    return bad(
      `Chưa có số liệu PAPI công bố năm ${a.values['papi-year']} (có: ${papiYears().join(', ')}) / No published PAPI data for ${a.values['papi-year']} (published: ${papiYears().join(', ')})`,
    );
  const soon = parseSoonDays(a.values.soon);
  if (soon === null) return bad(`Số ngày không hợp lệ / Bad number of days: ${a.values.soon}`);
  const fixed = a.values.today !== undefined && parseIso(a.values.today) ? a.values.today : null;
  if (a.values.today !== undefined && !fixed)
    return bad(`Ngày không hợp lệ (cần YYYY-MM-DD) / Bad date (YYYY-MM-DD): ${a.values.today}`);
  const inPlace = a.flags.has('in-place');
  if (inPlace && isWordFile(input))
    return bad(
      'Không ghi bảng theo dõi vào văn bản Word; dùng -o RA.xlsx / A Word plan cannot be tracked in place; use -o OUT.xlsx',
    );
  if (inPlace && a.values.out)
    return bad('Dùng -o hoặc --in-place, không dùng cả hai / Use -o or --in-place, not both');
  // No -o: runTrack names the output after the package's content type (a macro-enabled .xlsx gets .xlsm).
  const output = inPlace ? input : a.values.out !== undefined ? path.resolve(a.values.out) : undefined;
  if (!inPlace && output === input)
    return bad(
      'Tệp ra trùng tệp vào; dùng --in-place nếu muốn ghi đè / Output is the input; use --in-place to overwrite it',
    );
  const wrong = inPlace || output === undefined ? null : outputProblem(output, ['.xlsx', '.xlsm']);
  if (wrong) return bad(wrong);
  const today = fixed ?? io.today();
  return track(io, {
    input,
    output,
    year,
    ...(papiYear !== undefined ? { papiYear } : {}),
    soonDays: soon,
    today,
    fixedToday: !!fixed,
    force: a.flags.has('force'),
  });
};

/** Runs a track request and prints the outcome (shared by `track` and `demo`). */
export async function track(io: Io, req: TrackRequest): Promise<number> {
  try {
    const outcome = await runTrack(req);
    if (!outcome.written) {
      io.err(NO_TABLES);
      return NO_TABLES_EXIT;
    }
    for (const line of summaryLines(outcome, req.today)) io.out(line);
    return 0;
  } catch (e) {
    // A Word plan with no appendix table (or no table at all) is "nothing to track", as a workbook without one.
    if (e instanceof DocxReadError && e.code === 'NO_TABLES') {
      io.err(NO_TABLES);
      return NO_TABLES_EXIT;
    }
    if (
      e instanceof WorkbookReadError ||
      e instanceof TrackFileError ||
      e instanceof DocxReadError ||
      e instanceof SheetRoleConflictError
    ) {
      io.err(e.message.split('\n')[0]);
      return 2;
    }
    throw e;
  }
}
