/** Deadline maths: CCHC.DEADLINE and CCHC.STATUS (functions.md; deadline kinds in domain.md). */
import {
  FUNCTION_YEARS,
  daysBetween,
  fold,
  inYears,
  parseIso,
  parseVnNumber,
  readDeadline,
  type Bilingual,
  type Deadline,
} from '../text';
import { DONE_WORDS, NOT_DONE_WORDS } from '../done';
import { argName, missing, outOfRange, quote } from './cells';
import { type Fail, type Result, fail, ok } from './result';

/** A date argument: a date cell (ISO) or text to read as a deadline. */
export type DateInput = { iso: string } | { text: string };

export type Status = 'Hoàn thành' | 'Quá hạn' | 'Sắp đến hạn' | 'Đang thực hiện' | 'Thường xuyên';

export const STATUS_EN: Readonly<Record<Status, string>> = {
  'Hoàn thành': 'Done',
  'Quá hạn': 'Overdue',
  'Sắp đến hạn': 'Due soon',
  'Đang thực hiện': 'In progress',
  'Thường xuyên': 'Ongoing',
};

/** "Đối số thời hạn (text): "Thường xuyên" — <the reader's reason, or ours>." */
function explain(error: 'value' | 'na', arg: string, text: string, d: Deadline, ours: Bilingual): Fail {
  const n = argName(arg);
  const why = d.reason ?? ours;
  return fail(
    error,
    { vi: `Đối số ${n.vi}: ${quote(text)} — ${why.vi}.`, en: `Argument ${n.en}: ${quote(text)} — ${why.en}.` },
    error === 'na' ? 'NO_DUE_DATE' : 'BAD_DEADLINE',
  );
}

/** The due date a deadline text means, or why there is none. */
function dueOfText(arg: string, text: string, year: number | null): Result<string> | { recurring: Deadline } {
  const d = readDeadline(text, year);
  switch (d.kind) {
    case 'date':
    case 'month':
    case 'quarter':
    case 'year':
    case 'multiple':
      if (d.date) return ok(d.date);
      return explain(
        'na',
        arg,
        text,
        { ...d, reason: undefined },
        { vi: 'thời hạn không ghi năm; hãy nhập đối số year (năm)', en: 'no year; enter the year argument' },
      );
    case 'recurring':
      return { recurring: d };
    case 'event':
      return explain('na', arg, text, d, {
        vi: 'hạn theo sự kiện, không có ngày cố định',
        en: 'depends on an event, no fixed date',
      });
    case 'invalid':
      return explain('value', arg, text, d, { vi: 'ngày không tồn tại', en: 'a date that does not exist' });
    default:
      return explain('value', arg, text, d, { vi: 'không đọc được thời hạn', en: 'unreadable deadline' });
  }
}

function recurringFail(arg: string, text: string, d: Deadline): Fail {
  return explain('na', arg, text, d, {
    vi: 'nhiệm vụ thường xuyên/định kỳ, không có ngày cố định',
    en: 'recurring, no fixed due date',
  });
}

/** CCHC.DEADLINE: the due date (ISO) a deadline cell means; a date cell is its own deadline. */
export function cchcDeadline(input: DateInput | null, year?: number | null): Result<string> {
  if (input === null)
    return fail(
      'na',
      { vi: 'Ô thời hạn trống: không có ngày hạn.', en: 'The deadline cell is empty: no due date.' },
      'NO_DUE_DATE',
    );
  if ('iso' in input) return ok(input.iso);
  if (year !== null && year !== undefined && !inYears(year, FUNCTION_YEARS))
    return outOfRange('year', year, { vi: 'không phải là năm', en: 'is not a year' }, 'NOT_A_YEAR');
  const r = dueOfText('text', input.text, year ?? null);
  if ('recurring' in r) return recurringFail('text', input.text, r.recurring);
  return r;
}

/**
 * `done` of CCHC.STATUS: TRUE, a date, 100 % (or more), "x" and the usual words mean done; the words and the
 * tracker's rule live in core/done.ts (one meaning of done).
 */
export function doneArgument(done: number | string | boolean | null): Result<boolean> {
  if (done === null) return ok(false);
  if (typeof done === 'boolean') return ok(done);
  if (typeof done === 'number') {
    if (!Number.isFinite(done) || done < 0) return outOfRange('done', done, { vi: 'không hợp lệ', en: 'is not valid' });
    return ok(done >= 1); // 1 = 100 %; a date cell arrives as its serial (≥ 1)
  }
  const key = fold(done).replace(/[.!]+$/, '');
  if (DONE_WORDS.has(key) || /^[✓✔☑✗✘]$/.test(key)) return ok(true);
  if (NOT_DONE_WORDS.has(key)) return ok(false);
  const n = parseVnNumber(done);
  if (n !== null) return doneArgument(n);
  if (parseIso(key)) return ok(true);
  const d = readDeadline(done, null);
  if (d.kind === 'date' && d.date) return ok(true);
  const a = argName('done');
  return fail(
    'value',
    {
      vi: `Đối số ${a.vi}: ${quote(done)} không rõ đã hoàn thành hay chưa (dùng TRUE, "x", 100% hoặc ngày hoàn thành).`,
      en: `Argument ${a.en}: ${quote(done)} does not say whether the task is done (use TRUE, "x", 100% or a date).`,
    },
    'NOT_VALID',
  );
}

/**
 * CCHC.STATUS: "Hoàn thành" when done; else "Quá hạn" when due < today; "Sắp đến hạn" when due − today ≤ soonDays
 * (default 14); else "Đang thực hiện". Deadline text is read like CCHC.DEADLINE with today's year as the plan year;
 * recurring text → "Thường xuyên".
 */
export function cchcStatus(
  due: DateInput | null,
  done: number | string | boolean | null,
  todayIso: string,
  soonDays?: number | null,
): Result<Status> {
  const d = doneArgument(done);
  if ('error' in d) return d;
  if (d.value) return ok('Hoàn thành');
  const today = parseIso(todayIso);
  if (!today) return outOfRange('today', todayIso, { vi: 'không phải là ngày', en: 'is not a date' }, 'NOT_A_DATE');
  const soon = soonDays === null || soonDays === undefined ? 14 : soonDays;
  if (soon < 0) return outOfRange('soonDays', soonDays, { vi: 'không được âm', en: 'must not be negative' });
  if (due === null) return missing('due');
  let dueIso: string;
  if ('iso' in due) dueIso = due.iso;
  else {
    const r = dueOfText('due', due.text, today.y);
    if ('recurring' in r) return ok('Thường xuyên');
    if ('error' in r) return r;
    dueIso = r.value;
  }
  const days = daysBetween(todayIso, dueIso);
  if (days === null) return outOfRange('due', dueIso, { vi: 'không phải là ngày', en: 'is not a date' }, 'NOT_A_DATE');
  if (days < 0) return ok('Quá hạn');
  if (days <= soon) return ok('Sắp đến hạn');
  return ok('Đang thực hiện');
}
