/**
 * SIPAS_MISMATCH (warning): PAR INDEX criterion 8.1 ("Kết quả Chỉ số hài lòng (SIPAS)") earns SIPAS% × max / 100
 * points (max 10 by default: 86,50% → 8,65). When the workbook also holds the SIPAS table, 8.1's result and target
 * must agree with the SIPAS overall result and target, to 8.1's printed decimals. A warning, not an error: a framework
 * version may weight 8.1 differently.
 */
import { makeIssue } from '../issues';
import type { Issue } from '../issues-types';
import type { PlanRow, PlanTable, Role } from '../plan/types';
import { fold, normalizeLabel } from '../text';
import { isSipasTable } from './kinds';
import { printedDecimals } from './precision';
import type { PlanRule } from './rule';
import { columnYear, mainText, numericField, TableView } from './table';

const EPS = 1e-9;

/** The overall satisfaction row: the total row, else the first row whose text says "chung" (overall). */
function overallRow(view: TableView): PlanRow | undefined {
  const rows = view.rows;
  return (
    rows.find((r) => r.type === 'total' && numericField(r, 'result') !== null) ??
    rows.find((r) => /\bchung\b/.test(fold(mainText(r))) && numericField(r, 'result') !== null)
  );
}

/** PAR criterion 8.1 about SIPAS, in a score table that is not the SIPAS table. */
function criterion81(views: TableView[]): { view: TableView; row: PlanRow } | undefined {
  for (const view of views) {
    if (view.table.kind === 'tasks' || isSipasTable(view)) continue;
    for (const row of view.rows) {
      const label = normalizeLabel(typeof row.label === 'number' ? row.label : String(row.label ?? ''));
      if (label === '8.1' && /sipas|hai long/.test(fold(mainText(row)))) return { view, row };
    }
  }
  return undefined;
}

/** A percentage read from a cell: 86.5, or 0.865 meaning 86,5 %. */
function percent(v: number): number {
  return Math.abs(v) <= 1 ? v * 100 : v;
}

/**
 * Criterion 8.1 is among `tables` but no SIPAS table is (one sheet was read: `validate --sheet`): the check cannot
 * run, and the caller says so rather than let silence read as agreement.
 */
export function criterion81Unchecked(tables: readonly PlanTable[]): boolean {
  const views = tables.map((t) => new TableView(t));
  return criterion81(views) !== undefined && !views.some((v) => isSipasTable(v) && v.hasColumn('result'));
}

export const sipasRule: PlanRule = {
  id: 'sipas',
  scope: 'plan',
  run(ctx) {
    const issues: Issue[] = [];
    const sipasView = ctx.views.find((v) => isSipasTable(v) && v.hasColumn('result'));
    if (!sipasView) return issues;
    const overall = overallRow(sipasView);
    const par = criterion81(ctx.views);
    if (!overall || !par) return issues;
    const max = numericField(par.row, 'max') ?? 10;
    for (const role of ['result', 'target'] as Role[]) {
      const s = numericField(overall, role);
      const v = numericField(par.row, role);
      if (s === null || v === null) continue;
      const sip = percent(s);
      const expected = (sip * max) / 100;
      const cell = par.view.cell(par.row, role);
      const d = Math.max(2, printedDecimals(v, par.view.grid, cell));
      // 8.1 as printed may round the exact points to its own decimals.
      if (Math.abs(v - expected) <= 0.5 * 10 ** -d + EPS) continue;
      issues.push(
        makeIssue('SIPAS_MISMATCH', par.view.sheet, cell, {
          role,
          year: columnYear(par.view, role),
          value: v,
          sipas: sip,
          max,
          expected: Number(expected.toFixed(4)),
          sipasSheet: sipasView.sheet,
          sipasCell: sipasView.cell(overall, role),
        }),
      );
    }
    return issues;
  },
};
