/**
 * "Done", one rule (issue 18) for the tracker's "Cảnh báo" and its formula, the roll-up, next year's plan and
 * CCHC.STATUS: a task is done when its status says "Hoàn thành" or a completion is recorded (a completion date).
 * The tracker reads the two from two cells; CCHC.STATUS takes them in one argument, so it also reads the usual ways
 * of writing either (TRUE, 100 %, "x", "xong", a date). Every word of the tracker's status list means the same in
 * both: "Hoàn thành" is done; "Chưa bắt đầu", "Đang thực hiện" and "Tạm dừng" are not.
 */
import { fold } from './text';
import { STATUS } from './tracker/labels';

/** The status cell says done: "Hoàn thành" in any case, spaces around ignored (as the sheet's formula compares). */
export function isDoneStatus(status: string): boolean {
  return status.trim().toLowerCase() === STATUS.done.toLowerCase();
}

/** A tracker row is done: its status says "Hoàn thành" or its completion date holds something. */
export function isDone(row: { status: string; hasDoneDate: boolean }): boolean {
  return isDoneStatus(row.status) || row.hasDoneDate;
}

/** Folded words that mean done in CCHC.STATUS's `done`: the status list's done word first. */
export const DONE_WORDS: ReadonlySet<string> = new Set([
  fold(STATUS.done),
  'x',
  'v',
  'co',
  'roi',
  'xong',
  'da xong',
  'da hoan thanh',
  'dat',
  'done',
  'yes',
  'true',
  'ok',
]);

/** Folded words that mean not done: the status list's other words, and the usual "no". */
export const NOT_DONE_WORDS: ReadonlySet<string> = new Set([
  '',
  fold(STATUS.notStarted),
  fold(STATUS.inProgress),
  fold(STATUS.paused),
  'chua',
  'khong',
  'chua xong',
  'chua hoan thanh',
  'no',
  'false',
]);
