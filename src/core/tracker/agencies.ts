/**
 * The agencies named in a lead-agency cell, for the summary "by lead agency". A cell often names several:
 * "- Văn phòng UBND Thành phố\n- Sở Nội vụ", "Sở Giáo dục và Đào tạo; Sở Xây dựng", "Sở Y tế, Sở Giáo dục và Đào tạo".
 * Rules (decisions.md):
 * - split on line breaks and ";" outside parentheses;
 * - a comma splits only when the text after it starts with a capital and an agency word (Sở, UBND, Văn phòng, Phòng,
 *   Trung tâm, Công an, …) and has at least two words: "Các sở, ban, ngành", "Các sở, Ban ngành" and "Phòng Kinh tế,
 *   Hạ tầng và Đô thị" stay whole; "Các Sở, ban, ngành, UBND cấp xã" gives "Các Sở, ban, ngành" and "UBND cấp xã";
 * - leading bullets ("-", "+", "•", "1.", "a)"; not before a digit: "+84…") and trailing punctuation are dropped,
 *   and so is a remark in
 *   parentheses: "Sở Tài chính (chính sách phát triển kinh tế)" is "Sở Tài chính";
 * - an agency is grouped by its folded form (no diacritics, lower case), and named once per task.
 */
import { cleanText, fold, memoString } from '../text';

/** Folded first words that begin an agency's name (after a comma). */
const AGENCY_WORDS = [
  'so',
  'ubnd',
  'uy ban',
  'hdnd',
  'van phong',
  'phong',
  'trung tam',
  'cong an',
  'thanh tra',
  'bao hiem',
  'cuc',
  'chi cuc',
  'toa an',
  'vien kiem sat',
  'ban',
  'doan',
  'hoi',
  'tong cong ty',
  'cong ty',
  'kho bac',
  'bo chi huy',
  'dai',
  'truong',
  'benh vien',
  'mat tran',
  'lien doan',
  'cac',
];

/** Splits `text` at `seps` outside parentheses. */
function splitOutside(text: string, seps: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    if (depth === 0 && seps.includes(ch)) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** Folded starts of the words that continue a collective name ("Các sở, Ban ngành", "…, đơn vị thuộc UBND"). */
const CONTINUATIONS = ['ban nganh', 'nganh', 'don vi', 'dia phuong', 'doan the', 'to chuc'];

/** Does the text after a comma begin another agency? A capital, an agency word, at least two words. */
function startsAgency(piece: string): boolean {
  const f = fold(piece);
  if (f.split(' ').length < 2 || !/^\p{Lu}/u.test(piece)) return false;
  if (CONTINUATIONS.some((w) => f === w || f.startsWith(`${w} `))) return false;
  return AGENCY_WORDS.some((w) => f.startsWith(`${w} `));
}

/** Drops remarks in parentheses (at any depth) and the bullets and punctuation around a name. */
function tidy(piece: string): string {
  let s = '';
  let depth = 0;
  for (const ch of piece) {
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
    else if (depth === 0) s += ch;
  }
  return cleanText(s)
    .replace(/^(?:[-+•*–—·]+|\d{1,2}[.)]|[a-zđ]\))(?!\d)\s*/iu, '')
    .replace(/[\s.,;:–—-]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The agencies a lead cell names, as printed (tidied), in order, each once (by folded form). Memoised: the same lead
 * texts come back on thousands of rows; each caller gets its own array.
 */
export function splitAgencies(text: string): string[] {
  if (typeof text !== 'string') return [];
  return splitCached(text).slice();
}

const splitCached = /* @__PURE__ */ memoString((text: string): string[] => {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const line of splitOutside(cleanText(text), '\n;')) {
    const pieces = splitOutside(line, ',');
    const names: string[] = [];
    for (const p of pieces) {
      if (names.length && !startsAgency(tidy(p))) names[names.length - 1] += `,${p}`;
      else names.push(p);
    }
    for (const n of names) {
      const name = tidy(n);
      const key = agencyKey(name);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      out.push(name);
    }
  }
  // Only a remark or bullets: the cell as written is the agency (no task loses its lead).
  if (!out.length && /[\p{L}\p{N}]/u.test(text)) {
    const whole = cleanText(text).replace(/\s+/g, ' ');
    if (agencyKey(whole)) out.push(whole);
  }
  return out;
});

/** The grouping key of an agency name: folded; "|" (the key list's separator) becomes a space. */
export function agencyKey(name: string): string {
  return fold(name.replace(/\|/g, ' '));
}

/** The key list written in a task row's hidden column, "|so noi vu|ubnd cap xa|" ("" when none). */
export function agencyKeyList(names: readonly string[]): string {
  const keys = names.map(agencyKey).filter(Boolean);
  return keys.length ? `|${keys.join('|')}|` : '';
}

/** Groups by key and labels each group with its most common printed spelling (the first seen on a tie). */
export class AgencyLabels {
  private readonly spellings = new Map<string, Map<string, number>>();

  add(name: string): string {
    const key = agencyKey(name);
    let m = this.spellings.get(key);
    if (!m) this.spellings.set(key, (m = new Map<string, number>()));
    m.set(name, (m.get(name) ?? 0) + 1);
    return key;
  }

  label(key: string): string {
    let best = '';
    let n = 0;
    for (const [name, c] of this.spellings.get(key) ?? []) {
      if (c > n) {
        best = name;
        n = c;
      }
    }
    return best;
  }
}
