/**
 * Values between chiso and Excel through Office.js: what a SheetSpec cell becomes in a `formulas` array (dates as
 * serials by the core's one rule, src/core/text/date.ts), and byte estimates of what a request carries.
 *
 * Text is data, never a formula: Office.js parses every string written through `values`/`formulas` as if it were
 * typed ("=1+1" becomes a formula, "0123" the number 123, "15/12/2025" a date, "+84 912…" an error). So every
 * non-empty text is written with a leading apostrophe, which Excel takes as "text follows" and does not store
 * (reading the cell back gives the text exactly; the apostrophe shows only in the formula bar). A text that itself
 * begins with an apostrophe keeps it: "'abc" is written "''abc". The alternative, the text number format "@", would
 * also turn numbers typed later into the cell (an official's progress) into text, so it is not used.
 */
import type { SpecCell, SpecLink, SpecValue } from '../../core/sheetspec';
import { excelSerial } from '../../core/text/date';

/** UTF-8 byte length of a string (what it weighs in a JSON request). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes of a value as JSON (strings escaped roughly: quotes and backslashes doubled). */
export function jsonBytes(v: unknown): number {
  if (v === null || v === undefined) return 4;
  if (typeof v === 'string') return utf8Length(v) + 2 + (v.match(/["\\\n\r\t]/g)?.length ?? 0);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v).length;
  if (Array.isArray(v)) return v.reduce((a: number, x) => a + jsonBytes(x) + 1, 2);
  return utf8Length(JSON.stringify(v));
}

/** Text as written into a cell so that Excel stores it as this exact text. */
export function asText(s: string): string {
  return s === '' ? '' : `'${s}`;
}

const q = (s: string) => s.replace(/"/g, '""');

function shownText(v: SpecValue | undefined, fallback: string): string {
  if (v === null || v === undefined) return fallback;
  return typeof v === 'object' ? v.date : String(v);
}

/** The HYPERLINK formula of an internal link (the same one the xlsx writer writes). */
export function internalLinkFormula(link: { sheet: string; cell: string }, v: SpecValue | undefined): string {
  const target = `#'${link.sheet.replace(/'/g, "''")}'!${link.cell}`;
  return `HYPERLINK("${q(target)}","${q(shownText(v, link.cell))}")`;
}

/** The text an address link shows. */
export function urlLinkText(link: { url: string }, v: SpecValue | undefined): string {
  return shownText(v, link.url);
}

export type OfficeInput = string | number | boolean;

/** What one spec cell becomes in a `formulas` array ("" = nothing). */
export function officeInput(c: SpecCell | null | undefined): OfficeInput {
  if (!c) return '';
  const link: SpecLink | undefined = c.link;
  if (link && 'sheet' in link) return `=${internalLinkFormula(link, c.v)}`;
  if (link && 'url' in link) return asText(urlLinkText(link, c.v));
  if (c.f !== undefined) return `=${c.f}`;
  const v = c.v;
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return asText(v);
  if (typeof v === 'object') return excelSerial(v.date) ?? asText(v.date);
  return v;
}

/** "#RRGGBB" from the spec's "RRGGBB". */
export function hexColor(c: string): string {
  return `#${c.replace(/^#/, '').toUpperCase()}`;
}

/**
 * Column width in points from a width in characters (Excel's rule for the default Calibri 11: 7 pixels per
 * character plus 5 pixels of padding, 96 pixels per inch = 0.75 point per pixel).
 */
export function widthToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}
