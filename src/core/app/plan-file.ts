/**
 * Facts about a plan file that every surface (the CLI commands, the browser page) must answer the same way: the
 * largest file read, whether it is a Word plan, and the name of the tracker written from it. Pure: names and bytes.
 */
import type { Bilingual } from '../text';

/** Largest plan file read (its size on disk, compressed): officials' plans are well under 10 MB. */
export const MAX_PLAN_BYTES = 512 * 1024 * 1024;

/** Why a file of `size` bytes is not read; null when it may be. */
export function planTooLarge(size: number): Bilingual | null {
  if (size <= MAX_PLAN_BYTES) return null;
  const mb = Math.round(MAX_PLAN_BYTES / 1048576);
  return { vi: `tệp lớn hơn ${mb} MB`, en: `the file is over ${mb} MB` };
}

/** Word file names (the old binary .doc included: its reader says to save it as .docx). */
const WORD_NAME = /\.(docx|docm|dotx|dotm|doc)$/i;
const WORD_PART = [...'word/document.xml'].map((c) => c.charCodeAt(0));

/** A Word plan by its name alone. */
export function isWordName(name: string): boolean {
  return WORD_NAME.test(name);
}

/** A Word plan: by its name, or a zip holding word/document.xml (a Word file under another name). */
export function isWordPlan(bytes: Uint8Array | null, name: string): boolean {
  if (isWordName(name)) return true;
  if (!bytes || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return false;
  for (
    let i = bytes.indexOf(WORD_PART[0]);
    i >= 0 && i <= bytes.length - WORD_PART.length;
    i = bytes.indexOf(WORD_PART[0], i + 1)
  ) {
    if (WORD_PART.every((b, k) => bytes[i + k] === b)) return true;
  }
  return false;
}

/**
 * The tracker's file name for a plan file name: "ke-hoach.xlsx" → "ke-hoach-theo-doi.xlsx"; the last extension
 * goes, whatever it is (a Word plan gives a workbook). A macro-enabled workbook stays one (.xlsm): `macro` is what
 * the package's content type says (the adapter reads it), whatever the name; without it, the name's extension.
 */
export function trackerFileName(name: string, macro?: boolean): string {
  const base = name.replace(/\.[A-Za-z0-9]{1,5}$/, '') || 'chiso';
  return `${base}-theo-doi${(macro ?? /\.xlsm$/i.test(name)) ? '.xlsm' : '.xlsx'}`;
}
