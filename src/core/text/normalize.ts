/**
 * Text normalisation for cells read from officials' workbooks.
 *
 * - `nfc`: Unicode NFC (Vietnamese typed with combining marks becomes precomposed).
 * - `cleanText`: what the reader stores (NFC, one kind of line break, no NBSP, spaces collapsed, lines trimmed).
 * - `fold`: a matching key (lower case, no diacritics, đ → d, every run of whitespace → one space).
 * cleanText and fold are memoised (memo.ts): the core calls them on the same cell texts again and again.
 */
import { memoString } from './memo';

/** Zero-width characters and the BOM: invisible, and they break matching. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** NBSP and the other Unicode space characters (not line breaks). */
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const LINE_BREAKS = /\r\n?|[\u2028\u2029\u000B\u000C\u0085]/g;
const SPACE_RUNS = /[ \t]+/g;
const COMBINING = /\p{M}+/gu;
const WHITESPACE_RUNS = /\s+/g;

/** Unicode NFC; non-strings become "". */
export function nfc(s: string): string {
  if (typeof s !== 'string') return '';
  return s.normalize('NFC');
}

/**
 * NFC, line breaks as "\n", NBSP and other spaces as " ", zero-width characters removed, runs of spaces/tabs collapsed,
 * each line trimmed, the whole trimmed. Empty lines inside the text are kept (at most one in a row).
 */
export function cleanText(s: string): string {
  if (typeof s !== 'string' || s === '') return '';
  return cleanCached(s);
}

function cleanUncached(s: string): string {
  // Invisible characters go first and NFC comes last, so that cleanText(cleanText(x)) === cleanText(x).
  const lines = s
    .replace(INVISIBLE, '')
    .replace(LINE_BREAKS, '\n')
    .replace(ODD_SPACES, ' ')
    .replace(SPACE_RUNS, ' ')
    .split('\n')
    .map((line) => line.trim());
  const out: string[] = [];
  for (const line of lines) {
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return nfc(out.join('\n'));
}

const cleanCached = /* @__PURE__ */ memoString(cleanUncached);

/** Removes Vietnamese diacritics (and any other combining marks); đ/Đ → d. Keeps case. */
export function stripDiacritics(s: string): string {
  if (typeof s !== 'string') return '';
  return s.normalize('NFD').replace(COMBINING, '').replace(/[đð]/g, 'd').replace(/[ĐÐ]/g, 'D').normalize('NFC');
}

/**
 * Matching key: cleanText, lower case, diacritics removed, đ → d, all whitespace (line breaks too) → one space.
 * "Trước  ngày\n15/12" → "truoc ngay 15/12".
 */
export function fold(s: string): string {
  if (typeof s !== 'string' || s === '') return '';
  return foldCached(s);
}

const foldCached = /* @__PURE__ */ memoString((s: string): string => {
  const clean = cleanText(s);
  if (clean === '') return '';
  return stripDiacritics(clean.toLowerCase()).replace(WHITESPACE_RUNS, ' ').trim();
});
