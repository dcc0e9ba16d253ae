/**
 * The one boundary between Excel and the scoring core. It
 * - coerces what Excel passes: numbers; text numbers with a decimal comma or point ("9,5", "1.234,5", "86,50%");
 *   empty cells (null, undefined or blank text: ignored in ranges, missing for scalars); booleans; 2-D ranges
 *   (`unknown[][]`, read row by row); Excel date serials for dates;
 * - turns a core failure into `CustomFunctions.Error` (#VALUE! / #N/A) with the Vietnamese message (≤ 255 characters),
 *   naming the argument and the cell content, and both languages as `text`; where there is no `CustomFunctions`
 *   global (the CLI, Node), a local `FunctionError` with the same `code`, `message` and `text`;
 * - never lets another exception out: anything unexpected becomes #VALUE!.
 */
import { systemToday } from '../adapters/clock';
import {
  type Bilingual,
  FUNCTION_YEARS,
  cleanText,
  excelSerial,
  inYears,
  isoFromExcelSerial,
  parseIso,
  parseVnNumber,
} from '../core/text';
import {
  type DateInput,
  type Fail,
  type FailCode,
  type IdCell,
  type NumCell,
  type Result,
  argName,
  fail,
  quote,
} from '../core/score';

export type ErrorCode = '#VALUE!' | '#N/A';

/** The error thrown where no `CustomFunctions.Error` exists; same code and message (`message` is `text.vi`). */
export class FunctionError extends Error {
  readonly code: ErrorCode;
  /** The message in both languages. */
  readonly text: Bilingual;
  /** Why there is no value (the core's failure code). */
  readonly reason?: FailCode;
  constructor(code: ErrorCode, text: Bilingual, reason?: FailCode) {
    super(text.vi);
    this.name = 'FunctionError';
    this.code = code;
    this.text = text;
    if (reason) this.reason = reason;
  }
}

/** Thrown inside argument coercion; caught by `call`. */
class ArgFail extends Error {
  constructor(readonly fail: Fail) {
    super(fail.message.vi);
  }
}

const MAX_MESSAGE = 255;

function clip(s: string): string {
  return s.length <= MAX_MESSAGE ? s : s.slice(0, MAX_MESSAGE - 1) + '…';
}

interface CfGlobal {
  Error?: new (code: string, message?: string) => Error;
  ErrorCode?: { invalidValue: string; notAvailable: string };
}

/** The error Excel should show for a core failure. */
export function excelError(f: Fail): Error {
  const code: ErrorCode = f.error === 'na' ? '#N/A' : '#VALUE!';
  const text: Bilingual = { vi: clip(f.message.vi), en: clip(f.message.en) };
  const cf = (globalThis as unknown as { CustomFunctions?: CfGlobal }).CustomFunctions;
  if (cf && typeof cf.Error === 'function' && cf.ErrorCode) {
    const e = new cf.Error(f.error === 'na' ? cf.ErrorCode.notAvailable : cf.ErrorCode.invalidValue, text.vi);
    Object.assign(e, { text, reason: f.code });
    return e;
  }
  return new FunctionError(code, text, f.code);
}

/** Runs a catalogue function: the core result's value, or the Excel error thrown. */
export function call<T>(body: () => Result<T>): T {
  let r: Result<T>;
  try {
    r = body();
  } catch (e) {
    if (e instanceof ArgFail) throw excelError(e.fail);
    const detail = e instanceof Error ? e.message : String(e);
    throw excelError(
      fail('value', { vi: clip(`Lỗi không mong đợi: ${detail}`), en: `Unexpected error: ${detail}` }, 'UNEXPECTED'),
    );
  }
  if ('error' in r) throw excelError(r);
  if (typeof r.value === 'number' && !Number.isFinite(r.value))
    throw excelError(
      fail(
        'value',
        { vi: 'Kết quả vượt quá giới hạn số của Excel.', en: 'The result is beyond the range of Excel numbers.' },
        'RESULT_TOO_LARGE',
      ),
    );
  return r.value;
}

function bad(arg: string, v: unknown, what: Bilingual, code: FailCode): never {
  const n = argName(arg);
  throw new ArgFail(
    fail(
      'value',
      { vi: `Đối số ${n.vi}: ${quote(v)} ${what.vi}.`, en: `Argument ${n.en}: ${quote(v)} ${what.en}.` },
      code,
    ),
  );
}

/** A scalar argument that arrived as a range: a single cell is fine, more is an error. */
function single(arg: string, v: unknown): unknown {
  if (!Array.isArray(v)) return v;
  const flat = (v as unknown[]).flat(2);
  if (flat.length === 1) return flat[0];
  return bad(
    arg,
    `${flat.length} ô`,
    { vi: 'là một vùng, cần một ô', en: 'is a range; one cell is expected' },
    'RANGE_FOR_CELL',
  );
}

function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && cleanText(v) === '');
}

/** A number, or null for an empty cell. Text numbers are read the Vietnamese way ("9,5", "86,50%" → 0.865). */
export function num(arg: string, raw: unknown): number | null {
  const v = single(arg, raw);
  if (isBlank(v)) return null;
  if (typeof v === 'number')
    return Number.isFinite(v) ? v : bad(arg, v, { vi: 'không phải là số', en: 'is not a number' }, 'NOT_A_NUMBER');
  if (typeof v === 'string') {
    const n = parseVnNumber(v);
    if (n !== null) return n;
  }
  return bad(arg, v, { vi: 'không phải là số', en: 'is not a number' }, 'NOT_A_NUMBER');
}

/** A year (integer 1900–2200), or null when empty. */
export function year(arg: string, raw: unknown): number | null {
  const n = num(arg, raw);
  if (n === null) return null;
  if (!inYears(n, FUNCTION_YEARS)) return bad(arg, raw, { vi: 'không phải là năm', en: 'is not a year' }, 'NOT_A_YEAR');
  return n;
}

/** Text or number as given (for arguments that may be either), null when empty; booleans are refused. */
export function textOrNumber(arg: string, raw: unknown): number | string | null {
  const v = single(arg, raw);
  if (isBlank(v)) return null;
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string') return v;
  return bad(arg, v, { vi: 'không hợp lệ', en: 'is not valid' }, 'NOT_VALID');
}

/** A value as Excel gives it (number, text, boolean), null when empty; other objects are refused. */
export function plain(arg: string, raw: unknown): number | string | boolean | null {
  const v = single(arg, raw);
  if (isBlank(v)) return null;
  if (typeof v === 'boolean' || typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  return bad(arg, v, { vi: 'không hợp lệ', en: 'is not valid' }, 'NOT_VALID');
}

/** A date: an Excel date serial (a date cell), an ISO or dd/mm/yyyy text, or deadline text; null when empty. */
export function date(arg: string, raw: unknown): DateInput | null {
  const v = single(arg, raw);
  if (isBlank(v)) return null;
  if (typeof v === 'number') {
    const iso = isoFromExcelSerial(v);
    return iso
      ? { iso }
      : bad(
          arg,
          v,
          { vi: 'không phải là ngày (số sê-ri ngày của Excel)', en: 'is not a date (Excel date serial)' },
          'NOT_A_DATE',
        );
  }
  if (typeof v === 'string') {
    const t = cleanText(v);
    return parseIso(t) ? { iso: t } : { text: t };
  }
  return bad(arg, v, { vi: 'không phải là ngày', en: 'is not a date' }, 'NOT_A_DATE');
}

/** A strict date (for `today`): a date serial or a text that reads as one exact day. */
export function exactDate(arg: string, raw: unknown): string | null {
  const d = date(arg, raw);
  if (d === null || 'iso' in d) return d ? d.iso : null;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(d.text);
  const iso = m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : '';
  return parseIso(iso)
    ? iso
    : bad(arg, raw, { vi: 'không phải là một ngày (dd/mm/yyyy)', en: 'is not a date (dd/mm/yyyy)' }, 'NOT_A_DATE');
}

/** The cells of a range, row by row; a scalar is a 1×1 range; null/undefined (omitted) gives []. */
function cells(raw: unknown): unknown[] {
  if (raw === null || raw === undefined) return [];
  if (!Array.isArray(raw)) return [raw];
  return (raw as unknown[]).flat(2);
}

/** A numeric range: numbers, null for empty cells, the text of any other cell (reported only if used). */
export function numRange(_arg: string, raw: unknown): NumCell[] {
  return cells(raw).map((v): NumCell => {
    if (isBlank(v)) return null;
    if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
    if (typeof v === 'string') return parseVnNumber(v) ?? v;
    if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
    return Object.prototype.toString.call(v);
  });
}

/** An optional numeric range: null when omitted. */
export function optNumRange(arg: string, raw: unknown): NumCell[] | null {
  return raw === null || raw === undefined ? null : numRange(arg, raw);
}

/** An optional id (STT) range: raw id cells, null when omitted. */
export function idRange(arg: string, raw: unknown): IdCell[] | null {
  if (raw === null || raw === undefined) return null;
  return cells(raw).map((v): IdCell => {
    if (isBlank(v)) return null;
    if (typeof v === 'number' || typeof v === 'string') return v;
    return bad(arg, v, { vi: 'không phải là số thứ tự', en: 'is not an id' }, 'NOT_AN_ID');
  });
}

/** Today's date (local calendar day) — the default of CCHC.STATUS, which is declared volatile for it. */
export function todayIso(now: Date = new Date()): string {
  return systemToday(now);
}

/** A core ISO date as Excel's date serial (the cell needs a date number format to show it as a date). */
export function serialOf(r: Result<string>): Result<number> {
  if ('error' in r) return r;
  const s = excelSerial(r.value);
  return s === null
    ? fail('value', { vi: `Ngày không hợp lệ: ${r.value}.`, en: `Invalid date: ${r.value}.` }, 'NOT_A_DATE')
    : { value: s };
}
