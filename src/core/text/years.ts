/**
 * The year ranges chiso accepts, in one place. They differ on purpose: a plan is for a year of this century; a
 * deadline text may cite an older document year; a function argument only has to be a calendar year Excel knows.
 */
export interface YearRange {
  readonly min: number;
  readonly max: number;
}

/** The year of a plan: `--year`, the year the reader finds in titles and headers, templates, next year's appendix. */
export const PLAN_YEARS: YearRange = { min: 2000, max: 2100 };
/** A four-digit year written in a deadline text ("Quý II/2025"). */
export const TEXT_YEARS: YearRange = { min: 1990, max: 2100 };
/** A year argument of a custom function (CCHC.DEADLINE, PAPI.RANK …). */
export const FUNCTION_YEARS: YearRange = { min: 1900, max: 2200 };

export function inYears(y: number, range: YearRange): boolean {
  return Number.isInteger(y) && y >= range.min && y <= range.max;
}
