/**
 * The one status model: every task of a plan is in exactly one bucket, and every place that counts (the tracker's
 * "Cảnh báo" formula and its cached results, "Tổng hợp", the CLI summary, the page's result and chart, the roll-up
 * sheets, JSON and page) uses these buckets, these words and this order, so the counts add up to the task count.
 * A row's bucket is computed the way the sheet's formula computes it: keep `alertFormula` and `bucketOf` in step.
 */
import type { SpecValue } from '../sheetspec';
import { daysBetween, isoFromExcelSerial } from '../text';
import { ALERT, STATUS, type Alert, type BucketKey } from './labels';
import { asText, isBlank } from './parts';
import { isDone } from '../done';

export type { BucketKey } from './labels';

/** The buckets in their one order, with their words (Vietnamese as the tracker writes it, English). */
export const BUCKETS: ReadonlyArray<{ key: BucketKey; vi: Alert; en: string }> = [
  { key: 'done', vi: ALERT.done, en: 'Done' },
  { key: 'paused', vi: ALERT.paused, en: 'Paused' },
  { key: 'overdue', vi: ALERT.overdue, en: 'Overdue' },
  { key: 'dueSoon', vi: ALERT.dueSoon, en: 'Due soon' },
  { key: 'onTrack', vi: ALERT.onTrack, en: 'On track' },
  { key: 'notUpdated', vi: ALERT.notUpdated, en: 'Not yet updated' },
  { key: 'noDate', vi: ALERT.noDate, en: 'No fixed date' },
];
export const BUCKET_KEYS: BucketKey[] = BUCKETS.map((b) => b.key);

/** How many tasks are in each bucket. */
export type BucketCounts = Record<BucketKey, number>;

export function emptyBuckets(): BucketCounts {
  return { done: 0, paused: 0, overdue: 0, dueSoon: 0, onTrack: 0, notUpdated: 0, noDate: 0 };
}

/** The sum over the buckets: the number of tasks counted. */
export function bucketTotal(c: BucketCounts): number {
  return BUCKET_KEYS.reduce((a, k) => a + c[k], 0);
}

/** The bucket a "Cảnh báo" word names; null for the removed marker, an empty cell or any other text. */
export function bucketOfAlert(word: string): BucketKey | null {
  const t = word.trim();
  return BUCKETS.find((b) => b.vi === t)?.key ?? null;
}

/** Excel comparison of text: case-insensitive (the formula TRIMs the status as well). */
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
}

/** A due-date cell as an ISO date: a date, or a number (Excel's serial, what ISNUMBER sees); null otherwise. */
export function dueIso(v: SpecValue | undefined): string | null {
  if (v && typeof v === 'object') return v.date;
  if (typeof v === 'number') return isoFromExcelSerial(v);
  return null;
}

/**
 * The alert inputs from a task row's cells ("Trạng thái", "Ngày hoàn thành", "Hạn"): used by the tracker (its cached
 * results) and by the roll-up (trackers read back, also those an older chiso wrote), so both read a row the way the
 * formula does. "Loại hạn" no longer changes the bucket (recurring and undated tasks are both "no fixed date").
 */
export function alertInputOf(v: { status?: SpecValue; doneDate?: SpecValue; due?: SpecValue }): AlertInput {
  return { status: asText(v.status), hasDoneDate: !isBlank(v.doneDate), due: dueIso(v.due) };
}

/** Done: the one rule of core/done.ts (the formula's first test: status "Hoàn thành" or a completion date). */
export { isDone } from '../done';

/** The bucket of a task row as of `today` (ISO) with a due-soon window of `soonDays`. */
export function bucketOf(input: AlertInput, today: string, soonDays: number): BucketKey {
  if (isDone(input)) return 'done';
  if (sameText(input.status, STATUS.paused)) return 'paused';
  // No due date, or one that is not a day: no fixed date (the formula's ISNUMBER).
  const left = input.due ? daysBetween(today, input.due) : null;
  if (left === null) return 'noDate';
  if (left < 0) return 'overdue';
  if (left <= soonDays) return 'dueSoon';
  return input.status.trim() === '' ? 'notUpdated' : 'onTrack';
}

/** The "Cảnh báo" word of a task row (the bucket's Vietnamese word). */
export function alertFor(input: AlertInput, today: string, soonDays: number): Alert {
  return ALERT[bucketOf(input, today, soonDays)];
}

/** Column letters and settings cells the alert formula reads. */
export interface AlertRefs {
  status: string;
  doneDate: string;
  due: string;
  /** Absolute settings cells, e.g. "$E$2". */
  today: string;
  soon: string;
}

/**
 * A row formula built once per set of references and filled in for each row by one join: each row's text is then a
 * single flat string, where a template per row left a tree of dozens of pieces (and its own copies of the quoted
 * words) — a third of the task tracker's memory at 100,000 tasks.
 */
const ROW_MARK = '\u0000';
function perRow<C extends object>(build: (c: C, r: string) => string): (c: C, r: number) => string {
  const made = new WeakMap<C, string[]>();
  return (c, r) => {
    let parts = made.get(c);
    if (!parts) made.set(c, (parts = build(c, ROW_MARK).split(ROW_MARK)));
    return parts.join(String(r));
  };
}

/** The "Cảnh báo" formula of sheet row `r` (no "="), built-in functions only; the same tests as `bucketOf`. */
export const alertFormula: (c: AlertRefs, r: number) => string = perRow(alertFormulaText);

function alertFormulaText(c: AlertRefs, r: string): string {
  const st = `TRIM(${c.status}${r})`;
  const due = `${c.due}${r}`;
  const q = (s: string) => `"${s}"`;
  return (
    `IF(OR(${st}=${q(STATUS.done)},${c.doneDate}${r}<>""),${q(ALERT.done)},` +
    `IF(${st}=${q(STATUS.paused)},${q(ALERT.paused)},` +
    `IF(NOT(ISNUMBER(${due})),${q(ALERT.noDate)},` +
    `IF(${due}<${c.today},${q(ALERT.overdue)},IF(${due}-${c.today}<=${c.soon},${q(ALERT.dueSoon)},` +
    `IF(${st}="",${q(ALERT.notUpdated)},${q(ALERT.onTrack)}))))))`
  );
}

/** "Còn lại (ngày)" formula of row `r`. */
export const daysLeftFormula: (c: Pick<AlertRefs, 'due' | 'today'>, r: number) => string = perRow(
  (c: Pick<AlertRefs, 'due' | 'today'>, r: string) => `IF(ISNUMBER(${c.due}${r}),${c.due}${r}-${c.today},"")`,
);

/** The buckets on one line, in the model's order: "Hoàn thành / Done: 2 · Tạm dừng / Paused: 0 · …". */
export function bucketLine(c: BucketCounts): string {
  return BUCKETS.map((b) => `${b.vi} / ${b.en}: ${c[b.key]}`).join(' · ');
}
