/**
 * Header wording → column role, on folded text (no diacritics, lower case), most specific wording first:
 * "Yêu cầu/ sản phẩm/ kết quả" is an output although it begins like "Yêu cầu"; "Kết quả năm 2024" is a result,
 * "Kết quả thực hiện" an output; "Tiêu chí Chỉ số CCHC cấp xã" a criterion, "Lĩnh vực/Tiêu chí/…" the task column.
 */
import type { Role } from './types';

/** A role as matched on one header text, before table-level adjustments. */
export type HeaderRole = Role | 'resultOrOutput' | 'rankGroup' | 'taskOrOutput';

/** Longest header text we accept as a header (data cells are longer). */
export const MAX_HEADER_LENGTH = 90;

const YEAR_RE = /(?:^|\D)((?:19|20)\d{2})(?!\d)/g;

/** Years written in a header ("Kết quả năm 2024" → [2024]). */
export function headerYears(folded: string): number[] {
  const out: number[] = [];
  for (const m of folded.matchAll(YEAR_RE)) out.push(Number(m[1]));
  return out;
}

/** A header cell that is only a year ("2021", "Năm 2021", 2021). */
export function yearOnly(folded: string): number | null {
  const m = /^(?:nam\s*)?((?:19|20)\d{2})\.?$/.exec(folded.trim());
  return m ? Number(m[1]) : null;
}

type Rule = [RegExp, HeaderRole];

// Order matters: the first rule that matches wins.
const RULES: Rule[] = [
  [/^(s\.?\s?tt|tt|so tt|so thu tu|thu tu|stt\.?|t\.t)\.?$/, 'no'],
  [/^(ghi chu|chu thich)/, 'note'],
  [/^(lanh dao (phu trach|chi dao|theo doi)|nguoi phu trach|lanh dao ubnd phu trach)/, 'leader'],
  [/(diem|chi so|muc)( hai long)? toi da|^diem chuan|^thang diem|^diem so toi da/, 'max'],
  [/thu hang|xep hang|^hang\b(?! nam)/, 'rankGroup'],
  [/^(muc tieu|chi tieu( phan dau)?( nam| \d)|phan dau( dat)?( nam| \d)|ke hoach nam \d)/, 'target'],
  [/san pham|ket qua (thuc hien|dau ra|du kien|can dat)|^hinh thuc (van ban|san pham)/, 'output'],
  [/^(ket qua|diem|thuc hien|diem dat|diem tu danh gia|diem tham dinh)\b.*\b(19|20)\d{2}/, 'result'],
  [/^(ket qua|diem dat|diem tham dinh|diem danh gia|diem tu cham)$/, 'resultOrOutput'],
  [/^yeu cau/, 'requirement'],
  [/chu tri|^(co quan|don vi) (thuc hien|tham muu|dau moi)$/, 'lead'],
  [/phoi hop/, 'coordinate'],
  [/^(tien do|thoi gian|thoi han|han hoan thanh|moc thoi gian|han (chot|thuc hien))/, 'deadline'],
  [/^(tieu chi|noi dung tieu chi|ten tieu chi)/, 'criterion'],
  [/^(nhiem vu\s*\/\s*giai phap|nhiem vu, giai phap|giai phap)/, 'taskOrOutput'],
  [
    /^(nhiem vu|noi dung|ten nhiem vu|cong viec|linh vuc|chi so noi dung|noi dung thanh phan|chi so|ten chi so|hoat dong|nhom nhiem vu|danh muc)/,
    'task',
  ],
];

/** The role a header text names, or null when it names none (an `other` column if it has text). */
export function matchHeader(folded: string): HeaderRole | null {
  const f = folded.trim();
  if (f === '' || f.length > MAX_HEADER_LENGTH) return null;
  const known = memo.get(f);
  if (known !== undefined) return known;
  let found: HeaderRole | null = null;
  for (const [re, role] of RULES) {
    if (re.test(f)) {
      found = role;
      break;
    }
  }
  if (memo.size > 20000) memo.clear();
  memo.set(f, found);
  return found;
}

const memo = new Map<string, HeaderRole | null>();

/** Main text roles, in the order a structural row's title is stored under. */
export const MAIN_ROLES: Role[] = ['task', 'criterion', 'requirement', 'dimension'];

/** Roles whose own value in an un-numbered row starts a new record rather than continuing the one above. */
export const RECORD_ROLES: Role[] = ['lead', 'deadline', 'leader', 'max', 'result', 'target', 'rank'];

export const NUMERIC_ROLES: Role[] = ['max', 'result', 'target', 'rank'];
