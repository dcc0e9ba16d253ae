/**
 * `chiso extract FILE [--sheet NAME] [--year YYYY] [--json]` (docs/extract-contract.md).
 * With --json: one JSON object on stdout. Without: a short Vietnamese summary of the tables found.
 * Exit 0 when the workbook could be read (problems go to `issues`), 2 when it could not be read or the call is wrong.
 */
import * as path from 'path';
import type { Issue } from '../../core/issues-types';
import { readTablesFlow } from '../../core/app';
import type { Plan, PlanTable } from '../../core/plan/types';
import { fold } from '../../core/text';
import type { Command, Io } from '../io';
import { issueJson, locateIssues, NO_TABLES, NO_TABLES_EXIT, workbookCall, type LocatedIssue } from '../workbook-io';

const USAGE = 'Cách dùng / Usage: chiso extract TỆP.xlsx|TỆP.docx [--sheet TÊN] [--year NĂM] [--json]';

/** The contract's JSON object for a plan. */
export function extractJson(plan: Plan, issues: LocatedIssue[] | null): Record<string, unknown> {
  return {
    file: plan.file ?? null,
    year: plan.year,
    tables: plan.tables.map((t) => ({
      sheet: t.sheet,
      kind: t.kind,
      ...(t.title ? { title: t.title } : {}),
      headerRows: t.headerRows,
      firstRow: t.firstRow,
      lastRow: t.lastRow,
      columns: t.columns.map((c) => ({
        col: c.col,
        role: c.role,
        header: c.header,
        ...(c.year !== undefined ? { year: c.year } : {}),
      })),
      rows: t.rows.map((r) => ({
        row: r.row,
        span: r.span,
        type: r.type,
        label: r.label,
        path: r.path,
        key: r.key,
        ...(r.parentKey !== undefined ? { parentKey: r.parentKey } : {}),
        fields: r.fields,
        ...(r.due ? { due: r.due } : {}),
      })),
    })),
    issues: (issues ?? []).map(issueJson),
  };
}

const KIND_VI: Record<string, string> = { tasks: 'nhiệm vụ', scores: 'điểm số', ranks: 'thứ hạng' };

function tableLine(t: PlanTable, i: number): string {
  const items = t.rows.filter((r) => r.type === 'item').length;
  const heads = t.rows.filter((r) => r.type === 'section' || r.type === 'group' || r.type === 'subgroup').length;
  const totals = t.rows.filter((r) => r.type === 'total').length;
  const dues = t.rows.filter((r) => r.due && r.due.date).length;
  const parts = [`${items} mục / items`];
  if (heads) parts.push(`${heads} tiêu đề / headings`);
  if (totals) parts.push(`${totals} dòng tổng / totals`);
  if (t.kind === 'tasks') parts.push(`${dues} có hạn / with a due date`);
  return `  ${i + 1}. "${t.sheet}" — bảng ${KIND_VI[t.kind]} (${t.kind}), dòng ${t.firstRow}–${t.lastRow}: ${parts.join(', ')}`;
}

/** The human-readable summary (Vietnamese first). */
export function extractSummary(plan: Plan, issues: Issue[] | null): string {
  const lines = [`Tệp / File: ${plan.file ?? '-'} — năm kế hoạch / plan year: ${plan.year ?? 'không rõ / unknown'}`];
  if (plan.tables.length === 0) {
    lines.push(NO_TABLES);
    return lines.join('\n');
  }
  lines.push(
    `Tìm thấy ${plan.tables.length} bảng / ${plan.tables.length} table(s) found:`,
    ...plan.tables.map(tableLine),
  );
  if (issues) {
    const errors = issues.filter((i) => i.severity === 'error').length;
    const warnings = issues.filter((i) => i.severity === 'warning').length;
    lines.push(`Vấn đề / Issues: ${errors} lỗi / errors, ${warnings} cảnh báo / warnings (xem: chiso validate)`);
  }
  return lines.join('\n');
}

async function run(args: string[], io: Io): Promise<number> {
  const call = await workbookCall(args, io, USAGE);
  if (typeof call === 'number') return call;
  const { file, grids, year, values, flags, docx } = call;
  if (values.sheet !== undefined) {
    const want = values.sheet;
    const found = grids.some((g) => g.sheet === want || fold(g.sheet) === fold(want));
    if (!found) {
      io.err(
        `Không có trang tính "${want}" / No sheet named "${want}". Có / Available: ${grids.map((g) => `"${g.sheet}"`).join(', ')}`,
      );
      return 2;
    }
  }
  // chiso's own sheets (a tracked workbook, per its `_chiso` marker) are not plan tables.
  const read = readTablesFlow(grids, { year, file: path.basename(file), sheet: values.sheet });
  const plan = read.plan;
  const issues = read.issues ? locateIssues(read.issues, docx) : read.issues;
  io.out(flags.has('json') ? JSON.stringify(extractJson(plan, issues), null, 1) : extractSummary(plan, issues));
  if (plan.tables.length === 0) {
    if (flags.has('json')) io.err(NO_TABLES);
    return NO_TABLES_EXIT;
  }
  return 0;
}

export const extractCommand: Command = run;
