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
import { linksOf, writeSheetSpecs } from './write';
import { splitSheets, type SheetLink } from '../../core/app';
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
  throw new TrackFileError(
    `Tệp ra đã có và không phải bảng theo dõi do chiso tạo, không ghi đè: ${output} (thêm --force để ghi đè) / ` +
      'The output exists and is not a chiso tracker: not overwritten (add --force to overwrite it)',
  );
}

export interface FromOutput {
  /** Grids for the track flow: the input's plan sheets, then the output's chiso sheets. */
  grids: Grid[];
  links: SheetLink[];
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
  const links: SheetLink[] = [];
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
};

/** Writes through a temporary file and a rename; any failure removes the temporary file and throws TrackFileError. */
export async function writeAtomically(wb: ExcelJS.Workbook, output: string): Promise<void> {
  const tmp = path.join(path.dirname(output), `.${path.basename(output)}.${process.pid}.tmp`);
  try {
    await fs.mkdir(path.dirname(output), { recursive: true });
    await wb.xlsx.writeFile(tmp);
    await fs.rename(tmp, output);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException)?.code ?? '';
    const reason = REASONS[code] ?? (code ? `${code}` : e instanceof Error ? e.message.split('\n')[0] : String(e));
    throw new TrackFileError(`Không ghi được tệp ra: ${output} — ${reason} / Cannot write the output file`);
  }
}

/** Writes SheetSpecs into a new workbook file, through a temporary file and a rename (`chiso template`, `cascade`). */
export async function writeNewWorkbook(specs: SheetSpec[], output: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'chiso';
  writeSheetSpecs(wb, specs);
  await writeAtomically(wb, output);
}
