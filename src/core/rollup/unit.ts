/**
 * One unit's trackers read back (as chiso wrote them, with what officials typed since): every live task row with
 * its bucket computed from the cells by the tracker's own rule (status.ts; also for trackers an older chiso wrote,
 * whose "Cảnh báo" words differ), and the score trackers' totals computed
 * from the typed leaves by the tracker's own score model. Cached formula results are never used: a file saved by
 * another program may carry none.
 */
import { cellAt, cellText, isEmptyCell, type Cell, type Grid, type ReadNote } from '../grid';
import type { Bilingual } from '../text';
import { SHEET_NAMES, TASK_HEADERS, SCORE_HEADERS } from '../tracker/labels';
import { readMarker } from '../tracker/marker';
import { readPrevious, type PrevSheet } from '../tracker/previous';
import { valueOfCell } from '../tracker/parts';
import { bucketOf, alertInputOf, dueIso, isDone, type AlertInput, type BucketKey } from '../tracker/status';
import { indexInWords, indexesInWords, type IndexKind } from '../tracker/score-model';
import { scoreTotals, type ScoreTotals } from './scores';

export interface UnitTask {
  key: string;
  task: string;
  /** The lead-agency cell as written ("" when empty). */
  lead: string;
  /** Its bucket of the status model, recomputed from the typed cells. */
  bucket: BucketKey;
  /** "Ngày hoàn thành" as an ISO date, when a date is typed there. */
  doneDate: string | null;
  /** What the alert rule reads, so a report can ask for the status on another day (core/report/bucket.ts). */
  input: AlertInput;
  /** The tracker sheet it sits on. */
  sheet: string;
  /** "TT" as written. */
  label: string;
  coordinate: string;
  /** "Tiến độ theo kế hoạch" as written in the plan. */
  deadline: string;
  /** "Trạng thái", "Tài liệu kiểm chứng" and "Ghi chú" as typed ("" when empty). */
  status: string;
  evidence: string;
  notes: string;
  /** The index the task serves, from its headings ("CHỈ SỐ CCHC (PAR INDEX)") or the sheet's title; null if none. */
  index: IndexKind | null;
  /** Done by the tracker's rule (status.ts `isDone`). */
  done: boolean;
  /** "Kết quả/Sản phẩm", "Tiêu chí" and "Phần" as written ("" when absent): the self-assessment's evidence. */
  output: string;
  criterion: string;
  part: string;
}

export interface UnitRead {
  unit: string;
  tasks: UnitTask[];
  scores: ScoreTotals[];
}

/** Why a workbook is not rolled up (one Vietnamese / English line), or null when it is a chiso tracker. */
export const NOT_TRACKER: Bilingual = {
  vi: 'không phải bảng theo dõi do chiso tạo (không có trang ẩn "_chiso")',
  en: 'not a chiso tracker (no hidden "_chiso" sheet)',
};
export const NO_TRACKER_SHEET: Bilingual = {
  vi: 'không có trang theo dõi nhiệm vụ hay điểm nào đọc được',
  en: 'no task or score tracker sheet could be read',
};

/** What the reader noted on a sheet it could not read, in a few words of each language. */
function unreadWords(note: ReadNote): Bilingual | null {
  if (note.code === 'SHEET_UNREADABLE') {
    const { part, reason } = note.params;
    if (reason === 'damaged') return { vi: `phần ${part} bị hỏng`, en: `part ${part} is damaged` };
    if (reason === 'unlinked')
      return { vi: `mã ${part} không có trong quan hệ của workbook.xml`, en: `id ${part} has no relationship` };
    return { vi: `thiếu phần ${part}`, en: `part ${part} is missing` };
  }
  if (note.code === 'SHEET_LISTED_TWICE')
    return { vi: 'khai báo hai lần trong workbook.xml', en: 'listed twice in workbook.xml' };
  return null;
}

/**
 * Why a tracker is skipped when one of its task or score sheets could not be read: counting its tasks without that
 * sheet would report the unit wrong, so it is left out with the sheet and the damage named.
 */
function damagedTracker(grids: Grid[], marker: Grid): Bilingual | null {
  const trackers = new Set(
    readMarker(marker)
      .filter((e) => e.kind === 'tasks' || e.kind === 'scores')
      .map((e) => e.sheet),
  );
  for (const g of grids)
    for (const note of g.notes ?? []) {
      const sheet = note.code === 'SHEET_LISTED_TWICE' && trackers.has(note.params.later) ? note.params.later : g.sheet;
      const words = trackers.has(sheet) ? unreadWords(note) : null;
      if (words)
        return {
          vi: `bảng theo dõi hỏng, trang “${sheet}”: ${words.vi}`,
          en: `damaged tracker, sheet "${sheet}": ${words.en}`,
        };
    }
  return null;
}

const TEXT_HEADERS = [TASK_HEADERS.task, TASK_HEADERS.criterion, TASK_HEADERS.requirement, TASK_HEADERS.dimension];

const text = (c: Cell | undefined) => (c ? cellText(c).replace(/\s+/g, ' ').trim() : '');

/**
 * The unit's name: from the plan's title as the tracker repeats it ("Kèm theo Kế hoạch … của UBND phường Ba Đình",
 * "Các nhiệm vụ của UBND phường Ba Đình năm 2025"), else from the source sheet's name ("Nhiệm vụ UBND phường …", as
 * `chiso cascade` names it), else the file name.
 */
export function unitName(sheets: PrevSheet[], grids: Grid[], fileName: string): string {
  const titles: string[] = [];
  for (const s of sheets) {
    const g = grids.find((x) => x.sheet === s.name);
    for (let r = 1; g && r < s.headerRow; r++) {
      const t = text(cellAt(g, r, 1));
      const m = /^Nguồn \/ Source: .*? — (.*)$/.exec(t);
      if (m) titles.push(...m[1].split(' · '));
    }
  }
  const clean = (s: string) => s.replace(/[)\s.]+$/, '').trim();
  const usable = (s: string) => s.length > 1 && !s.includes('…');
  for (const t of [...titles].reverse()) {
    const m = /k[èe]m theo k[ếe] ho[ạa]ch\b.*\bcủa (.+)$/i.exec(t);
    if (m && usable(clean(m[1]))) return clean(m[1]);
  }
  for (const t of titles) {
    const m = /nhiệm vụ của (.+?)(?: năm \d{4})?$/i.exec(t);
    if (m && usable(clean(m[1]))) return clean(m[1]);
  }
  for (const s of sheets) {
    const m = /^Nhiệm vụ (.+)$/.exec(s.source?.sheet ?? '');
    if (m) return m[1].trim();
  }
  return fileName.replace(/\.xlsx$/i, '');
}

/** The sheet's title lines (above the header) as one text: "Nguồn / Source: Phụ lục 1 — Các nhiệm vụ … PAR INDEX". */
function titleText(sheet: PrevSheet, grid: Grid | undefined): string {
  const out: string[] = [];
  for (let r = 1; grid && r < sheet.headerRow; r++) out.push(text(cellAt(grid, r, 1)));
  return out.join(' ');
}

function taskRows(sheet: PrevSheet, grid: Grid | undefined, asOf: string, soonDays: number): UnitTask[] {
  const out: UnitTask[] = [];
  const textOf = (c: Cell | undefined) => cellText(c ?? { kind: 'empty' }).trim();
  const rowText = (r: PrevSheet['rows'][number]) => TEXT_HEADERS.map((h) => textOf(r.cells.get(h))).find(Boolean) ?? '';
  // A heading's index ("A" → "CHỈ SỐ CCHC (PAR INDEX)"); a task takes its outermost heading's (a sub-heading may
  // mention CCHC in passing), else the sheet's when its title names exactly one index.
  const headingIndex = new Map<string, IndexKind>();
  const named = indexesInWords(titleText(sheet, grid));
  const sheetIndex = named.length === 1 ? named[0] : null;
  for (const r of sheet.rows) {
    const i = isEmptyCell(r.cells.get(TASK_HEADERS.kind) ?? { kind: 'empty' }) ? indexInWords(rowText(r)) : null;
    if (i) headingIndex.set(r.key, i);
  }
  const indexOfKey = (key: string): IndexKind | null => {
    const parts = key.split('.');
    for (let n = 1; n < parts.length; n++) {
      const i = headingIndex.get(parts.slice(0, n).join('.'));
      if (i) return i;
    }
    return sheetIndex;
  };
  for (const r of sheet.rows) {
    // Headings carry no deadline kind; rows marked "Đã bỏ khỏi kế hoạch" are not counted (as in the tracker).
    if (r.removed || isEmptyCell(r.cells.get(TASK_HEADERS.kind) ?? { kind: 'empty' })) continue;
    const v = (h: string) => valueOfCell(r.cells.get(h));
    const input = alertInputOf({
      status: v(TASK_HEADERS.status),
      doneDate: v(TASK_HEADERS.doneDate),
      due: v(TASK_HEADERS.due),
    });
    const cell = (h: string) => textOf(r.cells.get(h));
    out.push({
      key: r.key,
      task: rowText(r),
      lead: cellText(r.cells.get(TASK_HEADERS.lead) ?? { kind: 'empty' }),
      bucket: bucketOf(input, asOf, soonDays),
      doneDate: dueIso(v(TASK_HEADERS.doneDate)),
      input,
      sheet: sheet.name,
      label: cell(TASK_HEADERS.label),
      coordinate: cell(TASK_HEADERS.coordinate),
      deadline: cell(TASK_HEADERS.deadline),
      status: cell(TASK_HEADERS.status),
      evidence: cell(TASK_HEADERS.evidence),
      notes: cell(TASK_HEADERS.notes),
      index: indexOfKey(r.key),
      done: isDone(input),
      output: cell(TASK_HEADERS.output),
      criterion: cell(TASK_HEADERS.criterion),
      part: cell(TASK_HEADERS.part),
    });
  }
  return out;
}

/** Reads one workbook's trackers, or the reason it is skipped. */
export function readUnit(
  grids: Grid[],
  fileName: string,
  asOf: string,
  soonDays: number,
): { read: UnitRead } | { skip: Bilingual } {
  const marker = grids.find((g) => g.sheet === SHEET_NAMES.marker);
  if (!marker || readMarker(marker).length === 0) return { skip: NOT_TRACKER };
  const damaged = damagedTracker(grids, marker);
  if (damaged) return { skip: damaged };
  // Every header counts as known: the roll-up reads chiso's columns by name and ignores the others.
  const state = readPrevious(
    { grids },
    () => () => true,
    () => () => false,
  );
  const sheets = state.sheets.filter((s) => s.kind === 'tasks' || s.kind === 'scores');
  if (!sheets.length) return { skip: NO_TRACKER_SHEET };
  const tasks: UnitTask[] = [];
  const scores: ScoreTotals[] = [];
  for (const s of sheets) {
    if (s.kind === 'tasks')
      tasks.push(
        ...taskRows(
          s,
          grids.find((g) => g.sheet === s.name),
          asOf,
          soonDays,
        ),
      );
    else if (s.headers.includes(SCORE_HEADERS.title)) {
      const t = scoreTotals(
        s,
        grids.find((g) => g.sheet === s.name),
      );
      if (t) scores.push(t);
    }
  }
  return { read: { unit: unitName(sheets, grids, fileName), tasks, scores } };
}
