/**
 * `chiso validate FILE [--year YYYY] [--sheet NAME] [--json]`: checks the appendix tables and lists the problems by
 * sheet and cell, in sheet order (the order a user walks the workbook), each Vietnamese first with its English on
 * the next line.
 * Exit 0: no error (warnings allowed); 1: at least one error; 2: the file cannot be read or the call is wrong.
 * With --sheet only that sheet's part is parsed (and chiso's marker) and only its problems are listed; criterion 8.1
 * is then checked against a SIPAS table only if one is on that sheet, else an info line says it was not checked. chiso's own sheets (a tracked workbook, per its `_chiso` marker) are not read.
 */
import * as path from 'path';
import type { Issue } from '../../core/issues-types';
import { readTablesFlow } from '../../core/app';
import type { Plan } from '../../core/plan/types';
import { fold } from '../../core/text';
import { criterion81Unchecked } from '../../core/validate/sipas';
import type { Command, Io } from '../io';
import { issueJson, locateIssues, NO_TABLES, NO_TABLES_EXIT, workbookCall, type LocatedIssue } from '../workbook-io';

const USAGE = 'Cách dùng / Usage: chiso validate TỆP.xlsx|TỆP.docx [--year NĂM] [--sheet TÊN] [--json]';

const SEVERITY_VI: Record<string, string> = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Ghi chú' };

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countIssues(issues: Issue[]): Counts {
  return {
    errors: issues.filter((i) => i.severity === 'error').length,
    warnings: issues.filter((i) => i.severity === 'warning').length,
    infos: issues.filter((i) => i.severity === 'info').length,
  };
}

function totalLine(c: Counts): string {
  const vi = [`${c.errors} lỗi`, `${c.warnings} cảnh báo`];
  const en = [`${c.errors} error${c.errors === 1 ? '' : 's'}`, `${c.warnings} warning${c.warnings === 1 ? '' : 's'}`];
  if (c.infos) {
    vi.push(`${c.infos} ghi chú`);
    en.push(`${c.infos} note${c.infos === 1 ? '' : 's'}`);
  }
  return `Tổng cộng: ${vi.join(', ')} / Total: ${en.join(', ')}`;
}

function sheetHeading(sheet: string, list: Issue[]): string {
  const c = countIssues(list);
  const parts: string[] = [];
  if (c.errors) parts.push(`${c.errors} lỗi`);
  if (c.warnings) parts.push(`${c.warnings} cảnh báo`);
  if (c.infos) parts.push(`${c.infos} ghi chú`);
  return `Trang tính “${sheet}” — ${parts.join(', ')}`;
}

/** A message on one line (a deadline quoted from a cell may hold line breaks). */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

const SEVERITY_WIDTH = 8;

/** Two lines per problem: cell, severity, the Vietnamese message and the code; then the English under it. */
function issueLines(i: Issue, cellWidth: number): string[] {
  const sev = (SEVERITY_VI[i.severity] ?? i.severity).padEnd(SEVERITY_WIDTH);
  const indent = ' '.repeat(2 + cellWidth + 2 + SEVERITY_WIDTH + 2);
  return [
    `  ${i.cell.padEnd(cellWidth)}  ${sev}  ${oneLine(i.message.vi)} [${i.code}]`,
    `${indent}${oneLine(i.message.en)}`,
  ];
}

/** The readable report: a heading, problems grouped by sheet in sheet order, and a one-line total. */
export function validateReport(plan: Plan, issues: Issue[], file: string): string {
  const lines: string[] = [];
  const year = plan.year ?? 'không rõ';
  lines.push(`Kiểm tra “${file}” — năm kế hoạch ${year}, ${plan.tables.length} bảng`);
  if (plan.tables.length === 0) {
    lines.push(NO_TABLES);
    return lines.join('\n');
  }
  if (issues.length === 0) lines.push('Không phát hiện vấn đề nào / No problems found.');
  const bySheet = new Map<string, Issue[]>();
  for (const i of issues) {
    const list = bySheet.get(i.sheet) ?? [];
    list.push(i);
    bySheet.set(i.sheet, list);
  }
  const cellWidth = Math.max(4, ...issues.map((i) => i.cell.length));
  for (const [sheet, list] of bySheet) {
    lines.push('', sheetHeading(sheet, list), ...list.flatMap((i) => issueLines(i, cellWidth)));
  }
  lines.push('', totalLine(countIssues(issues)));
  return lines.join('\n');
}

export function validateJson(plan: Plan, issues: LocatedIssue[]): Record<string, unknown> {
  const c = countIssues(issues);
  return {
    file: plan.file ?? null,
    year: plan.year,
    tables: plan.tables.length,
    errors: c.errors,
    warnings: c.warnings,
    issues: issues.map(issueJson),
  };
}

/** Criterion 8.1 read without the SIPAS table it is checked against (only one sheet parsed). */
export function sipasUnchecked(sheet: string): string {
  return (
    `Tiêu chí 8.1 (SIPAS) chưa được đối chiếu với bảng Chỉ số hài lòng: chỉ đọc trang “${sheet}” (--sheet); chạy không có --sheet để đối chiếu` +
    ` / Criterion 8.1 (SIPAS) was not checked against the satisfaction table: only sheet "${sheet}" was read (--sheet); run without --sheet to check it`
  );
}

async function run(args: string[], io: Io): Promise<number> {
  const call = await workbookCall(args, io, USAGE);
  if (typeof call === 'number') return call;
  const { file, grids, year, values, flags, docx } = call;
  let sheet: string | undefined;
  if (values.sheet !== undefined) {
    const want = values.sheet;
    const g = grids.find((x) => x.sheet === want) ?? grids.find((x) => fold(x.sheet) === fold(want));
    if (!g) {
      io.err(
        `Không có trang tính “${want}” / No sheet named "${want}". Có / Available: ${grids.map((x) => `“${x.sheet}”`).join(', ')}`,
      );
      return 2;
    }
    sheet = g.sheet;
  }
  // chiso's own sheets (a tracked workbook) are left out: only the official's tables are checked.
  const read = readTablesFlow(grids, { year, file: path.basename(file) });
  const plan = read.plan;
  let issues = read.issues;
  const shown: Plan = sheet === undefined ? plan : { ...plan, tables: plan.tables.filter((t) => t.sheet === sheet) };
  if (sheet !== undefined) issues = issues.filter((i) => i.sheet === sheet);
  issues = locateIssues(issues, docx);
  io.out(
    flags.has('json')
      ? JSON.stringify(validateJson(shown, issues), null, 1)
      : validateReport(shown, issues, path.basename(file)),
  );
  if (sheet !== undefined && !docx && criterion81Unchecked(shown.tables)) {
    const line = sipasUnchecked(sheet);
    if (flags.has('json')) io.err(line);
    else io.out(line);
  }
  if (shown.tables.length === 0) {
    if (flags.has('json')) io.err(NO_TABLES);
    return NO_TABLES_EXIT;
  }
  return countIssues(issues).errors > 0 ? 1 : 0;
}

export const validateCommand: Command = run;
