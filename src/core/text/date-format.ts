/**
 * Does a number format show a date? The one rule for every reader (the xlsx reader's styles, the Office adapter's
 * read): a format is a date when its first section shows a day, a month or a year. Times ("hh:mm", "h:mm AM/PM",
 * "mm:ss") and durations ("[h]:mm", "[mm]:ss") are not dates: the cell stays a number with its format, so a time
 * of day or a duration is never read as a day of 1900. A date with a time ("dd/mm/yyyy hh:mm") is a date.
 */

/** Built-in number format ids (ECMA-376 §18.8.30) that show a date: 14–17, 22, and the East Asian dates. */
const BUILT_IN_DATES = new Set([
  14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/**
 * A built-in id is a date (18–21 and 45–47 are times and durations; 32 and 33 are times in the East Asian
 * locales).
 */
export function isDateFormatId(id: number): boolean {
  return BUILT_IN_DATES.has(id);
}

/** A format code shows a date: d or y, or an m that is a month (not minutes next to h or s), outside quotes and []. */
export function isDateFormat(code: string | null | undefined): boolean {
  if (!code) return false;
  const first = code
    .split(';')[0]
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[hms]+\]/gi, 'h') // an elapsed time ([h], [mm], [ss]): a duration, counted as an hour
    .replace(/\[[^\]]*\]/g, '')
    .replace(/[_*]./g, '')
    .replace(/AM\/PM|A\/P/gi, '');
  if (/general/i.test(first)) return false;
  if (/[dy]/i.test(first)) return true;
  // "m" is minutes right after an hour or right before seconds ("h:mm", "mm:ss"), a month otherwise.
  const tokens = first.match(/[hms]+/gi) ?? [];
  return tokens.some((t, i) => {
    if (!/^m/i.test(t)) return false;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    return !(prev && /^h/i.test(prev)) && !(next && /^s/i.test(next));
  });
}
