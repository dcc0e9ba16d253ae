/**
 * The alert of a task row, computed the way the sheet's formula computes it (so the cached result written with
 * the formula, the CLI summary and the spreadsheet agree). Keep `alertFormula` and `alertFor` in step.
 */
import type { SpecValue } from '../sheetspec';
import { daysBetween, isoFromExcelSerial } from '../text';
import { ALERT, STATUS, KIND_LABEL, type Alert } from './labels';
import { asText, isBlank } from './parts';
import { isDone } from '../done';

/** Excel comparison of text: case-insensitive. */
export function sameText(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

export interface AlertInput {
  /** "Trạng thái" as typed ("" when empty). */
  status: string;
  /** "Ngày hoàn thành" holds something. */
  hasDoneDate: boolean;
  /** "Hạn" as an ISO date, or null when the cell holds no date. */
  due: string | null;
  /** "Loại hạn" as written. */
  kindLabel: string;
}

/** A due-date cell as an ISO date: a date, or a number (Excel's serial, what ISNUMBER sees); null otherwise. */
export function dueIso(v: SpecValue | undefined): string | null {
  if (v && typeof v === 'object') return v.date;
  if (typeof v === 'number') return isoFromExcelSerial(v);
  return null;
}

/**
 * The alert inputs from a task row's cells ("Trạng thái", "Ngày hoàn thành", "Hạn", "Loại hạn"): used by the tracker
 * (its cached results) and by the roll-up (trackers read back), so both read a row the way the formula does.
 */
export function alertInputOf(v: {
  status?: SpecValue;
  doneDate?: SpecValue;
  due?: SpecValue;
  kind?: SpecValue;
}): AlertInput {
  return { status: asText(v.status), hasDoneDate: !isBlank(v.doneDate), due: dueIso(v.due), kindLabel: asText(v.kind) };
}

/** Done: the one rule of core/done.ts (the formula's first test: status "Hoàn thành" or a completion date). */
export { isDone } from '../done';

export function alertFor(input: AlertInput, today: string, soonDays: number): Alert {
  if (isDone(input)) return ALERT.done;
  if (sameText(input.status, STATUS.paused)) return ALERT.paused;
  // No due date, or one that is not a day: no date (the formula's ISNUMBER).
  const left = input.due ? daysBetween(today, input.due) : null;
  if (left === null) return sameText(input.kindLabel, KIND_LABEL.recurring) ? ALERT.ongoing : ALERT.noDate;
  if (left < 0) return ALERT.overdue;
  if (left <= soonDays) return ALERT.soon;
  return ALERT.onTrack;
}

/** Column letters and settings cells the alert formula reads. */
export interface AlertRefs {
  status: string;
  doneDate: string;
  due: string;
  kind: string;
  /** Absolute settings cells, e.g. "$E$2". */
  today: string;
  soon: string;
}

/** The "Cảnh báo" formula of sheet row `r` (no "="), built-in functions only. */
export function alertFormula(c: AlertRefs, r: number): string {
  const st = `${c.status}${r}`;
  const due = `${c.due}${r}`;
  const q = (s: string) => `"${s}"`;
  return (
    `IF(OR(${st}=${q(STATUS.done)},${c.doneDate}${r}<>""),${q(ALERT.done)},` +
    `IF(${st}=${q(STATUS.paused)},${q(ALERT.paused)},` +
    `IF(NOT(ISNUMBER(${due})),IF(${c.kind}${r}=${q(KIND_LABEL.recurring)},${q(ALERT.ongoing)},${q(ALERT.noDate)}),` +
    `IF(${due}<${c.today},${q(ALERT.overdue)},IF(${due}-${c.today}<=${c.soon},${q(ALERT.soon)},${q(ALERT.onTrack)})))))`
  );
}

/** "Còn lại (ngày)" formula of row `r`. */
export function daysLeftFormula(c: Pick<AlertRefs, 'due' | 'today'>, r: number): string {
  return `IF(ISNUMBER(${c.due}${r}),${c.due}${r}-${c.today},"")`;
}
