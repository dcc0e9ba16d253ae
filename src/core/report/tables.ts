/**
 * The report's tables, once: the Word draft renders them (adapters/docx/report.ts) and `-o …xlsx` writes them as
 * sheets (`reportSheets`, through the SheetSpec writer), so both carry the same figures.
 */
import { colLetter } from '../grid';
import { setCell, type SheetSpec, type SpecCell } from '../sheetspec';
import { formatVnDate } from '../text';
import { fitRowHeights, ownSheet } from '../tracker/parts';
import { TAB_COLOR } from '../tracker/styles';
import { INDEX_NAME } from '../tracker/score-model';
import { BUCKET_LABEL } from './bucket';
import type { CountRow, ReportFacts, ReportTask } from './facts';

/** A cell: text, a count, a score, a date ({ date }), or empty. */
export type ReportValue = string | number | { date: string } | { score: number } | null;

export interface ReportTable {
  /** Sheet name in the .xlsx output (≤ 31 characters). */
  sheet: string;
  title: string;
  headers: string[];
  /** Relative widths (Excel column widths). */
  widths: number[];
  rows: ReportValue[][];
  /** Rows shown bold (a total row). */
  bold?: number[];
}

const date = (iso: string | null): ReportValue => (iso ? { date: iso } : null);
const score = (n: number | null): ReportValue => (n === null ? null : { score: n });

/** The words a cell shows (the Word draft's text; the sheets keep numbers and dates as values). */
export function shownValue(v: ReportValue): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return v;
  if ('date' in v) return formatVnDate(v.date);
  return v.score.toLocaleString('vi-VN', { maximumFractionDigits: 4 });
}

/** "Đang thực hiện" in a count table: in progress, due soon and not yet updated (none of them late or done). */
export const going = (r: CountRow) => r.buckets.onTrack + r.buckets.dueSoon + r.buckets.notUpdated;

function countTable(f: ReportFacts): ReportTable {
  const rows: ReportValue[][] = [];
  const bold: number[] = [];
  const counts = (r: CountRow): ReportValue[] => [
    r.total,
    r.due,
    r.completed,
    r.buckets.done,
    r.buckets.overdue,
    going(r),
    r.buckets.paused,
    r.buckets.noDate,
  ];
  const section = (label: string) => {
    bold.push(rows.length);
    rows.push([null, label, null, null, null, null, null, null, null, null]);
  };
  bold.push(rows.length);
  rows.push([null, 'Tổng số', ...counts(f.total)]);
  let n = 0;
  const numbered = (label: string, r: CountRow) => rows.push([++n, label, ...counts(r)]);
  section('Theo chỉ số');
  f.byIndex.forEach((r) => numbered(r.name, r));
  n = 0;
  section('Theo cơ quan chủ trì');
  f.byAgency.forEach((r) => numbered(r.name, r));
  return {
    sheet: 'Kết quả thực hiện',
    title: 'Kết quả thực hiện theo chỉ số và cơ quan chủ trì',
    headers: [
      'STT',
      'Chỉ số / Cơ quan chủ trì',
      'Số nhiệm vụ',
      'Đến hạn trong kỳ',
      'Hoàn thành trong kỳ',
      'Đã hoàn thành (lũy kế)',
      'Quá hạn',
      'Đang thực hiện',
      'Tạm dừng',
      'Không có hạn cố định',
    ],
    widths: [4, 25, 9, 9, 10, 10, 8, 10, 8, 9],
    rows,
    bold,
  };
}

const several = (f: ReportFacts) => f.units.length > 1;
const unitCol = (f: ReportFacts, t: ReportTask): ReportValue[] => (several(f) ? [t.unit] : []);
const unitHead = (f: ReportFacts): string[] => (several(f) ? ['Đơn vị'] : []);
const unitWidth = (f: ReportFacts): number[] => (several(f) ? [18] : []);

/** "chưa nêu lý do" where the notes are empty. */
export const NO_REASON = 'chưa nêu lý do';

function overdueTable(f: ReportFacts): ReportTable {
  return {
    sheet: 'Quá hạn',
    title: `Nhiệm vụ quá hạn tính đến ngày ${formatVnDate(f.window.to)}`,
    headers: ['STT', ...unitHead(f), 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Hạn', 'Lý do (ghi chú)'],
    widths: [5, ...unitWidth(f), 40, 16, 16, 10, 24],
    rows: f.overdue.map((t, i) => [
      i + 1,
      ...unitCol(f, t),
      t.task,
      t.lead,
      t.coordinate,
      date(t.due),
      t.notes || NO_REASON,
    ]),
  };
}

function nextTable(f: ReportFacts): ReportTable {
  return {
    sheet: 'Kỳ tới',
    title: `Nhiệm vụ đến hạn kỳ tới (từ ${formatVnDate(f.next.from)} đến ${formatVnDate(f.next.to)})`,
    headers: ['STT', ...unitHead(f), 'Nhiệm vụ', 'Cơ quan chủ trì', 'Hạn', 'Trạng thái'],
    widths: [5, ...unitWidth(f), 50, 20, 10, 16],
    rows: f.dueNext.map((t, i) => [i + 1, ...unitCol(f, t), t.task, t.lead, date(t.due), BUCKET_LABEL[t.bucket].vi]),
  };
}

function scoreTable(f: ReportFacts): ReportTable {
  const rows: ReportValue[][] = [];
  const bold: number[] = [];
  const gap = (t: number | null, e: number | null) => (t !== null && e !== null ? score(e - t) : null);
  for (const s of f.scores) {
    bold.push(rows.length);
    const name = `Chỉ số ${INDEX_NAME[s.index]}${several(f) ? ` — ${s.unit}` : ''}`;
    rows.push([null, name, score(s.target), score(s.estimate), gap(s.target, s.estimate)]);
    s.fields.forEach((l, i) =>
      rows.push([i + 1, l.title || l.key, score(l.target), score(l.estimate), gap(l.target, l.estimate)]),
    );
  }
  return {
    sheet: 'Điểm chỉ số',
    title: 'Điểm ước đạt so với mục tiêu theo lĩnh vực',
    headers: ['STT', 'Chỉ số / Lĩnh vực', 'Mục tiêu', 'Ước đạt', 'Chênh lệch (ước đạt − mục tiêu)'],
    widths: [5, 50, 10, 10, 14],
    rows,
    bold,
  };
}

function unitsTable(f: ReportFacts): ReportTable {
  const r = f.rollup!;
  return {
    sheet: 'Theo đơn vị',
    title: `Kết quả theo đơn vị tính đến ngày ${formatVnDate(f.window.to)}`,
    headers: [
      'STT',
      'Đơn vị',
      'Số nhiệm vụ',
      'Hoàn thành',
      'Quá hạn',
      'Sắp đến hạn',
      'Tạm dừng',
      'Chưa có hạn cố định',
    ],
    widths: [5, 34, 10, 10, 9, 10, 9, 11],
    rows: r.units.map((u, i) => [i + 1, u.unit, u.tasks, u.done, u.overdue, u.dueSoon, u.paused, u.noDate]),
  };
}

/** Every task due in the window or completed in it, in tracker order. */
export function windowTasks(f: ReportFacts): ReportTask[] {
  const seen = new Set(f.dueInWindow);
  return [...f.dueInWindow, ...f.completedInWindow.filter((t) => !seen.has(t))];
}

function appendixTable(f: ReportFacts): ReportTable {
  return {
    sheet: 'Phụ lục',
    title: 'Danh mục nhiệm vụ trong kỳ báo cáo',
    headers: [
      'STT',
      ...unitHead(f),
      'Nhiệm vụ',
      'Cơ quan chủ trì',
      'Hạn',
      'Trạng thái',
      'Ngày hoàn thành',
      'Tài liệu kiểm chứng',
    ],
    widths: [4, ...unitWidth(f), 34, 15, 12, 11, 12, 18],
    rows: windowTasks(f).map((t, i) => [
      i + 1,
      ...unitCol(f, t),
      t.task,
      t.lead,
      date(t.due),
      BUCKET_LABEL[t.bucket].vi,
      date(t.doneDate),
      t.evidence,
    ]),
  };
}

export interface ReportTables {
  counts: ReportTable;
  scores: ReportTable | null;
  units: ReportTable | null;
  overdue: ReportTable;
  next: ReportTable;
  appendix: ReportTable;
}

export function reportTables(f: ReportFacts): ReportTables {
  return {
    counts: countTable(f),
    scores: f.scores.length ? scoreTable(f) : null,
    units: f.rollup ? unitsTable(f) : null,
    overdue: overdueTable(f),
    next: nextTable(f),
    appendix: appendixTable(f),
  };
}

const HEADER_ROW = 3;

function sheetOf(t: ReportTable): SheetSpec {
  const spec = ownSheet(t.sheet, 'summary', TAB_COLOR.summary, t.widths, HEADER_ROW);
  spec.print = { landscape: true, paper: 'A4', fitToWidth: true, repeatRows: `${HEADER_ROW}:${HEADER_ROW}` };
  setCell(spec, 1, 1, { v: t.title, s: 'title' });
  t.headers.forEach((h, i) => setCell(spec, HEADER_ROW, i + 1, { v: h, s: 'header' }));
  t.rows.forEach((row, i) =>
    row.forEach((v, k) => {
      const b = t.bold?.includes(i);
      const cell: SpecCell =
        v === null || typeof v === 'string'
          ? { v, s: b ? 'group' : 'text' }
          : typeof v === 'number'
            ? { v, s: b ? 'intBold' : 'int' }
            : 'date' in v
              ? { v, s: 'date' }
              : { v: v.score, s: b ? 'scoreBold' : 'score' };
      setCell(spec, HEADER_ROW + 1 + i, k + 1, cell);
    }),
  );
  const last = HEADER_ROW + Math.max(t.rows.length, 1);
  spec.autoFilter = t.rows.length ? `A${HEADER_ROW}:${colLetter(t.headers.length)}${last}` : undefined;
  spec.rowHeights = { [HEADER_ROW]: 42 };
  fitRowHeights(spec, HEADER_ROW + 1, last);
  return spec;
}

/** The tables as sheets (the .xlsx output), in the report's order. */
export function reportSheets(f: ReportFacts): SheetSpec[] {
  const t = reportTables(f);
  return [t.counts, t.units, t.scores, t.overdue, t.next, t.appendix].filter((x): x is ReportTable => !!x).map(sheetOf);
}
