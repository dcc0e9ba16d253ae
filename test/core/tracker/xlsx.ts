/** exceljs helpers for the tracker tests: snapshots of sheets to compare, lookups by header and key. */
import ExcelJS from 'exceljs';

/** Everything a sheet shows: values, styles, merges, widths, heights (to compare before/after). */
export function sheetSnapshot(ws: ExcelJS.Worksheet): Record<string, unknown> {
  const cells: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells[cell.address] = { value: cell.value, style: cell.style, type: cell.type };
    });
  });
  const cols: unknown[] = [];
  for (let c = 1; c <= ws.columnCount; c++) cols.push([ws.getColumn(c).width, ws.getColumn(c).hidden]);
  const rows: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => rows.push([r, row.height, row.hidden]));
  // exceljs reads a missing firstPageNumber as 1 and then writes useFirstPageNumber="1": the same numbering
  // (pages from 1) spelled two ways after a second exceljs round trip; compare the meaning.
  const pageSetup = JSON.parse(JSON.stringify(ws.pageSetup ?? {})) as Record<string, unknown>;
  if (pageSetup.firstPageNumber === 1) delete pageSetup.useFirstPageNumber;
  return {
    name: ws.name,
    state: ws.state,
    cells: JSON.parse(JSON.stringify(cells)),
    merges: [...((ws.model as { merges?: string[] }).merges ?? [])].sort(),
    cols,
    rows,
    views: JSON.parse(JSON.stringify(ws.views ?? [])),
    pageSetup,
    dataValidations: JSON.parse(
      JSON.stringify((ws as unknown as { dataValidations: { model: unknown } }).dataValidations.model ?? {}),
    ),
    conditionalFormattings: JSON.parse(
      JSON.stringify((ws as unknown as { conditionalFormattings?: unknown }).conditionalFormattings ?? []),
    ),
  };
}

export async function openBook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

export function headerIndex(ws: ExcelJS.Worksheet, header: string, headerRow = 5): number {
  const row = ws.getRow(headerRow);
  for (let c = 1; c <= ws.columnCount; c++) {
    const t = String(row.getCell(c).text ?? '');
    if (t === header || t.startsWith(header)) return c;
  }
  throw new Error(`no header "${header}" on ${ws.name}`);
}

/** Rows whose key (column A) is `key`, below the header. */
export function rowsOf(ws: ExcelJS.Worksheet, key: string, headerRow = 5): number[] {
  const out: number[] = [];
  for (let r = headerRow + 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).text === key) out.push(r);
  return out;
}

/** The shown text of a cell (a formula's cached result; dates as ISO). */
export function shown(ws: ExcelJS.Worksheet, row: number, col: number): string {
  const text = (v: unknown): string => {
    if (v === null || v === undefined) return '';
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    if (typeof v === 'object') {
      const o = v as { result?: unknown; text?: unknown; formula?: unknown };
      if ('formula' in o || 'result' in o) return text(o.result);
      if ('text' in o) return text(o.text);
      return JSON.stringify(v);
    }
    return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
  };
  return text(ws.getCell(row, col).value);
}

/** A row-finder for the source plan sheet: the row whose column B starts with `text`. */
export function planRow(ws: ExcelJS.Worksheet, text: string): number {
  for (let r = 1; r <= ws.rowCount; r++)
    if (String(ws.getCell(r, 2).text).normalize('NFC').startsWith(text.normalize('NFC'))) return r;
  throw new Error(`no plan row "${text}" on ${ws.name}`);
}
