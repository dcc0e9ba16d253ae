/**
 * The roll-up workbook (each count row: the tasks, then one column per bucket of the status model, which add up to
 * them): "Tổng hợp đơn vị" (one row per unit), "Tổng hợp nhiệm vụ" (one row per task key),
 * "Tổng hợp cơ quan" (when lead agencies are filled) and "Không đọc được" (skipped files). Counts are values (they
 * come from other files; no external link); % done and the totals are built-in formulas with their results cached.
 * Print-ready like the trackers: A4 landscape at a readable scale, header row repeated.
 */
import { colLetter } from '../grid';
import { pagePrint, setCell, type CondFormat, type SheetSpec, type SpecCell } from '../sheetspec';
import { fitRowHeights, ownSheet } from '../tracker/parts';
import { oneLine } from '../text';
import { INDEX_NAME, type IndexKind } from '../tracker/score-model';
import { COND, DATABAR_COLOR, FONT, TAB_COLOR } from '../tracker/styles';
import { BUCKETS, BUCKET_KEYS, type BucketCounts } from '../tracker/status';
import type { RollupResult } from './rollup';

/** One column per bucket of the status model, in its order (widths fit the words on two lines). */
const BUCKET_COLS: ReadonlyArray<readonly [string, number]> = BUCKETS.map((b) => [b.vi, 11] as const);
/** The letter of a bucket's column when the buckets start at column `first`. */
const bucketCol = (first: number, k: keyof BucketCounts) => colLetter(first + BUCKET_KEYS.indexOf(k));
const bucketCells = (c: BucketCounts) => BUCKET_KEYS.map((k) => int(c[k]));

export const ROLLUP_SHEETS = {
  units: 'Tổng hợp đơn vị',
  tasks: 'Tổng hợp nhiệm vụ',
  agencies: 'Tổng hợp cơ quan',
  skipped: 'Không đọc được',
} as const;

const HEADER_ROW = 5;
const FIRST = HEADER_ROW + 1;
const NOTE =
  'Tạo lại mỗi lần tổng hợp từ các tệp theo dõi; số liệu tính từ các ô đã nhập theo đúng quy tắc "Cảnh báo" của bảng theo dõi. / Rebuilt on every roll-up from the trackers, counted from the typed cells by the trackers\' own rule.';

function base(name: string, cols: number[], lastCol: number, lastRow: number): SheetSpec {
  return {
    ...ownSheet(name, 'summary', TAB_COLOR.summary, cols, HEADER_ROW),
    rowHeights: { [HEADER_ROW]: 42 },
    autoFilter: lastRow > HEADER_ROW ? `A${HEADER_ROW}:${colLetter(lastCol)}${lastRow}` : undefined,
  };
}

function heading(spec: SheetSpec, title: string, r: RollupResult, headers: string[]): void {
  setCell(spec, 1, 1, { v: title, s: 'title' });
  // The labels span the first columns wide enough to show them (merged); the values sit right of them.
  let k = 1;
  for (let w = spec.cols?.[0]?.width ?? 9; w < 26 && k < headers.length - 1; k++) w += spec.cols?.[k]?.width ?? 9;
  spec.merges = k > 1 ? [`A2:${colLetter(k)}2`, `A3:${colLetter(k)}3`] : [];
  setCell(spec, 2, 1, { v: 'Ngày tính / As of:', s: 'label' });
  setCell(spec, 2, k + 1, { v: { date: r.asOf }, s: 'settingDate' });
  setCell(spec, 3, 1, { v: 'Sắp đến hạn trong (ngày):', s: 'label' });
  setCell(spec, 3, k + 1, { v: r.soonDays, s: 'setting' });
  // The note wraps inside the table's width (a longer line would widen the printed page).
  setCell(spec, 4, 1, { v: NOTE, s: 'note' });
  spec.merges.push(`A4:${colLetter(headers.length)}4`);
  headers.forEach((h, i) => setCell(spec, HEADER_ROW, i + 1, { v: h, s: 'header' }));
}

const pctCell = (done: string, total: string, value: number | null): SpecCell => ({
  f: `IF(${total}=0,"",${done}/${total})`,
  r: value ?? '',
  s: 'pct',
});

/** Overdue cells red, due-soon amber (when above zero); the % column a data bar and green at 100 %. */
function colours(col: { overdue?: string; soon?: string; pct?: string }, last: number): CondFormat[] {
  const out: CondFormat[] = [];
  const rng = (c: string) => `${c}${FIRST}:${c}${last}`;
  if (col.overdue)
    out.push({
      range: rng(col.overdue),
      rules: [
        {
          type: 'expression',
          formula: `AND(ISNUMBER(${col.overdue}${FIRST}),${col.overdue}${FIRST}>0)`,
          style: COND.overdue,
        },
      ],
    });
  if (col.soon)
    out.push({
      range: rng(col.soon),
      rules: [
        { type: 'expression', formula: `AND(ISNUMBER(${col.soon}${FIRST}),${col.soon}${FIRST}>0)`, style: COND.soon },
      ],
    });
  if (col.pct) {
    out.push({
      range: rng(col.pct),
      rules: [
        { type: 'expression', formula: `AND(ISNUMBER(${col.pct}${FIRST}),${col.pct}${FIRST}>=1)`, style: COND.done },
        { type: 'dataBar', color: DATABAR_COLOR, min: 0, max: 1 },
      ],
    });
  }
  return out;
}

const int = (v: number): SpecCell => ({ v, s: 'int' });
const text = (v: string | null): SpecCell => ({ v, s: 'text' });
/** A file by its name: a long path has no space to wrap at and was cut in print (the JSON keeps the path). */
const fileCell = (file: string): SpecCell => text(file.split(/[\\/]/).pop() || file);

/** A column of a roll-up table: header and width. */
type Col = readonly [header: string, width: number];

/** A roll-up sheet: title, settings, header row, then one row of cells per entry from FIRST; filtered and fitted. */
function tableSheet(name: string, title: string, r: RollupResult, cols: readonly Col[], rows: SpecCell[][]): SheetSpec {
  const end = Math.max(FIRST + rows.length - 1, FIRST);
  const widths = cols.map(([, width]) => width);
  const spec = base(name, widths, cols.length, end);
  const headers = cols.map(([header]) => header);
  heading(spec, title, r, headers);
  rows.forEach((cells, i) => cells.forEach((c, k) => setCell(spec, FIRST + i, k + 1, c)));
  fitRowHeights(spec, FIRST, end);
  return spec;
}

function unitsSheet(r: RollupResult): SheetSpec {
  const indexes = (['par', 'sipas', 'papi'] as IndexKind[]).filter((k) =>
    r.units.some((u) => u.scores.some((s) => s.index === k)),
  );
  const cols: Col[] = [
    ['STT', 6],
    ['Đơn vị', 30],
    ['Tệp', 34],
    ['Số nhiệm vụ', 10],
    ...BUCKET_COLS,
    ['Tỷ lệ hoàn thành', 16],
    ['Hoàn thành gần nhất', 13],
    ...indexes.flatMap((k): Col[] => [
      [`${INDEX_NAME[k]}: mục tiêu`, 11],
      [`${INDEX_NAME[k]}: ước đạt`, 11],
    ]),
  ];
  const last = FIRST + r.units.length - 1;
  // D the tasks, then the buckets from E (done first), then % done.
  const done = bucketCol(5, 'done');
  const rows = r.units.map((u, i): SpecCell[] => {
    const row = FIRST + i;
    return [
      int(i + 1),
      text(u.unit),
      fileCell(u.file),
      int(u.tasks),
      ...bucketCells(u),
      pctCell(`${done}${row}`, `D${row}`, u.pctDone),
      { v: u.lastDone ? { date: u.lastDone } : null, s: 'date' },
      ...indexes.flatMap((k): SpecCell[] => {
        const s = u.scores.find((x) => x.index === k);
        return [
          { v: s?.target ?? null, s: 'score' },
          { v: s?.estimate ?? null, s: 'score' },
        ];
      }),
    ];
  });
  if (r.units.length) {
    const t = last + 1;
    const sums = [
      r.units.reduce((a, u) => a + u.tasks, 0),
      ...BUCKET_KEYS.map((f) => r.units.reduce((a, u) => a + u[f], 0)),
    ];
    rows.push([
      { v: null, s: 'group' },
      { v: `Tổng cộng ${r.units.length} đơn vị / Total`, s: 'group' },
      { v: null, s: 'group' },
      ...sums.map((v, k): SpecCell => {
        const c = colLetter(4 + k);
        return { f: `SUM(${c}${FIRST}:${c}${last})`, r: v, s: 'intBold' };
      }),
      pctCell(`${done}${t}`, `D${t}`, sums[0] ? r.units.reduce((a, u) => a + u.done, 0) / sums[0] : null),
      { v: null, s: 'group' },
    ]);
  }
  const spec = tableSheet(
    ROLLUP_SHEETS.units,
    'Tổng hợp thực hiện kế hoạch của các đơn vị / Units roll-up',
    r,
    cols,
    rows,
  );
  if (r.units.length)
    spec.condFormats = colours(
      { overdue: bucketCol(5, 'overdue'), soon: bucketCol(5, 'dueSoon'), pct: colLetter(5 + BUCKETS.length) },
      last,
    );
  return spec;
}

function tasksSheet(r: RollupResult): SheetSpec {
  const cols: Col[] = [
    ['STT', 6],
    ['Mã', 12],
    ['Nhiệm vụ', 60],
    ['Số đơn vị có nhiệm vụ', 11],
    ...BUCKET_COLS,
    ['Tỷ lệ hoàn thành', 12],
    ['Đơn vị quá hạn', 50],
  ];
  const rows = r.tasks.map((t, i): SpecCell[] => [
    int(i + 1),
    text(t.key),
    text(t.task),
    int(t.units),
    ...bucketCells(t),
    pctCell(`${bucketCol(5, 'done')}${FIRST + i}`, `D${FIRST + i}`, t.units ? t.done / t.units : null),
    text(t.lateUnits.join('; ') || null),
  ]);
  const spec = tableSheet(ROLLUP_SHEETS.tasks, 'Tổng hợp theo nhiệm vụ / Tasks across units', r, cols, rows);
  if (r.tasks.length)
    spec.condFormats = colours(
      { overdue: bucketCol(5, 'overdue'), soon: bucketCol(5, 'dueSoon'), pct: colLetter(5 + BUCKETS.length) },
      FIRST + r.tasks.length - 1,
    );
  return spec;
}

function agenciesSheet(r: RollupResult): SheetSpec {
  const cols: Col[] = [
    ['STT', 6],
    ['Cơ quan chủ trì', 48],
    ['Số đơn vị', 10],
    ['Số nhiệm vụ', 11],
    ...BUCKET_COLS,
    ['Tỷ lệ hoàn thành', 14],
  ];
  const rows = r.agencies.map((a, i): SpecCell[] => [
    int(i + 1),
    text(a.name),
    int(a.units),
    int(a.tasks),
    ...bucketCells(a),
    pctCell(`${bucketCol(5, 'done')}${FIRST + i}`, `D${FIRST + i}`, a.tasks ? a.done / a.tasks : null),
  ]);
  const spec = tableSheet(ROLLUP_SHEETS.agencies, 'Tổng hợp theo cơ quan chủ trì / By lead agency', r, cols, rows);
  spec.condFormats = colours(
    { overdue: bucketCol(5, 'overdue'), soon: bucketCol(5, 'dueSoon'), pct: colLetter(5 + BUCKETS.length) },
    FIRST + r.agencies.length - 1,
  );
  return spec;
}

function skippedSheet(r: RollupResult): SheetSpec {
  const cols: Col[] = [
    ['STT', 6],
    ['Tệp', 50],
    ['Lý do / Reason', 90],
  ];
  const rows = r.skipped.map((s, i): SpecCell[] => [int(i + 1), fileCell(s.file), text(oneLine(s.reason))]);
  const spec = tableSheet(ROLLUP_SHEETS.skipped, 'Các tệp không đưa vào tổng hợp / Files not rolled up', r, cols, rows);
  spec.tabColor = TAB_COLOR.problems;
  // One short line, in a column wide enough that it never wraps (the row height stays the default).
  if (!r.skipped.length) setCell(spec, FIRST, 2, text('Không có / None'));
  return spec;
}

/** The roll-up's sheets, in order; "Tổng hợp cơ quan" only when some lead agency is filled. */
export function rollupSheets(r: RollupResult): SheetSpec[] {
  const specs = [unitsSheet(r), tasksSheet(r), ...(r.agencies.length ? [agenciesSheet(r)] : []), skippedSheet(r)];
  for (const spec of specs) {
    fitRowHeights(spec, 4, HEADER_ROW);
    spec.print = pagePrint(spec, { headerRows: `${HEADER_ROW}:${HEADER_ROW}`, bodyPt: FONT.size, repeatCols: 'A:B' });
  }
  return specs;
}
