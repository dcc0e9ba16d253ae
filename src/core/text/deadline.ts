/**
 * The deadline reader (docs/domain.md, "Deadlines"): free text from a "Tiến độ hoàn thành" cell → kind + due date.
 *
 * The grammar lives in deadline-rules.ts as tables; this file applies them. Decisions (tested in
 * test/core/text/deadline.test.ts):
 * - Matching is on folded text, so missing diacritics, Hàng/Hằng/háng, line breaks and trailing dots do not matter.
 * - Years: 4 digits, or 2 digits after a day/month/quarter ("15/12/25" → 2025). A year outside 1990–2100 makes the
 *   deadline `invalid` (it is a typo an official should fix), as does a day, month or quarter that does not exist
 *   ("31/11/2025", "tháng 13/2025", "Quý 5/2025"). An invalid mention wins over everything else in the text.
 * - A mention without a year ("Tháng 7", "Quý IV", "Trong năm", "trước 15/6") takes the nearest year written in the
 *   same text (the next one first: "Trước 15/6 và 15/12/2025"), else the plan year, else its date stays null
 *   (reasonCode 'no-year') while the kind is kept.
 * - A recurring or event marker ("Thường xuyên", "Hằng quý", "Sau khi …", "Theo hướng dẫn …") wins over weak
 *   mentions (no year of their own, or a whole year: "Thường xuyên trong năm 2025" is recurring), but a day, month,
 *   quarter or half-year with its own year wins over markers ("Theo hướng dẫn …, trước 15/12/2025" is a date);
 *   then `period` still tells the recurring period when one was written.
 * - Two or more different due dates → `multiple`: `date` is the earliest, `dates` all of them (sorted). A whole-year
 *   mention beside more precise ones is dropped ("Trong năm 2025, trước 15/12/2025" → 15/12). Two mentions joined
 *   by "đến"/"tới" ("(Từ) tháng 6 đến (hết) tháng 9/2025"), or by a dash after "từ", are a range: its end is the due
 *   date. A bare dash without "từ" stays `multiple` ("- Tháng 6/2025 … - Tháng 7/2025" lists two due dates).
 * - "6 tháng đầu/cuối năm" → kind 'quarter' (a half ends with a quarter) with period 'half'.
 * - Empty text → 'unknown' (reasonCode 'empty'); callers usually skip empty cells.
 */
import type { Bilingual } from './bilingual';
import { cleanText, fold } from './normalize';
import { isoDate, lastDayOfMonth, monthEnd, quarterEnd } from './date';
import { MARKER_RULES, MENTION_RULES, type MarkerRule, type Period, type RawMention } from './deadline-rules';
import { TEXT_YEARS } from './years';

export type { Period } from './deadline-rules';

export type DeadlineKind =
  'date' | 'month' | 'quarter' | 'year' | 'multiple' | 'recurring' | 'event' | 'invalid' | 'unknown';

export const DEADLINE_KINDS: readonly DeadlineKind[] = [
  'date',
  'month',
  'quarter',
  'year',
  'multiple',
  'recurring',
  'event',
  'invalid',
  'unknown',
];

export type DeadlineReasonCode =
  'empty' | 'no-date' | 'no-year' | 'bad-day' | 'bad-month' | 'bad-quarter' | 'year-range' | 'recurring' | 'event';

export interface Deadline {
  kind: DeadlineKind;
  /** ISO due date (the earliest for `multiple`); null when none is fixed. */
  date: string | null;
  /** Every due date read, sorted, unique ([] for recurring/event/unknown). */
  dates: string[];
  /** The text as read (cleanText). */
  text: string;
  period?: Period;
  /** Why there is no date, in both languages; also set for `invalid`. */
  reason?: Bilingual;
  /** Stable code of the reason, for callers and tests. */
  reasonCode?: DeadlineReasonCode;
}

export const MIN_YEAR = TEXT_YEARS.min;
export const MAX_YEAR = TEXT_YEARS.max;

type Dated = Exclude<RawMention, { kind: 'ignore' }>;

interface Found {
  raw: Dated;
  start: number;
  end: number;
}

interface Reason extends Bilingual {
  code: DeadlineReasonCode;
}

interface Resolved {
  kind: 'date' | 'month' | 'quarter' | 'year';
  half: boolean;
  date: string | null;
  /** The year was written in this mention. */
  explicit: boolean;
  invalid?: Reason;
  start: number;
  end: number;
}

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const REASONS: Record<'empty' | 'no-date' | 'no-year' | 'recurring' | 'event', Reason> = {
  empty: { code: 'empty', vi: 'Ô thời hạn để trống', en: 'the deadline cell is empty' },
  'no-date': {
    code: 'no-date',
    vi: 'Không đọc được thời hạn: không thấy ngày, tháng, quý hay năm',
    en: 'unreadable deadline: no day, month, quarter or year found',
  },
  'no-year': {
    code: 'no-year',
    vi: 'Thời hạn không ghi năm và chưa biết năm của kế hoạch',
    en: 'the deadline has no year and the plan year is not known',
  },
  recurring: {
    code: 'recurring',
    vi: 'Nhiệm vụ thường xuyên/định kỳ, không có ngày cố định',
    en: 'recurring task, no fixed due date',
  },
  event: {
    code: 'event',
    vi: 'Thời hạn phụ thuộc sự kiện hoặc văn bản khác; cần đặt ngày cụ thể',
    en: 'the due date depends on an event or another document; set one',
  },
};

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function yearOk(y: number): boolean {
  return Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;
}

/** All dated mentions in folded text, in text order; earlier rules win where matches overlap. */
function findMentions(folded: string): Found[] {
  const taken: Array<[number, number]> = [];
  const found: Found[] = [];
  for (const rule of MENTION_RULES) {
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(folded)) !== null) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      const start = m.index + (m.groups?.pre?.length ?? 0);
      const end = m.index + m[0].length;
      if (taken.some(([s, e]) => start < e && s < end)) continue;
      const raw = rule.read(m);
      if (raw === null) continue;
      taken.push([start, end]);
      if (raw.kind !== 'ignore') found.push({ raw, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The year a mention without one takes: the next written year in the text, else the previous, else the plan's. */
function borrowedYear(found: Found[], i: number, planYear: number | null): number | null {
  for (let j = i + 1; j < found.length; j++) {
    const y = found[j].raw.y;
    if (y !== null && yearOk(y)) return y;
  }
  for (let j = i - 1; j >= 0; j--) {
    const y = found[j].raw.y;
    if (y !== null && yearOk(y)) return y;
  }
  return planYear;
}

function resolve(f: Found, y: number | null, explicit: boolean): Resolved {
  const raw = f.raw;
  const base = { start: f.start, end: f.end, explicit, half: false };
  const kind = raw.kind === 'half' ? 'quarter' : raw.kind;
  const invalid = (reason: Reason): Resolved => ({ ...base, kind, date: null, invalid: reason });
  const badMonth = (m: number) =>
    invalid({ code: 'bad-month', vi: `Tháng ${m} không tồn tại`, en: `month ${m} does not exist` });
  if (explicit && y !== null && !yearOk(y)) {
    return invalid({
      code: 'year-range',
      vi: `Năm ${y} nằm ngoài khoảng ${MIN_YEAR}–${MAX_YEAR}`,
      en: `the year ${y} is outside ${MIN_YEAR}–${MAX_YEAR}`,
    });
  }
  switch (raw.kind) {
    case 'date': {
      if (raw.m < 1 || raw.m > 12) return badMonth(raw.m);
      const maxDay = lastDayOfMonth(y ?? 2000, raw.m);
      if (raw.d < 1 || raw.d > maxDay) {
        const shown = `${pad2(raw.d)}/${pad2(raw.m)}${y !== null ? `/${y}` : ''}`;
        return invalid({
          code: 'bad-day',
          vi: `Ngày ${shown} không tồn tại (tháng ${raw.m}${y !== null ? `/${y}` : ''} có ${maxDay} ngày)`,
          en: `the day ${shown} does not exist (${MONTHS_EN[raw.m - 1]}${y !== null ? ` ${y}` : ''} has ${maxDay} days)`,
        });
      }
      return { ...base, kind, date: y === null ? null : isoDate(y, raw.m, raw.d) };
    }
    case 'month':
      if (raw.m < 1 || raw.m > 12) return badMonth(raw.m);
      return { ...base, kind, date: y === null ? null : monthEnd(y, raw.m) };
    case 'quarter':
      if (raw.q < 1 || raw.q > 4) {
        return invalid({
          code: 'bad-quarter',
          vi: `Quý ${raw.q} không tồn tại`,
          en: `quarter ${raw.q} does not exist`,
        });
      }
      return { ...base, kind, date: y === null ? null : quarterEnd(y, raw.q) };
    case 'half':
      return {
        ...base,
        kind,
        half: true,
        date: y === null ? null : raw.h === 1 ? isoDate(y, 6, 30) : isoDate(y, 12, 31),
      };
    case 'year':
      return { ...base, kind, date: y === null ? null : isoDate(y, 12, 31) };
  }
}

function firstMarker(folded: string): { rule: MarkerRule; at: number } | null {
  let best: { rule: MarkerRule; at: number } | null = null;
  for (const rule of MARKER_RULES) {
    const m = rule.re.exec(folded);
    if (!m) continue;
    const at = m.index + (m.groups?.pre?.length ?? 0);
    if (best === null || at < best.at) best = { rule, at };
  }
  return best;
}

function markerPeriod(rule: MarkerRule, folded: string): Period | undefined {
  return typeof rule.period === 'function' ? rule.period(folded) : rule.period;
}

function withReason(d: Deadline, r: Reason): Deadline {
  return { ...d, reason: { vi: r.vi, en: r.en }, reasonCode: r.code };
}

/** "tu [ngay|thang|quy]" just before the first mention. */
const RANGE_START = /(?:^|\s)tu(?:\s*(?:ngay|thang|quy))?\s*$/;
/** What may stand between the two ends of a range: "den", "den het", "toi", a dash (the dash only after "tu"). */
const RANGE_WORD_JOIN = /^\s*(?:den|toi)(?:\s*het)?(?:\s*(?:ngay|thang|quy))?\s*$/;
const RANGE_DASH_JOIN = /^\s*[-–—]\s*(?:ngay|thang|quy)?\s*$/;

/** "Từ tháng 6 đến tháng 9/2025", "tháng 6 đến hết tháng 9/2025", "từ 01/6 - 30/9/2025": a range, due at its end. */
function isRange(folded: string, a: Resolved, b: Resolved): boolean {
  const join = folded.slice(a.end, b.start);
  if (RANGE_WORD_JOIN.test(join)) return true;
  return RANGE_DASH_JOIN.test(join) && RANGE_START.test(folded.slice(0, a.start));
}

function uniqueSorted(values: Array<string | null>): string[] {
  return [...new Set(values.filter((v): v is string => v !== null))].sort();
}

function datedResult(text: string, folded: string, list: Resolved[], period: Period | undefined): Deadline {
  let use = list.some((r) => r.kind !== 'year') ? list.filter((r) => r.kind !== 'year') : list;
  if (use.length === 2 && isRange(folded, use[0], use[1])) use = [use[1]];
  const dates = uniqueSorted(use.map((r) => r.date));
  const first = use[0];
  const halfPeriod = use.length === 1 && first.half ? 'half' : undefined;
  const out: Deadline = {
    kind: dates.length >= 2 ? 'multiple' : first.kind,
    date: dates.length > 0 ? dates[0] : null,
    dates,
    text,
  };
  const p = period ?? halfPeriod;
  if (p !== undefined) out.period = p;
  return out.date === null ? withReason(out, REASONS['no-year']) : out;
}

/**
 * Reads a deadline cell. `planYear` is the plan's year for mentions without one ("Quý IV", "Trong năm").
 * Never throws; always returns one of DEADLINE_KINDS.
 */
export function readDeadline(text: string, planYear?: number | null): Deadline {
  const clean = typeof text === 'string' ? cleanText(text) : '';
  if (clean === '') return withReason({ kind: 'unknown', date: null, dates: [], text: clean }, REASONS.empty);
  const folded = fold(clean);
  const year = typeof planYear === 'number' && yearOk(planYear) ? planYear : null;

  const found = findMentions(folded);
  const resolved = found.map((f, i) =>
    f.raw.y !== null ? resolve(f, f.raw.y, true) : resolve(f, borrowedYear(found, i, year), false),
  );

  const invalid = resolved.find((r) => r.invalid !== undefined);
  if (invalid?.invalid) {
    const dates = uniqueSorted(resolved.map((r) => r.date));
    return withReason({ kind: 'invalid', date: null, dates, text: clean }, invalid.invalid);
  }

  const marker = firstMarker(folded);
  const period = marker && marker.rule.kind === 'recurring' ? markerPeriod(marker.rule, folded) : undefined;
  if (resolved.some((r) => r.explicit && r.kind !== 'year')) return datedResult(clean, folded, resolved, period);
  if (marker) {
    const out: Deadline = { kind: marker.rule.kind, date: null, dates: [], text: clean };
    if (period !== undefined) out.period = period;
    return withReason(out, marker.rule.kind === 'recurring' ? REASONS.recurring : REASONS.event);
  }
  if (resolved.length > 0) return datedResult(clean, folded, resolved, undefined);
  return withReason({ kind: 'unknown', date: null, dates: [], text: clean }, REASONS['no-date']);
}

const YEAR_IN_TEXT = /(?:^|\D)(\d{4})(?!\d)/g;

/** Four-digit years between 1990 and 2100 written in the text, in order of appearance, without repeats. */
export function yearsInText(text: string): number[] {
  if (typeof text !== 'string' || text === '') return [];
  const out: number[] = [];
  YEAR_IN_TEXT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = YEAR_IN_TEXT.exec(text)) !== null) {
    const y = Number(m[1]);
    if (yearOk(y) && !out.includes(y)) out.push(y);
  }
  return out;
}
