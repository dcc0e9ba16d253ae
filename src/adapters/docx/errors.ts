/** A Word file that cannot be read at all: a stable code and one Vietnamese / English line. */
import type { Bilingual } from '../../core/text';
import { entityDeclaration } from '../zip/xml-part';

export type DocxReadErrorCode =
  'MISSING' | 'NOT_A_FILE' | 'NOT_DOCX' | 'DOC' | 'ENCRYPTED' | 'CORRUPT' | 'NO_TABLES' | 'TOO_LARGE' | 'ENTITY';

const MESSAGES: Record<DocxReadErrorCode, (name: string) => Bilingual> = {
  MISSING: (n) => ({ vi: `Không tìm thấy tệp "${n}"`, en: `File not found: "${n}"` }),
  NOT_A_FILE: (n) => ({
    vi: `"${n}" là một thư mục, không phải tệp .docx`,
    en: `"${n}" is a folder, not a .docx file`,
  }),
  NOT_DOCX: (n) => ({ vi: `Tệp "${n}" không phải văn bản Word (.docx)`, en: `"${n}" is not a Word document (.docx)` }),
  DOC: (n) => ({
    vi: `Tệp "${n}" là định dạng Word cũ (.doc); hãy mở bằng Word và lưu thành .docx`,
    en: `"${n}" is an old Word file (.doc); open it in Word and save it as .docx`,
  }),
  ENCRYPTED: (n) => ({
    vi: `Tệp "${n}" được bảo vệ bằng mật khẩu; hãy mở bằng Word, bỏ mật khẩu rồi lưu lại`,
    en: `"${n}" is password-protected (encrypted); remove the password in Word and save it again`,
  }),
  CORRUPT: (n) => ({ vi: `Tệp "${n}" bị hỏng, không đọc được`, en: `"${n}" is damaged and cannot be read` }),
  NO_TABLES: (n) => ({ vi: `Văn bản "${n}" không có bảng nào`, en: `"${n}" has no table` }),
  TOO_LARGE: (n) => ({ vi: `Tệp "${n}" quá lớn, chiso không đọc được`, en: `"${n}" is too large for chiso to read` }),
  ENTITY: entityDeclaration,
};

export class DocxReadError extends Error {
  readonly code: DocxReadErrorCode;
  /** The message in both languages; `message` is one line, "Vietnamese / English". */
  readonly text: Bilingual;
  constructor(code: DocxReadErrorCode, name: string, cause?: unknown) {
    const text = MESSAGES[code](name);
    super(`${text.vi} / ${text.en}`);
    this.name = 'DocxReadError';
    this.code = code;
    this.text = text;
    if (cause !== undefined) (this as { cause?: unknown }).cause = cause;
  }
}
