/**
 * The appendix-table reader: Grids → Plan (docs/extract-contract.md).
 * Finds every table on every sheet by its header wording, reads rows into records with fields, hierarchy and keys,
 * and reads each item's deadline with the plan year.
 */
import type { Grid } from '../grid';
import { fold, readDeadline } from '../text';
import { findTables, type TableSpan } from './segment';
import { SheetView } from './sheet';
import { buildTable } from './table';
import type { Column, Plan, PlanTable, Role } from './types';
import { planYear } from './year';

export interface ReadPlanOptions {
  /** Plan year for deadlines without a year ("Quý IV"); else from titles, else from the deadlines. */
  year?: number | null;
  /** File name, copied into the plan. */
  file?: string;
  /** Only this sheet (exact name, else case- and diacritic-insensitive). */
  sheet?: string;
  /** Roles the user corrected, by sheet name then column letter ("C" → 'deadline'); they win over the header wording. */
  roles?: RoleOverrides;
}

/**
 * Column-role corrections: sheet name → column → role. The column key is its letter ("C": every table of the sheet)
 * or "<header row>:<letter>" ("5:C": only the table with a header on row 5), the latter winning.
 */
export type RoleOverrides = Record<string, Record<string, Role>>;

/** Applies a sheet's corrections to a table header found by wording (tables are found first, then read by role). */
function correctRoles(span: TableSpan, roles: Record<string, Role> | undefined): TableSpan {
  if (!roles) return span;
  const columns = span.header.columns.map((c) => {
    const role = span.header.rows.map((r) => roles[`${r}:${c.col}`]).find((x) => x !== undefined) ?? roles[c.col];
    if (!role || role === c.role) return c;
    const out: Column = { ...c, role };
    if (role !== 'result' && role !== 'target' && role !== 'rank') delete out.year;
    return out;
  });
  return { ...span, header: { ...span.header, columns } };
}

/** The tables of one sheet, without deadlines read. */
export function sheetTables(grid: Grid, roles?: Record<string, Role>): PlanTable[] {
  const view = new SheetView(grid);
  const tables = findTables(view).map((span) => buildTable(view, correctRoles(span, roles)));
  if (grid.state === 'hidden') for (const t of tables) t.hidden = true;
  return tables;
}

/** Reads every item's deadline with the plan year. */
export function applyDeadlines(tables: PlanTable[], year: number | null): void {
  // readDeadline is pure and a plan repeats a handful of deadline texts: read each distinct one once.
  const read = new Map<string, ReturnType<typeof readDeadline>>();
  for (const t of tables) {
    for (const r of t.rows) {
      if (r.type !== 'item') continue;
      const text = r.fields.deadline;
      if (typeof text !== 'string' || text.trim() === '') continue;
      let d = read.get(text);
      if (d === undefined) read.set(text, (d = readDeadline(text, year)));
      r.due = { kind: d.kind, date: d.date, text: d.text };
    }
  }
}

/** The tables of one sheet, deadlines read with `opts.year` or the sheet's own year. */
export function readSheetTables(grid: Grid, opts: ReadPlanOptions = {}): PlanTable[] {
  const tables = sheetTables(grid, opts.roles?.[grid.sheet]);
  applyDeadlines(tables, planYear(tables, opts.year));
  return tables;
}

/** The sheets to read: very hidden sheets never (only code shows them; they are not the official's plan). */
function pickSheets(all: Grid[], sheet?: string): Grid[] {
  const grids = all.filter((g) => g.state !== 'veryHidden');
  if (sheet === undefined) return grids;
  const exact = grids.filter((g) => g.sheet === sheet);
  return exact.length ? exact : grids.filter((g) => fold(g.sheet) === fold(sheet));
}

/** Reads a workbook's Grids into a Plan. Never throws on data: odd sheets give no tables. */
export function readPlan(grids: Grid[], opts: ReadPlanOptions = {}): Plan {
  const tables = pickSheets(Array.isArray(grids) ? grids : [], opts.sheet).flatMap((g) =>
    sheetTables(g, opts.roles?.[g.sheet]),
  );
  const year = planYear(tables, opts.year);
  applyDeadlines(tables, year);
  const plan: Plan = { year, tables };
  if (opts.file !== undefined) plan.file = opts.file;
  return plan;
}

export { DERIVED_TITLE, isDerivedTable } from './derived';
export type { Plan, PlanTable, PlanRow, Column, Role, RowType, TableKind, FieldValue, Due } from './types';
