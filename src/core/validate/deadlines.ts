/**
 * Deadlines, from the reader's `due`: INVALID_DATE (a date that does not exist, error), UNKNOWN_DEADLINE (text that
 * cannot be read, warning), DEADLINE_OUTSIDE_YEAR (a dated deadline
 * before the plan year or more than a year after it, warning).
 */
import { makeIssue } from '../issues';
import type { Issue } from '../issues-types';
import type { PlanRow } from '../plan/types';
import { isoDate, lastDayOfMonth } from '../text';
import type { PlanContext, TableRule } from './rule';
import { textField, type TableView } from './table';

const DMY = /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/g;

/** The first impossible dd/mm/yyyy in the text, with the real length of its month. */
function impossibleDate(text: string): { date: string; month: number; days: number } | null {
  for (const m of text.matchAll(DMY)) {
    const d = Number(m[1]);
    const mo = Number(m[2]);
    const y = Number(m[3]);
    if (isoDate(y, mo, d) === null && mo >= 1 && mo <= 12) {
      return {
        date: `${m[1].padStart(2, '0')}/${m[2].padStart(2, '0')}/${m[3]}`,
        month: mo,
        days: lastDayOfMonth(y, mo),
      };
    }
  }
  return null;
}

function formatIso(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

const DATED = new Set(['date', 'month', 'quarter']);

function check(view: TableView, row: PlanRow, year: number | null): Issue[] {
  const due = row.due;
  if (!due || typeof due !== 'object') return [];
  const text = typeof due.text === 'string' && due.text.trim() !== '' ? due.text : textField(row, 'deadline');
  const cell = view.cell(row, 'deadline');
  if (due.kind === 'invalid') {
    const bad = impossibleDate(text);
    return [makeIssue('INVALID_DATE', view.sheet, cell, { text, ...(bad ?? {}) })];
  }
  if (due.kind === 'unknown' && text.trim() !== '') {
    return [makeIssue('UNKNOWN_DEADLINE', view.sheet, cell, { text })];
  }
  if (year !== null && DATED.has(due.kind) && typeof due.date === 'string' && /^\d{4}-/.test(due.date)) {
    const y = Number(due.date.slice(0, 4));
    // The next year's first months are normal for annual reports; earlier years or later ones are copy slips.
    if (y < year || y > year + 1)
      return [makeIssue('DEADLINE_OUTSIDE_YEAR', view.sheet, cell, { text, date: formatIso(due.date), year })];
  }
  return [];
}

export const deadlineRule: TableRule = {
  id: 'deadlines',
  scope: 'table',
  run(view: TableView, ctx: PlanContext) {
    const year = typeof ctx.plan.year === 'number' && Number.isInteger(ctx.plan.year) ? ctx.plan.year : null;
    return view.rows.flatMap((row) => check(view, row, year));
  },
};
