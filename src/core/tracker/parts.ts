/** Small pieces shared by the tracker sheets: values from Grid cells, issues by row, range helpers. */
import { colLetter, parseA1, type Cell } from '../grid';
import type { Issue } from '../issues-types';
import type { FieldValue, PlanTable } from '../plan/types';
import {
  linesPt,
  parseRange,
  wrappedLines,
  type SheetKind,
  type SheetSpec,
  type SpecCell,
  type SpecLink,
  type SpecValue,
} from '../sheetspec';
import { STYLES } from './styles';

/** A Grid cell (read back from a previous tracker) as a value to write again. */
export function valueOfCell(cell: Cell | undefined): SpecValue {
  if (!cell) return null;
  switch (cell.kind) {
    case 'empty':
      return null;
    case 'text':
      return cell.text === '' ? null : cell.text;
    case 'number':
    case 'boolean':
      return cell.value;
    case 'date':
      return { date: cell.iso };
    case 'error':
      return cell.code;
  }
}

/** A plan field as a cell value (text stays text). */
export function fieldValue(v: FieldValue | undefined): SpecValue {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return v === '' ? null : v;
  return v;
}

export function isBlank(v: SpecValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

export function asText(v: SpecValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return v.date;
  return String(v);
}

/** A stored link as a spec link: "#'Sheet'!A1" style targets become internal links. */
export function linkOf(target: string | undefined): SpecLink | undefined {
  if (!target) return undefined;
  const m = /^#?'?(.+?)'?!\$?([A-Z]{1,3})\$?(\d+)$/i.exec(target);
  if (m && (target.startsWith('#') || !/^[a-z]+:/i.test(target)))
    return { sheet: m[1].replace(/''/g, "'"), cell: `${m[2].toUpperCase()}${m[3]}` };
  return { url: target };
}

/** Issues of one sheet, found by sheet row. */
export class IssuesByRow {
  private readonly map = new Map<string, Map<number, Issue[]>>();

  constructor(issues: Issue[]) {
    for (const i of issues) {
      const pos = parseA1(i.cell);
      if (!pos) continue;
      let sheet = this.map.get(i.sheet);
      if (!sheet) this.map.set(i.sheet, (sheet = new Map<number, Issue[]>()));
      const list = sheet.get(pos.row);
      if (list) list.push(i);
      else sheet.set(pos.row, [i]);
    }
  }

  /** Issues on sheet rows first..first+span-1. */
  get(sheet: string, first: number, span: number): Issue[] {
    const rows = this.map.get(sheet);
    if (!rows) return [];
    const out: Issue[] = [];
    for (let r = first; r < first + Math.max(1, span); r++) out.push(...(rows.get(r) ?? []));
    return out;
  }
}

export function issuesText(issues: Issue[]): string | null {
  return issues.length ? issues.map((i) => `${i.cell}: ${i.message.vi}`).join('\n') : null;
}

/** "D7:D9,D12" → SUM arguments with consecutive rows joined into ranges. */
export function sumArgs(col: string, rows: number[]): string {
  const sorted = [...rows].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(i === j ? `${col}${sorted[i]}` : `${col}${sorted[i]}:${col}${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}

/**
 * What every sheet following a plan table starts with: the table it follows (a refresh finds it again by this),
 * key column A, its header row, chiso's styles, no cells yet.
 */
export function followingSheet(
  name: string,
  kind: 'tasks' | 'scores',
  table: PlanTable,
  tableNo: number,
  headerRow: number,
): SheetSpec {
  return {
    name,
    kind,
    source: { sheet: table.sheet, table: tableNo },
    keyCol: 'A',
    headerRow,
    styles: STYLES,
    cells: [],
  };
}

/** The plan table's title lines other than its sheet's name, as one line. */
export function tableTitle(table: PlanTable): string {
  return (table.title ?? []).filter((t) => t && t !== table.sheet).join(' · ');
}

/** A sheet of chiso's own (problems, PAPI data, roll-up): chiso's styles, its tab colour and column widths, the rows down to the header frozen. */
export function ownSheet(
  name: string,
  kind: SheetKind,
  tabColor: string,
  widths: number[],
  headerRow: number,
): SheetSpec {
  return {
    name,
    kind,
    styles: STYLES,
    cells: [],
    tabColor,
    cols: widths.map((width) => ({ width })),
    freeze: { rows: headerRow, cols: 0 },
  };
}

export function range(c1: number, r1: number, c2: number, r2: number): string {
  return `${colLetter(c1)}${r1}:${colLetter(c2)}${r2}`;
}

export const text = (v: SpecValue, s: string): SpecCell => ({ v, s });

/**
 * Sets the height of rows whose wrapped text needs more than one line (neither Excel nor LibreOffice re-fits
 * row heights of a file when it opens, so a tall cell would otherwise show one line). A height already set is kept
 * when it is taller. A merged cell counts the width of the columns it spans.
 */
export function fitRowHeights(spec: SheetSpec, from: number, to: number): void {
  const widths = spec.cols ?? [];
  const heights = (spec.rowHeights ??= {});
  // Keyed by row × 16,384 + column (Excel's column count): no key string per cell looked at.
  const spans = new Map<number, number>();
  for (const m of spec.merges ?? []) {
    const b = parseRange(m);
    if (b.top !== b.bottom) continue;
    let w = 0;
    for (let c = b.left; c <= b.right; c++) w += widths[c - 1]?.width ?? 9;
    spans.set(b.top * 16384 + b.left, w);
  }
  for (let r = from; r <= to; r++) {
    const row = spec.cells[r - 1];
    if (!row) continue;
    let need = 0;
    row.forEach((c, i) => {
      const style = c?.s ? spec.styles[c.s] : undefined;
      if (!c || !style?.align?.wrap) return;
      const t = c.v ?? c.r;
      if (typeof t !== 'string' || t === '') return;
      const width = spans.get(r * 16384 + i + 1) ?? widths[i]?.width ?? 9;
      const size = style.font?.size ?? 10;
      const lines = wrappedLines(t, width, { size, bold: style.font?.bold });
      if (lines > 1) need = Math.max(need, linesPt(lines, size));
    });
    if (need > (heights[r] ?? 0)) heights[r] = need;
  }
}
