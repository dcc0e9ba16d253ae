/** Test helpers for the tracker: hand-built plans, spec → Grid (what a read-back gives), fixtures, temp dirs. */
import { mkdtempSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Cell, Grid } from '../../../src/core/grid';
import type { Issue } from '../../../src/core/issues-types';
import type { Column, Due, FieldValue, PlanRow, PlanTable, Role } from '../../../src/core/plan/types';
import type { SheetSpec, SpecCell, SpecValue } from '../../../src/core/sheetspec';

export { ROOT, planFile as fixturePlan } from '../../support/fixtures';

const made: string[] = [];

/** A fresh folder under the system temp dir, removed after the test file's tests (see `cleanTempDirs`). */
export function tempDir(prefix = 'chiso-track-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes every folder `tempDir` made so far in this test file. */
export function cleanTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

// Every test file importing these helpers cleans its temp folders when its tests are done.
if (typeof afterAll === 'function') afterAll(cleanTempDirs);

export function columns(roles: Role[]): Column[] {
  return roles.map((role, i) => ({ col: String.fromCharCode(65 + i), index: i + 1, role, header: role }));
}

type RowInit = Partial<PlanRow> & { key: string; fields?: PlanRow['fields'] };

/** A task row due by `fields.deadline` (its text), which reads as `kind` ending on `date` (null: no date). */
export function dueTask(
  key: string,
  kind: Due['kind'],
  date: string | null,
  fields: PlanRow['fields'] & { deadline: string },
): RowInit {
  return { key, fields, due: { kind, date, text: fields.deadline } };
}

/** A score row: key, text and [max, result, target]; `more` adds a parent key, a label or other fields. */
export function scoreRow(
  key: string,
  task: string,
  [max, result, target]: [FieldValue, FieldValue, FieldValue],
  more: Partial<PlanRow> = {},
): RowInit {
  return { key, ...more, fields: { task, max, result, target, ...more.fields } };
}

/** A score table's total row (no label, no path). */
export function totalRow(task: string, scores: [FieldValue, FieldValue, FieldValue]): RowInit {
  return scoreRow('TOTAL', task, scores, { type: 'total', label: '', path: [] });
}

/** A task table: rows get sheet rows 6, 7, … and a path from the key ("A.I.1" → ["A","I","1"]). */
export function taskTable(
  sheet: string,
  rows: RowInit[],
  roles: Role[] = ['no', 'task', 'deadline', 'lead', 'coordinate', 'output'],
): PlanTable {
  return {
    sheet,
    kind: 'tasks',
    title: [sheet, 'Bảng phân công nhiệm vụ'],
    headerRows: [5],
    firstRow: 6,
    lastRow: 5 + rows.length,
    columns: columns(roles),
    rows: rows.map((r, i) => ({
      row: 6 + i,
      span: 1,
      type: 'item',
      label: r.key.split('.').pop() ?? '',
      path: r.key.split('.'),
      cells: {},
      fields: {},
      ...r,
    })),
  };
}

export function scoreTable(
  sheet: string,
  title: string,
  rows: RowInit[],
  years = { result: 2024, target: 2025 },
): PlanTable {
  const cols = columns(['no', 'task', 'max', 'result', 'target', 'lead']);
  cols[3].year = years.result;
  cols[4].year = years.target;
  return {
    sheet,
    kind: 'scores',
    title: [sheet, title],
    headerRows: [5],
    firstRow: 6,
    lastRow: 5 + rows.length,
    columns: cols,
    rows: rows.map((r, i) => ({
      row: 6 + i,
      span: 1,
      type: 'item',
      label: r.key,
      path: r.key.split('.'),
      cells: {},
      fields: {},
      ...r,
    })),
  };
}

export function issue(
  sheet: string,
  cell: string,
  code: Issue['code'] = 'MISSING_LEAD',
  severity: Issue['severity'] = 'warning',
): Issue {
  return {
    code,
    severity,
    sheet,
    cell,
    message: { vi: `Vấn đề ${code} tại ${cell}`, en: `Problem ${code} at ${cell}` },
  };
}

function cellOf(v: SpecValue | undefined): Cell {
  if (v === null || v === undefined || v === '') return { kind: 'empty' };
  if (typeof v === 'string') return { kind: 'text', text: v };
  if (typeof v === 'number') return { kind: 'number', value: v };
  if (typeof v === 'boolean') return { kind: 'boolean', value: v };
  return { kind: 'date', iso: v.date };
}

/** What reading a written spec back gives: values, and formulas' cached results. */
export function gridOfSpec(spec: SheetSpec): Grid {
  // Array.from, not map: rows never written are holes in `cells`, and a read-back has them as empty rows.
  const cells: Cell[][] = Array.from(spec.cells, (row) =>
    Array.from(row ?? [], (c: SpecCell | null | undefined) =>
      c ? cellOf(c.f !== undefined ? c.r : c.v) : { kind: 'empty' },
    ),
  );
  const colCount = cells.reduce((m, r) => Math.max(m, r.length), 0);
  return { sheet: spec.name, rowCount: cells.length, colCount, cells, merges: [] };
}

/** Column number (1-based) of a header in a spec's header row. */
export function headerCol(spec: SheetSpec, header: string): number {
  const row = spec.cells[(spec.headerRow ?? 5) - 1] ?? [];
  const i = row.findIndex((c) => c?.v === header || (typeof c?.v === 'string' && c.v.startsWith(header)));
  if (i < 0) throw new Error(`no header ${header} in ${spec.name}`);
  return i + 1;
}

/** Sheet rows (1-based) of the rows whose key (column A) is `key`. */
export function rowsOfKey(spec: SheetSpec, key: string): number[] {
  const out: number[] = [];
  spec.cells.forEach((row, r) => {
    if (r >= (spec.headerRow ?? 5) && row?.[0]?.v === key) out.push(r + 1);
  });
  return out;
}

/** Sheet row of the live (not removed) row whose key is `key`. */
export function rowOfKey(spec: SheetSpec, key: string): number {
  const live = rowsOfKey(spec, key).filter(
    (r) => !(spec.cells[r - 1] ?? []).some((c) => c?.v === 'Đã bỏ khỏi kế hoạch'),
  );
  if (!live.length) throw new Error(`no key ${key} in ${spec.name}`);
  return live[0];
}

export function at(spec: SheetSpec, row: number, col: number): SpecCell | undefined {
  return spec.cells[row - 1]?.[col - 1] ?? undefined;
}

/** Sets a value in a spec-derived grid (to simulate what officials typed). */
export function typeInto(grid: Grid, row: number, col: number, cell: Cell): void {
  while (grid.cells.length < row) grid.cells.push([]);
  const r = grid.cells[row - 1];
  while (r.length < col) r.push({ kind: 'empty' });
  r[col - 1] = cell;
  grid.rowCount = Math.max(grid.rowCount, row);
  grid.colCount = Math.max(grid.colCount, col);
}

/** Types statuses and completion dates into the tracker grids (as officials would), and moves one task out. */
export function typeStatuses(sheets: SheetSpec[], move = true): Grid[] {
  const grids = sheets.map(gridOfSpec);
  const typed: Array<[string, boolean]> = [
    ['Hoàn thành', false],
    ['Tạm dừng', false],
    ['Đang thực hiện', false],
    ['Chưa bắt đầu', false],
    ['', false],
    ['', true],
  ];
  let moved = !move;
  for (const s of sheets.filter((x) => x.kind === 'tasks')) {
    const g = grids.find((x) => x.sheet === s.name)!;
    const col = (h: string) => {
      try {
        return headerCol(s, h);
      } catch {
        return 0;
      }
    };
    const [status, doneDate, alert, key] = ['Trạng thái', 'Ngày hoàn thành', 'Cảnh báo', 'Mã'].map(col);
    // The row's text (what matching by text reads): the task, or the table's first text column.
    const task = ['Nhiệm vụ', 'Yêu cầu', 'Tiêu chí', 'Chỉ số nội dung'].map(col).find((c) => c > 0) ?? 0;
    let i = 0;
    s.cells.forEach((row, r) => {
      if (r < (s.headerRow ?? 5) || row?.[alert - 1]?.f === undefined) return;
      const [st, dated] = typed[i++ % typed.length];
      if (st) typeInto(g, r + 1, status, { kind: 'text', text: st });
      if (dated) typeInto(g, r + 1, doneDate, { kind: 'date', iso: '2025-08-01' });
      // One task no longer in the plan: another key and text, so the next run keeps it as "Đã bỏ khỏi kế hoạch".
      if (!moved && task && i === 3) {
        typeInto(g, r + 1, key, { kind: 'text', text: 'ZZ.99' });
        typeInto(g, r + 1, task, { kind: 'text', text: 'Nhiệm vụ đã bỏ khỏi kế hoạch (thử)' });
        moved = true;
      }
    });
  }
  return grids;
}
