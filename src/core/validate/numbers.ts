/**
 * Text in a numeric column (maximum, result, target, ranks).
 * - THRESHOLD_TEXT (warning): a threshold such as ">92,00", "≥ 90%", "trên 90", "từ 15 trở lên". It is a real
 *   target, but a number with a comparator is text: chiso keeps it as written and leaves it out of sums.
 * - NOT_A_NUMBER (error): anything else that is not a number ("9,5,", "abc"). A lone dash or "x" means "none" and is
 *   not reported. In rank columns only thresholds are noted (words such as "Nhóm A" are common there).
 */
import { makeIssue } from '../issues';
import type { Issue } from '../issues-types';
import { fold, parseVnNumber } from '../text';
import type { TableRule } from './rule';
import { type TableView } from './table';

const NUMBER_PART = '([+-]?\\d[\\d.,\\s]*%?)';
const SYMBOLS: Array<[RegExp, string]> = [
  [new RegExp(`^(?:>=|≥|=>)\\s*${NUMBER_PART}$`), '≥'],
  [new RegExp(`^(?:<=|≤|=<)\\s*${NUMBER_PART}$`), '≤'],
  [new RegExp(`^>\\s*${NUMBER_PART}$`), '>'],
  [new RegExp(`^<\\s*${NUMBER_PART}$`), '<'],
];
/** Word thresholds, matched on folded text (no diacritics). */
const WORDS: Array<[RegExp, string]> = [
  [new RegExp(`^(?:tu|toi thieu|it nhat|khong duoi)\\s*${NUMBER_PART}\\s*(?:diem)?\\s*(?:tro len)?$`), '≥'],
  [new RegExp(`^${NUMBER_PART}\\s*(?:diem)?\\s*tro len$`), '≥'],
  [new RegExp(`^(?:tren|hon)\\s*${NUMBER_PART}\\s*(?:diem)?$`), '>'],
  [new RegExp(`^(?:toi da|khong qua)\\s*${NUMBER_PART}\\s*(?:diem)?\\s*(?:tro xuong)?$`), '≤'],
  [new RegExp(`^(?:duoi)\\s*${NUMBER_PART}\\s*(?:diem)?$`), '<'],
];

/** ">92,00" → { op: ">", number: "92,00" }; null when the text is not a threshold. */
export function readThreshold(text: string): { op: string; number: string } | null {
  const t = text.trim();
  for (const [re, op] of SYMBOLS) {
    const m = re.exec(t);
    if (m && parseVnNumber(m[1].trim()) !== null) return { op, number: m[1].trim() };
  }
  const f = fold(t);
  for (const [re, op] of WORDS) {
    const m = re.exec(f);
    if (m && parseVnNumber(m[1].trim()) !== null) return { op, number: m[1].trim() };
  }
  return null;
}

function blank(text: string): boolean {
  return /^[\s\-–—.…_x/]*$/i.test(text);
}

export const numbersRule: TableRule = {
  id: 'numbers',
  scope: 'table',
  run(view: TableView) {
    const issues: Issue[] = [];
    const cols = (view.table.columns ?? []).filter(
      (c) => c && (c.role === 'max' || c.role === 'result' || c.role === 'target' || c.role === 'rank'),
    );
    if (cols.length === 0) return issues;
    for (const row of view.rows) {
      for (const col of cols) {
        const key = col.role === 'rank' ? `rank${col.year ?? ''}` : col.role;
        const v = row.fields ? row.fields[key] : undefined;
        if (typeof v !== 'string' || blank(v) || parseVnNumber(v) !== null) continue;
        const params = { ...view.describe(row), role: col.role, year: col.year, header: col.header, text: v };
        const th = readThreshold(v);
        // Rank cells often hold words ("Nhóm A", "Top 20"): only a threshold is worth a note there.
        if (!th && col.role === 'rank') continue;
        const cell = view.cell(row, key);
        issues.push(
          th
            ? makeIssue('THRESHOLD_TEXT', view.sheet, cell, { ...params, ...th })
            : makeIssue('NOT_A_NUMBER', view.sheet, cell, params),
        );
      }
    }
    return issues;
  },
};
