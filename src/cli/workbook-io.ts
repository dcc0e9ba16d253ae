/**
 * The plumbing the workbook commands share: failing a bad call with exit 2, the plan year option, reading a
 * workbook (an unreadable one is one line and exit 2), and writing specs into a new workbook.
 */
import { existsSync, statSync } from 'fs';
import * as path from 'path';
import { DocxReadError } from '../adapters/docx/read';
import { docxWhere, readPlanSource, type DocxSource, type PlanSource } from '../adapters/docx/file';
import { writeNewDocx } from '../adapters/docx/write-file';
import { WorkbookReadError } from '../adapters/xlsx/read';
import { writeNewWorkbook } from '../adapters/xlsx/track-output';
import type { SheetSpec } from '../core/sheetspec';
import type { Issue } from '../core/issues-types';
import type { Grid } from '../core/grid';
import { argumentProblems, parseArgs, type Io } from './io';
import { PLAN_YEARS, fold, inYears } from '../core/text';

export const SAME_OUTPUT =
  'Tệp ra trùng tệp vào; chiso không ghi đè tệp vào / Output is the input; chiso never overwrites its input';

/**
 * "No appendix table": the same line and exit code (1: the file was read, nothing in it to work on) from every
 * command; printed on stderr, never followed by "0 errors" (which would read as all clear).
 */
export const NO_TABLES =
  'Không tìm thấy bảng phụ lục nào (tiêu đề cột như "Nhiệm vụ", "Tiến độ hoàn thành", "Điểm tối đa") / No appendix table found (headers such as "Nhiệm vụ", "Điểm tối đa")';
export const NO_TABLES_EXIT = 1;

/** What is wrong with the options ("Unknown option: …", "-o needs a value"), followed by the usage line. */
export function unknownOptions(unknown: string[], usage: string): string {
  return `${argumentProblems(unknown)} ${usage}`;
}

/**
 * What is wrong with an output path, or null: its kind must be one the command writes (`.xlsx`, `.xlsm`, `.docx` as
 * allowed; "-o out.pdf" would write a workbook named .pdf), and its folder must exist (a mistyped folder is not
 * created).
 */
export function outputProblem(output: string, allowed: readonly string[]): string | null {
  const ext = path.extname(output).toLowerCase();
  if (!allowed.includes(ext)) {
    const vi = allowed.join(' hoặc ');
    const en = allowed.join(' or ');
    return `Tệp ra phải có đuôi ${vi}: ${path.basename(output)} / The output must end in ${en}: ${path.basename(output)}`;
  }
  const dir = path.dirname(output);
  if (!existsSync(dir))
    return `Không có thư mục ${dir}; chiso không tự tạo thư mục / No folder ${dir}; chiso does not create folders`;
  if (!statSync(dir).isDirectory()) return `${dir} không phải thư mục / ${dir} is not a folder`;
  return null;
}

/** A function that prints a message and gives exit code 2 (the call cannot run). */
export function badCall(io: Io): (msg: string) => number {
  return (msg) => {
    io.err(msg);
    return 2;
  };
}

/** `--year`: undefined when absent, null when not a year 2000–2100. */
export function parseYear(v: string | undefined): number | null | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  return /^\d{4}$/.test(v) && inYears(n, PLAN_YEARS) ? n : null;
}

/** `--soon`: the due-soon window in days, undefined when absent, null when not a whole number 0–366. */
export function parseSoonDays(v: string | undefined): number | null | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  return Number.isInteger(n) && n >= 0 && n <= 366 ? n : null;
}

/** Reads a plan (a workbook, or a Word document's tables); an unreadable file prints one line and gives null (exit 2). */
export async function readSourceOrReport(io: Io, file: string, sheet?: string): Promise<PlanSource | null> {
  try {
    return await readPlanSource(file, sheet !== undefined ? { sheet } : {});
  } catch (e) {
    // A Word document without any table is a plan without tables, as a table-less workbook (README, exit codes).
    if (e instanceof DocxReadError && e.code === 'NO_TABLES') return { grids: [] };
    if (e instanceof WorkbookReadError || e instanceof DocxReadError) {
      io.err(e.message.split('\n')[0]);
      return null;
    }
    throw e;
  }
}

/** Reads a plan's sheets (a Word document: one Grid per table); null after printing the message (exit 2). */
export async function readGridsOrReport(io: Io, file: string): Promise<Grid[] | null> {
  return (await readSourceOrReport(io, file))?.grids ?? null;
}

/** An issue as the CLI holds it: a Word plan's issues also carry their place in the document (locateIssues). */
export type LocatedIssue = Issue & { where?: string; sheetCell?: string };

/** Issues of a Word plan with their place in the document ("Bảng 2, hàng 5, cột 3 / …") before the message. */
export function locateIssues(issues: Issue[], docx: DocxSource | undefined): LocatedIssue[] {
  if (!docx) return issues;
  return issues.map((i) => {
    const w = docxWhere(docx, i.sheet, i.cell);
    if (!w) return i;
    return {
      ...i,
      where: `${w.vi} / ${w.en}`,
      ...(w.sheetCell ? { sheetCell: w.sheetCell } : {}),
      message: { vi: `${w.vi}: ${i.message.vi}`, en: `${w.en}: ${i.message.en}` },
    };
  });
}

/**
 * An issue as `extract --json` and `validate --json` print it (docs/reference/extract-contract.md): the message as
 * two strings, `message` (Vietnamese) and `messageEn`, then the place in a Word plan when there is one.
 */
export function issueJson(i: LocatedIssue): Record<string, string> {
  return {
    code: i.code,
    severity: i.severity,
    sheet: i.sheet,
    cell: i.cell,
    message: i.message.vi,
    messageEn: i.message.en,
    ...(i.where ? { where: i.where } : {}),
    ...(i.sheetCell ? { sheetCell: i.sheetCell } : {}),
  };
}

/** Whether `grids` hold sheet `want` (exact name, else case/diacritic-insensitive, as the reader picks it). */
export function hasSheet(grids: readonly Grid[], want: string): boolean {
  return grids.some((g) => g.sheet === want || fold(g.sheet) === fold(want));
}

/** A call of `extract` or `validate` that can go on: the workbook read, its options checked. */
export interface WorkbookCall {
  file: string;
  grids: Grid[];
  /** Set when the plan is a Word document. */
  docx?: DocxSource;
  year: number | undefined;
  values: Record<string, string>;
  flags: Set<string>;
}

/**
 * The start of `extract` and `validate` (FILE [--sheet NAME] [--year YYYY] [--json]): `--help` prints the usage
 * (exit 0); unknown options, not exactly one file, a bad year or an unreadable workbook print one message (exit 2).
 * Gives the call, or the exit code when it ends here.
 */
export async function workbookCall(args: string[], io: Io, usage: string): Promise<WorkbookCall | number> {
  const { positional, values, flags, unknown } = parseArgs(args, {
    values: ['sheet', 'year'],
    flags: ['json', 'help'],
    alias: { '-h': '--help' },
  });
  if (flags.has('help')) {
    io.out(usage);
    return 0;
  }
  if (unknown.length || positional.length !== 1) {
    io.err(unknown.length ? unknownOptions(unknown, usage) : usage);
    return 2;
  }
  const year = parseYear(values.year);
  if (year === null) {
    io.err(`Năm không hợp lệ / Invalid year: "${values.year}" (${PLAN_YEARS.min}–${PLAN_YEARS.max})`);
    return 2;
  }
  const file = positional[0];
  // With --sheet only that sheet's part is parsed; a name that is not there reads the list of sheets for the message.
  let src = await readSourceOrReport(io, file, values.sheet);
  if (src && values.sheet !== undefined && !src.docx && !hasSheet(src.grids, values.sheet))
    src = await readSourceOrReport(io, file);
  if (!src) return 2;
  return { file, grids: src.grids, ...(src.docx ? { docx: src.docx } : {}), year, values, flags };
}

export { writeNewWorkbook } from '../adapters/xlsx/track-output';

/** Writes generated sheets: a Word document when OUT ends in .docx, else a new workbook. */
export async function writeSpecs(specs: SheetSpec[], output: string): Promise<void> {
  if (/\.docx$/i.test(output)) await writeNewDocx(specs, output);
  else await writeNewWorkbook(specs, output);
}
