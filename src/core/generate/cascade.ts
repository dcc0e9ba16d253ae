/**
 * `chiso cascade`: a subordinate unit's task table from its parent's plan. Every task whose lead or coordinating
 * agencies name the unit (agency-match.ts) is kept, under the same section, group and subgroup headings (headings
 * with nothing kept under them are left out), renumbered per group ("1.1", "1.2", … under group I; "2.1", … under
 * group II). The parent's expected output and deadline are carried; the unit's own leader and units are left to fill.
 */
import type { Plan, PlanRow, PlanTable } from '../plan/types';
import type { SheetSpec } from '../sheetspec';
import { cleanSheetName } from '../tracker/names';
import { fold } from '../text';
import { unitMatcher } from './agency-match';
import { fromRoman } from './numbering';
import { taskTableSpec, type TaskLine } from './task-table';
import type { FrameColumn } from './frame';

export interface CascadeOptions {
  /** The text that names the unit in the parent's agency cells ("cấp xã", "UBND cấp xã", "phường Ba Đình"). */
  unit: string;
  /** The unit's name for the titles (default: the unit text, "UBND " before "cấp …"/"các …"). */
  name?: string;
  /** Sheet name (default "Nhiệm vụ <name>"). */
  sheet?: string;
}

export interface CascadeResult {
  spec: SheetSpec;
  /** Tasks kept / tasks in the parent's task tables. */
  kept: number;
  total: number;
  /** Distinct agency texts that matched the unit (for the summary and for checking the matcher). */
  matched: string[];
  name: string;
  year: number | null;
}

export const CASCADE_COLUMNS: FrameColumn[] = [
  { header: 'STT', width: 7 },
  { header: 'Nhiệm vụ', width: 50 },
  { header: 'Lãnh đạo phụ trách', width: 18 },
  { header: 'Đơn vị chủ trì', width: 18 },
  { header: 'Đơn vị phối hợp', width: 18 },
  { header: 'Kết quả thực hiện', width: 36 },
  { header: 'Thời gian hoàn thành', width: 16 },
];

const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/** The task text of a row: the task column, else criterion and requirement together. */
function taskText(row: PlanRow): string {
  const t = text(row.fields.task);
  if (t) return t;
  const parts = [row.fields.criterion, row.fields.requirement, row.fields.dimension].map(text).filter((s) => s !== '');
  return [...new Set(parts)].join('\n');
}

function headingTitle(row: PlanRow): string {
  return taskText(row);
}

export function defaultUnitName(unit: string): string {
  const u = unit.trim();
  return /^(cap|cac) /.test(fold(u)) ? `UBND ${u}` : u;
}

/** The group number used as the prefix of item numbers: its Roman or Arabic label, else its position. */
function groupNumber(row: PlanRow, ordinal: number): number {
  const label = row.label.replace(/[.)]+$/, '').trim();
  return fromRoman(label) ?? (/^\d+$/.test(label) ? Number(label) : ordinal);
}

function parentTitleLine(table: PlanTable): string {
  const lines = (table.title ?? []).filter((l) => fold(l) !== fold(table.sheet));
  const main = lines.find((l) => !l.trim().startsWith('(')) ?? '';
  const attached =
    lines
      .find((l) => l.trim().startsWith('('))
      ?.trim()
      .replace(/^\(|\)$/g, '') ?? '';
  const parts = [`${table.sheet}${main ? ` "${main}"` : ''}`];
  if (attached) parts.push(attached.charAt(0).toLowerCase() + attached.slice(1));
  return `(Triển khai ${parts.join(', ')})`;
}

function cascadeLines(table: PlanTable, keep: (row: PlanRow) => boolean): { lines: TaskLine[]; kept: number } {
  const byKey = new Map(table.rows.map((r) => [r.key, r]));
  const ancestors = (row: PlanRow): PlanRow[] => {
    const out: PlanRow[] = [];
    for (
      let p = row.parentKey ? byKey.get(row.parentKey) : undefined;
      p;
      p = p.parentKey ? byKey.get(p.parentKey) : undefined
    )
      out.push(p);
    return out;
  };
  const keptItems = table.rows.filter((r) => r.type === 'item' && keep(r));
  const needed = new Set<string>();
  for (const r of keptItems) for (const a of ancestors(r)) if (a.type !== 'item') needed.add(a.key);
  const kept = new Set(keptItems.map((r) => r.key));

  const lines: TaskLine[] = [];
  const counters = new Map<string, number>();
  const groupOrdinal = new Map<string, number>();
  let groupsSeen = 0;
  for (const row of table.rows) {
    if (row.type === 'total') continue;
    if (row.type !== 'item') {
      if (!needed.has(row.key)) continue;
      if (row.type === 'section') groupsSeen = 0;
      if (row.type === 'group') groupOrdinal.set(row.key, ++groupsSeen);
      lines.push({ type: row.type, label: row.label, title: headingTitle(row) });
      continue;
    }
    if (!kept.has(row.key)) continue;
    const group = ancestors(row).find((a) => a.type === 'group');
    const scope = group?.key ?? ancestors(row).find((a) => a.type === 'section')?.key ?? '';
    const n = (counters.get(scope) ?? 0) + 1;
    counters.set(scope, n);
    const label = group ? `${groupNumber(group, groupOrdinal.get(group.key) ?? 1)}.${n}` : `${n}.`;
    lines.push({
      type: 'item',
      label,
      values: [taskText(row), null, null, null, text(row.fields.output) || null, text(row.fields.deadline) || null],
    });
  }
  return { lines, kept: keptItems.length };
}

export function cascadeSpec(plan: Plan, opts: CascadeOptions): CascadeResult {
  const matches = unitMatcher(opts.unit);
  const name = (opts.name ?? '').trim() || defaultUnitName(opts.unit);
  const matched = new Set<string>();
  const keep = (row: PlanRow) => {
    let hit = false;
    for (const f of [row.fields.lead, row.fields.coordinate]) {
      if (typeof f === 'string' && matches(f)) {
        matched.add(f);
        hit = true;
      }
    }
    return hit;
  };
  const tables = plan.tables.filter((t) => t.kind === 'tasks');
  const lines: TaskLine[] = [];
  let kept = 0;
  let total = 0;
  for (const t of tables) {
    const part = cascadeLines(t, keep);
    lines.push(...part.lines);
    kept += part.kept;
    total += t.rows.filter((r) => r.type === 'item').length;
  }
  const year = plan.year;
  const titles = [
    'Phụ lục',
    `Các nhiệm vụ của ${name}${year ? ` năm ${year}` : ''}`,
    ...(tables.length ? [parentTitleLine(tables[0])] : []),
    `(Kèm theo Kế hoạch số …/KH-… ngày …/…/${year ?? '…'} của ${name})`,
  ];
  const spec = taskTableSpec({
    sheet: opts.sheet ?? cleanSheetName(`Nhiệm vụ ${name}`),
    titles,
    columns: CASCADE_COLUMNS,
    lines,
  });
  return { spec, kept, total, matched: [...matched].sort(), name, year };
}
