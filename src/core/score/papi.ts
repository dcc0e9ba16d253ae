/** PAPI maths against the published provincial data: PAPI.RANK, PAPI.GROUP, PAPI.GAP (functions.md). */
import { fold, parseVnNumber } from '../text';
import { PAPI_GROUPS, type PapiGroup, papiCutoffs, papiRows, papiYears, roundPapiTotal } from '../frameworks';
import { missing, outOfRange, quote } from './cells';
import { type Result, fail, ok, tidy } from './result';

/** The year to use: the given one, or the latest published; #N/A when that year has no published data. */
function resolveYear(year: number | null | undefined): Result<number> {
  const years = papiYears();
  if (year === null || year === undefined) return ok(years[years.length - 1]);
  if (!Number.isInteger(year))
    return outOfRange('year', year, { vi: 'không phải là năm', en: 'is not a year' }, 'NOT_A_YEAR');
  if (!years.includes(year))
    return fail(
      'na',
      {
        vi: `Không có dữ liệu PAPI công bố cho năm ${year} (có: ${years.join(', ')}).`,
        en: `No published PAPI data for ${year} (available: ${years.join(', ')}).`,
      },
      'NO_PUBLISHED_DATA',
    );
  return ok(year);
}

/** A PAPI provincial total: 8 dimensions of 1–10, so 10–80. */
function checkTotal(score: number | null): Result<number> {
  if (score === null) return missing('score');
  if (score < 10 || score > 80)
    return outOfRange('score', score, { vi: 'không phải tổng điểm PAPI (10–80)', en: 'is not a PAPI total (10–80)' });
  return ok(score);
}

/** PAPI.RANK: 1 + the number of provinces published for `year` with a strictly higher total. */
export function papiRank(score: number | null, year?: number | null): Result<number> {
  const s = checkTotal(score);
  if ('error' in s) return s;
  const y = resolveYear(year);
  if ('error' in y) return y;
  let higher = 0;
  const t = roundPapiTotal(s.value);
  for (const r of papiRows(y.value)) if (r.total > t) higher++;
  return ok(1 + higher);
}

/** The group of a total in a year: the highest group whose cut-off it reaches ("Thấp" below every cut-off). */
export function groupOf(total: number, year: number): PapiGroup {
  const cut = papiCutoffs(year);
  const t = roundPapiTotal(total);
  if (cut) for (const g of PAPI_GROUPS) if (t >= cut[g]) return g;
  return 'Thấp';
}

/** PAPI.GROUP: "Cao", "Trung bình cao", "Trung bình thấp" or "Thấp" by that year's cut-offs. */
export function papiGroup(score: number | null, year?: number | null): Result<PapiGroup> {
  const s = checkTotal(score);
  if ('error' in s) return s;
  const y = resolveYear(year);
  if ('error' in y) return y;
  return ok(groupOf(s.value, y.value));
}

const GROUP_WORDS: ReadonlyArray<[string, PapiGroup]> = [
  ['cao', 'Cao'],
  ['nhom 1', 'Cao'],
  ['nhom i', 'Cao'],
  ['high', 'Cao'],
  ['trung binh cao', 'Trung bình cao'],
  ['tb cao', 'Trung bình cao'],
  ['tbc', 'Trung bình cao'],
  ['nhom 2', 'Trung bình cao'],
  ['nhom ii', 'Trung bình cao'],
  ['high average', 'Trung bình cao'],
  ['trung binh thap', 'Trung bình thấp'],
  ['tb thap', 'Trung bình thấp'],
  ['tbt', 'Trung bình thấp'],
  ['nhom 3', 'Trung bình thấp'],
  ['nhom iii', 'Trung bình thấp'],
  ['low average', 'Trung bình thấp'],
  ['thap', 'Thấp'],
  ['nhom 4', 'Thấp'],
  ['nhom iv', 'Thấp'],
  ['low', 'Thấp'],
];
const GROUP_BY_WORD = new Map(GROUP_WORDS);

/**
 * A group name as officials write it: any case, with or without diacritics, "TB cao", "Nhóm 1" … "Nhóm 4",
 * "Nhóm1", "TB. cao", the English names. Null when the text names no group.
 */
export function parseGroupName(text: string): PapiGroup | null {
  const key = fold(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b(nhom)(\d)\b/, '$1 $2')
    .replace(/^(nhom|group) /, 'nhom ')
    .trim();
  return GROUP_BY_WORD.get(key) ?? null;
}

/**
 * PAPI.GAP: target − score. `target` is a number (a target score) or a group name, meaning the lowest total
 * published in that group in `year` (default: the latest year). Positive = points still needed.
 */
export function papiGap(score: number | null, target: number | string | null, year?: number | null): Result<number> {
  if (score === null) return missing('score');
  if (target === null) return missing('target');
  const numeric = typeof target === 'number' ? target : parseVnNumber(target);
  if (numeric !== null) {
    if (score < 0 || score > 80)
      return outOfRange('score', score, { vi: 'phải từ 0 đến 80', en: 'must be between 0 and 80' });
    if (numeric < 0 || numeric > 80)
      return outOfRange('target', target, { vi: 'phải từ 0 đến 80', en: 'must be between 0 and 80' });
    return ok(tidy(numeric - score, Math.max(Math.abs(numeric), Math.abs(score))));
  }
  const group = parseGroupName(String(target));
  if (!group)
    return fail(
      'value',
      {
        vi: `Đối số mục tiêu (target): ${quote(target)} không phải là số điểm hay tên nhóm (Cao, Trung bình cao, Trung bình thấp, Thấp, Nhóm 1–4).`,
        en: `Argument target: ${quote(target)} is neither a score nor a group name (Cao, Trung bình cao, Trung bình thấp, Thấp, Nhóm 1–4).`,
      },
      'NOT_VALID',
    );
  const s = checkTotal(score);
  if ('error' in s) return s;
  const y = resolveYear(year);
  if ('error' in y) return y;
  const cut = papiCutoffs(y.value);
  if (!cut)
    return fail(
      'na',
      { vi: `Không có mốc nhóm PAPI năm ${y.value}.`, en: `No PAPI group cut-offs for ${y.value}.` },
      'NO_PUBLISHED_DATA',
    );
  return ok(tidy(cut[group] - s.value, Math.max(cut[group], s.value)));
}
