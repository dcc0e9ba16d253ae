/**
 * What-if on a score table, pure: the rows as the tracker structures them (core/tracker/score-model), and the
 * projection computed by the very functions behind the custom functions (core/score: PAR.SCORE, PAR.GAP,
 * PAPI.RANK, PAPI.GROUP, PAR.SIPAS), so the pane and a formula in a cell give the same numbers.
 */
import { cellAt, cellText, type Cell, type Grid } from '../core/grid';
import type { FieldValue, Plan, PlanTable } from '../core/plan/types';
import { readMarker, SCORE_HEADERS, SHEET_NAMES } from '../core/tracker';
import { ADDITIVE, indexKind, scoreNodes } from '../core/tracker/score-model';
import { parseVnNumber, shownLabel } from '../core/text';
import type { WhatIfRow, WhatIfTable } from './whatif-types';

export type { WhatIfEdits, WhatIfRow, WhatIfTable } from './whatif-types';
export type { Projection } from './whatif-project';

export const tableId = (sheet: string, no: number) => `${sheet}#${no}`;

function numberOf(v: FieldValue | undefined): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string') return parseVnNumber(v);
  return null;
}

function cellNumber(c: Cell): number | null {
  if (c.kind === 'number') return c.value;
  if (c.kind === 'text') return parseVnNumber(c.text);
  return null;
}

/** A score tracker's "Ước đạt" values by key, read from its Grid. */
export interface TrackerEstimates {
  sheet: string;
  headerRow: number;
  keyCol: number;
  estimateCol: number;
  values: Map<string, number | null>;
}

/** Finds the header row and the key and estimate columns of a score tracker Grid. */
export function readTrackerEstimates(grid: Grid, headerRow = 5): TrackerEstimates | null {
  const find = (row: number) => {
    let keyCol = 0;
    let estimateCol = 0;
    for (let c = 1; c <= grid.colCount; c++) {
      const h = cellText(cellAt(grid, row, c))
        .replace(/\s+/g, ' ')
        .trim();
      if (h === SCORE_HEADERS.key && !keyCol) keyCol = c;
      if (h.startsWith(SCORE_HEADERS.estimate) && !estimateCol) estimateCol = c;
    }
    return keyCol && estimateCol ? { keyCol, estimateCol } : null;
  };
  let row = headerRow;
  let cols = find(row);
  for (let r = 1; !cols && r <= Math.min(40, grid.rowCount); r++) if ((cols = find(r))) row = r;
  if (!cols) return null;
  const values = new Map<string, number | null>();
  for (let r = row + 1; r <= grid.rowCount; r++) {
    const key = cellText(cellAt(grid, r, cols.keyCol)).trim();
    if (key && !values.has(key)) values.set(key, cellNumber(cellAt(grid, r, cols.estimateCol)));
  }
  return { sheet: grid.sheet, headerRow: row, ...cols, values };
}

/** The score trackers of a workbook (from its marker) by the table they follow. */
export function trackersByTable(grids: Grid[]): Map<string, TrackerEstimates> {
  const out = new Map<string, TrackerEstimates>();
  const marker = grids.find((g) => g.sheet === SHEET_NAMES.marker);
  if (!marker) return out;
  for (const e of readMarker(marker)) {
    if (e.kind !== 'scores' || !e.source) continue;
    const grid = grids.find((g) => g.sheet === e.sheet);
    const est = grid ? readTrackerEstimates(grid, e.headerRow) : null;
    if (est) out.set(tableId(e.source.sheet, e.source.table), est);
  }
  return out;
}

function whatIfTable(
  table: PlanTable,
  no: number,
  tracker: TrackerEstimates | undefined,
  planYear: number | null,
): WhatIfTable {
  const index = indexKind(table);
  const nodes = scoreNodes(table, index);
  const childOf = new Set(nodes.flatMap((n) => n.children));
  const ids = new Array<string>(nodes.length).fill('');
  const depth = new Array<number>(nodes.length).fill(0);
  const assign = (children: number[], prefix: string, d: number) => {
    children.forEach((c, k) => {
      ids[c] = prefix ? `${prefix}.${k + 1}` : String(k + 1);
      depth[c] = d;
      assign(
        nodes[c].children.filter((x) => !nodes[x].isTotal),
        ids[c],
        d + 1,
      );
    });
  };
  const totals = nodes.map((n, i) => (n.isTotal ? i : -1)).filter((i) => i >= 0);
  const roots = nodes.map((_, i) => i).filter((i) => !nodes[i].isTotal && !childOf.has(i));
  const fromTotals = totals.flatMap((t) => nodes[t].children).filter((i) => !nodes[i].isTotal);
  assign(
    [...new Set([...fromTotals, ...roots])].sort((a, b) => a - b),
    '',
    totals.length ? 1 : 0,
  );
  const rows = nodes.map((n, i): WhatIfRow => {
    const f = n.row?.fields ?? {};
    const result = numberOf(f.result);
    const editable = ADDITIVE[index] ? n.children.length === 0 && !n.isTotal : true;
    const typed = tracker?.values.has(n.key) ? (tracker.values.get(n.key) ?? null) : undefined;
    return {
      key: n.key,
      id: n.isTotal ? '' : ids[i],
      label: shownLabel(n.row?.label ?? ''),
      title: n.row ? String(f.task ?? f.criterion ?? f.dimension ?? '') : 'TỔNG CỘNG / TOTAL',
      depth: depth[i],
      editable,
      max: numberOf(f.max),
      result,
      target: numberOf(f.target),
      estimate: typed !== undefined ? typed : result,
    };
  });
  return {
    id: tableId(table.sheet, no),
    sheet: table.sheet,
    no,
    index,
    rows,
    tracker: tracker?.sheet ?? null,
    planYear,
    resultYear: table.columns.find((c) => c.role === 'result')?.year ?? null,
  };
}

/** Every score table of a plan as a what-if table, estimates taken from its tracker when there is one. */
export function whatIfTables(plan: Plan, trackers: Map<string, TrackerEstimates> = new Map()): WhatIfTable[] {
  const perSheet = new Map<string, number>();
  const out: WhatIfTable[] = [];
  for (const table of plan.tables) {
    const no = (perSheet.get(table.sheet) ?? 0) + 1;
    perSheet.set(table.sheet, no);
    if (table.kind === 'scores') out.push(whatIfTable(table, no, trackers.get(tableId(table.sheet, no)), plan.year));
  }
  return out;
}

const has = (o: Record<string, unknown>, k: string) => Object.prototype.hasOwnProperty.call(o, k);

export { editCount, editedValues, project } from './whatif-project';

/** A copy of a tracker Grid with the edited estimates typed in (the refresh then carries them like typed data). */
export function patchEstimates(grid: Grid, est: TrackerEstimates, values: Record<string, number | null>): Grid {
  const cells = grid.cells.map((row) => row);
  let rowCount = grid.rowCount;
  let colCount = grid.colCount;
  for (let r = est.headerRow + 1; r <= grid.rowCount; r++) {
    const key = cellText(cellAt(grid, r, est.keyCol)).trim();
    if (!key || !has(values, key)) continue;
    const v = values[key];
    const row = [...(cells[r - 1] ?? [])];
    while (row.length < est.estimateCol) row.push({ kind: 'empty' });
    row[est.estimateCol - 1] = v === null ? { kind: 'empty' } : { kind: 'number', value: v };
    cells[r - 1] = row;
    rowCount = Math.max(rowCount, r);
    colCount = Math.max(colCount, row.length);
  }
  return { ...grid, cells, rowCount, colCount };
}
