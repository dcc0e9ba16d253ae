/** One table span → a PlanTable (columns, kind, rows with fields, cells, hierarchy). Deadlines are read later. */
import { assembleRecords } from './assemble';
import { fieldKeys, fieldValue } from './fields';
import { mainRole } from './header';
import { shapeRecords } from './hierarchy';
import type { TableSpan } from './segment';
import type { SheetView } from './sheet';
import type { Column, FieldValue, PlanRow, PlanTable, TableKind } from './types';

export function tableKind(columns: Column[]): TableKind {
  if (columns.some((c) => c.role === 'rank')) return 'ranks';
  if (columns.some((c) => c.role === 'max' || c.role === 'result' || c.role === 'target')) return 'scores';
  return 'tasks';
}

export function buildTable(view: SheetView, span: TableSpan): PlanTable {
  const h = span.header;
  const kind = tableKind(h.columns);
  const keys = fieldKeys(h.columns);
  const roleByKey = new Map<string, string>();
  for (const c of h.columns) {
    const k = keys.get(c.index);
    if (k) roleByKey.set(k, c.role);
  }
  const main = mainRole(h.columns);
  const records = assembleRecords(view, h, span.firstRow, span.lastRow);
  const shaped = shapeRecords(records, main, kind);
  const rows: PlanRow[] = shaped.map((s) => {
    const fields: Record<string, FieldValue> = {};
    const cells: Record<string, string> = {};
    if (s.rec.labelAddr) cells.no = s.rec.labelAddr;
    if (s.type === 'section' || s.type === 'group' || s.type === 'subgroup') {
      if (main) {
        fields[main] = fieldValue(main, s.rec.acc.get(main));
        const acc = s.rec.acc.get(main);
        if (acc) cells[main] = acc.addr;
      }
    } else {
      for (const [key, role] of roleByKey) {
        const acc = s.rec.acc.get(key);
        fields[key] = fieldValue(role, acc);
        if (acc) cells[key] = acc.addr;
      }
    }
    const row: PlanRow = {
      row: s.rec.row,
      span: s.rec.end - s.rec.row + 1,
      type: s.type,
      label: s.rec.label,
      path: s.path,
      key: s.key,
      fields,
      cells,
    };
    if (s.parentKey !== undefined) row.parentKey = s.parentKey;
    return row;
  });
  const table: PlanTable = {
    sheet: view.grid.sheet,
    kind,
    headerRows: h.rows,
    firstRow: rows.length ? rows[0].row : span.firstRow,
    lastRow: rows.reduce((m, r) => Math.max(m, r.row + r.span - 1), span.firstRow - 1),
    columns: h.columns,
    rows,
  };
  if (span.title.length) table.title = span.title;
  return table;
}
