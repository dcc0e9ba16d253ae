/**
 * `chiso import`: the appendix tables of a Word plan as sheets of a new workbook (one sheet per table the reader
 * recognises), with their title lines, cells, merges and line breaks at the same coordinates as the Grid, so a
 * problem found in the document points to the same cell of the imported sheet. Numbers of numeric columns
 * (scores, ranks) become numbers; everything else stays text as typed.
 */
import { a1, cellText, type Grid } from '../grid';
import { sheetTables } from '../plan';
import { NUMERIC_ROLES } from '../plan/roles';
import { pagePrint, type SheetSpec, type SpecCell } from '../sheetspec';
import { fold, parseVnNumber } from '../text';
import { FONT, GEN_STYLES, SCORE_FMT, heightFor, linesFor } from './styles';

/** A table of a document as its adapter read it (see src/adapters/docx/grid.ts). */
export interface ImportTable {
  /** 1-based order among the document's tables ("Bảng N"). */
  index: number;
  grid: Grid;
  title: string[];
  /** Grid rows 1…titleRows are the title lines. */
  titleRows: number;
  /** Table rows (1-based within the table) marked as repeating header rows. */
  headerRows: number[];
}

export interface ImportResult {
  specs: SheetSpec[];
  /** Sheet written for each document table that holds an appendix ("Bảng 2" → "Phụ lục 2"). */
  sheets: Array<{ table: string; sheet: string }>;
}

const STYLES = {
  ...GEN_STYLES,
  number: { ...GEN_STYLES.text, numFmt: SCORE_FMT, align: { h: 'center' as const, v: 'top' as const, wrap: true } },
};

const ROLE_WIDTH: Partial<Record<string, number>> = {
  no: 6,
  task: 45,
  criterion: 45,
  requirement: 45,
  dimension: 40,
  deadline: 16,
  lead: 22,
  coordinate: 24,
  output: 32,
  leader: 18,
  max: 10,
  result: 11,
  target: 11,
  rank: 10,
  note: 20,
};

/** Characters Excel cannot take in a sheet name. */
const BAD_NAME = /[[\]:*?/\\]/g;

/** "Phụ lục 1" (or "Phụ lục II", "Biểu 3") from the title, else "Bảng N"; unique, 31 characters at most. */
export function importSheetName(t: ImportTable, used: Set<string>): string {
  let base = `Bảng ${t.index}`;
  for (const line of t.title) {
    const m = /^\s*((?:phụ lục|phu luc|biểu|bieu)\s*(?:số\s*)?[0-9IVXLC]+[a-z]?)\b/iu.exec(line.normalize('NFC'));
    if (m) {
      base = m[1].replace(/\s+/g, ' ');
      break;
    }
  }
  base = base.replace(BAD_NAME, '-').slice(0, 31);
  let name = base;
  for (let n = 2; used.has(fold(name)); n++) name = `${base.slice(0, 26)} (${n})`;
  used.add(fold(name));
  return name;
}

function titleStyle(line: string): string {
  return line.trim().startsWith('(') ? 'titleItalic' : 'title';
}

function sheetOf(t: ImportTable, name: string): SheetSpec | null {
  const tables = sheetTables(t.grid);
  if (!tables.length) return null;
  const g = t.grid;
  const header = new Set<number>([...t.headerRows.map((r) => r + t.titleRows), ...tables.flatMap((x) => x.headerRows)]);
  const numericCols = new Set<number>();
  for (const x of tables) for (const c of x.columns) if (NUMERIC_ROLES.includes(c.role)) numericCols.add(c.index);
  const bodyRows = new Set<number>();
  for (const x of tables) for (let r = x.firstRow; r <= x.lastRow; r++) bodyRows.add(r);
  // Widths by the column's role, as chiso's own appendices print them; other columns from their longest line.
  const widths: number[] = [];
  const mergedAcross = new Set(g.merges.filter((m) => m.right > m.left).map((m) => `${m.top}:${m.left}`));
  for (let r = t.titleRows + 1; r <= g.rowCount; r++) {
    (g.cells[r - 1] ?? []).forEach((c, i) => {
      if (mergedAcross.has(`${r}:${i + 1}`)) return;
      const longest = cellText(c)
        .split('\n')
        .reduce((m, l) => Math.max(m, l.length), 0);
      widths[i] = Math.max(widths[i] ?? 8, Math.min(40, Math.ceil(longest * 0.5) + 4));
    });
  }
  for (const x of tables)
    for (const c of x.columns) if (ROLE_WIDTH[c.role] !== undefined) widths[c.index - 1] = ROLE_WIDTH[c.role]!;
  const spec: SheetSpec = {
    name,
    kind: 'data',
    styles: STYLES,
    cells: [],
    merges: g.merges.map((m) =>
      m.bottom === m.top && m.right === m.left ? a1(m.top, m.left) : `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`,
    ),
    cols: Array.from({ length: g.colCount }, (_, i) => ({ width: widths[i] ?? 8 })),
    rowHeights: {},
  };
  const firstHeader = Math.min(...header);
  spec.print = pagePrint(spec, {
    bodyPt: FONT.size,
    ...(Number.isFinite(firstHeader) ? { headerRows: `${firstHeader}:${Math.max(...header)}` } : {}),
  });
  const total = widths.reduce((a, w) => a + (w ?? 8), 0);
  for (let r = 1; r <= g.rowCount; r++) {
    const row = g.cells[r - 1] ?? [];
    let lines = 1;
    for (let c = 1; c <= g.colCount; c++) {
      const cell = row[c - 1];
      const text = cell ? cellText(cell) : '';
      let out: SpecCell;
      if (r <= t.titleRows) out = { v: text || null, s: titleStyle(text) };
      else if (header.has(r)) out = { v: text || null, s: 'header' };
      else {
        const n = numericCols.has(c) && bodyRows.has(r) ? parseVnNumber(text) : null;
        out = n !== null ? { v: n, s: 'number' } : { v: text || null, s: 'text' };
      }
      if (out.v === null && r <= t.titleRows) continue;
      (spec.cells[r - 1] ??= [])[c - 1] = out;
      if (text) lines = Math.max(lines, linesFor(text, r <= t.titleRows ? total : (widths[c - 1] ?? 8)));
    }
    if (lines > 1) spec.rowHeights![r] = heightFor(lines);
  }
  return spec;
}

/**
 * Sheets for the tables the reader recognises as appendices (signature blocks and the like are left out).
 * `taken`: sheet names already in the workbook the sheets go into (the pane's Excel mode), never reused.
 */
export function importSpecs(tables: ImportTable[], taken: string[] = []): ImportResult {
  const used = new Set<string>(taken.map(fold));
  const specs: SheetSpec[] = [];
  const sheets: ImportResult['sheets'] = [];
  for (const t of tables) {
    if (!sheetTables(t.grid).length) continue;
    const name = importSheetName(t, used);
    const spec = sheetOf(t, name);
    if (!spec) continue;
    specs.push(spec);
    sheets.push({ table: t.grid.sheet, sheet: name });
  }
  return { specs, sheets };
}
