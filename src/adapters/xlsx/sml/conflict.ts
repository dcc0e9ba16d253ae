import type { Bilingual } from '../../../core/text';

/** A spec named like a sheet chiso did not create: never overwritten (the core picks free names, so a bug). */
export class SheetConflictError extends Error {
  readonly code = 'SHEET_CONFLICT';
  /** The message in both languages; `message` is one line, "Vietnamese / English". */
  readonly text: Bilingual;
  constructor(readonly sheet: string) {
    const text = {
      vi: `Trang tính "${sheet}" không do chiso tạo, không được ghi đè`,
      en: `Sheet "${sheet}" was not created by chiso and is never overwritten`,
    };
    super(`${text.vi} / ${text.en}`);
    this.name = 'SheetConflictError';
    this.text = text;
  }
}
