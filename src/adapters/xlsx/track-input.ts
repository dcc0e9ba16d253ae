/**
 * The input of `chiso track` on the write-by-adding path: the file's bytes (read once), its Grids (through the
 * reader), the hyperlinks of chiso's own sheets (a refresh keeps officials' evidence links), and the package the
 * trackers are added to. The output's extension must match the package: a macro-enabled workbook is written as
 * .xlsm (with its vbaProject.bin), a plain one never as .xlsm (Excel refuses a mismatch).
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { splitSheets, type SheetLink } from '../../core/app';
import { planTooLarge } from '../../core/app/plan-file';
import type { Grid } from '../../core/grid';
import { isMacroWorkbook, OpcPackage, PackageError, WorkbookXml } from './package';
import { strictRefusal } from './package/book';
import { nodePrecompress } from './node-deflate';
import { WorkbookReadError } from './read';
import { readXlsxWorkbook } from './reader';
import { TrackFileError } from './track-output';

export interface TrackInput {
  bytes: Uint8Array;
  grids: Grid[];
  links: SheetLink[];
  pkg: OpcPackage;
  /** The workbook part is macro-enabled (.xlsm). */
  macro: boolean;
}

/** The plan file's bytes, refused over the one size cap of plan files (as `validate` refuses them). */
export async function readInputBytes(file: string): Promise<Uint8Array> {
  const name = path.basename(file);
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new WorkbookReadError('NOT_A_FILE', name);
    const big = planTooLarge(stat.size);
    if (big) throw new WorkbookReadError('TOO_LARGE', name, undefined, big);
    return await fs.readFile(file);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    if ((e as NodeJS.ErrnoException)?.code === 'ENAMETOOLONG') {
      throw new TrackFileError(`Đường dẫn tệp vào quá dài: ${file} / The input file name or path is too long`);
    }
    throw new WorkbookReadError('MISSING', name, e);
  }
}

/** Whether the bytes are a macro-enabled workbook by content type; unreadable bytes say no (the read reports them). */
export async function isMacroBytes(bytes: Uint8Array): Promise<boolean> {
  try {
    return await isMacroWorkbook(await OpcPackage.open(bytes));
  } catch {
    return false;
  }
}

/**
 * Reads the input for `track` (and checks the output's extension against it). `bytes`: the file's, or the workbook
 * chiso made from a Word plan.
 */
export async function readForTrack(file: string, output: string, bytes: Uint8Array): Promise<TrackInput> {
  const { grids, links: allLinks } = await readXlsxWorkbook(bytes, path.basename(file), { links: true });
  let pkg: OpcPackage;
  let macro: boolean;
  let strict: boolean;
  let links: SheetLink[];
  try {
    pkg = await OpcPackage.open(bytes, { precompress: nodePrecompress });
    strict = (await WorkbookXml.load(pkg)).strict;
    macro = await isMacroWorkbook(pkg);
    const mine = new Set(splitSheets(grids).mine);
    links = allLinks.filter((l) => mine.has(l.sheet));
  } catch (e) {
    // A part only the package layer parses ([Content_Types].xml) may declare an entity: said as such.
    if (e instanceof PackageError && e.code === 'ENTITY' && e.part)
      throw new WorkbookReadError('ENTITY', path.basename(file), e, { vi: `phần ${e.part}`, en: e.part });
    throw new WorkbookReadError('CORRUPT', path.basename(file), e);
  }
  if (strict) throw new TrackFileError(strictRefusal(path.basename(file)));
  const ext = path.extname(output).toLowerCase();
  if (macro && ext !== '.xlsm') {
    throw new TrackFileError(
      `Tệp vào có macro (.xlsm): tệp ra phải có đuôi .xlsm để giữ macro: ${output} / The input has macros: name the output .xlsm to keep them`,
    );
  }
  if (!macro && ext === '.xlsm') {
    throw new TrackFileError(
      `Tệp vào không có macro: tệp ra phải có đuôi .xlsx, không phải .xlsm: ${output} / The input has no macros: name the output .xlsx, not .xlsm`,
    );
  }
  return { bytes, grids, links, pkg, macro };
}
