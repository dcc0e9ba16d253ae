/**
 * The deadline grammar as data: ordered tables of patterns on FOLDED text (see `fold`: lower case, no diacritics,
 * đ → d, one space between words). To support a new wording, add a row; the reader (deadline.ts) does not change.
 *
 * Two tables:
 * - MENTION_RULES find dated mentions (a day, a month, a quarter, a half-year, a year, or text to ignore such as a
 *   document number "số 12/KH-UBND ngày 15/3/2025"). Earlier rules win where matches overlap.
 * - MARKER_RULES find words that make a deadline recurring ("thường xuyên", "hằng quý") or event-bound ("sau khi",
 *   "theo hướng dẫn", "trước bầu cử", "sau Đại hội"). The marker that appears first in the text wins; ties go to the
 *   earlier rule.
 */

export type Period = 'year' | 'half' | 'quarter' | 'month' | 'week' | 'day';

/** What one mention says before the year is resolved; `y` null = the year must come from elsewhere. */
export type RawMention =
  | { kind: 'date'; y: number | null; m: number; d: number }
  | { kind: 'month'; y: number | null; m: number }
  | { kind: 'quarter'; y: number | null; q: number }
  | { kind: 'half'; y: number | null; h: 1 | 2 }
  | { kind: 'year'; y: number | null }
  | { kind: 'ignore' };

export interface MentionRule {
  id: string;
  /** Global regex on folded text. */
  re: RegExp;
  /** Reads a match; null = not a mention after all (e.g. "15/2025" is not a month). */
  read: (m: RegExpExecArray) => RawMention | null;
}

export interface MarkerRule {
  id: string;
  kind: 'recurring' | 'event';
  /** Non-global regex on folded text. */
  re: RegExp;
  /** Period of a recurring marker; a function reads it from the whole folded text. */
  period?: Period | ((folded: string) => Period | undefined);
}

const ROMAN_QUARTER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** 2- or 4-digit year text → full year ("25" → 2025); undefined text → null. */
export function fullYear(text: string | undefined): number | null {
  if (text === undefined || text === '') return null;
  const n = Number(text);
  return text.length <= 2 ? 2000 + n : n;
}

function quarterNumber(text: string): number {
  return ROMAN_QUARTER[text] ?? Number(text);
}

/** A named group of a match ("" when it did not take part). */
function g(m: RegExpExecArray, name: string): string {
  return m.groups?.[name] ?? '';
}

function num(m: RegExpExecArray, name: string): number {
  return Number(g(m, name));
}

function yearOf(m: RegExpExecArray, name = 'y'): number | null {
  return fullYear(g(m, name) || undefined);
}

/*
 * No look-behind anywhere (Safari before 16.4, hence Excel on older Macs, cannot even parse it): a left boundary is
 * a consumed group named `pre`, and the reader starts a mention after it.
 */
/** Left boundary: start of text or a character that is not a letter or digit. */
const L = '(?<pre>^|[^a-z0-9])';
/** Left boundary for numbers: not after a digit or a separator. */
const LN = '(?<pre>^|[^\\d/.,])';
/** Right boundary. */
const R = '(?![a-z0-9])';
/** A year after a day/month/quarter: "/2025", "-25", " nam 2025", ", nam 2025". */
const YEAR_TAIL = '(?:\\s*(?:\\/|-|\\.|,?\\s*nam)\\s*(?<y>\\d{4}|\\d{2})(?![\\d\\/]))?';

/** Codes that open the type part of a Vietnamese document number (QĐ, KH, NQ, NĐ, TT, CT, …), folded. */
const DOC_CODE =
  '(?:qd|kh|nq|nd|tt|ttg|ttlt|ct|tb|bc|cv|hd|hdnd|ubnd|ub|bnv|btc|bkhdt|bca|bqp|vpcp|vp|tw|cp|qh|ubtvqh|snv|stc|kl|qc|da|ttr|dt|tccb|sy)(?![a-z])';

function rx(source: string, flags = 'g'): RegExp {
  return new RegExp(source, flags);
}

export const MENTION_RULES: MentionRule[] = [
  {
    // Document references are not deadlines: "so 12/kh-ubnd ngay 15/3/2025", "61/2018/nd-cp", "66-nq/tw ngay 30/4/2025".
    // The part after the number must start with a document-type code, so "thang 7/2025-ubnd cap xa" stays a month.
    id: 'document-reference',
    re: rx(
      `(?<pre>^|[^a-z0-9/.-])(?:so\\s*)?\\d+(?:(?:\\/\\d+)*\\/|-)${DOC_CODE}(?:[/-][a-z0-9]+)*` +
        '(?:\\s*,?\\s*ngay\\s+(?:\\d{1,2}\\s*\\/\\s*\\d{1,2}\\s*\\/\\s*\\d{2,4}|\\d{1,2}\\s+thang\\s+\\d{1,2}\\s+nam\\s+\\d{4}))?',
    ),
    read: () => ({ kind: 'ignore' }),
  },
  {
    id: 'iso-date', // 2025-12-15
    re: rx('(?<pre>^|\\D)(?<y>\\d{4})-(?<m>\\d{1,2})-(?<d>\\d{1,2})(?!\\d)'),
    read: (m) => ({ kind: 'date', y: num(m, 'y'), m: num(m, 'm'), d: num(m, 'd') }),
  },
  {
    id: 'date-in-words', // ngay 15 thang 12 nam 2025; ngay 15 thang 12
    re: rx(`${L}ngay\\s*(?<d>\\d{1,2})\\s*thang\\s*(?<m>\\d{1,2})(?!\\d)${YEAR_TAIL}`),
    read: (m) => ({ kind: 'date', y: yearOf(m), m: num(m, 'm'), d: num(m, 'd') }),
  },
  {
    id: 'day-month-year', // 15/12/2025, 15-12-2025, 15/12/25
    re: rx(
      `${LN}(?<d>\\d{1,2})(?:\\s*\\/\\s*(?<m>\\d{1,2})\\s*\\/\\s*|-(?<m2>\\d{1,2})-)(?<y>\\d{4}|\\d{2})(?![\\d/])`,
    ),
    read: (m) => ({ kind: 'date', y: yearOf(m), m: Number(g(m, 'm') || g(m, 'm2')), d: num(m, 'd') }),
  },
  {
    id: 'day-month-year-dots', // 15.12.2025 (four-digit year only: "2.4.10" is a numbering)
    re: rx(`${LN}(?<d>\\d{1,2})\\.(?<m>\\d{1,2})\\.(?<y>\\d{4})(?![\\d/.])`),
    read: (m) => ({ kind: 'date', y: num(m, 'y'), m: num(m, 'm'), d: num(m, 'd') }),
  },
  {
    // A day and month without a year, after a word that makes it a date: "truoc 15/6", "ngay 15/12", "va 15/6".
    id: 'day-month',
    re: rx(
      '(?<pre>(?:^|[\\s,;(])(?:ngay|truoc|den|han|va|tu|hoac|nhat|het|sau|,|;|-)\\s*)(?<d>\\d{1,2})\\s*\\/\\s*(?<m>\\d{1,2})(?![\\d/])',
    ),
    read: (m) => {
      const d = num(m, 'd');
      const mo = num(m, 'm');
      return d >= 1 && d <= 31 && mo >= 1 && mo <= 12 ? { kind: 'date', y: null, m: mo, d } : null;
    },
  },
  {
    id: 'day-month-alone', // the whole cell is "31/12"
    re: rx('^(?<d>\\d{1,2})\\s*\\/\\s*(?<m>\\d{1,2})\\.?$'),
    read: (m) => ({ kind: 'date', y: null, m: num(m, 'm'), d: num(m, 'd') }),
  },
  {
    id: 'half-year', // 6 thang dau nam 2025; sau thang cuoi nam
    re: rx(`${L}(?:6|06|sau)\\s*thang\\s*(?<h>dau|cuoi)\\s*(?:cua\\s*)?nam(?:\\s*(?<y>\\d{4}))?${R}`),
    read: (m) => ({ kind: 'half', y: yearOf(m), h: g(m, 'h') === 'dau' ? 1 : 2 }),
  },
  {
    id: 'quarter', // quy ii/2025, quy 2/2025, quy iv, quy iii nam 2025, qui 4-2025
    re: rx(`${L}qu[yi]\\s*(?<q>iv|iii|ii|i|\\d{1,2})${R}${YEAR_TAIL}`),
    read: (m) => ({ kind: 'quarter', y: yearOf(m), q: quarterNumber(g(m, 'q')) }),
  },
  {
    id: 'quarter-q', // q4/2025, q2-2025
    re: rx(`${L}q(?<q>[1-4])(?:\\s*[/-]\\s*(?<y>\\d{4}))?${R}`),
    read: (m) => ({ kind: 'quarter', y: yearOf(m), q: num(m, 'q') }),
  },
  {
    id: 'month', // thang 7/2025, thang 7 nam 2025, thang 07, thang 7
    re: rx(`${L}thang\\s*(?<m>\\d{1,2})(?!\\d)${YEAR_TAIL}`),
    read: (m) => ({ kind: 'month', y: yearOf(m), m: num(m, 'm') }),
  },
  {
    id: 'month-year', // 6/2025, 06/2025
    re: rx(`${LN}(?<m>\\d{1,2})\\s*\\/\\s*(?<y>\\d{4})(?![\\d/])`),
    read: (m) => {
      const mo = num(m, 'm');
      return mo >= 1 && mo <= 12 ? { kind: 'month', y: num(m, 'y'), m: mo } : null;
    },
  },
  {
    id: 'start-of-year', // dau nam 2025 → by the end of quarter I
    re: rx(`${L}dau\\s*nam(?:\\s*(?<y>\\d{4}))?${R}`),
    read: (m) => ({ kind: 'quarter', y: yearOf(m), q: 1 }),
  },
  {
    id: 'period-range', // giai doan 2021-2025 → 2025
    re: rx(`${L}giai\\s*doan\\s*\\d{4}\\s*-\\s*(?<y>\\d{4})(?!\\d)`),
    read: (m) => ({ kind: 'year', y: num(m, 'y') }),
  },
  {
    id: 'year', // trong nam 2025, nam 2025, ca nam 2025, cuoi nam 2025
    re: rx(`${L}(?:(?:trong|ca|cuoi|het)\\s*)?nam\\s*(?<y>\\d{4})(?![\\d/])`),
    read: (m) => ({ kind: 'year', y: num(m, 'y') }),
  },
  {
    id: 'year-of-plan', // trong nam, ca nam, cuoi nam, nam nay
    re: rx(`${L}(?:(?:trong|ca|cuoi|het)\\s*nam|nam\\s*nay)${R}`),
    read: () => ({ kind: 'year', y: null }),
  },
  {
    id: 'year-alone', // the whole cell is "2025"
    re: rx('^(?<y>\\d{4})\\.?$'),
    read: (m) => ({ kind: 'year', y: num(m, 'y') }),
  },
];

/** Period words after "định kỳ" and the like, in order of preference. */
const PERIOD_WORDS: Array<[RegExp, Period]> = [
  [/(?:^|[^a-z0-9])(?:6|06|sau)\s*thang|nua\s*nam/, 'half'],
  [/(?:^|[^a-z])qu[yi](?![a-z])/, 'quarter'],
  [/(?:^|[^a-z])thang(?![a-z])/, 'month'],
  [/(?:^|[^a-z])tuan(?![a-z])/, 'week'],
  [/(?:^|[^a-z])nam(?![a-z])/, 'year'],
];

/** The period a recurring text names ("định kỳ 6 tháng" → half), if any. */
export function periodIn(folded: string): Period | undefined {
  for (const [re, period] of PERIOD_WORDS) if (re.test(folded)) return period;
  return undefined;
}

/** Left boundary of a word marker (consumed; named `pre`). */
const W = '(?<pre>^|[^a-z])';
/** "hang"/"hàng"/"hằng"/"háng" all fold to "hang"; "moi"/"tung" (each) work the same way. */
const EACH = `${W}(?:hang|moi|tung)\\s*`;

export const MARKER_RULES: MarkerRule[] = [
  { id: 'ongoing', kind: 'recurring', re: rx(`${W}(?:th(?:uo|u|o)ng\\s?xu?y?e?n|lien\\s*tuc)(?![a-z])`, '') },
  { id: 'every-year', kind: 'recurring', re: rx(`${EACH}nam(?![a-z])`, ''), period: 'year' },
  { id: 'every-half', kind: 'recurring', re: rx(`${EACH}(?:6|sau)\\s*thang(?![a-z])`, ''), period: 'half' },
  { id: 'every-quarter', kind: 'recurring', re: rx(`${EACH}qu[yi](?![a-z])`, ''), period: 'quarter' },
  { id: 'every-month', kind: 'recurring', re: rx(`${EACH}thang(?![a-z])`, ''), period: 'month' },
  { id: 'every-week', kind: 'recurring', re: rx(`${EACH}tuan(?![a-z])`, ''), period: 'week' },
  { id: 'every-day', kind: 'recurring', re: rx(`${EACH}ngay(?![a-z])`, ''), period: 'day' },
  { id: 'periodic', kind: 'recurring', re: rx(`${W}dinh\\s*ky(?![a-z])`, ''), period: periodIn },
  // "Trước mỗi kỳ họp HĐND", "các kỳ họp": every session, no fixed period (before the event rule: ties go to it).
  {
    id: 'every-meeting',
    kind: 'recurring',
    re: rx(`${W}(?:hang|moi|tung|cac)\\s*(?:ky\\s*hop|phien\\s*hop)(?![a-z])`, ''),
  },
  // Tied to a political event: "Trước/Sau bầu cử", "Trước kỳ họp (thứ …) HĐND", "Sau Đại hội (Đảng bộ …)".
  { id: 'election-session-congress', kind: 'event', re: rx(`${W}(?:bau\\s*cu|ky\\s*hop|dai\\s*hoi)(?![a-z])`, '') },
  { id: 'after-event', kind: 'event', re: rx(`${W}(?:(?:sau|truoc|ngay)\\s*)?khi(?![a-z])`, '') },
  { id: 'starts-with-theo', kind: 'event', re: /^(?:hoan thanh\s*|thuc hien\s*)?theo(?!\s*doi)(?![a-z])/ },
  {
    id: 'according-to',
    kind: 'event',
    re: /(?<pre>^|[^a-z])(?:theo|tuy\s*theo|tuy\s*thuoc)\s*(?:huong\s*dan|ke\s*hoach|ky\s*bao\s*cao|yeu\s*cau|quy\s*dinh|van\s*ban|chi\s*dao|lo\s*trinh|tien\s*do|thoi\s*gian|thoi\s*han|de\s*nghi|chuong\s*trinh|thong\s*bao|cong\s*van)(?![a-z])/,
  },
  {
    id: 'prescribed-time',
    kind: 'event',
    re: /(?<pre>^|[^a-z])(?:thoi\s*(?:gian|han|diem)\s*(?:theo\s*)?quy\s*dinh|dung\s*(?:thoi\s*gian|thoi\s*han|han|quy\s*dinh)|trong\s*thoi\s*gian|ke\s*tu|khi\s*co)(?![a-z])/,
  },
];
