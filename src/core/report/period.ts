/**
 * The reporting calendar of periodic PAR reports (Bộ Nội vụ's guidance following Decree 09/2019): each report's data
 * window and due date. The defaults are the guidance's; a province that sets earlier internal dates passes its own
 * calendar (or an explicit window and due date).
 */
import { addDays, daysBetween, parseIso } from '../text';

export type PeriodKind = 'q1' | '6m' | 'q3' | 'year';
export const PERIOD_KINDS: PeriodKind[] = ['q1', '6m', 'q3', 'year'];

/** A day of the year as month and day; `prevYear` when it falls in the year before the report's. */
export interface MonthDay {
  m: number;
  d: number;
  prevYear?: boolean;
}

export interface CalendarEntry {
  from: MonthDay;
  to: MonthDay;
  due: MonthDay;
}
export type Calendar = Record<PeriodKind, CalendarEntry>;

/** Quý I: 15/12 of the year before to 14/3, due 20/3; 6 tháng: to 14/6, due 20/6; Quý III: 15/6–14/9, due 20/9; Năm: to 14/12, due 20/12. */
export const DEFAULT_CALENDAR: Calendar = {
  q1: { from: { m: 12, d: 15, prevYear: true }, to: { m: 3, d: 14 }, due: { m: 3, d: 20 } },
  '6m': { from: { m: 12, d: 15, prevYear: true }, to: { m: 6, d: 14 }, due: { m: 6, d: 20 } },
  q3: { from: { m: 6, d: 15 }, to: { m: 9, d: 14 }, due: { m: 9, d: 20 } },
  year: { from: { m: 12, d: 15, prevYear: true }, to: { m: 12, d: 14 }, due: { m: 12, d: 20 } },
};

/** The period's name before "năm <year>" in a title ("Quý I năm 2025", "6 tháng đầu năm 2025", "năm 2025"). */
export const PERIOD_NAME: Record<PeriodKind | 'custom', { vi: string; en: string }> = {
  q1: { vi: 'Quý I', en: 'first quarter' },
  '6m': { vi: '6 tháng đầu', en: 'first six months' },
  q3: { vi: 'Quý III', en: 'third quarter' },
  year: { vi: '', en: 'year' },
  custom: { vi: 'kỳ', en: 'period' },
};

export interface ReportWindow {
  kind: PeriodKind | 'custom';
  year: number;
  /** First and last day of the data window (ISO, both included). */
  from: string;
  to: string;
  /** The report's due date (ISO), null for a window given by hand without one. */
  due: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const dayOf = (md: MonthDay, year: number) => `${md.prevYear ? year - 1 : year}-${pad(md.m)}-${pad(md.d)}`;

export function periodWindow(kind: PeriodKind, year: number, calendar: Calendar = DEFAULT_CALENDAR): ReportWindow {
  const c = calendar[kind];
  return { kind, year, from: dayOf(c.from, year), to: dayOf(c.to, year), due: dayOf(c.due, year) };
}

/**
 * The window after this one, for "tasks due in the next period": after Quý I the rest of the six months, after the
 * six months Quý III, after Quý III the rest of the year, after the year next year's Quý I; after a window given by
 * hand, a window of the same length.
 */
export function nextWindow(w: ReportWindow, calendar: Calendar = DEFAULT_CALENDAR): { from: string; to: string } {
  const from = addDays(w.to, 1) ?? w.to;
  const end: Record<PeriodKind, () => string> = {
    q1: () => periodWindow('6m', w.year, calendar).to,
    '6m': () => periodWindow('q3', w.year, calendar).to,
    q3: () => periodWindow('year', w.year, calendar).to,
    year: () => periodWindow('q1', w.year + 1, calendar).to,
  };
  if (w.kind !== 'custom') return { from, to: end[w.kind]() };
  const len = daysBetween(w.from, w.to) ?? 0;
  return { from, to: addDays(from, len) ?? from };
}

/** The periods of a year and the next, by due date. */
function around(today: string, calendar: Calendar, kinds: PeriodKind[]): ReportWindow[] {
  const y = parseIso(today)?.y ?? 2000;
  return [y - 1, y, y + 1]
    .flatMap((year) => kinds.map((k) => periodWindow(k, year, calendar)))
    .sort((a, b) => (a.due! < b.due! ? -1 : a.due! > b.due! ? 1 : 0));
}

/**
 * The period being reported on `today`: the first (by due date) whose window has begun and whose report is not yet
 * past due; else the latest one past due. `kind` limits the choice (`--period q1` with no year).
 */
export function currentPeriod(today: string, kind?: PeriodKind, calendar: Calendar = DEFAULT_CALENDAR): ReportWindow {
  const all = around(today, calendar, kind ? [kind] : PERIOD_KINDS);
  const open = all.find((w) => w.from <= today && w.due! >= today);
  if (open) return open;
  const past = all.filter((w) => w.due! < today);
  return past[past.length - 1] ?? all[0];
}

/** The period's words in a title: "Quý I năm 2025", "6 tháng đầu năm 2025", "năm 2025", "từ 01/01/2025 đến …". */
export function periodTitle(w: ReportWindow, vn: (iso: string) => string): string {
  if (w.kind === 'custom') return `từ ngày ${vn(w.from)} đến ngày ${vn(w.to)}`;
  return `${PERIOD_NAME[w.kind].vi} năm ${w.year}`.trim();
}

/** The line the tracker's "Tổng hợp" shows: the report being prepared on `today`, its data window and due date. */
export function nextReportLine(
  today: string,
  vn: (iso: string) => string,
  calendar: Calendar = DEFAULT_CALENDAR,
): string {
  const w = currentPeriod(today, undefined, calendar);
  return (
    `Báo cáo định kỳ: ${periodTitle(w, vn)} — số liệu từ ${vn(w.from)} đến ${vn(w.to)}, hạn nộp ${vn(w.due!)}` +
    ` / Periodic report due ${vn(w.due!)} (data ${vn(w.from)}–${vn(w.to)})`
  );
}
