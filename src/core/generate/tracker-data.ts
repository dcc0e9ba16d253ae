/**
 * What last year's workbook says beyond its plan, read from chiso's own tracker sheets (found through the hidden
 * marker sheet "_chiso"): which tasks were marked done ("Trạng thái" = "Hoàn thành", or a "Ngày hoàn thành"), and
 * the estimates officials typed in the score trackers ("Ước đạt <year>"), by plan table and row key.
 */
import { cellText, type Cell, type Grid } from '../grid';
import { readMarker, SCORE_HEADERS, SHEET_NAMES, TASK_HEADERS } from '../tracker';
import { readPrevious } from '../tracker/previous';
import { isDone } from '../tracker/status';
import { parseVnNumber } from '../text';

export interface TrackedTask {
  status: string;
  doneDate: string;
  done: boolean;
}

export interface TrackerData {
  /** "sheet\u0001tableNo" → row key → what the task tracker holds. */
  tasks: Map<string, Map<string, TrackedTask>>;
  /** "sheet\u0001tableNo" → row key → the estimate (a number), when one is typed. */
  estimates: Map<string, Map<string, number>>;
  /** Names of chiso's sheets in the workbook (marker included). */
  sheets: string[];
}

export const tableId = (sheet: string, table: number): string => `${sheet}\u0001${table}`;

/** Splits a workbook's sheets into the plan's and chiso's own (trackers, summary, marker). */
export function splitChisoSheets(grids: Grid[]): { plan: Grid[]; chiso: Grid[] } {
  const marker = grids.find((g) => g.sheet === SHEET_NAMES.marker);
  const mine = new Set((marker ? readMarker(marker) : []).map((e) => e.sheet));
  if (marker) mine.add(marker.sheet);
  return { plan: grids.filter((g) => !mine.has(g.sheet)), chiso: grids.filter((g) => mine.has(g.sheet)) };
}

function numberOf(cell: Cell | undefined): number | null {
  if (!cell) return null;
  if (cell.kind === 'number') return Number.isFinite(cell.value) ? cell.value : null;
  if (cell.kind === 'text') return parseVnNumber(cell.text);
  return null;
}

/** Reads the trackers among `chiso` grids (empty data when there are none). */
export function readTrackerData(chiso: Grid[]): TrackerData {
  const data: TrackerData = { tasks: new Map(), estimates: new Map(), sheets: chiso.map((g) => g.sheet) };
  if (!chiso.length) return data;
  const state = readPrevious(
    { grids: chiso },
    () => () => true,
    () => () => false,
  );
  for (const sheet of state.sheets) {
    if (!sheet.source) continue;
    const id = tableId(sheet.source.sheet, sheet.source.table);
    if (sheet.kind === 'tasks') {
      const rows = new Map<string, TrackedTask>();
      for (const r of sheet.rows) {
        if (r.removed) continue;
        const status = cellText(r.cells.get(TASK_HEADERS.status) ?? { kind: 'empty' }).trim();
        const doneDate = cellText(r.cells.get(TASK_HEADERS.doneDate) ?? { kind: 'empty' }).trim();
        rows.set(r.key, { status, doneDate, done: isDone({ status, hasDoneDate: doneDate !== '' }) });
      }
      data.tasks.set(id, rows);
    } else if (sheet.kind === 'scores') {
      const header = sheet.headers.find((h) => h.startsWith(SCORE_HEADERS.estimate));
      const rows = new Map<string, number>();
      for (const r of sheet.rows) {
        if (r.removed || !header) continue;
        const n = numberOf(r.cells.get(header));
        if (n !== null) rows.set(r.key, n);
      }
      data.estimates.set(id, rows);
    }
  }
  return data;
}
