/**
 * The benchmark floor's writer: SheetSpecs rendered into an exceljs workbook ("exceljs reading the plan and writing
 * the same output", scripts/lib/bench-track-child.ts). chiso itself writes with src/adapters/xlsx/sml (by adding to
 * the package); exceljs is a development dependency (this floor and the tests' oracle), so this lives in scripts/,
 * never in src/ (test/build/runtime-deps.test.ts).
 * chiso's own sheets from a previous run are replaced in place (same position); any other sheet with a spec's
 * name is a conflict (the core picks free names, so that is a programming error).
 */
import type ExcelJS from 'exceljs';
import type * as SheetSpecModule from '../../src/core/sheetspec';
import type { CellStyle, CondStyle, SheetSpec, SpecCell, SpecValue } from '../../src/core/sheetspec';
import { fromLib } from './root';

const { mergeStyles, parseRange } = fromLib<typeof SheetSpecModule>('core/sheetspec.js');

export interface WriteOptions {
  /** Sheets chiso created before (from its marker): they may be replaced. */
  replace?: string[];
  /** chiso's old sheets that are no longer produced: removed. */
  remove?: string[];
}

const argb = (hex: string) => ({ argb: `FF${hex.toUpperCase()}` });

function excelStyle(s: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (s.numFmt) out.numFmt = s.numFmt;
  if (s.font) {
    const f = s.font;
    out.font = {
      name: f.name,
      size: f.size,
      bold: f.bold,
      italic: f.italic,
      underline: f.underline,
      color: f.color ? argb(f.color) : undefined,
    };
  }
  if (s.fill) out.fill = { type: 'pattern', pattern: 'solid', fgColor: argb(s.fill), bgColor: argb(s.fill) };
  if (s.align) {
    const a = s.align;
    out.alignment = { horizontal: a.h, vertical: a.v, wrapText: a.wrap, indent: a.indent };
  }
  if (s.border) {
    const side = { style: 'thin' as const, color: argb(s.border) };
    out.border = { top: side, left: side, bottom: side, right: side };
  }
  return out;
}

function condStyle(s: CondStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (s.fill) out.fill = { type: 'pattern', pattern: 'solid', fgColor: argb(s.fill), bgColor: argb(s.fill) };
  if (s.font)
    out.font = { color: s.font.color ? argb(s.font.color) : undefined, bold: s.font.bold, italic: s.font.italic };
  return out;
}

function toExcelValue(v: SpecValue | undefined): ExcelJS.CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'object') {
    const [y, m, d] = v.date.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d));
  }
  return v;
}

const q = (s: string) => s.replace(/"/g, '""');

function shownText(v: SpecValue | undefined, fallback: string): string {
  if (v === null || v === undefined) return fallback;
  return typeof v === 'object' ? v.date : String(v);
}

function cellValue(c: SpecCell): ExcelJS.CellValue {
  if (c.link && 'sheet' in c.link) {
    // An internal link as a HYPERLINK formula: Excel and LibreOffice both follow "#'Sheet'!A1".
    const target = `#'${c.link.sheet.replace(/'/g, "''")}'!${c.link.cell}`;
    const text = shownText(c.v, c.link.cell);
    return { formula: `HYPERLINK("${q(target)}","${q(text)}")`, result: text };
  }
  if (c.link && 'url' in c.link) {
    const text = shownText(c.v, c.link.url);
    return { text, hyperlink: c.link.url };
  }
  if (c.f !== undefined) {
    const result = toExcelValue(c.r);
    return (result === null ? { formula: c.f } : { formula: c.f, result }) as ExcelJS.CellFormulaValue;
  }
  return toExcelValue(c.v);
}

function sameName(a: string, b: string) {
  return a.toLowerCase() === b.toLowerCase();
}

/** Renders one spec into a (new, empty) worksheet. */
export function renderSheet(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  if (spec.tabColor) ws.properties.tabColor = argb(spec.tabColor);
  if (spec.state === 'hidden') ws.state = 'hidden';
  spec.cols?.forEach((c, i) => {
    if (!c) return;
    const col = ws.getColumn(i + 1);
    if (c.width !== undefined) col.width = c.width;
    if (c.hidden) col.hidden = true;
  });
  // Styles: range styles first, the cell's own over them; one exceljs style object per combination.
  const cache = new Map<string, Partial<ExcelJS.Style>>();
  const styleFor = (rangeKey: string | undefined, cellKey: string | undefined) => {
    const k = `${rangeKey ?? ''}|${cellKey ?? ''}`;
    let st = cache.get(k);
    if (!st) {
      const base = rangeKey ? spec.styles[rangeKey] : undefined;
      const own = cellKey ? spec.styles[cellKey] : undefined;
      st = excelStyle(mergeStyles(base, own));
      cache.set(k, st);
    }
    return st;
  };
  const rangeStyleAt = new Map<string, string>();
  for (const rs of spec.rangeStyles ?? []) {
    const b = parseRange(rs.range);
    for (let r = b.top; r <= b.bottom; r++)
      for (let c = b.left; c <= b.right; c++) rangeStyleAt.set(`${r},${c}`, rs.style);
  }
  spec.cells.forEach((row, ri) => {
    if (!row) return;
    const xr = ws.getRow(ri + 1);
    row.forEach((c, ci) => {
      if (!c) return;
      const cell = xr.getCell(ci + 1);
      const value = cellValue(c);
      if (value !== null) cell.value = value;
      const rk = rangeStyleAt.get(`${ri + 1},${ci + 1}`);
      if (rk) rangeStyleAt.delete(`${ri + 1},${ci + 1}`);
      if (c.s || rk) cell.style = styleFor(rk, c.s);
    });
  });
  for (const [pos, key] of rangeStyleAt) {
    const [r, c] = pos.split(',').map(Number);
    ws.getCell(r, c).style = styleFor(key, undefined);
  }
  for (const [row, h] of Object.entries(spec.rowHeights ?? {})) ws.getRow(Number(row)).height = h;
  for (const m of spec.merges ?? []) ws.mergeCells(m);
  if (spec.freeze && (spec.freeze.rows || spec.freeze.cols)) {
    ws.views = [{ state: 'frozen', xSplit: spec.freeze.cols, ySplit: spec.freeze.rows }];
  }
  if (spec.autoFilter) ws.autoFilter = spec.autoFilter;
  let priority = 1;
  for (const cf of spec.condFormats ?? []) {
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: cf.rules.map((rule): ExcelJS.ConditionalFormattingRule => {
        if (rule.type === 'expression')
          return { type: 'expression', priority: priority++, formulae: [rule.formula], style: condStyle(rule.style) };
        return {
          type: 'dataBar',
          priority: priority++,
          gradient: true,
          cfvo: [
            { type: 'num', value: rule.min },
            { type: 'num', value: rule.max },
          ],
          color: argb(rule.color),
        } as unknown as ExcelJS.ConditionalFormattingRule;
      }),
    });
  }
  for (const v of spec.validations ?? []) {
    const common = {
      allowBlank: true,
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'chiso',
      error: v.error,
      showInputMessage: !!v.prompt,
      prompt: v.prompt,
    };
    const dv: ExcelJS.DataValidation =
      v.type === 'list'
        ? { ...common, type: 'list', formulae: [`"${v.values.join(',')}"`] }
        : { ...common, type: v.type, operator: 'between', formulae: [v.min, v.max] };
    // Range addresses are kept as one sqref by exceljs.
    (ws as unknown as { dataValidations: { add(a: string, d: ExcelJS.DataValidation): void } }).dataValidations.add(
      v.range,
      dv,
    );
  }
  if (spec.print) {
    ws.pageSetup.paperSize = 9; // A4
    ws.pageSetup.orientation = spec.print.landscape ? 'landscape' : 'portrait';
    if (spec.print.fitToWidth) {
      ws.pageSetup.fitToPage = true;
      ws.pageSetup.fitToWidth = 1;
      ws.pageSetup.fitToHeight = 0;
    }
    // exceljs writes the sheet name quoted without escaping quotes: skip repeated rows for such names.
    if (spec.print.repeatRows && !spec.name.includes("'")) ws.pageSetup.printTitlesRow = spec.print.repeatRows;
  }
}

/**
 * Adds or replaces chiso's sheets. Replaced sheets keep their position; new ones go after the existing sheets,
 * in spec order.
 */
export function writeSheetSpecs(wb: ExcelJS.Workbook, specs: SheetSpec[], opts: WriteOptions = {}): void {
  const replace = opts.replace ?? [];
  for (const name of opts.remove ?? []) {
    const ws = wb.worksheets.find((w) => sameName(w.name, name));
    if (ws && replace.some((r) => sameName(r, name)) && !specs.some((s) => sameName(s.name, name)))
      wb.removeWorksheet(ws.id);
  }
  for (const spec of specs) {
    const existing = wb.worksheets.find((w) => sameName(w.name, spec.name));
    let ws: ExcelJS.Worksheet;
    if (existing) {
      if (!replace.some((r) => sameName(r, spec.name))) throw new Error(`sheet "${existing.name}" is not chiso's`);
      // exceljs orders sheets by `orderNo` (not in its type definitions).
      const orderNo = (existing as unknown as { orderNo: number }).orderNo;
      wb.removeWorksheet(existing.id);
      ws = wb.addWorksheet(spec.name);
      (ws as unknown as { orderNo: number }).orderNo = orderNo;
    } else ws = wb.addWorksheet(spec.name);
    renderSheet(ws, spec);
  }
  // Excel recomputes every formula on open (the cached results were computed by chiso for a given day).
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
}
