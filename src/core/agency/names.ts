/**
 * The agencies named in a lead-agency cell, for the summary "by lead agency", the pane's chart and the roll-up.
 * A cell often names several:
 * "- Văn phòng UBND Thành phố\n- Sở Nội vụ", "Sở Giáo dục và Đào tạo; Sở Xây dựng", "Sở Y tế, Sở Giáo dục và Đào tạo".
 * Rules (decisions.md):
 * - split on line breaks and ";" outside parentheses;
 * - a comma splits only when the text after it starts with a capital and an agency word (Sở, UBND, Văn phòng, Phòng,
 *   Trung tâm, Công an, …) and has at least two words: "Các sở, ban, ngành", "Các sở, Ban ngành" and "Phòng Kinh tế,
 *   Hạ tầng và Đô thị" stay whole; "Các Sở, ban, ngành, UBND cấp xã" gives "Các Sở, ban, ngành" and "UBND cấp xã";
 * - leading bullets ("-", "+", "•", "1.", "a)"; not before a digit: "+84…") and trailing punctuation are dropped,
 *   and so is a remark in
 *   parentheses: "Sở Tài chính (chính sách phát triển kinh tế)" is "Sở Tài chính";
 * - a trailing clause is not part of the name ("Sở Nội vụ theo dõi, hướng dẫn, đôn đốc việc thực hiện" is "Sở Nội
 *   vụ"); a piece that begins with such a verb, or is "UBND" alone, names no agency; a trailing "?" is dropped;
 * - the commune level is one agency however it is written: "UBND các xã, phường", "Ủy ban nhân dân cấp xã" and
 *   "UBND cấp xã được chọn khảo sát PAPI" are "UBND cấp xã"; "UBND cấp huyện, cấp xã" names both levels;
 * - an agency is grouped by its canonical form (match.ts: folded, abbreviations spelled out), named once per task.
 */
import { cleanText, fold, memoString } from '../text';
import { canonicalAgency } from './match';

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
    .replace(/[\s.,;:?!–—-]+$/u, '')
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
  let dropped = false;
  for (const line of splitOutside(cleanText(text), '\n;')) {
    const pieces = splitOutside(line, ',');
    const names: string[] = [];
    for (const p of pieces) {
      if (names.length && !startsAgency(tidy(p))) names[names.length - 1] += `,${p}`;
      else names.push(p);
    }
    for (const n of names) {
      const named = agencyNames(tidy(n));
      if (!named) {
        dropped = true;
        continue;
      }
      for (const name of named) {
        const key = agencyKey(name);
        if (!key || seen.has(key)) continue;
        seen.add(key);
        out.push(name);
      }
    }
  }
  // Only a remark or bullets: the cell as written is the agency (no task loses its lead). A cell that only held
  // what names no agency ("UBND", a clause) has none.
  if (!out.length && !dropped && /[\p{L}\p{N}]/u.test(text)) {
    const whole = cleanText(text).replace(/\s+/g, ' ');
    if (agencyKey(whole)) out.push(whole);
  }
  return out;
});

/** Folded verbs that begin a clause about the work, not a name ("… theo dõi, hướng dẫn, đôn đốc …"). */
const CLAUSE_VERBS = [
  'theo doi',
  'huong dan',
  'don doc',
  'chu tri',
  'phoi hop',
  'thuc hien',
  'tham muu',
  'trien khai',
  'bao cao',
  'chi dao',
  'giam sat',
  'cung cap',
  'de xuat',
];
const CLAUSE_RE = new RegExp(`(?:^| )(?:${CLAUSE_VERBS.join('|')})(?= |,|$)`);
/** The commune level's People's Committee, canonical (match.ts), and the levels a list of levels names. */
const COMMUNE = 'ubnd cap xa';
const LEVELS_RE = /^ubnd cap (xa|huyen|tinh)((?: , cap (?:xa|huyen|tinh))+)$/;
const LEVEL_NAME: Record<string, string> = { xa: 'UBND cấp xã', huyen: 'UBND cấp huyện', tinh: 'UBND cấp tỉnh' };

/**
 * The agencies one tidied piece names: itself, its name without a trailing clause, the commune level's one name,
 * each level of a list of levels — or null when it names none ("UBND" alone, a clause).
 */
function agencyNames(piece: string): string[] | null {
  let name = piece;
  const f = fold(name);
  const clause = CLAUSE_RE.exec(f);
  if (clause) {
    if (clause.index === 0) return null;
    // Cut only after a name of two words or more that begins like an agency ("Đoàn kiểm tra", "Ban Chỉ đạo" stay).
    const head = f.slice(0, clause.index);
    if (head.split(' ').length >= 2 && AGENCY_WORDS.some((w) => head.startsWith(`${w} `))) {
      name = cut(name, head.split(' ').length);
    }
  }
  const c = canonicalAgency(name);
  if (c === 'ubnd' || c === '') return c === '' ? [] : null;
  const levels = LEVELS_RE.exec(c);
  if (levels) return [levels[1], ...levels[2].split(' , cap ').slice(1)].map((l) => LEVEL_NAME[l]);
  if (c === COMMUNE || c.startsWith(`${COMMUNE} `)) return [LEVEL_NAME.xa];
  return [name];
}

/** The first `words` words of `text` (its own spelling), punctuation at the cut dropped. */
function cut(text: string, words: number): string {
  return text
    .split(/\s+/)
    .slice(0, words)
    .join(' ')
    .replace(/[\s.,;:?!–—-]+$/u, '');
}

/** The grouping key of an agency name: its canonical form (match.ts); "|" (the key list's separator) never occurs. */
export function agencyKey(name: string): string {
  return canonicalAgency(name.replace(/\|/g, ' '));
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
