/**
 * "Today", one clock (issue 18): the local calendar day of the system clock, which is what Excel's TODAY() shows
 * (in Vietnam 00:00–07:00 is still yesterday in UTC). The CLI, the pane and the page, and CCHC.STATUS's default read
 * it here; the core never reads a clock, it is handed this ISO date (`--today` and `?today=` replace it).
 */
import { localIsoDate } from '../core/text/date';

export function systemToday(now: Date = new Date()): string {
  return localIsoDate(now);
}

/** The year of `systemToday` (the generator's default plan year). */
export function systemYear(now: Date = new Date()): number {
  return Number(systemToday(now).slice(0, 4));
}
