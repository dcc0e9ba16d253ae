/**
 * The pane's workbook flows, each one a few port calls around the pure core: read the tables (with the user's
 * column-role corrections), build or refresh the tracker, write what-if estimates into the score tracker.
 * No React here: the hook (useWorkbook.ts) calls these and keeps the state; jest calls them with a fake port.
 */
import { colLetter, parseA1 } from '../core/grid';
import type { Issue } from '../core/issues-types';
import {
  CORRECTIONS_SETTING,
  parseCorrections,
  readTablesFlow,
  serializeCorrections,
  setCorrection,
  splitSheets,
  trackPipeline,
  type RoleCorrection,
  type TrackBook,
  type TrackWrite,
} from '../core/app';
import type { Grid } from '../core/grid';
import type { Plan, PlanTable, Role, TableKind } from '../core/plan/types';
import type { SheetKind } from '../core/sheetspec';
import type { TrackStats } from '../core/tracker';
import type { ReadResult, WorkbookPort } from '../core/app/port';
import type { Bilingual } from '../core/text';
import { patchEstimates, tableId, trackersByTable, whatIfTables, type WhatIfTable } from './whatif';

export type ReadScope = 'active' | 'all';

export interface ColumnInfo {
  col: string;
  header: string;
  role: Role;
  year?: number;
  /** The role comes from the user's correction, not from the header wording. */
  corrected: boolean;
}

export interface TableInfo {
  id: string;
  sheet: string;
  no: number;
  /** First header row: with the sheet and column letter, where a role correction applies. */
  headerRow: number;
  kind: TableKind;
  /** Item rows (tasks, criteria). */
  rows: number;
  year: number | null;
  /** The table's area, header included ("A5:F188"). */
  range: string;
  columns: ColumnInfo[];
}

export interface ReadOutcome {
  scope: ReadScope;
  /** Plan sheets read (chiso's own sheets excluded). */
  sheets: string[];
  plan: Plan;
  issues: Issue[];
  tables: TableInfo[];
  whatIf: WhatIfTable[];
  warnings: string[];
}

export interface TrackOutcome {
  stats: TrackStats;
  /** The visible sheets written, in workbook order of the spec list. */
  sheets: Array<{ name: string; kind: SheetKind }>;
  today: string;
  /** What this host could not write (Excel without ExcelApi 1.9: no filters, print setup, indents). */
  warnings: Bilingual[];
}

export interface Clock {
  /** ISO date the tracker is computed for. */
  today: string;
  /** Write that date into the tracker (reproducible) instead of TODAY(). */
  fixedToday: boolean;
}

/** The corrections saved in the workbook; an unreadable setting counts as none (it must never break a read). */
export async function loadCorrections(port: WorkbookPort): Promise<RoleCorrection[]> {
  try {
    return parseCorrections(await port.loadSetting(CORRECTIONS_SETTING));
  } catch {
    return [];
  }
}

/** Remembers (or, with null, forgets) the role of one column of a table (sheet + header row + column letter). */
export async function saveCorrection(
  port: WorkbookPort,
  at: { sheet: string; headerRow: number; col: string },
  role: Role | null,
): Promise<void> {
  const list = setCorrection(await loadCorrections(port), at, role);
  await port.saveSetting(CORRECTIONS_SETTING, serializeCorrections(list));
}

function tableInfos(plan: Plan, corrections: RoleCorrection[]): TableInfo[] {
  const perSheet = new Map<string, number>();
  return plan.tables.map((t: PlanTable) => {
    const no = (perSheet.get(t.sheet) ?? 0) + 1;
    perSheet.set(t.sheet, no);
    const lastCol = t.columns.reduce((m, c) => Math.max(m, c.index), 1);
    const top = t.headerRows[0] ?? t.firstRow;
    const year = t.columns.find((c) => c.role === 'target')?.year ?? plan.year;
    return {
      id: tableId(t.sheet, no),
      sheet: t.sheet,
      no,
      headerRow: top,
      kind: t.kind,
      rows: t.rows.filter((r) => r.type === 'item').length,
      year: year ?? null,
      range: `A${top}:${colLetter(lastCol)}${Math.max(t.lastRow, top)}`,
      columns: t.columns.map((c) => {
        const corrected = corrections.some(
          (x) => x.sheet === t.sheet && x.col === c.col && t.headerRows.includes(x.headerRow),
        );
        const info: ColumnInfo = { col: c.col, header: c.header, role: c.role, corrected };
        if (c.year !== undefined) info.year = c.year;
        return info;
      }),
    };
  });
}

/** Reads the selected sheet (or every sheet), finds its tables, validates them. */
export async function readFlow(port: WorkbookPort, scope: ReadScope): Promise<ReadOutcome> {
  const names = await port.sheetNames();
  const markerName = names.find((n) => n === '_chiso');
  let wanted: string[] | undefined;
  if (scope === 'active') {
    const active = await port.activeSheet();
    wanted = [...new Set([active ?? names[0], ...(markerName ? [markerName] : [])].filter((n): n is string => !!n))];
  }
  const first = await port.readGrids(wanted);
  let grids = first.grids;
  const warnings = [...first.warnings];
  const { mine } = splitSheets(grids);
  if (scope === 'active' && markerName) {
    // The score trackers hold the estimates the what-if starts from.
    const trackers = mine.filter((n) => n !== markerName && !grids.some((g) => g.sheet === n) && names.includes(n));
    if (trackers.length) {
      const more = await port.readGrids(trackers);
      grids = [...grids, ...more.grids];
      warnings.push(...more.warnings);
    }
  }
  const corrections = await loadCorrections(port);
  const { plan, issues, planGrids } = readTablesFlow(grids, { corrections });
  return {
    scope,
    sheets: planGrids.map((g) => g.sheet),
    plan,
    issues,
    tables: tableInfos(plan, corrections),
    whatIf: whatIfTables(plan, trackersByTable(grids)),
    warnings: [...new Set(warnings)],
  };
}

/** The open workbook as the track pipeline sees it (its formulas read only if the pipeline asks). */
function portBook(port: WorkbookPort, read: ReadResult, grids: Grid[] = read.grids): TrackBook {
  return { grids, links: read.links, drawn: read.drawn ?? [], refs: (sheets) => port.formulaRefs(sheets) };
}

/** Runs the one track pipeline (the CLI's) over the port's workbook and writes its answer in one step. */
async function trackAndWrite(port: WorkbookPort, book: TrackBook, clock: Clock): Promise<Written> {
  const corrections = await loadCorrections(port);
  const file = await port.name();
  const w = await trackPipeline(
    { input: book },
    { today: clock.today, fixedToday: clock.fixedToday, file, corrections },
  );
  const written = await port.writeSheets(w.specs, { replace: w.replace, remove: w.remove, carry: w.carry });
  return { w, warnings: written?.warnings ?? [] };
}

type Written = { w: TrackWrite; warnings: Bilingual[] };

function outcome({ w, warnings }: Written, clock: Clock): TrackOutcome {
  return {
    stats: w.set.stats,
    sheets: w.specs.filter((s) => s.state !== 'hidden').map((s) => ({ name: s.name, kind: s.kind })),
    today: clock.today,
    warnings,
  };
}

/** Reads every sheet, builds (or refreshes) the trackers and writes them in one step. */
export async function trackFlow(port: WorkbookPort, clock: Clock): Promise<TrackOutcome> {
  const read = await port.readGrids();
  return outcome(await trackAndWrite(port, portBook(port, read), clock), clock);
}

/**
 * Writes what-if estimates into the score tracker of `table` through the refresh path: the edited values are typed
 * into the tracker's Grid, then the trackers are rebuilt from it, so sums, gaps, ranks and everything officials typed
 * elsewhere come out as a normal refresh. Builds the tracker first when there is none yet.
 */
export async function writeEstimatesFlow(
  port: WorkbookPort,
  table: string,
  values: Record<string, number | null>,
  clock: Clock,
): Promise<TrackOutcome & { tracker: string }> {
  let read = await port.readGrids();
  let est = trackersByTable(read.grids).get(table);
  if (!est) {
    await trackFlow(port, clock);
    read = await port.readGrids();
    est = trackersByTable(read.grids).get(table);
  }
  if (!est) throw new Error(`no score tracker follows ${table}`);
  const found = est;
  const grids = read.grids.map((g) => (g.sheet === found.sheet ? patchEstimates(g, found, values) : g));
  const w = await trackAndWrite(port, portBook(port, read, grids), clock);
  return { ...outcome(w, clock), tracker: found.sheet };
}

/** Issues grouped for display: severity (errors first), then sheet in reading order. */
export function groupIssues(
  issues: Issue[],
): Array<{ severity: Issue['severity']; sheets: Array<{ sheet: string; issues: Issue[] }> }> {
  const order: Issue['severity'][] = ['error', 'warning', 'info'];
  return order
    .map((severity) => {
      const sheets: Array<{ sheet: string; issues: Issue[] }> = [];
      for (const i of issues.filter((x) => x.severity === severity)) {
        let g = sheets.find((s) => s.sheet === i.sheet);
        if (!g) sheets.push((g = { sheet: i.sheet, issues: [] }));
        g.issues.push(i);
      }
      for (const g of sheets) g.issues.sort((a, b) => cellOrder(a.cell) - cellOrder(b.cell));
      return { severity, sheets };
    })
    .filter((g) => g.sheets.length > 0);
}

function cellOrder(cell: string): number {
  const p = parseA1(cell);
  return p ? p.row * 20000 + p.col : 0;
}

export { localToday, todayFromQuery } from './clock';
