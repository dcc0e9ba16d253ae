// Node/jest has no CustomFunctions global: a small stand-in with the Excel error codes and an Error class.
enum ErrorCode {
  invalidValue = '#VALUE!',
  notAvailable = '#N/A',
  divisionByZero = '#DIV/0!',
  invalidNumber = '#NUM!',
  nullReference = '#NULL!',
  invalidName = '#NAME?',
  invalidReference = '#REF!',
}
class CfError extends Error {
  code: string;
  constructor(code: string, message?: string) {
    super(message ?? code);
    this.code = code;
    this.name = 'CustomFunctions.Error';
  }
}
(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  ErrorCode,
  Error: CfError,
  associate: () => undefined,
};
