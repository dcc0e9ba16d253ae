/**
 * `chiso template --from FILE`: next year's appendices from last year's workbook. Score tables keep their criteria,
 * numbering and maxima; last year's estimate (typed in chiso's score tracker, "Ước đạt") — else last year's
 * target — becomes "Kết quả năm <year-1>"; targets are left empty; years move on in titles and headers. Task
 * tables carry recurring and unfinished tasks (carry-tasks.ts); what was dropped is listed on a sheet "Đã bỏ"
 * (its headers name no task column, so readers never take it for an appendix) and returned for the CLI.
 */
import type { Plan, PlanRow, PlanTable } from '../plan/types';
import type { SheetSpec } from '../sheetspec';
import { indexKind, scoreNodes, ADDITIVE } from '../tracker/score-model';
import { SheetNamer } from '../tracker/names';
import { shownLabel } from '../text';
import { carryTaskTable, type DroppedTask, type YearMention } from './carry-tasks';
import { putRow, startSheet } from './frame';
import { shiftYear } from './numbering';
import { scoreTableSpec, type ScoreLine, type ScoreModel } from './score-table';
import { taskTableSpec } from './task-table';
import { LEAD_HEADER, type TemplateKind } from './templates';
import { tableId, type TrackerData } from './tracker-data';
import { PLAN_YEARS, inYears } from '../text';

export interface FromPreviousOptions {
  /** The new plan year (default: last year's plan year + 1). */
  year?: number;
  /** Sheet names already taken (pane: the open workbook's sheets). */
  existingSheets?: string[];
  /** Only the tables of one kind: an index's score tables, or the task tables. */
  only?: TemplateKind;
}

export interface FromPreviousResult {
  specs: SheetSpec[];
  year: number;
  /** Task items carried over / in last year's task tables. */
  carried: number;
  tasks: number;
  dropped: DroppedTask[];
  /** Carried tasks whose text names a past year (kept as written; the CLI lists them for review). */
  yearMentions: YearMention[];
  scoreTables: number;
  taskTables: number;
  /** Score rows whose result comes from a tracker estimate, and from last year's target. */
  fromEstimates: number;
  fromTargets: number;
  /** Whether the workbook had chiso's trackers. */
  tracked: boolean;
}

export const DROPPED_SHEET = 'Đã bỏ';

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Labels Excel turned into numbers print as "1,1": write them back as the dotted ids they are. */

function scoreModel(
  table: PlanTable,
  sheet: string,
  titles: string[],
  year: number,
  estimates: Map<string, number> | undefined,
  count: { est: number; tgt: number },
): ScoreModel {
  const kind = indexKind(table);
  const nodes = scoreNodes(table, kind);
  const additive = ADDITIVE[kind];
  const isTop = (i: number) =>
    nodes.some((n) => n.isTotal && n.children.includes(i)) || !nodes.some((n) => n.children.includes(i));
  const header = (role: string) => table.columns.find((c) => c.role === role)?.header;
  const mainRole =
    (['task', 'criterion', 'dimension'] as const).find((r) => table.columns.some((c) => c.role === r)) ?? 'task';
  const lines: ScoreLine[] = nodes.map((n, i) => {
    const row: PlanRow | null = n.row;
    const leaf = !(additive && n.children.length > 0);
    let result: number | string | null = null;
    if (leaf && row) {
      const est = estimates?.get(n.key);
      if (est !== undefined) {
        result = est;
        count.est++;
      } else {
        const t = row.fields.target;
        result = typeof t === 'number' ? t : null;
        if (result !== null) count.tgt++;
      }
    }
    const max = row?.fields.max;
    return {
      label: row ? shownLabel(row.label) : '',
      title: row ? str(row.fields[mainRole]) : 'TỔNG CỘNG',
      max: typeof max === 'number' ? max : null,
      result,
      target: null,
      lead: row ? str(row.fields.lead) || null : null,
      children: n.children,
      isTotal: n.isTotal,
      strong: n.isTotal || (isTop(i) && n.children.length > 0),
    };
  });
  const targetHeader = header('target') ?? '';
  return {
    index: kind,
    sheet,
    titles,
    titleHeader: header(mainRole) ?? 'Nội dung',
    maxHeader: header('max') ?? 'Điểm tối đa',
    leadHeader: header('lead') ?? LEAD_HEADER,
    resultYear: year - 1,
    targetYear: year,
    targetSuffix: /\(%\)\s*$/.test(targetHeader) ? ' (%)' : undefined,
    additive,
    lines,
  };
}

function droppedSheet(name: string, dropped: DroppedTask[], from: number, to: number): SheetSpec {
  const frame = startSheet(
    name,
    [
      `Các nhiệm vụ năm ${from} không chuyển sang năm ${to}`,
      '(Danh sách để đối chiếu; trang này không phải phụ lục của kế hoạch)',
    ],
    [
      { header: 'Trang cũ', width: 12 },
      { header: 'Mã cũ', width: 12 },
      { header: 'Số cũ', width: 7 },
      { header: 'Việc đã bỏ', width: 55 },
      { header: 'Đơn vị chủ trì (cũ)', width: 24 },
      { header: 'Thời hạn cũ', width: 16 },
      { header: 'Lý do', width: 34 },
    ],
  );
  dropped.forEach((d, i) =>
    putRow(
      frame,
      frame.firstRow + i,
      [d.sheet, d.key, d.label, d.task, d.lead, d.deadline, d.reason].map((v) => ({ v: v || null, s: 'text' })),
    ),
  );
  return frame.spec;
}

export function fromPreviousSpec(
  plan: Plan,
  tracker: TrackerData | undefined,
  opts: FromPreviousOptions = {},
): FromPreviousResult {
  const targetYears = plan.tables.flatMap((t) =>
    t.columns.filter((c) => c.role === 'target' && c.year).map((c) => c.year as number),
  );
  const oldYear = plan.year ?? (targetYears.length ? Math.max(...targetYears) : null);
  const year = opts.year ?? (oldYear !== null ? oldYear + 1 : NaN);
  if (!inYears(year, PLAN_YEARS)) throw new RangeError('No plan year: give one');
  const from = oldYear ?? year - 1;
  const namer = new SheetNamer(opts.existingSheets ?? []);
  const perSheet = new Map<string, number>();
  const specs: SheetSpec[] = [];
  const dropped: DroppedTask[] = [];
  const yearMentions: YearMention[] = [];
  const count = { est: 0, tgt: 0 };
  let carried = 0;
  let tasks = 0;
  let scoreTables = 0;
  let taskTables = 0;
  for (const table of plan.tables) {
    const no = (perSheet.get(table.sheet) ?? 0) + 1;
    perSheet.set(table.sheet, no);
    if (table.kind !== 'tasks' && table.kind !== 'scores') continue;
    if (
      opts.only &&
      !(opts.only === 'tasks' ? table.kind === 'tasks' : table.kind === 'scores' && indexKind(table) === opts.only)
    )
      continue;
    const sheet = namer.claim(no > 1 ? `${table.sheet} - ${no}` : table.sheet);
    const titles = (table.title ?? []).map((l) => shiftYear(l, from, year));
    const id = tableId(table.sheet, no);
    if (table.kind === 'scores') {
      scoreTables++;
      specs.push(scoreTableSpec(scoreModel(table, sheet, titles, year, tracker?.estimates.get(id), count)));
    } else {
      taskTables++;
      const c = carryTaskTable(table, sheet, titles, tracker?.tasks.get(id), { from, to: year });
      specs.push(taskTableSpec(c.model));
      carried += c.carried;
      tasks += table.rows.filter((r) => r.type === 'item').length;
      dropped.push(...c.dropped);
      yearMentions.push(...c.yearMentions);
    }
  }
  if (dropped.length) specs.push(droppedSheet(namer.claim(DROPPED_SHEET), dropped, from, year));
  return {
    specs,
    year,
    carried,
    tasks,
    dropped,
    yearMentions,
    scoreTables,
    taskTables,
    fromEstimates: count.est,
    fromTargets: count.tgt,
    tracked: !!tracker && (tracker.tasks.size > 0 || tracker.estimates.size > 0),
  };
}
