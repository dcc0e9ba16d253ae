/**
 * Office.js failures → PortError with a Vietnamese-first message and what to do next. Office errors carry a `code`
 * (OfficeExtension.Error: "AccessDenied", "InvalidOperationInCellEditMode", …) and sometimes `debugInfo.errorLocation`.
 */
import { PortError } from '../../core/app/port';
import { REQUIREMENTS } from './requirements';
import type { Bilingual } from '../../core/text';

export type OfficePortErrorCode =
  'PROTECTED' | 'EDIT_MODE' | 'OLD_EXCEL' | 'NOT_FOUND' | 'SHEET_CONFLICT' | 'TOO_LARGE' | 'BUSY' | 'OFFICE_ERROR';

export function structureProtectedError(): PortError {
  return new PortError('PROTECTED', {
    vi: 'Cấu trúc sổ làm việc đang được bảo vệ nên chiso không thể thêm hoặc xóa trang tính. Hãy bỏ bảo vệ (Xem lại › Bảo vệ sổ làm việc) rồi thử lại.',
    en: 'The workbook structure is protected, so chiso cannot add or delete sheets. Unprotect it (Review › Protect Workbook) and try again.',
  });
}

/** A protected sheet (`sheet` null: Excel did not say which). */
export function protectedError(sheet: string | null): PortError {
  return sheet === null
    ? new PortError('PROTECTED', {
        vi: 'Một trang tính hoặc cấu trúc sổ làm việc đang được bảo vệ nên chiso không thể ghi. Hãy bỏ bảo vệ (Xem lại › Bỏ bảo vệ trang tính / Bảo vệ sổ làm việc) rồi thử lại.',
        en: 'A sheet or the workbook structure is protected, so chiso cannot write. Unprotect it (Review › Unprotect Sheet / Protect Workbook) and try again.',
      })
    : new PortError('PROTECTED', {
        vi: `Trang tính "${sheet}" đang được bảo vệ nên chiso không thể ghi vào. Hãy bỏ bảo vệ trang (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại.`,
        en: `Sheet "${sheet}" is protected, so chiso cannot write to it. Unprotect it (Review › Unprotect Sheet) and try again.`,
      });
}

export function editModeError(): PortError {
  return new PortError('EDIT_MODE', {
    vi: 'Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc để thoát khỏi ô đang sửa rồi thử lại.',
    en: 'Excel is editing a cell. Press Enter or Esc to leave the cell, then try again.',
  });
}

/** Excel lacks a requirement set (`ExcelApi 1.8`) needed for `what`. */
export function oldExcelError(version: string, what: Bilingual): PortError {
  return new PortError('OLD_EXCEL', {
    vi: `Phiên bản Excel này quá cũ để ${what.vi} (cần ExcelApi ${version}: Excel 2019 trở lên, Microsoft 365 hoặc Excel trên web). Hãy cập nhật Excel, hoặc dùng chế độ tệp: mở trang chiso trong trình duyệt và chọn tệp Excel.`,
    en: `This Excel is too old to ${what.en} (needs ExcelApi ${version}: Excel 2019 or later, Microsoft 365 or Excel on the web). Update Excel, or use file mode: open the chiso page in a browser and pick the Excel file.`,
  });
}

export function notFoundError(sheet: string): PortError {
  return new PortError('NOT_FOUND', {
    vi: `Không tìm thấy trang tính "${sheet}" (có thể đã bị đổi tên hoặc xóa). Hãy đọc lại bảng.`,
    en: `Sheet "${sheet}" was not found (it may have been renamed or deleted). Read the tables again.`,
  });
}

export function conflictError(sheet: string): PortError {
  return new PortError('SHEET_CONFLICT', {
    vi: `Trang tính "${sheet}" không do chiso tạo nên không bao giờ bị ghi đè. Hãy đọc lại bảng rồi tạo bảng theo dõi lần nữa.`,
    en: `Sheet "${sheet}" was not created by chiso and is never overwritten. Read the tables again, then build the tracker again.`,
  });
}

function tooLargeError(): PortError {
  return new PortError('TOO_LARGE', {
    vi: 'Yêu cầu gửi tới Excel quá lớn. Hãy thử lại; nếu vẫn lỗi, hãy dùng lệnh chiso track trên tệp.',
    en: 'The request to Excel is too large. Try again; if it still fails, run chiso track on the file.',
  });
}

interface OfficeErrorLike {
  code?: unknown;
  message?: unknown;
  debugInfo?: { errorLocation?: unknown; message?: unknown };
}

/** Maps anything an Office.js call threw to a PortError (PortErrors pass through). `sheet` names the sheet at hand. */
export function toPortError(e: unknown, sheet: string | null = null): PortError {
  if (e instanceof PortError) return e;
  const o = (e && typeof e === 'object' ? e : {}) as OfficeErrorLike;
  const code = typeof o.code === 'string' ? o.code : '';
  const message = typeof o.message === 'string' ? o.message : String(e);
  switch (code) {
    case 'InvalidOperationInCellEditMode':
      return editModeError();
    // By code only: the message is in the user's UI language (a German Excel says "geschützt", not "protected").
    case 'AccessDenied':
      return protectedError(sheet);
    case 'ApiNotFound':
    case 'NotImplemented':
      return oldExcelError(REQUIREMENTS.write.minVersion, { vi: 'làm việc này', en: 'do this' });
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
    case 'PayloadTooLarge':
      return tooLargeError();
    case 'ItemNotFound':
      if (sheet !== null) return notFoundError(sheet);
      break;
    case 'Conflict':
    case 'RequestAborted':
      return new PortError('BUSY', {
        vi: 'Excel đang bận hoặc sổ làm việc vừa thay đổi. Hãy thử lại.',
        en: 'Excel is busy or the workbook just changed. Try again.',
      });
  }
  return new PortError('OFFICE_ERROR', {
    vi: `Excel báo lỗi: ${message}. Hãy thử lại.`,
    en: `Excel reported an error: ${message}. Try again.`,
  });
}
