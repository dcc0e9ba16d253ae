/**
 * Where `chiso track` writes. An output that already exists is chiso's own tracker (it has the hidden "_chiso"
 * marker): running track again REFRESHES it — the plan is read from the input, the previous trackers from the
 * output, so nothing typed in them is lost (package-refresh/refresh.ts). Any other
 * existing file is refused unless --force. Writing goes to a temporary file beside the target, then a rename; a
 * failure removes the temporary file and becomes one line.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { readXlsxWorkbook } from './reader';
import { listSheets, OpcPackage } from './package';
import { newWorkbookBytes } from './sml';
import { writeSpecsToPackage } from './sml/write-specs';
import { nodePrecompress } from './node-deflate';
import type { Grid, SheetLink } from '../../core/grid';
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
    if ((e as NodeJS.ErrnoException)?.code === 'ENAMETOOLONG')
      throw new TrackFileError(
        `Không ghi được tệp ra: ${output} — ${REASONS.ENAMETOOLONG} / Cannot write the output file`,
      );
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

/** An existing output chiso made: its package, every sheet as read, and their cell links. */
export interface PreviousOutput {
  bytes: Uint8Array;
  pkg: OpcPackage;
  grids: Grid[];
  links: SheetLink[];
}

/** The existing output when it is a chiso tracker; null when there is none (or `force` on another file). */
export async function existingOutput(output: string, force: boolean): Promise<PreviousOutput | null> {
  let stat;
  try {
    stat = await fs.stat(output);
  } catch {
    return null;
  }
  if (stat.isDirectory())
    throw new TrackFileError(
      `Tệp ra là một thư mục: ${output} / The output is a folder; give a file name ending in .xlsx`,
    );
  let previous: PreviousOutput | null = null;
  try {
    const bytes = await fs.readFile(output);
    const { grids, links } = await readXlsxWorkbook(bytes, path.basename(output), { links: true });
    previous = { bytes, grids, links, pkg: await OpcPackage.open(bytes, { precompress: nodePrecompress }) };
  } catch {
    previous = null;
  }
  const marker = previous?.grids.find((g) => g.sheet === SHEET_NAMES.marker);
  if (previous && marker && readMarker(marker).length > 0) return previous;
  if (force) return null;
  // A package that lists chiso's marker sheet but whose marker cannot be read is a damaged tracker, not a foreign file.
  const damaged = !previous || (await listSheets(previous.pkg)).some((s) => s.name === SHEET_NAMES.marker);
  const unreadable = damaged ? await unreadableReason(output) : null;
  if (unreadable) throw new TrackFileError(unreadable);
  throw new TrackFileError(
    `Tệp ra đã có và không phải bảng theo dõi do chiso tạo, không ghi đè: ${output} (thêm --force để ghi đè) / ` +
      'The output exists and is not a chiso tracker: not overwritten (add --force to overwrite it)',
  );
}

const REASONS: Record<string, string> = {
  // chiso does not create a folder that is not there (a mistyped path would be created silently).
  ENOENT: 'thư mục không tồn tại / no such folder',
  EISDIR: 'là một thư mục / is a folder',
  ENOTDIR: 'đường dẫn có một phần không phải thư mục / part of the path is not a folder',
  EEXIST: 'đường dẫn có một phần không phải thư mục / part of the path is not a folder',
  EACCES: 'không có quyền ghi / permission denied',
  EPERM: 'không có quyền ghi / permission denied',
  EROFS: 'ổ đĩa chỉ đọc / read-only disk',
  ENOSPC: 'hết chỗ trống trên ổ đĩa / disk full',
  EBUSY: 'tệp đang được mở trong chương trình khác / the file is open in another program',
  ENAMETOOLONG:
    'tên tệp hoặc đường dẫn quá dài, hãy chọn tên ngắn hơn / the file name or path is too long; choose a shorter one',
};

/** Writes bytes through a temporary file and a rename; any failure removes the temporary file and throws TrackFileError. */
export async function writeAtomically(data: Uint8Array, output: string): Promise<void> {
  // A short temporary name: a long output name must not fail only because of the suffix.
  const tmp = path.join(path.dirname(output), `.chiso-${process.pid}-${Date.now().toString(36)}.tmp`);
  try {
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, output);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException)?.code ?? '';
    const reason =
      REASONS[code] ??
      (code
        ? `lỗi hệ thống ${code} / system error ${code}`
        : e instanceof Error
          ? e.message.split('\n')[0]
          : String(e));
    throw new TrackFileError(`Không ghi được tệp ra: ${output} — ${reason} / Cannot write the output file`);
  }
}

/**
 * Writes SheetSpecs into an existing workbook's package (`bytes`), replacing the sheets named in `replace` and
 * keeping every other part as it is, then saves it to `output` atomically (`chiso assess` into its earlier output
 * or into a tracker).
 */
export async function writeSpecsInto(
  bytes: Uint8Array,
  specs: SheetSpec[],
  replace: readonly string[],
  output: string,
): Promise<void> {
  const pkg = await OpcPackage.open(bytes, { precompress: nodePrecompress });
  await writeSpecsToPackage(pkg, specs, { replace: [...replace] });
  await writeAtomically(await pkg.save(), output);
}

/** Writes SheetSpecs into a new workbook file, through a temporary file and a rename (`chiso template`, `cascade`). */
export async function writeNewWorkbook(specs: SheetSpec[], output: string): Promise<void> {
  await writeAtomically(await newWorkbookBytes(specs, undefined, { precompress: nodePrecompress }), output);
}
