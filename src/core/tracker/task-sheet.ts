/** The task tracker of one task table: "Theo dõi <sheet>". */
import { colLetter } from '../grid';
import type { PlanTable } from '../plan/types';
import { pagePrint, setCell, type SheetSpec, type SpecCell } from '../sheetspec';
import { ALERT, STATUS_LIST, TASK_HEADERS, sourceLine, type TaskColId } from './labels';
import { fitRowHeights, followingSheet, range, tableTitle, type IssuesByRow } from './parts';
import type { PrevSheet } from './previous';
import { alertFormula, daysLeftFormula, emptyBuckets, type BucketCounts, type BucketKey } from './status';
import { COND, FONT, TAB_COLOR } from './styles';
import { AgencyLabels, splitAgencies } from '../agency';
import { buildTaskLines, PLAN_ROLES, TEXT_ROLES, type TaskLine } from './task-lines';

export const TASK_HEADER_ROW = 5;
const FIRST = TASK_HEADER_ROW + 1;
/** Settings cells (the formulas reference them). */
export const TODAY_CELL = { row: 2, col: 5 };
export const SOON_CELL = { row: 3, col: 5 };

const WIDTH: Record<TaskColId, number> = {
  key: 9,
  label: 6,
  part: 6,
  group: 7,
  criterion: 30,
  requirement: 40,
  task: 44,
  dimension: 30,
  lead: 22,
  coordinate: 18,
  leader: 18,
  output: 28,
  deadline: 18,
  due: 11,
  kind: 11,
  status: 15,
  progress: 9,
  doneDate: 12,
  evidence: 18,
  notes: 20,
  left: 12,
  alert: 14,
  issues: 30,
  agencyKeys: 30,
};
const STYLE: Partial<Record<TaskColId, string>> = {
  label: 'textCenter',
  part: 'textCenter',
  group: 'textCenter',
  due: 'date',
  kind: 'textCenter',
  status: 'textCenter',
  progress: 'int',
  doneDate: 'entryDate',
  left: 'daysLeft',
  alert: 'textCenter',
  issues: 'issue',
};
const ENTRY: TaskColId[] = ['status', 'progress', 'doneDate', 'evidence', 'notes'];

/** Tasks counted (`total`) and how many are in each bucket of the status model (they add up to `total`). */
export type Counts = BucketCounts & { total: number };

export interface TaskSheetInfo {
  name: string;
  title: string;
  firstRow: number;
  lastRow: number;
  col: { lead: string; part: string; alert: string; agencyKeys: string };
  /** Lead agencies (a cell naming several counts for each), labelled with their most common spelling. */
  agencies: Array<{ name: string; key: string; counts: Counts }>;
  parts: Array<{ label: string; title: string; counts: Counts }>;
  total: Counts;
  kept: number;
  added: number;
  removed: number;
  loose: number;
}

export function taskColumns(table: PlanTable): TaskColId[] {
  const roles = new Set<string>(table.columns.map((c) => c.role));
  const cols: TaskColId[] = ['key', 'label', 'part', 'group'];
  for (const r of TEXT_ROLES) if (roles.has(r)) cols.push(r);
  if (!TEXT_ROLES.some((r) => roles.has(r))) cols.push('task');
  for (const r of PLAN_ROLES) if (r === 'lead' || r === 'deadline' || roles.has(r)) cols.push(r);
  cols.push(
    'due',
    'kind',
    'status',
    'progress',
    'doneDate',
    'evidence',
    'notes',
    'left',
    'alert',
    'issues',
    'agencyKeys',
  );
  return cols;
}

const zero = (): Counts => ({ total: 0, ...emptyBuckets() });
function count(c: Counts, bucket: BucketKey | undefined) {
  c.total++;
  if (bucket) c[bucket]++;
}

export function buildTaskSheet(
  name: string,
  table: PlanTable,
  tableNo: number,
  issues: IssuesByRow,
  prev: PrevSheet | undefined,
  ctx: { today: string; fixedToday: boolean; soonDays: number },
): { spec: SheetSpec; info: TaskSheetInfo } {
  const ids = taskColumns(table);
  const extras = prev?.extras ?? [];
  const colOf = (id: TaskColId) => ids.indexOf(id) + 1;
  const L = (id: TaskColId) => colLetter(colOf(id));
  const lastCol = ids.length + extras.length;
  const { lines, kept, added, removed, loose } = buildTaskLines(table, issues, prev, ctx.today, ctx.soonDays);
  const lastRow = TASK_HEADER_ROW + lines.length;
  // Key and group columns fit their longest value ("B.III.III.4.14", "VIII.VIII.1"): a code wrapped inside is
  // misread, on screen and in print.
  const longest = (id: TaskColId) =>
    Math.max(0, ...lines.map((l) => (typeof l.vals[id] === 'string' ? l.vals[id].length : 0)));
  const widthOf = (id: TaskColId) =>
    id === 'key' || id === 'group' ? Math.min(20, Math.max(WIDTH[id], longest(id) + 2)) : WIDTH[id];
  const spec: SheetSpec = {
    ...followingSheet(name, 'tasks', table, tableNo, TASK_HEADER_ROW),
    tabColor: TAB_COLOR.tracker,
    cols: [
      ...ids.map((id) => (id === 'agencyKeys' ? { width: WIDTH[id], hidden: true } : { width: widthOf(id) })),
      ...extras.map(() => ({ width: 16 })),
    ],
    rowHeights: { 2: 26, [TASK_HEADER_ROW]: 30 },
    merges: ['A2:D2', 'A3:D3', `${colLetter(TODAY_CELL.col + 1)}3:${L('alert')}3`],
    freeze: { rows: TASK_HEADER_ROW, cols: 4 },
    autoFilter: range(1, TASK_HEADER_ROW, lastCol, lastRow),
  };
  const title = tableTitle(table);
  setCell(spec, 1, 1, { v: `Theo dõi thực hiện nhiệm vụ — ${table.sheet}`, s: 'title' });
  setCell(spec, 2, 1, { v: 'Ngày tính / As of:', s: 'label' });
  setCell(
    spec,
    2,
    TODAY_CELL.col,
    ctx.fixedToday
      ? { v: { date: ctx.today }, s: 'settingDate' }
      : { f: 'TODAY()', r: { date: ctx.today }, s: 'settingDate' },
  );
  setCell(spec, 3, 1, { v: 'Sắp đến hạn trong (ngày):', s: 'label' });
  setCell(spec, 3, SOON_CELL.col, { v: ctx.soonDays, s: 'setting' });
  const legend: Array<[string, string]> = [
    [ALERT.overdue, 'legendOverdue'],
    [ALERT.dueSoon, 'legendSoon'],
    [ALERT.done, 'legendDone'],
    [ALERT.noDate, 'legendOngoing'],
    [ALERT.removed, 'legendRemoved'],
  ];
  legend.forEach(([t, s], i) => setCell(spec, 2, TODAY_CELL.col + 1 + i, { v: t, s }));
  setCell(spec, 3, TODAY_CELL.col + 1, {
    v: 'Trạng thái: chọn trong danh sách · Tiến độ: 0–100 · Ngày hoàn thành: nhập ngày · thêm cột mới ở bên phải bảng',
    s: 'note',
  });
  const source = sourceLine(table.sheet, title, table.hidden === true);
  if (source) setCell(spec, 4, 1, { v: source, s: 'subtitle' });

  ids.forEach((id, i) =>
    setCell(spec, TASK_HEADER_ROW, i + 1, { v: TASK_HEADERS[id], s: ENTRY.includes(id) ? 'headerEntry' : 'header' }),
  );
  extras.forEach((h, i) => setCell(spec, TASK_HEADER_ROW, ids.length + i + 1, { v: h, s: 'headerExtra' }));

  const refs = {
    status: L('status'),
    doneDate: L('doneDate'),
    due: L('due'),
    today: `$${colLetter(TODAY_CELL.col)}$${TODAY_CELL.row}`,
    soon: `$${colLetter(SOON_CELL.col)}$${SOON_CELL.row}`,
  };
  lines.forEach((line, i) => writeLine(spec, FIRST + i, line, ids, extras, refs));

  fitRowHeights(spec, 3, lastRow);
  // Printed: the table up to "Cảnh báo"; the officials' own columns as a second block; not the data problems.
  const printed = [
    ...ids.flatMap((id, i) => (id === 'issues' || id === 'agencyKeys' ? [] : [i + 1])),
    ...extras.map((_, i) => ids.length + i + 1),
  ];
  spec.print = pagePrint(spec, {
    headerRows: `${TASK_HEADER_ROW}:${TASK_HEADER_ROW}`,
    bodyPt: FONT.size,
    printed,
    repeatCols: `A:${L('label')}`,
  });
  if (lines.length) {
    const all = range(1, FIRST, lastCol, lastRow);
    const a = `$${L('alert')}${FIRST}`;
    const is = (t: string) => `${a}="${t}"`;
    spec.condFormats = [
      {
        range: all,
        rules: [
          { type: 'expression', formula: is(ALERT.removed), style: COND.removed, stopIfTrue: true },
          { type: 'expression', formula: is(ALERT.overdue), style: COND.overdue, stopIfTrue: true },
          { type: 'expression', formula: is(ALERT.dueSoon), style: COND.soon, stopIfTrue: true },
          { type: 'expression', formula: is(ALERT.done), style: COND.done, stopIfTrue: true },
          { type: 'expression', formula: is(ALERT.noDate), style: COND.ongoing, stopIfTrue: true },
        ],
      },
    ];
    const col = (id: TaskColId) => `${L(id)}${FIRST}:${L(id)}${lastRow}`;
    spec.validations = [
      {
        range: col('status'),
        type: 'list',
        values: STATUS_LIST,
        error: 'Chọn một trạng thái trong danh sách / Pick a status from the list',
      },
      {
        range: col('progress'),
        type: 'whole',
        min: 0,
        max: 100,
        error: 'Tiến độ là số từ 0 đến 100 / Progress is a number from 0 to 100',
      },
    ];
  }
  return {
    spec,
    info: sheetInfo(
      name,
      table,
      lines,
      { lead: L('lead'), part: L('part'), alert: L('alert'), agencyKeys: L('agencyKeys') },
      lastRow,
      { kept, added, removed, loose },
    ),
  };
}

/** One frozen empty cell per style: the entry columns are empty on most rows (spec cells are never changed). */
const emptyCells = new Map<string, SpecCell>();
function emptyCell(s: string): SpecCell {
  let c = emptyCells.get(s);
  if (!c) emptyCells.set(s, (c = Object.freeze({ v: null, s })));
  return c;
}

function writeLine(
  spec: SheetSpec,
  r: number,
  line: TaskLine,
  ids: TaskColId[],
  extras: string[],
  refs: Parameters<typeof alertFormula>[0],
): void {
  const heading = line.type !== 'item' && !line.removed;
  ids.forEach((id, i) => {
    const base = heading
      ? line.type === 'section'
        ? 'section'
        : line.type === 'subgroup'
          ? 'subgroup'
          : 'group'
      : (STYLE[id] ?? 'text');
    const v = line.vals[id] ?? null;
    let cell: SpecCell = v === null ? emptyCell(base) : { v, s: base };
    if (!heading && !line.removed && !line.loose && line.type === 'item') {
      if (id === 'alert') cell = { f: alertFormula(refs, r), r: line.alert ?? null, s: base };
      if (id === 'left') cell = { f: daysLeftFormula(refs, r), r: line.left ?? '', s: base };
    }
    if (line.removed && id === 'alert') cell = { v: ALERT.removed, s: base };
    const link = line.links[id];
    if (link) cell = { ...cell, link, s: heading ? base : 'link' };
    setCell(spec, r, i + 1, cell);
  });
  extras.forEach((h, i) => {
    const x = line.extras.get(h);
    setCell(spec, r, ids.length + i + 1, {
      v: x?.v ?? null,
      link: x?.link,
      s: x?.link ? 'link' : heading ? 'group' : 'text',
    });
  });
}

function sheetInfo(
  name: string,
  table: PlanTable,
  lines: TaskLine[],
  col: TaskSheetInfo['col'],
  lastRow: number,
  refresh: { kept: number; added: number; removed: number; loose: number },
): TaskSheetInfo {
  const agencies = new Map<string, Counts>();
  const labels = new AgencyLabels();
  const parts = new Map<string, { name: string; counts: Counts }>();
  const total = zero();
  for (const l of lines) {
    // Rows removed from the plan and rows without a "Mã" are not tasks of the plan: not counted.
    if (l.type !== 'item' || l.removed || l.loose) continue;
    count(total, l.bucket);
    // Each agency the lead cell names (the hidden key column lists the same keys for the formulas).
    const lead = l.vals.lead;
    for (const name of splitAgencies(typeof lead === 'string' || typeof lead === 'number' ? String(lead) : '')) {
      const key = labels.add(name);
      let c = agencies.get(key);
      if (!c) agencies.set(key, (c = zero()));
      count(c, l.bucket);
    }
    // Grouped as COUNTIFS compares: without regard to case.
    const part = typeof l.vals.part === 'string' ? l.vals.part : '';
    if (part) {
      const k = part.toLowerCase();
      let b = parts.get(k);
      if (!b) parts.set(k, (b = { name: part, counts: zero() }));
      count(b.counts, l.bucket);
    }
  }
  const titles = new Map<string, string>();
  for (const row of table.rows) {
    if (row.type !== 'item' && row.path.length === 1) {
      const t = Object.values(row.fields).find((v) => typeof v === 'string' && v.trim());
      titles.set(row.path[0], typeof t === 'string' ? t : '');
    }
  }
  return {
    name,
    title: table.sheet,
    firstRow: FIRST,
    lastRow: Math.max(lastRow, FIRST),
    col,
    agencies: [...agencies].map(([key, counts]) => ({ name: labels.label(key), key, counts })),
    parts: [...parts.values()].map(({ name: label, counts }) => ({ label, title: titles.get(label) ?? '', counts })),
    total,
    ...refresh,
  };
}
