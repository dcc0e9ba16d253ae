/** A spec named like a sheet chiso did not create: never overwritten (the core picks free names, so a bug). */
export class SheetConflictError extends Error {
  readonly code = 'SHEET_CONFLICT';
  constructor(readonly sheet: string) {
    super(
      `Trang tính "${sheet}" không do chiso tạo, không được ghi đè / Sheet "${sheet}" was not created by chiso and is never overwritten`,
    );
    this.name = 'SheetConflictError';
  }
}
