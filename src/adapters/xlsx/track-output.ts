/**
 * Where `chiso track` writes. An output that already exists is chiso's own tracker (it has the hidden "_chiso"
 * marker): running track again REFRESHES it — the plan is read from the input, the previous trackers from the
 * output, so nothing typed in them is lost. Any other existing file is refused unless --force. Writing goes to a
 * temporary file beside the target, then a rename; a failure removes the temporary file and becomes one line.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { gridFromWorksheet, loadWorkbook } from './read';
import { linksOf } from './write';
import { listSheets, OpcPackage } from './package';
import { newWorkbookBytes } from './sml';
import { nodePrecompress } from './node-deflate';
import { splitSheets, type FlowLink } from '../../core/app';
import type { Grid } from '../../core/grid';
import type { SheetSpec } from '../../core/sheetspec';
import { readMarker, SHEET_NAMES } from '../../core/tracker';

/** A file problem of `chiso track` (exit 2); `message` is one Vietnamese / English line. */
export class TrackFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TrackFileError';
  }
}

/** Refuses a read-only existing output (root could replace it silently) unless `force`. */
export async function checkWritable(output: string, force: boolean): Promise<void> {
  let stat;
  try {
    stat = await fs.stat(output);
  } catch (e) {
    if ((e as NodeJS.ErrnoException)?.code === 'ENAMETOOLONG') throw new TrackFileError(`Không ghi được tệp ra: ${output} — ${REASONS.ENAMETOOLONG} / Cannot write the output file`);
    return;
  }
  if (stat.isFile() && (stat.mode & 0o222) === 0 && !force) {
    throw new TrackFileError(
      `Tệp ra chỉ được đọc (read-only), không ghi đè: ${output} (bỏ thuộc tính chỉ đọc hoặc thêm --force) / ` +
        'The output file is read-only: not replaced (clear read-only or add --force)',
    );
  }
}

/** Why an existing output could not be read: chiso's own (its workbook lists the marker sheet) or unknown. */
async function unreadableReason(output: string): Promise<string | null> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(output);
  } catch {
    return null;
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) return null; // not a zip: certainly not chiso's
  try {
    const sheets = await listSheets(await OpcPackage.open(bytes));
    if (sheets.some((s) => s.name === SHEET_NAMES.marker)) {
      return `Tệp ra là bảng theo dõi do chiso tạo nhưng không đọc được (bị hỏng?), không ghi đè: ${output} (thêm --force để ghi mới) / The output is a chiso tracker but cannot be read (damaged?): not overwritten (add --force to write a new one)`;
    }
  } catch {
    /* fall through: a zip chiso cannot read */
  }
  return `Tệp ra đã có nhưng không đọc được (bị hỏng?), không ghi đè: ${output} (thêm --force để ghi đè) / The output exists but cannot be read (damaged?): not overwritten (add --force to overwrite it)`;
}

/** The existing output when it is a chiso tracker; null when there is none (or `force` on another file). */
export async function existingOutput(output: string, force: boolean): Promise<ExcelJS.Workbook | null> {
  let stat;
  try {
    stat = await fs.stat(output);
  } catch {
    return null;
  }
  if (stat.isDirectory()) throw new TrackFileError(`Tệp ra là một thư mục: ${output} / The output is a folder; give a file name ending in .xlsx`);
  let wb: ExcelJS.Workbook | null = null;
  try {
    wb = await loadWorkbook(output);
  } catch {
    wb = null;
  }
  const marker = wb?.worksheets.find((w) => w.name === SHEET_NAMES.marker);
  if (wb && marker && readMarker(gridFromWorksheet(marker)).length > 0) return wb;
  if (force) return null;
  const unreadable = wb ? null : await unreadableReason(output);
  if (unreadable) throw new TrackFileError(unreadable);
  throw new TrackFileError(
    `Tệp ra đã có và không phải bảng theo dõi do chiso tạo, không ghi đè: ${output} (thêm --force để ghi đè) / ` +
      'The output exists and is not a chiso tracker: not overwritten (add --force to overwrite it)',
  );
}

export interface FromOutput {
  /** Grids for the track flow: the input's plan sheets, then the output's chiso sheets. */
  grids: Grid[];
  links: FlowLink[];
  /** Sheets officials added to the output (neither the plan's nor chiso's), copied as they were. */
  userSheets: string[];
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Prepares `wb` (the input) for a refresh from `previous` (the existing output): the input's own chiso sheets, if
 * any, give way to the output's; the output's chiso sheets and the sheets officials added to it are copied in
 * (values, formulas, styles, merges; not images). The output's copies of plan sheets are left: the input's win.
 */
export function refreshFromOutput(wb: ExcelJS.Workbook, previous: ExcelJS.Workbook): FromOutput {
  const input = splitSheets(wb.worksheets.map(gridFromWorksheet));
  for (const name of input.mine) {
    const ws = wb.worksheets.find((w) => w.name === name);
    if (ws) wb.removeWorksheet(ws.id);
  }
  const prevGrids = previous.worksheets.map(gridFromWorksheet);
  const out = splitSheets(prevGrids);
  const mine = new Set(out.mine);
  const sources = (out.marker ? readMarker(out.marker) : []).map((e) => e.source?.sheet ?? '').filter(Boolean);
  const own: Grid[] = [];
  const links: FlowLink[] = [];
  const userSheets: string[] = [];
  previous.worksheets.forEach((ws, i) => {
    const inPlan = input.plan.some((g) => same(g.sheet, ws.name));
    if (!mine.has(ws.name)) {
      if (inPlan || sources.some((s) => same(s, ws.name))) return;
      userSheets.push(ws.name);
    } else {
      if (inPlan) throw new TrackFileError(`Trang "${ws.name}" có cả trong kế hoạch và trong bảng theo dõi cũ; hãy đổi tên một trang / Sheet "${ws.name}" is in both the plan and the old tracker; rename one`);
      own.push(prevGrids[i]);
      links.push(...linksOf(ws));
    }
    copySheet(wb, ws);
  });
  return { grids: [...input.plan, ...own], links, userSheets };
}

/** Copies a worksheet of another workbook (exceljs model copy; images are not carried). */
function copySheet(wb: ExcelJS.Workbook, src: ExcelJS.Worksheet): void {
  const dst = wb.addWorksheet(src.name);
  const model = src.model as ExcelJS.WorksheetModel & { merges?: string[] };
  dst.model = { ...model, id: dst.id, name: src.name, media: [], mergeCells: model.merges ?? [] } as unknown as ExcelJS.WorksheetModel;
  dst.state = src.state;
}

const REASONS: Record<string, string> = {
  EISDIR: 'là một thư mục / is a folder',
  ENOTDIR: 'đường dẫn có một phần không phải thư mục / part of the path is not a folder',
  EEXIST: 'đường dẫn có một phần không phải thư mục / part of the path is not a folder',
  EACCES: 'không có quyền ghi / permission denied',
  EPERM: 'không có quyền ghi / permission denied',
  EROFS: 'ổ đĩa chỉ đọc / read-only disk',
  ENOSPC: 'hết chỗ trống trên ổ đĩa / disk full',
  EBUSY: 'tệp đang được mở trong chương trình khác / the file is open in another program',
  ENAMETOOLONG: 'tên tệp hoặc đường dẫn quá dài, hãy chọn tên ngắn hơn / the file name or path is too long; choose a shorter one',
};

/**
 * Writes through a temporary file and a rename; any failure removes the temporary file and throws TrackFileError.
 * Takes the bytes to write (or an exceljs workbook: the refresh path still renders through exceljs).
 */
export async function writeAtomically(data: ExcelJS.Workbook | Uint8Array, output: string): Promise<void> {
  // A short temporary name: a long output name must not fail only because of the suffix.
  const tmp = path.join(path.dirname(output), `.chiso-${process.pid}-${Date.now().toString(36)}.tmp`);
  try {
    await fs.mkdir(path.dirname(output), { recursive: true });
    if (data instanceof Uint8Array) await fs.writeFile(tmp, data);
    else await data.xlsx.writeFile(tmp);
    await fs.rename(tmp, output);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException)?.code ?? '';
    const reason = REASONS[code] ?? (code ? `lỗi hệ thống ${code} / system error ${code}` : e instanceof Error ? e.message.split('\n')[0] : String(e));
    throw new TrackFileError(`Không ghi được tệp ra: ${output} — ${reason} / Cannot write the output file`);
  }
}

/** Writes SheetSpecs into a new workbook file, through a temporary file and a rename (`chiso template`, `cascade`). */
export async function writeNewWorkbook(specs: SheetSpec[], output: string): Promise<void> {
  await writeAtomically(await newWorkbookBytes(specs, undefined, { precompress: nodePrecompress }), output);
}
