/** Roman numerals for group headings (from the text core), and the year shift applied to titles, headers and deadlines. */

export { fromRoman, toRoman } from '../text/roman';

/** Replaces the year `from` by `to` wherever it stands as a year of its own (not inside a longer number). */
export function shiftYear(text: string, from: number, to: number): string {
  // No look-behind (Safari < 16.4 cannot parse it): the character before the year is captured and put back.
  return text.replace(new RegExp(`(^|\\D)${from}(?!\\d)`, 'g'), (_m, pre: string) => `${pre}${to}`);
}
