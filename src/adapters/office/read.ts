/**
 * Reads Grids from the open workbook through Office.js: values with their types and number formats (an Excel date
 * is a number with a date format: it becomes a date cell; percents keep their format), merged areas where ExcelApi
 * 1.13 has them (else none, and a warning says so), and hyperlinks of chiso's own sheets (ExcelApi 1.9).
 * Large sheets are loaded in row blocks, several blocks per sync up to a cell budget; when Excel answers that a
 * response is too large the budget is halved and the blocks loaded again.
 */
import { EMPTY, a1, colLetter, type Cell, type Grid, type Merge } from '../../core/grid';
import type { SheetLink } from '../../core/grid';
import { isDateFormat } from '../../core/text/date-format';
import { REQUIREMENTS } from './requirements';
import { isoFromExcelSerial } from '../../core/text/date';

export const READ_API = REQUIREMENTS.read.minVersion;
export const MERGES_API = REQUIREMENTS.merges.minVersion;
export const LINKS_API = REQUIREMENTS.links.minVersion;
/** Cells loaded per sync (values, types and formats of each): about 2 MB of typical plan text. */
export const CELL_BUDGET = 40_000;

export const NO_MERGES_WARNING =
  'Excel này chưa có ExcelApi 1.13 nên chiso không thấy các ô đã gộp; bảng vẫn được đọc nhưng tiêu đề gộp và ô gộp theo chiều dọc có thể bị hiểu sai. / This Excel lacks ExcelApi 1.13, so chiso cannot see merged cells; tables are still read but merged headers and vertically merged cells may be misread.';
export const NO_LINKS_WARNING =
  'Excel này chưa có ExcelApi 1.9 nên không đọc được liên kết trong các trang theo dõi; liên kết tài liệu kiểm chứng có thể không được giữ khi cập nhật. / This Excel lacks ExcelApi 1.9, so links in the tracker sheets cannot be read; evidence links may not be kept on refresh.';

export type GridTarget = string | { active: true } | { selection: true };

/** One Excel cell → our Cell. */
export function cellFromOffice(value: unknown, type: string | undefined, format: string | undefined): Cell {
  switch (type) {
    case 'Empty':
      return EMPTY;
    case 'Boolean':
      return { kind: 'boolean', value: value === true };
    case 'Error':
      return { kind: 'error', code: typeof value === 'string' && value ? value : '#VALUE!' };
    case 'Double':
    case 'Integer': {
      const n = typeof value === 'number' ? value : Number(value);
      if (!Number.isFinite(n)) return { kind: 'error', code: '#NUM!' };
      if (isDateFormat(format)) {
        const iso = isoFromExcelSerial(n);
        if (iso) return { kind: 'date', iso };
      }
      return format && format !== 'General' ? { kind: 'number', value: n, format } : { kind: 'number', value: n };
    }
    default: {
      if (value === null || value === undefined) return EMPTY;
      const s =
        typeof value === 'string'
          ? value
          : typeof value === 'number' || typeof value === 'boolean'
            ? String(value)
            : '';
      return s === '' ? EMPTY : { kind: 'text', text: s };
    }
  }
}

/** Merged areas from a RangeAreas address ("Sheet1!A1:C1, 'My sheet'!B2:B5"). */
export function parseAreas(address: string): Merge[] {
  const out: Merge[] = [];
  for (const part of splitAreas(address)) {
    const bang = part.lastIndexOf('!');
    const ref = (bang >= 0 ? part.slice(bang + 1) : part).trim();
    const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(ref);
    if (!m) continue;
    const col = (s: string) => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const top = Number(m[2]);
    const left = col(m[1]);
    const bottom = m[4] ? Number(m[4]) : top;
    const right = m[3] ? col(m[3]) : left;
    if (bottom > top || right > left) out.push({ top, left, bottom, right });
  }
  return out;
}

/** Splits "A!B1:C2, 'x,y'!D4" at the commas outside quoted sheet names. */
function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) parts.push(cur);
  return parts;
}

interface Block {
  sheet: number;
  top: number; // 0-based sheet row
  rows: number;
  range?: Excel.Range;
}

interface SheetShape {
  name: string;
  rowIndex: number;
  colIndex: number;
  rows: number;
  cols: number;
  cells: Cell[][];
  merges: Merge[];
  /** Excel's visibility ("Hidden", "VeryHidden"); absent or "Visible" for a shown sheet. */
  visibility?: string;
}

const isPayloadError = (e: unknown) => {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /PayloadSizeLimitExceeded|PayloadTooLarge/i.test(code);
};

/** Loads blocks of rows (all columns of each sheet's area) for several sheets, a cell budget per sync. */
async function loadBlocks(
  context: Excel.RequestContext,
  shapes: SheetShape[],
  rangeAt: Array<(row0: number, rows: number) => Excel.Range>,
  budget: number,
): Promise<void> {
  const queue: Block[] = [];
  shapes.forEach((s, i) => {
    const per = Math.max(1, Math.floor(budget / Math.max(1, s.cols)));
    for (let top = 0; top < s.rows; top += per) queue.push({ sheet: i, top, rows: Math.min(per, s.rows - top) });
  });
  while (queue.length) {
    const batch: Block[] = [];
    let cells = 0;
    while (queue.length && (batch.length === 0 || cells + queue[0].rows * shapes[queue[0].sheet].cols <= budget)) {
      const b = queue.shift() as Block;
      b.range = rangeAt[b.sheet](b.top, b.rows);
      b.range.load('values,valueTypes,numberFormat');
      batch.push(b);
      cells += b.rows * shapes[b.sheet].cols;
    }
    try {
      // One sync per batch of blocks under the cell budget, not per sheet or row.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      if (!isPayloadError(e) || (batch.length === 1 && batch[0].rows === 1)) throw e;
      // Too large an answer: load the same rows again in halves, with half the budget.
      budget = Math.max(1, Math.floor(budget / 2));
      const halves = batch.flatMap((b): Block[] => {
        if (b.rows === 1) return [{ sheet: b.sheet, top: b.top, rows: 1 }];
        const h = Math.ceil(b.rows / 2);
        return [
          { sheet: b.sheet, top: b.top, rows: h },
          { sheet: b.sheet, top: b.top + h, rows: b.rows - h },
        ];
      });
      queue.unshift(...halves);
      continue;
    }
    for (const b of batch) {
      const s = shapes[b.sheet];
      const range = b.range as Excel.Range;
      for (let r = 0; r < b.rows; r++) {
        const line: Cell[] = [];
        for (let c = 0; c < s.cols; c++)
          line.push(
            cellFromOffice(
              range.values[r]?.[c],
              range.valueTypes[r]?.[c],
              range.numberFormat[r]?.[c] as string | undefined,
            ),
          );
        s.cells[b.top + r] = line;
      }
    }
  }
}

/** The Grid of a loaded area placed at its sheet position (the Grid runs from A1), trimmed like the xlsx reader. */
function toGrid(s: SheetShape): Grid {
  const cells: Cell[][] = [];
  let rowCount = 0;
  let colCount = 0;
  s.cells.forEach((line, r) => {
    let last = -1;
    line.forEach((c, k) => {
      if (c.kind !== 'empty') last = k;
    });
    if (last < 0) return;
    const out: Cell[] = new Array<Cell>(s.colIndex).fill(EMPTY).concat(line.slice(0, last + 1));
    const row = s.rowIndex + r + 1;
    while (cells.length < row - 1) cells.push([]);
    cells[row - 1] = out;
    rowCount = Math.max(rowCount, row);
    colCount = Math.max(colCount, out.length);
  });
  for (const m of s.merges) {
    rowCount = Math.max(rowCount, m.bottom);
    colCount = Math.max(colCount, m.right);
  }
  while (cells.length < rowCount) cells.push([]);
  const grid: Grid = { sheet: s.name, rowCount, colCount, cells, merges: s.merges };
  // As the xlsx reader: very hidden sheets are never read as a plan, trackers of hidden ones say so.
  if (s.visibility === 'Hidden') grid.state = 'hidden';
  else if (s.visibility === 'VeryHidden') grid.state = 'veryHidden';
  return grid;
}

/** `Office.context.requirements.isSetSupported('ExcelApi', v)` where office.js runs; everything elsewhere (tests). */
export function hostSupports(version: string): boolean {
  if (typeof Office === 'undefined') return true;
  try {
    return Office.context.requirements.isSetSupported('ExcelApi', version);
  } catch {
    return false;
  }
}

export interface ReadOptions {
  /** Requirement check; `hostSupports` when omitted. */
  supports?: (version: string) => boolean;
  cellBudget?: number;
}

/** Reads sheets (by name, the active sheet or the selection) as Grids, in the order asked. */
export async function readGridsFrom(
  context: Excel.RequestContext,
  targets: GridTarget[],
  opts: ReadOptions = {},
): Promise<{ grids: Grid[]; warnings: string[] }> {
  const supports = opts.supports ?? hostSupports;
  const merges = supports(MERGES_API);
  const areas = targets.map((t) => {
    if (typeof t === 'string') {
      const ws = context.workbook.worksheets.getItem(t);
      return { ws, area: ws.getUsedRange(true) };
    }
    if ('active' in t) {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      return { ws, area: ws.getUsedRange(true) };
    }
    const area = context.workbook.getSelectedRange();
    // `worksheet` is a navigation property (a proxy, queued like getItem): nothing to load before using it.
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
    return { ws: area.worksheet, area };
  });
  const mergeAreas = areas.map(({ ws, area }) => {
    ws.load('name,visibility');
    area.load('rowIndex,columnIndex,rowCount,columnCount');
    if (!merges) return null;
    const m = area.getMergedAreasOrNullObject();
    m.load('address');
    return m;
  });
  await context.sync();
  const shapes: SheetShape[] = areas.map(({ ws, area }, i) => {
    const m = mergeAreas[i];
    return {
      name: ws.name,
      visibility: ws.visibility,
      rowIndex: area.rowIndex,
      colIndex: area.columnIndex,
      rows: area.rowCount,
      cols: area.columnCount,
      cells: [],
      merges: m && !m.isNullObject ? parseAreas(m.address) : [],
    };
  });
  const rangeAt = shapes.map(
    (s, i) => (row0: number, rows: number) =>
      areas[i].ws.getRange(
        `${colLetter(s.colIndex + 1)}${s.rowIndex + row0 + 1}:${colLetter(s.colIndex + s.cols)}${s.rowIndex + row0 + rows}`,
      ),
  );
  await loadBlocks(context, shapes, rangeAt, opts.cellBudget ?? CELL_BUDGET);
  return { grids: shapes.map(toGrid), warnings: merges ? [] : [NO_MERGES_WARNING] };
}

/** Hyperlinks in the given Grids' cells (ExcelApi 1.9), loaded in blocks like the values. */
export async function readLinks(
  context: Excel.RequestContext,
  grids: Grid[],
  cellBudget = CELL_BUDGET,
): Promise<SheetLink[]> {
  const out: SheetLink[] = [];
  const jobs: Array<{ sheet: string; top: number; rows: number; cols: number }> = [];
  for (const g of grids) {
    if (!g.rowCount || !g.colCount) continue;
    const per = Math.max(1, Math.floor(cellBudget / g.colCount));
    for (let top = 1; top <= g.rowCount; top += per)
      jobs.push({ sheet: g.sheet, top, rows: Math.min(per, g.rowCount - top + 1), cols: g.colCount });
  }
  let i = 0;
  while (i < jobs.length) {
    const batch: Array<{ job: (typeof jobs)[number]; props: OfficeExtension.ClientResult<Excel.CellProperties[][]> }> =
      [];
    let cells = 0;
    while (i < jobs.length && (batch.length === 0 || cells + jobs[i].rows * jobs[i].cols <= cellBudget)) {
      const job = jobs[i++];
      const range = context.workbook.worksheets
        .getItem(job.sheet)
        .getRange(`A${job.top}:${colLetter(job.cols)}${job.top + job.rows - 1}`);
      batch.push({ job, props: range.getCellProperties({ hyperlink: true }) });
      cells += job.rows * job.cols;
    }
    // One sync per batch of ranges under the cell budget, not per sheet or row.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const { job, props } of batch) {
      props.value.forEach((line, r) =>
        line.forEach((p, c) => {
          const h = p?.hyperlink;
          const target = h?.address || (h?.documentReference ? `#${h.documentReference}` : '');
          if (target) out.push({ sheet: job.sheet, cell: a1(job.top + r, c + 1), target });
        }),
      );
    }
  }
  return out;
}
