/**
 * Why a workbook cannot be read at all (API-level failures, not data problems): stable codes, one-line messages in
 * Vietnamese then English, and an optional detail naming the part and the reason. No Node modules (the browser's
 * file mode shares it).
 */
import { oneLine, type Bilingual } from '../../core/text';
import { entityDeclaration } from '../zip/xml-part';

export type WorkbookReadErrorCode =
  'MISSING' | 'NOT_A_FILE' | 'NOT_XLSX' | 'ENCRYPTED' | 'XLS' | 'ODS' | 'CORRUPT' | 'TOO_LARGE' | 'ENTITY';

const MESSAGES: Record<WorkbookReadErrorCode, (name: string) => Bilingual> = {
  MISSING: (n) => ({ vi: `Không tìm thấy tệp "${n}"`, en: `File not found: "${n}"` }),
  NOT_A_FILE: (n) => ({
    vi: `"${n}" là một thư mục, không phải tệp .xlsx`,
    en: `"${n}" is a folder, not an .xlsx file`,
  }),
  NOT_XLSX: (n) => ({
    vi: `Tệp "${n}" không phải sổ tính Excel (.xlsx)`,
    en: `"${n}" is not an Excel workbook (.xlsx)`,
  }),
  ENCRYPTED: (n) => ({
    vi: `Tệp "${n}" được bảo vệ bằng mật khẩu; hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại`,
    en: `"${n}" is password-protected (encrypted); remove the password in Excel and save it again`,
  }),
  XLS: (n) => ({
    vi: `Tệp "${n}" là định dạng Excel cũ (.xls); hãy mở bằng Excel và lưu thành .xlsx`,
    en: `"${n}" is an old Excel file (.xls); open it in Excel and save it as .xlsx`,
  }),
  ODS: (n) => ({
    vi: `Tệp "${n}" là bảng tính OpenDocument (.ods); hãy mở bằng LibreOffice và lưu thành .xlsx`,
    en: `"${n}" is an OpenDocument spreadsheet (.ods); open it in LibreOffice and save it as .xlsx`,
  }),
  CORRUPT: (n) => ({ vi: `Tệp "${n}" bị hỏng, không đọc được`, en: `"${n}" is damaged and cannot be read` }),
  TOO_LARGE: (n) => ({ vi: `Tệp "${n}" quá lớn, chiso không đọc được`, en: `"${n}" is too large for chiso to read` }),
  ENTITY: entityDeclaration,
};

/**
 * A workbook that cannot be read at all (API-level failure, not a data problem). `detail` says which part and why,
 * in both languages ("xl/worksheets/sheet3.xml: XML không hợp lệ"); `message` is one line, "Vietnamese / English".
 */
export class WorkbookReadError extends Error {
  readonly code: WorkbookReadErrorCode;
  readonly detail?: Bilingual;
  /** The message in both languages (the detail included). */
  readonly text: Bilingual;
  constructor(code: WorkbookReadErrorCode, name: string, cause?: unknown, detail?: Bilingual) {
    const { vi, en } = MESSAGES[code](name);
    const one = (s: string): string => s.replace(/\s+/g, ' ').trim();
    const text = detail ? { vi: `${vi} (${one(detail.vi)})`, en: `${en} (${one(detail.en)})` } : { vi, en };
    super(oneLine(text));
    this.name = 'WorkbookReadError';
    this.code = code;
    this.text = text;
    if (detail) this.detail = detail;
    if (cause !== undefined) (this as { cause?: unknown }).cause = cause;
  }
}

/** Why a workbook could not be read, in both languages (the roll-up's skipped files): any error, on one line each. */
export function readFailureReason(name: string, e: unknown): Bilingual {
  if (e instanceof WorkbookReadError) return e.text;
  const msg = e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e);
  return { vi: `Tệp "${name}" không đọc được: ${msg}`, en: `"${name}" cannot be read: ${msg}` };
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function startsWith(buf: Uint8Array, magic: number[]): boolean {
  if (buf.length < magic.length) return false;
  return magic.every((b, i) => buf[i] === b);
}

/** A stream name as UTF-16LE, the way an OLE compound file names its streams. */
function utf16(name: string): number[] {
  return [...name].flatMap((ch) => [ch.charCodeAt(0), 0]);
}
const ENCRYPTED_NAMES = [utf16('EncryptedPackage'), utf16('EncryptionInfo')];

function contains(buf: Uint8Array, needle: number[]): boolean {
  const first = needle[0];
  for (let i = buf.indexOf(first); i >= 0 && i <= buf.length - needle.length; i = buf.indexOf(first, i + 1)) {
    let k = 1;
    while (k < needle.length && buf[i + k] === needle[k]) k++;
    if (k === needle.length) return true;
  }
  return false;
}

/** Classifies raw bytes before unzipping; null when they look like a zip (an .xlsx candidate). */
export function sniffWorkbookBytes(buf: Uint8Array): WorkbookReadErrorCode | null {
  if (startsWith(buf, OLE_MAGIC)) {
    // An encrypted .xlsx is an OLE compound file holding "EncryptionInfo" and "EncryptedPackage" streams.
    return ENCRYPTED_NAMES.some((n) => contains(buf, n)) ? 'ENCRYPTED' : 'XLS';
  }
  if (startsWith(buf, ZIP_MAGIC)) return null;
  return 'NOT_XLSX';
}
