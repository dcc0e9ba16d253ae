/**
 * Next year's task table from last year's: recurring tasks ("Thường xuyên", "Hằng quý", …) and tasks the tracker
 * does not mark done are carried over, the others dropped (and listed). Columns are kept as the plan printed
 * them (years in headers shifted); deadlines move to the new year ("Tháng 7/2025" → "Tháng 7/2026"); items numbered
 * "1.", "2." are renumbered so the dropped ones leave no gaps (repeated numbers — one criterion over several rows —
 * stay shared; numbering that restarted per group still restarts).
 */
import { classifyLabel } from '../text';
import { fieldKeys } from '../plan/fields';
import type { Column, PlanRow, PlanTable } from '../plan/types';
import type { FrameColumn } from './frame';
import { shiftYear } from './numbering';
import type { TaskLine, TaskModel } from './task-table';
import type { TrackedTask } from './tracker-data';

export interface DroppedTask {
  sheet: string;
  key: string;
  label: string;
  task: string;
  lead: string;
  deadline: string;
  /** Why it was dropped (Vietnamese), e.g. "Đã hoàn thành (Trạng thái: Hoàn thành)". */
  reason: string;
}

const WIDTH: Partial<Record<Column['role'], number>> = {
  no: 7,
  task: 50,
  criterion: 30,
  requirement: 40,
  dimension: 30,
  deadline: 16,
  lead: 22,
  coordinate: 22,
  output: 40,
  leader: 18,
};

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

export function rowTaskText(row: PlanRow): string {
  const parts = [row.fields.task, row.fields.criterion, row.fields.requirement, row.fields.dimension]
    .map(str)
    .filter((s) => s !== '');
  return [...new Set(parts)].join('\n');
}

function isRecurring(row: PlanRow): boolean {
  return row.due?.kind === 'recurring';
}

/** Renumbers "N." / "N" items among the carried ones (see the file comment). */
function renumber(items: Array<{ row: PlanRow; carried: boolean }>): Map<string, string> {
  const out = new Map<string, string>();
  let counter = 0;
  let prevN: number | null = null;
  let prevParent: string | undefined;
  let series: string | null = null;
  for (const { row, carried } of items) {
    const info = classifyLabel(row.label);
    if (info.kind !== 'number') continue;
    const n = Number(info.parts[0]);
    const repeat = prevN !== null && n === prevN && row.parentKey === prevParent;
    if (!repeat) {
      if (prevN !== null && n <= prevN) counter = 0;
      series = null;
    }
    prevN = n;
    prevParent = row.parentKey;
    if (!carried) continue;
    if (series === null) {
      counter++;
      series = row.label.replace(/\d+/, String(counter));
    }
    out.set(row.key, series);
  }
  return out;
}

export interface CarriedTable {
  model: TaskModel;
  carried: number;
  dropped: DroppedTask[];
  /** Carried tasks whose text names a year up to last year's: kept as written, for the official to review. */
  yearMentions: YearMention[];
}

/** A carried task whose text (not its deadline, which moves on) names a past year. */
export interface YearMention {
  sheet: string;
  key: string;
  label: string;
  text: string;
  years: number[];
}

/** Years from 2000 to `upTo` named in a text ("năm 2024", "2023-2025"). */
export function pastYears(text: string, upTo: number): number[] {
  const found = [...text.matchAll(/(?:^|\D)(20\d\d)(?!\d)/g)].map((m) => Number(m[1])).filter((y) => y <= upTo);
  return [...new Set(found)];
}

export function carryTaskTable(
  table: PlanTable,
  sheet: string,
  titles: string[],
  tracked: Map<string, TrackedTask> | undefined,
  years: { from: number; to: number },
): CarriedTable {
  const shift = (s: string) => shiftYear(s, years.from, years.to);
  const keys = fieldKeys(table.columns);
  const noCol = table.columns.find((c) => c.role === 'no');
  const dataCols = table.columns.filter((c) => c.role !== 'no');
  const frameCols: FrameColumn[] = [
    { header: noCol ? shift(noCol.header) : 'TT', width: WIDTH.no ?? 7 },
    ...dataCols.map((c) => ({ header: shift(c.header), width: WIDTH[c.role] ?? 16 })),
  ];
  const mainIndex = Math.max(
    0,
    dataCols.findIndex((c) => ['task', 'criterion', 'requirement', 'dimension'].includes(c.role)),
  );

  const dropped: DroppedTask[] = [];
  const items = table.rows
    .filter((r) => r.type === 'item')
    .map((row) => {
      const t = tracked?.get(row.key);
      const carried = isRecurring(row) || !t?.done;
      if (!carried && t) {
        const why = [t.status && `Trạng thái: ${t.status}`, t.doneDate && `Ngày hoàn thành: ${t.doneDate}`]
          .filter(Boolean)
          .join('; ');
        dropped.push({
          sheet: table.sheet,
          key: row.key,
          label: row.label,
          task: rowTaskText(row),
          lead: str(row.fields.lead),
          deadline: str(row.fields.deadline),
          reason: `Đã hoàn thành (${why})`,
        });
      }
      return { row, carried };
    });
  const carriedKeys = new Set(items.filter((i) => i.carried).map((i) => i.row.key));
  const byKey = new Map(table.rows.map((r) => [r.key, r]));
  const needed = new Set<string>();
  for (const key of carriedKeys) {
    for (let p = byKey.get(key)?.parentKey; p !== undefined; p = byKey.get(p)?.parentKey) needed.add(p);
  }
  const labels = renumber(items);

  const lines: TaskLine[] = [];
  const yearMentions: YearMention[] = [];
  const years0 = years;
  for (const row of table.rows) {
    if (row.type === 'total') continue;
    if (row.type !== 'item') {
      if (!needed.has(row.key)) continue;
      lines.push({
        type: row.type,
        label: row.label,
        title: str(row.fields[dataCols[mainIndex]?.role ?? 'task']) || rowTaskText(row),
      });
      continue;
    }
    if (!carriedKeys.has(row.key)) continue;
    const values = dataCols.map((c) => {
      const v = row.fields[keys.get(c.index) ?? c.role];
      if (c.role === 'deadline' && typeof v === 'string') return shift(v);
      return v ?? null;
    });
    lines.push({ type: 'item', label: labels.get(row.key) ?? row.label, values });
    // Texts are not rewritten (a year may be history: "theo Kết luận năm 2024"); a past year is flagged instead.
    const text = dataCols
      .filter((c) => c.role !== 'deadline')
      .map((c) => row.fields[keys.get(c.index) ?? c.role])
      .filter((v): v is string => typeof v === 'string')
      .join(' ');
    const years = pastYears(text, years0.from);
    if (years.length) yearMentions.push({ sheet: table.sheet, key: row.key, label: row.label, text, years });
  }
  return {
    model: { sheet, titles, columns: frameCols, lines, headingCol: mainIndex + 2 },
    carried: carriedKeys.size,
    dropped,
    yearMentions,
  };
}
