/** Navigation over one PlanTable for the rules: children, leaves, cells, values, texts. */
import { a1, type Grid } from '../grid';
import type { ItemParams } from '../issues';
import type { Column, PlanRow, PlanTable, Role } from '../plan/types';
import { cleanText, normalizeLabel, parseVnNumber } from '../text';

/** What every rule gets: the table, its navigation, and (when given) the sheet's grid. */
export class TableView {
  readonly table: PlanTable;
  readonly grid: Grid | undefined;
  private readonly byKey = new Map<string, PlanRow>();
  private readonly kids = new Map<string, PlanRow[]>();
  private readonly topLevel: PlanRow[] = [];
  private readonly allRows: PlanRow[];
  private readonly byRole = new Map<string, Column>();

  constructor(table: PlanTable, grid?: Grid) {
    this.table = table;
    this.grid = grid;
    const rows = (Array.isArray(table.rows) ? table.rows : []).filter((r) => !!r && typeof r === 'object');
    this.allRows = rows;
    for (const c of Array.isArray(table.columns) ? table.columns : []) {
      if (!c || typeof c !== 'object') continue;
      if (!this.byRole.has(c.role)) this.byRole.set(c.role, c);
      const rank = `rank${c.year ?? ''}`;
      if (c.role === 'rank' && !this.byRole.has(rank)) this.byRole.set(rank, c);
    }
    for (const r of rows) if (typeof r.key === 'string' && !this.byKey.has(r.key)) this.byKey.set(r.key, r);
    for (const r of rows) {
      const p = r.parentKey;
      if (p !== undefined && p !== null && p !== r.key && this.byKey.has(p)) {
        const list = this.kids.get(p) ?? [];
        list.push(r);
        this.kids.set(p, list);
      } else this.topLevel.push(r);
    }
  }

  get sheet(): string {
    return this.table.sheet;
  }

  /** The table's rows (holes dropped), in table order. */
  get rows(): PlanRow[] {
    return this.allRows;
  }

  /** Rows without a (known) parent, in table order. */
  get roots(): PlanRow[] {
    return this.topLevel;
  }

  children(row: PlanRow): PlanRow[] {
    return this.kids.get(row.key) ?? [];
  }

  hasChildren(row: PlanRow): boolean {
    return this.children(row).length > 0;
  }

  parent(row: PlanRow): PlanRow | undefined {
    return row.parentKey !== undefined ? this.byKey.get(row.parentKey) : undefined;
  }

  column(role: Role): Column | undefined {
    return this.byRole.get(role);
  }

  hasColumn(role: Role): boolean {
    return this.column(role) !== undefined;
  }

  /** A1 address of a row's field: the reader's record, else the role's column on the row's first line. */
  cell(row: PlanRow, role: string): string {
    const rec = row.cells && row.cells[role];
    if (typeof rec === 'string' && /^[A-Z]{1,3}[1-9]\d*$/.test(rec)) return rec;
    const col = this.byRole.get(role);
    const r = validRow(row.row);
    if (col && Number.isInteger(col.index) && col.index >= 1) return a1(r, col.index);
    return this.labelCell(row);
  }

  /** Where a row's numbering is (the "no" column), else its first column. */
  labelCell(row: PlanRow): string {
    const rec = row.cells && row.cells['no'];
    if (typeof rec === 'string' && /^[A-Z]{1,3}[1-9]\d*$/.test(rec)) return rec;
    const cols = (this.table.columns ?? []).filter((c) => c && Number.isInteger(c.index) && c.index >= 1);
    const no = cols.find((c) => c.role === 'no');
    const first = no ?? cols.reduce<Column | undefined>((m, c) => (!m || c.index < m.index ? c : m), undefined);
    return a1(validRow(row.row), first ? first.index : 1);
  }

  /** The cell of the row's main text (task, else criterion, dimension, requirement), else the label cell. */
  textCell(row: PlanRow): string {
    for (const role of MAIN_TEXT_ROLES) if (this.hasColumn(role)) return this.cell(row, role);
    return this.labelCell(row);
  }

  /** Label, title and row for messages. */
  describe(row: PlanRow): ItemParams {
    return { label: displayLabel(row.label), title: mainText(row), row: row.row };
  }
}

const MAIN_TEXT_ROLES: Role[] = ['task', 'criterion', 'dimension', 'requirement'];

function validRow(r: unknown): number {
  return typeof r === 'number' && Number.isInteger(r) && r >= 1 ? r : 1;
}

/** The row's title: task, else criterion, dimension, requirement. */
export function mainText(row: PlanRow): string {
  for (const role of MAIN_TEXT_ROLES) {
    const v = row.fields ? row.fields[role] : undefined;
    if (typeof v === 'string' && v.trim() !== '') return cleanText(v);
    if (typeof v === 'number') return String(v);
  }
  return '';
}

/** A label as messages show it: normalised ("5.3.2." → "5.3.2", "1,1" → "1.1", "I." → "I"); bullets → "". */
export function displayLabel(label: unknown): string {
  if (typeof label !== 'number' && typeof label !== 'string') return '';
  const n = normalizeLabel(label);
  return n === '-' ? '' : n;
}

/** A field as a number: numbers as they are, text numbers read the Vietnamese way; else null. */
export function numericField(row: PlanRow, role: string): number | null {
  const v = row.fields ? row.fields[role] : undefined;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string') return parseVnNumber(v);
  return null;
}

/** A field as trimmed text ("" when empty; numbers as strings). */
export function textField(row: PlanRow, role: string): string {
  const v = row.fields ? row.fields[role] : undefined;
  if (typeof v === 'string') return cleanText(v);
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return '';
}

/** The year of the table's column with that role, if any. */
export function columnYear(view: TableView, role: Role): number | undefined {
  const y = view.column(role)?.year;
  return typeof y === 'number' && Number.isFinite(y) ? y : undefined;
}
