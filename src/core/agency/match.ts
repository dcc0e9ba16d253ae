/**
 * Does an agency cell name a unit? Both sides are folded (no diacritics, lower case), punctuation becomes spaces
 * (commas kept as separators), then rewritten to one canonical spelling:
 * - "Ủy ban nhân dân" / "Uỷ ban nhân dân" / "UBND" → "ubnd";
 * - the abbreviations "TP", "HCC", "VHXH", "HĐND", "CCHC" → the words they stand for;
 * - the commune level, however it is written — "cấp xã", "các xã", "các xã, phường", "xã, phường",
 *   "phường, xã", "các phường, xã, thị trấn" → "cap xa".
 * The unit matches when its canonical words occur in the agency's at word boundaries. So "cấp xã" matches
 * "UBND cấp xã", "UBND các xã, phường" and "Ủy ban nhân dân cấp xã" (and "Công an cấp xã": the commune level's
 * police — ask for "UBND cấp xã" to keep only the People's Committee), while "Bảo hiểm xã hội" and
 * "UBND các quận, huyện, thị xã" do not: a bare "xã" is never the commune level.
 */
import { fold } from '../text';
import { memoString } from '../text/memo';

type Rewrite = (substring: string, ...groups: string[]) => string;
const to =
  (word: string): Rewrite =>
  () =>
    word;

// No regex look-behind (Safari < 16.4 — Excel on older Macs — cannot parse it): a "thị " before a list is captured
// and the match is left as it was.
const REWRITES: Array<[RegExp, Rewrite]> = [
  [/\b(uy ban nhan dan|ubnd)\b/g, to('ubnd')],
  // Abbreviations officials write for the same words (so "Trung tâm phục vụ HCC TP" is "… hành chính công Thành phố").
  [/\btp\b/g, to('thanh pho')],
  [/\bhcc\b/g, to('hanh chinh cong')],
  [/\bvhxh\b/g, to('van hoa xa hoi')],
  [/\bhdnd\b/g, to('hoi dong nhan dan')],
  [/\bcchc\b/g, to('cai cach hanh chinh')],
  // Lists of the commune-level kinds, with or without "các" and "thị trấn/đặc khu" ("thị xã" is a district town).
  [
    /(^| )(thi )?(?:cac )?(?:xa|phuong)(?: ,)? (?:xa|phuong)(?:(?: ,)? (?:thi tran|dac khu))?\b(?! hoi)/g,
    (m, pre, thi) => (thi ? m : `${pre}cap xa`),
  ],
  [/\bcac xa\b(?! hoi)/g, to('cap xa')],
  [/\bcap xa\b(?! hoi)/g, to('cap xa')],
];

/**
 * Canonical words of an agency text or a unit query. Cached: the same few agencies fill a whole column, and each
 * cell's chain of replacements was a tenth of what a refresh allocates.
 */
export const canonicalAgency: (text: string) => string = memoString(canonicalUncached, 5_000);

function canonicalUncached(text: string): string {
  let s = fold(text)
    .replace(/[^a-z0-9,]+/g, ' ')
    .replace(/\s*,\s*/g, ' , ')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [re, rewrite] of REWRITES) s = s.replace(re, rewrite);
  return s.replace(/\s+/g, ' ').trim();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A matcher for one unit query (built once, used on every agency cell). */
export function unitMatcher(unit: string): (agency: string | null | undefined) => boolean {
  const q = canonicalAgency(unit);
  if (q === '') return () => false;
  const re = new RegExp(`(?:^| )${escape(q)}(?= |$)`);
  return (agency) => typeof agency === 'string' && agency !== '' && re.test(canonicalAgency(agency));
}
