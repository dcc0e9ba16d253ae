/**
 * `chiso cascade`: a subordinate unit's task table from its parent's plan. Every task whose lead or coordinating
 * agencies name the unit (src/core/agency/match.ts) is kept, under the same section, group and subgroup headings (headings
 * with nothing kept under them are left out), renumbered per group ("1.1", "1.2", … under group I; "2.1", … under
 * group II; "I.1.1" under a subgroup "I.1"). The parent's expected output and deadline are carried. "Đơn vị chủ trì" is
 * the unit where the parent's lead names it, else the parent's lead (the unit coordinates, and is named there); one
 * note below the table says so. The unit's own leader is left to fill.
 */
import { DERIVED_TITLE } from '../plan/derived';
import type { Plan, PlanRow, PlanTable } from '../plan/types';
import type { SheetSpec } from '../sheetspec';
import { cleanSheetName } from '../tracker/names';
import { fold } from '../text';
import { unitMatcher } from '../agency';
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
  /** Kept tasks the parent's plan gives the unit to lead (the others it coordinates). */
  led: number;
}

/** The one note below the table that says how "Đơn vị chủ trì" was filled (not one warning per row). */
export function leadNote(name: string, led: number, coordinated: number): string {
  const parts: string[] = [];
  if (led) parts.push(`${led} nhiệm vụ kế hoạch cấp trên giao ${name} chủ trì ghi "${name}" ở cột "Đơn vị chủ trì"`);
  if (coordinated) parts.push(`${coordinated} nhiệm vụ ${name} phối hợp ghi cơ quan chủ trì của kế hoạch cấp trên`);
  return `Ghi chú: ${parts.join('; ')}; đơn vị ghi bộ phận thực hiện cụ thể và điền "Lãnh đạo phụ trách".`;
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

/** "UBND phường Ba Đình" → "ubnd-phuong-ba-dinh": a unit's name in a file name (the CLI's and the page's). */
export function unitSlug(s: string): string {
  return (
    fold(s)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'don-vi'
  );
}

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
  return `${DERIVED_TITLE}${parts.join(', ')})`;
}

/** How each kept task names the unit: as its lead, or only among the coordinating agencies. */
interface Roles {
  leads: (row: PlanRow) => boolean;
}

/** The number of a heading as its items' prefix: a Roman group is written in Arabic ("I" → "1"), others as they are. */
function headingPrefix(row: PlanRow, ordinal: number): string {
  const label = row.label.replace(/[.)]+$/, '').trim();
  if (row.type === 'group') return String(groupNumber(row, ordinal));
  return label;
}

function cascadeLines(
  table: PlanTable,
  keep: (row: PlanRow) => boolean,
  unit: { name: string } & Roles,
): { lines: TaskLine[]; kept: number; led: number } {
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
  let led = 0;
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
    // Items are numbered within their nearest heading: "1.1" under group I, "I.1.1" under subgroup "I.1".
    const heading = ancestors(row).find((a) => a.type === 'group' || a.type === 'subgroup');
    const scope = heading?.key ?? ancestors(row).find((a) => a.type === 'section')?.key ?? '';
    const n = (counters.get(scope) ?? 0) + 1;
    counters.set(scope, n);
    const label = heading ? `${headingPrefix(heading, groupOrdinal.get(heading.key) ?? 1)}.${n}` : `${n}.`;
    // The unit leads where the parent's lead names it; where it only coordinates, the parent's lead stays the lead.
    const leads = unit.leads(row);
    if (leads) led++;
    lines.push({
      type: 'item',
      label,
      values: [
        taskText(row),
        null,
        leads ? unit.name : text(row.fields.lead) || null,
        leads ? null : unit.name,
        text(row.fields.output) || null,
        text(row.fields.deadline) || null,
      ],
    });
  }
  return { lines, kept: keptItems.length, led };
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
  const leads = (row: PlanRow) => typeof row.fields.lead === 'string' && matches(row.fields.lead);
  const lines: TaskLine[] = [];
  let kept = 0;
  let total = 0;
  let led = 0;
  for (const t of tables) {
    const part = cascadeLines(t, keep, { name, leads });
    lines.push(...part.lines);
    kept += part.kept;
    led += part.led;
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
    notes: kept ? [leadNote(name, led, kept - led)] : [],
  });
  return { spec, kept, total, led, matched: [...matched].sort(), name, year };
}
