/** A Word file that cannot be read at all: a stable code and one Vietnamese / English line. */
export type DocxReadErrorCode = 'MISSING' | 'NOT_A_FILE' | 'NOT_DOCX' | 'DOC' | 'ENCRYPTED' | 'CORRUPT' | 'NO_TABLES';

const MESSAGES: Record<DocxReadErrorCode, (name: string) => string> = {
  MISSING: (n) => `Không tìm thấy tệp "${n}" / File not found: "${n}"`,
  NOT_A_FILE: (n) => `"${n}" là một thư mục, không phải tệp .docx / "${n}" is a folder, not a .docx file`,
  NOT_DOCX: (n) => `Tệp "${n}" không phải văn bản Word (.docx) / "${n}" is not a Word document (.docx)`,
  DOC: (n) =>
    `Tệp "${n}" là định dạng Word cũ (.doc); hãy mở bằng Word và lưu thành .docx / "${n}" is an old Word file (.doc); open it in Word and save it as .docx`,
  ENCRYPTED: (n) =>
    `Tệp "${n}" được bảo vệ bằng mật khẩu; hãy mở bằng Word, bỏ mật khẩu rồi lưu lại / "${n}" is password-protected (encrypted); remove the password in Word and save it again`,
  CORRUPT: (n) => `Tệp "${n}" bị hỏng, không đọc được / "${n}" is damaged and cannot be read`,
  NO_TABLES: (n) => `Văn bản "${n}" không có bảng nào / "${n}" has no table`,
};

export class DocxReadError extends Error {
  readonly code: DocxReadErrorCode;
  constructor(code: DocxReadErrorCode, name: string, cause?: unknown) {
    super(MESSAGES[code](name));
    this.name = 'DocxReadError';
    this.code = code;
    if (cause !== undefined) (this as { cause?: unknown }).cause = cause;
  }
}
