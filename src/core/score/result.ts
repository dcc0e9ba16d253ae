/**
 * Results of the scoring core: a value, or a data problem described in Vietnamese and English.
 * The core never throws for data (architecture.md); the custom-function boundary turns a failure into
 * `#VALUE!` ('value': the input is wrong) or `#N/A` ('na': no answer exists for this input).
 */
import type { Bilingual } from '../text';

/** Why a custom function gives no value: a stable code for callers and tests (the messages may be reworded). */
export type FailCode =
  | 'MISSING' // a required argument is empty
  | 'NOT_A_NUMBER'
  | 'NOT_AN_ID'
  | 'NOT_A_YEAR'
  | 'NOT_A_DATE'
  | 'NOT_VALID' // a target or a done flag that is neither of the accepted forms
  | 'RANGE_FOR_CELL' // a range where one cell is expected
  | 'SIZE_MISMATCH'
  | 'OUT_OF_RANGE'
  | 'NO_PUBLISHED_DATA' // PAPI: no data or cut-offs for that year
  | 'NO_DUE_DATE' // a deadline text without a fixed date (recurring, event, no year, empty)
  | 'BAD_DEADLINE' // a deadline text that is unreadable or names a date that does not exist
  | 'RESULT_TOO_LARGE'
  | 'UNEXPECTED';

export interface Fail {
  error: 'value' | 'na';
  code: FailCode;
  /** Vietnamese (shown in Excel, kept under 255 characters by the boundary) and English. */
  message: Bilingual;
}

export type Result<T> = { value: T } | Fail;

export function ok<T>(value: T): { value: T } {
  return { value };
}

export function fail(error: 'value' | 'na', message: Bilingual, code: FailCode): Fail {
  return { error, code, message };
}

export function isFail<T>(r: Result<T>): r is Fail {
  return (r as Fail).error !== undefined;
}

/**
 * Removes binary float noise the way Excel shows numbers, 15 significant digits relative to the operands:
 * 92.80000000000001 → 92.8, 0.85 × 1.5 → 1.275, and 44.7379 − 43.7747 → 0.9632 (pass the operands' magnitude as
 * `scale`: the noise of a difference or a sum is relative to its terms, not to the result). Also turns -0 into 0.
 */
export function tidy(x: number, scale = 0): number {
  if (!Number.isFinite(x)) return x;
  const mag = Math.max(Math.abs(x), Math.abs(scale));
  let t: number;
  if (mag >= 1) {
    const intDigits = Math.floor(Math.log10(mag)) + 1;
    t = Number(x.toFixed(Math.max(0, Math.min(100, 15 - intDigits))));
  } else t = Number(x.toPrecision(15));
  return t === 0 ? 0 : t;
}

/**
 * Compensated (Neumaier) summation: a long column of decimals sums without the float error growing with its length,
 * so `tidy` can remove what is left (10,000 appendix rows still give 7190.695, not 7190.69500000001).
 */
export class Sum {
  private s = 0;
  private c = 0;
  /** Σ|x|, the magnitude to pass to `tidy`. */
  scale = 0;

  add(x: number): void {
    const t = this.s + x;
    this.c += Math.abs(this.s) >= Math.abs(x) ? this.s - t + x : x - t + this.s;
    this.s = t;
    this.scale += Math.abs(x);
  }

  /** The tidied total. */
  value(): number {
    return tidy(this.s + this.c, this.scale);
  }
}
