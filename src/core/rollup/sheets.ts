/**
 * The roll-up workbook: "Tổng hợp đơn vị" (one row per unit), "Tổng hợp nhiệm vụ" (one row per task key),
 * "Tổng hợp cơ quan" (when lead agencies are filled) and "Không đọc được" (skipped files). Counts are values (they
 * come from other files; no external link); % done and the totals are built-in formulas with their results cached.
 * Print-ready like the trackers: A4 landscape, fit to width, header row repeated.
 */
import { colLetter } from '../grid';
import { setCell, type CondFormat, type SheetSpec, type SpecCell } from '../sheetspec';
import { fitRowHeights } from '../tracker/parts';
import { INDEX_NAME, type IndexKind } from '../tracker/score-model';
import { COND, DATABAR_COLOR, STYLES, TAB_COLOR } from '../tracker/styles';
import type { RollupResult } from './rollup';

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
    name,
    kind: 'summary',
    styles: STYLES,
    cells: [],
    tabColor: TAB_COLOR.summary,
    cols: cols.map((width) => ({ width })),
    rowHeights: { [HEADER_ROW]: 42 },
    freeze: { rows: HEADER_ROW, cols: 0 },
    autoFilter: lastRow > HEADER_ROW ? `A${HEADER_ROW}:${colLetter(lastCol)}${lastRow}` : undefined,
    print: { landscape: true, paper: 'A4', fitToWidth: true, repeatRows: `${HEADER_ROW}:${HEADER_ROW}` },
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
  setCell(spec, 4, 1, { v: NOTE, s: 'subtitle' });
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

function unitsSheet(r: RollupResult): SheetSpec {
  const indexes = (['par', 'sipas', 'papi'] as IndexKind[]).filter((k) =>
    r.units.some((u) => u.scores.some((s) => s.index === k)),
  );
  const headers = [
    'STT',
    'Đơn vị',
    'Tệp',
    'Số nhiệm vụ',
    'Hoàn thành',
    'Quá hạn',
    'Sắp đến hạn',
    'Tạm dừng',
    'Chưa có hạn cố định',
    'Tỷ lệ hoàn thành',
    'Hoàn thành gần nhất',
    ...indexes.flatMap((k) => [`${INDEX_NAME[k]}: mục tiêu`, `${INDEX_NAME[k]}: ước đạt`]),
  ];
  const last = FIRST + r.units.length - 1;
  const spec = base(
    ROLLUP_SHEETS.units,
    [6, 30, 34, 10, 11, 9, 10, 9, 11, 16, 13, ...indexes.flatMap(() => [11, 11])],
    headers.length,
    Math.max(last + 1, FIRST),
  );
  heading(spec, 'Tổng hợp thực hiện kế hoạch của các đơn vị / Units roll-up', r, headers);
  r.units.forEach((u, i) => {
    const row = FIRST + i;
    const vals: SpecCell[] = [
      { v: i + 1, s: 'int' },
      { v: u.unit, s: 'text' },
      { v: u.file, s: 'text' },
      ...[u.tasks, u.done, u.overdue, u.dueSoon, u.paused, u.noDate].map((v): SpecCell => ({ v, s: 'int' })),
      pctCell(`E${row}`, `D${row}`, u.pctDone),
      { v: u.lastDone ? { date: u.lastDone } : null, s: 'date' },
      ...indexes.flatMap((k): SpecCell[] => {
        const s = u.scores.find((x) => x.index === k);
        return [
          { v: s?.target ?? null, s: 'score' },
          { v: s?.estimate ?? null, s: 'score' },
        ];
      }),
    ];
    vals.forEach((c, k) => setCell(spec, row, k + 1, c));
  });
  if (r.units.length) {
    const t = last + 1;
    setCell(spec, t, 1, { v: null, s: 'group' });
    setCell(spec, t, 2, { v: `Tổng cộng ${r.units.length} đơn vị / Total`, s: 'group' });
    setCell(spec, t, 3, { v: null, s: 'group' });
    const sums = [
      r.units.reduce((a, u) => a + u.tasks, 0),
      ...(['done', 'overdue', 'dueSoon', 'paused', 'noDate'] as const).map((f) =>
        r.units.reduce((a, u) => a + u[f], 0),
      ),
    ];
    sums.forEach((v, k) => {
      const c = colLetter(4 + k);
      setCell(spec, t, 4 + k, { f: `SUM(${c}${FIRST}:${c}${last})`, r: v, s: 'intBold' });
    });
    setCell(spec, t, 10, { ...pctCell(`E${t}`, `D${t}`, sums[0] ? sums[1] / sums[0] : null), s: 'pct' });
    setCell(spec, t, 11, { v: null, s: 'group' });
    spec.condFormats = colours({ overdue: 'F', soon: 'G', pct: 'J' }, last);
  }
  fitRowHeights(spec, FIRST, last + 1);
  return spec;
}

function tasksSheet(r: RollupResult): SheetSpec {
  const headers = [
    'STT',
    'Mã',
    'Nhiệm vụ',
    'Số đơn vị có nhiệm vụ',
    'Hoàn thành',
    'Quá hạn',
    'Tỷ lệ hoàn thành',
    'Đơn vị quá hạn',
  ];
  const last = FIRST + r.tasks.length - 1;
  const spec = base(ROLLUP_SHEETS.tasks, [6, 12, 60, 11, 11, 9, 12, 50], headers.length, Math.max(last, FIRST));
  heading(spec, 'Tổng hợp theo nhiệm vụ / Tasks across units', r, headers);
  r.tasks.forEach((t, i) => {
    const row = FIRST + i;
    const vals: SpecCell[] = [
      { v: i + 1, s: 'int' },
      { v: t.key, s: 'text' },
      { v: t.task, s: 'text' },
      { v: t.units, s: 'int' },
      { v: t.done, s: 'int' },
      { v: t.overdue, s: 'int' },
      pctCell(`E${row}`, `D${row}`, t.units ? t.done / t.units : null),
      { v: t.lateUnits.join('; ') || null, s: 'text' },
    ];
    vals.forEach((c, k) => setCell(spec, row, k + 1, c));
  });
  if (r.tasks.length) spec.condFormats = colours({ overdue: 'F', pct: 'G' }, last);
  fitRowHeights(spec, FIRST, last);
  return spec;
}

function agenciesSheet(r: RollupResult): SheetSpec {
  const headers = [
    'STT',
    'Cơ quan chủ trì',
    'Số đơn vị',
    'Số nhiệm vụ',
    'Hoàn thành',
    'Quá hạn',
    'Sắp đến hạn',
    'Tỷ lệ hoàn thành',
  ];
  const last = FIRST + r.agencies.length - 1;
  const spec = base(ROLLUP_SHEETS.agencies, [6, 48, 10, 11, 11, 9, 10, 14], headers.length, Math.max(last, FIRST));
  heading(spec, 'Tổng hợp theo cơ quan chủ trì / By lead agency', r, headers);
  r.agencies.forEach((a, i) => {
    const row = FIRST + i;
    const vals: SpecCell[] = [
      { v: i + 1, s: 'int' },
      { v: a.name, s: 'text' },
      ...[a.units, a.tasks, a.done, a.overdue, a.dueSoon].map((v): SpecCell => ({ v, s: 'int' })),
      pctCell(`E${row}`, `D${row}`, a.tasks ? a.done / a.tasks : null),
    ];
    vals.forEach((c, k) => setCell(spec, row, k + 1, c));
  });
  spec.condFormats = colours({ overdue: 'F', soon: 'G', pct: 'H' }, last);
  fitRowHeights(spec, FIRST, last);
  return spec;
}

function skippedSheet(r: RollupResult): SheetSpec {
  const headers = ['STT', 'Tệp', 'Lý do / Reason'];
  const rows = Math.max(1, r.skipped.length);
  const spec = base(ROLLUP_SHEETS.skipped, [6, 50, 90], headers.length, FIRST + rows - 1);
  spec.tabColor = TAB_COLOR.problems;
  heading(spec, 'Các tệp không đưa vào tổng hợp / Files not rolled up', r, headers);
  if (!r.skipped.length) setCell(spec, FIRST, 2, { v: 'Không có / None', s: 'text' });
  r.skipped.forEach((s, i) => {
    setCell(spec, FIRST + i, 1, { v: i + 1, s: 'int' });
    setCell(spec, FIRST + i, 2, { v: s.file, s: 'text' });
    setCell(spec, FIRST + i, 3, { v: s.reason, s: 'text' });
  });
  fitRowHeights(spec, FIRST, FIRST + rows - 1);
  return spec;
}

/** The roll-up's sheets, in order; "Tổng hợp cơ quan" only when some lead agency is filled. */
export function rollupSheets(r: RollupResult): SheetSpec[] {
  return [unitsSheet(r), tasksSheet(r), ...(r.agencies.length ? [agenciesSheet(r)] : []), skippedSheet(r)];
}
