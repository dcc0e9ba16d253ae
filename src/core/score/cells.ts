/**
 * Inputs of the scoring core, already shaped by the custom-function boundary (src/functions/boundary.ts):
 * a range is a flat list (row by row) whose cells are a number, null (empty) or the text of a cell that is not a
 * number (reported only if the row is actually used); an id list keeps the raw id cells.
 */
import type { Bilingual } from '../text';
import type { Fail, FailCode } from './result';
import { fail } from './result';
import { ARG_LABELS } from './specs';

/** One cell of a numeric range: number, null (empty), or the unreadable content as text. */
export type NumCell = number | string | null;
/** One cell of an id (STT) range, as the sheet holds it. */
export type IdCell = number | string | null;

/** How messages name an argument: "điểm (points)" in Vietnamese (the name in Excel's signature after it), `points`. */
export function argName(name: string): Bilingual {
  const l = ARG_LABELS[name];
  return l ? { vi: `${l.vi} (${name})`, en: name } : { vi: name, en: name };
}

/** A cell content quoted for a message, shortened so that messages stay under Excel's 255 characters. */
export function quote(content: unknown): string {
  let s: string;
  if (content === null || content === undefined) s = '';
  else if (typeof content === 'string') s = content;
  else if (typeof content === 'number' || typeof content === 'boolean') s = String(content).toUpperCase();
  else s = Object.prototype.toString.call(content);
  s = s.replace(/\s+/g, ' ').trim();
  if (s.length > 40) s = s.slice(0, 39) + '…';
  return `"${s}"`;
}

/** "points, ô thứ 3 (STT 2.4.1): "abc" không phải là số." */
export function notANumberInRange(arg: string, index: number, content: unknown, id?: string): Fail {
  const n = argName(arg);
  const at = id ? ` (STT ${id})` : '';
  return fail(
    'value',
    {
      vi: `Đối số ${n.vi}, ô thứ ${index + 1}${at}: ${quote(content)} không phải là số.`,
      en: `Argument ${n.en}, cell ${index + 1}${id ? ` (id ${id})` : ''}: ${quote(content)} is not a number.`,
    },
    'NOT_A_NUMBER',
  );
}

/** Two ranges that must pair row by row differ in size. */
export function sizeMismatch(arg: string, size: number, other: string, otherSize: number): Fail {
  const a = argName(arg);
  const b = argName(other);
  return fail(
    'value',
    {
      vi: `Đối số ${a.vi} có ${size} ô nhưng ${b.vi} có ${otherSize} ô: hai vùng phải cùng kích thước.`,
      en: `Argument ${a.en} has ${size} cells but ${b.en} has ${otherSize}: the ranges must be the same size.`,
    },
    'SIZE_MISMATCH',
  );
}

/** A scalar outside its allowed range: "Đối số year (năm): 1800 phải …". */
export function outOfRange(arg: string, value: unknown, rule: Bilingual, code: FailCode = 'OUT_OF_RANGE'): Fail {
  const n = argName(arg);
  return fail(
    'value',
    { vi: `Đối số ${n.vi}: ${quote(value)} ${rule.vi}.`, en: `Argument ${n.en}: ${quote(value)} ${rule.en}.` },
    code,
  );
}

/** A required argument is empty. */
export function missing(arg: string): Fail {
  const n = argName(arg);
  return fail(
    'value',
    { vi: `Thiếu đối số ${n.vi} (ô trống).`, en: `Argument ${n.en} is missing (empty cell).` },
    'MISSING',
  );
}
