/**
 * Calendar helpers on ISO dates ("yyyy-mm-dd"). Pure and time-zone safe: all arithmetic is on UTC day numbers,
 * never on local `Date` fields. Bad input gives null, never an exception.
 */

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86400000;

export interface YMD {
  y: number;
  m: number;
  d: number;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in month m (1–12) of year y; 0 when m is not a month. */
export function lastDayOfMonth(y: number, m: number): number {
  if (!Number.isInteger(y) || !Number.isInteger(m) || m < 1 || m > 12) return 0;
  if (m === 2) return isLeap(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** ISO date for y/m/d, or null when that day does not exist (31/11, 29/02/2025, month 13, year outside 1–9999). */
export function isoDate(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > lastDayOfMonth(y, m)) return null;
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** Splits a valid ISO date; null when the text is not an existing day. */
export function parseIso(iso: string): YMD | null {
  if (typeof iso !== 'string') return null;
  const m = ISO_RE.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isoDate(y, mo, d) === null ? null : { y, m: mo, d };
}

/** Days since 1970-01-01 (UTC day number); null for a bad date. */
export function dayNumber(iso: string): number | null {
  const p = parseIso(iso);
  if (!p) return null;
  // Date.UTC maps years 0–99 to 1900–1999: set the full year explicitly.
  const t = new Date(0);
  t.setUTCFullYear(p.y, p.m - 1, p.d);
  return Math.round(t.getTime() / MS_PER_DAY);
}

/** ISO date of a UTC day number (inverse of dayNumber); null outside years 1–9999. */
export function isoFromDayNumber(n: number): string | null {
  if (!Number.isFinite(n)) return null;
  const t = new Date(Math.round(n) * MS_PER_DAY);
  if (Number.isNaN(t.getTime())) return null;
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** iso + n days (n may be negative; fractions are rounded); null for a bad date. */
export function addDays(iso: string, n: number): string | null {
  const day = dayNumber(iso);
  if (day === null || !Number.isFinite(n)) return null;
  return isoFromDayNumber(day + Math.round(n));
}

/** isoB − isoA in days (positive when B is later); null when either is not a date. */
export function daysBetween(isoA: string, isoB: string): number | null {
  const a = dayNumber(isoA);
  const b = dayNumber(isoB);
  return a === null || b === null ? null : b - a;
}

/** "2025-12-15" → "15/12/2025"; "" when the text is not an ISO date. */
export function formatVnDate(iso: string): string {
  const p = parseIso(iso);
  return p ? `${pad(p.d, 2)}/${pad(p.m, 2)}/${p.y}` : '';
}

/** Last day of quarter q (1–4) of year y; null when q is not a quarter. */
export function quarterEnd(y: number, q: number): string | null {
  if (!Number.isInteger(q) || q < 1 || q > 4) return null;
  return isoDate(y, q * 3, lastDayOfMonth(y, q * 3));
}

/** Last day of month m of year y; null when m is not a month. */
export function monthEnd(y: number, m: number): string | null {
  return isoDate(y, m, lastDayOfMonth(y, m));
}

/** The calendar day (UTC fields) of a JS Date as ISO; for a local "today" pass the local fields through isoDate. */
export function isoFromUtcDate(date: Date): string | null {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) return null;
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * Today as ISO: the local calendar day of `now` (what Excel's TODAY() shows; in Vietnam 00:00–07:00 is still
 * "yesterday" in UTC). The one definition of "today" for the CLI, the pane and CCHC.STATUS; callers pass the clock.
 */
export function localIsoDate(now: Date): string {
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate()) ?? now.toISOString().slice(0, 10);
}

/**
 * Excel's 1900 date system, the one home of serial ↔ date for the core, the xlsx reader and writer and the Office
 * adapter. Excel (after Lotus 1-2-3) counts a 29/02/1900 that never was: serial 59 is 28/02/1900, serial 60 is the
 * fictitious 29/02/1900 and serial 61 is 01/03/1900; from 61 on, serial − 25569 is the day number (1970-based).
 * Serial 60 has no date: `isoFromExcelSerial(60)` is null, so a reader keeps such a cell as the number it is.
 */
const EXCEL_EPOCH = -25569;

/** Excel date serial (1900 system) of an ISO date; null for a bad date. Before 1900-03-01 one less (the fictitious day). */
export function excelSerial(iso: string): number | null {
  const day = dayNumber(iso);
  if (day === null) return null;
  const serial = day - EXCEL_EPOCH;
  return serial < 61 ? serial - 1 : serial;
}

/** ISO date of an Excel date serial (time of day dropped); null for serial < 1, 60 (29/02/1900) or non-numbers. */
export function isoFromExcelSerial(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  const whole = Math.floor(serial);
  if (whole === 60) return null;
  return isoFromDayNumber(whole < 60 ? whole + 1 + EXCEL_EPOCH : whole + EXCEL_EPOCH);
}
