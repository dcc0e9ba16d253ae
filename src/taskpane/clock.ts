// The day the pane computes the tracker for (small: in the first load, unlike the flows).
import { systemToday } from '../adapters/clock';

/** Today as an ISO date in the local time zone: the one clock (src/adapters/clock.ts). */
export const localToday = systemToday;

/** `?today=YYYY-MM-DD` (a real date) from a query string, else null. */
export function todayFromQuery(search: string): string | null {
  const m = /(?:^|[?&])today=(\d{4})-(\d{2})-(\d{2})(?:&|$)/.exec(search);
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3]
    ? `${m[1]}-${m[2]}-${m[3]}`
    : null;
}
