/**
 * Why a workbook cannot be read at all (API-level failures, not data problems): stable codes, one-line messages in
 * Vietnamese then English, and an optional detail naming the part and the reason. No Node modules (the browser's
 * file mode shares it).
 */
export type WorkbookReadErrorCode =
  'MISSING' | 'NOT_A_FILE' | 'NOT_XLSX' | 'ENCRYPTED' | 'XLS' | 'ODS' | 'CORRUPT' | 'TOO_LARGE';

const MESSAGES: Record<WorkbookReadErrorCode, (name: string) => [string, string]> = {
  MISSING: (n) => [`Không tìm thấy tệp "${n}"`, `File not found: "${n}"`],
  NOT_A_FILE: (n) => [`"${n}" là một thư mục, không phải tệp .xlsx`, `"${n}" is a folder, not an .xlsx file`],
  NOT_XLSX: (n) => [`Tệp "${n}" không phải sổ tính Excel (.xlsx)`, `"${n}" is not an Excel workbook (.xlsx)`],
  ENCRYPTED: (n) => [
    `Tệp "${n}" được bảo vệ bằng mật khẩu; hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại`,
    `"${n}" is password-protected (encrypted); remove the password in Excel and save it again`,
  ],
  XLS: (n) => [
    `Tệp "${n}" là định dạng Excel cũ (.xls); hãy mở bằng Excel và lưu thành .xlsx`,
    `"${n}" is an old Excel file (.xls); open it in Excel and save it as .xlsx`,
  ],
  ODS: (n) => [
    `Tệp "${n}" là bảng tính OpenDocument (.ods); hãy mở bằng LibreOffice và lưu thành .xlsx`,
    `"${n}" is an OpenDocument spreadsheet (.ods); open it in LibreOffice and save it as .xlsx`,
  ],
  CORRUPT: (n) => [`Tệp "${n}" bị hỏng, không đọc được`, `"${n}" is damaged and cannot be read`],
  TOO_LARGE: (n) => [`Tệp "${n}" quá lớn, chiso không đọc được`, `"${n}" is too large for chiso to read`],
};

/** Which part a failure concerns and why, in both languages ("xl/worksheets/sheet3.xml: XML không hợp lệ"). */
export interface ReadErrorDetail {
  vi: string;
  en: string;
}

/** A workbook that cannot be read at all (API-level failure, not a data problem). */
export class WorkbookReadError extends Error {
  readonly code: WorkbookReadErrorCode;
  readonly detail?: ReadErrorDetail;
  constructor(code: WorkbookReadErrorCode, name: string, cause?: unknown, detail?: ReadErrorDetail) {
    const [vi, en] = MESSAGES[code](name);
    const one = (s: string): string => s.replace(/\s+/g, ' ').trim();
    super(detail ? `${vi} (${one(detail.vi)}) / ${en} (${one(detail.en)})` : `${vi} / ${en}`);
    this.name = 'WorkbookReadError';
    this.code = code;
    if (detail) this.detail = detail;
    if (cause !== undefined) (this as { cause?: unknown }).cause = cause;
  }
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
