/**
 * One SheetSpec as planned Office.js actions: values and formulas in row blocks (2-D arrays), formulas filled down
 * by copy where Excel can (ExcelApi 1.9), number formats and styles per rectangle of equal value, row heights and
 * column widths per run, merges, links, conditional formats on the spec's ranges (the used rows), data validation,
 * frozen panes, filter, print setup, tab colour and visibility.
 */
import { colLetter } from '../../core/grid';
import { PRINT_MARGINS, type CondFormat, type SheetSpec } from '../../core/sheetspec';
import { fillRuns } from './formula-fill';
import type { OpQueue } from './ops';
import { StyleGrid, STYLE_PROPS, type PropValue, type Rect, type StyleProp } from './style-rects';
import { hexColor, jsonBytes, officeInput, urlLinkText, widthToPoints, type OfficeInput } from './values';

/** What the host supports beyond the ExcelApi 1.8 the writer needs. */
export interface WriteFeatures {
  /** ExcelApi 1.9: Range.copyFrom (formulas filled down), AutoFilter, PageLayout, indent. */
  api19: boolean;
  /** Largest row block of values (bytes), well under the request budget. */
  blockBytes: number;
}

const addr = (r: Rect) => `${colLetter(r.left)}${r.top}:${colLetter(r.right)}${r.bottom}`;
const H_ALIGN: Record<string, Excel.HorizontalAlignment> = { left: 'Left', center: 'Center', right: 'Right' } as never;
const V_ALIGN: Record<string, Excel.VerticalAlignment> = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as never;

/** Sets one style property on a range; the number of actions it takes. */
function applyProp(range: Excel.Range, p: StyleProp, v: PropValue, rect: Rect): number {
  const f = range.format;
  switch (p) {
    case 'fontName':
      f.font.name = String(v);
      return 1;
    case 'fontSize':
      f.font.size = Number(v);
      return 1;
    case 'bold':
      f.font.bold = !!v;
      return 1;
    case 'italic':
      f.font.italic = !!v;
      return 1;
    case 'underline':
      f.font.underline = v ? 'Single' : 'None';
      return 1;
    case 'fontColor':
      f.font.color = hexColor(String(v));
      return 1;
    case 'fill':
      f.fill.color = hexColor(String(v));
      return 1;
    case 'hAlign':
      if (H_ALIGN[String(v)]) f.horizontalAlignment = H_ALIGN[String(v)];
      return 1;
    case 'vAlign':
      if (V_ALIGN[String(v)]) f.verticalAlignment = V_ALIGN[String(v)];
      return 1;
    case 'wrap':
      f.wrapText = !!v;
      return 1;
    case 'indent':
      f.indentLevel = Number(v);
      return 1;
    case 'border': {
      const edges: Excel.BorderIndex[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as never;
      if (rect.right > rect.left) edges.push('InsideVertical' as never);
      if (rect.bottom > rect.top) edges.push('InsideHorizontal' as never);
      for (const e of edges) {
        const b = f.borders.getItem(e);
        b.style = 'Continuous';
        b.weight = 'Thin';
        b.color = hexColor(String(v));
      }
      return edges.length * 4;
    }
    case 'numFmt':
      return 0; // written as arrays (planNumberFormats)
  }
}

function planValues(q: OpQueue, sheet: () => Excel.Worksheet, spec: SheetSpec, f: WriteFeatures): void {
  const rows = spec.cells.length;
  const width = spec.cells.reduce((m, r) => Math.max(m, r?.length ?? 0), 0);
  if (rows === 0 || width === 0) return;
  const formulaAt = (r: number, c: number) => {
    const cell = spec.cells[r - 1]?.[c - 1];
    return cell && cell.f !== undefined && !cell.link ? cell.f : undefined;
  };
  const runs = f.api19 ? fillRuns(rows, width, formulaAt) : [];
  const filled = new Set<number>();
  for (const run of runs)
    for (let r = run.top + 1; r <= run.bottom; r++)
      for (let c = run.left; c <= run.right; c++) filled.add((r - 1) * width + c - 1);
  let top = 1;
  let block: OfficeInput[][] = [];
  let bytes = 0;
  const emit = () => {
    if (!block.length) return;
    const data = block;
    const range = `A${top}:${colLetter(width)}${top + data.length - 1}`;
    q.add(2, bytes, () => {
      sheet().getRange(range).formulas = data;
    });
    top += data.length;
    block = [];
    bytes = 0;
  };
  for (let r = 1; r <= rows; r++) {
    const line = spec.cells[r - 1];
    const row: OfficeInput[] = [];
    for (let c = 1; c <= width; c++) row.push(filled.has((r - 1) * width + c - 1) ? '' : officeInput(line?.[c - 1]));
    const rb = jsonBytes(row);
    if (block.length && bytes + rb > f.blockBytes) emit();
    block.push(row);
    bytes += rb;
  }
  emit();
  for (const run of runs) {
    const src = addr({ top: run.top, bottom: run.top, left: run.left, right: run.right });
    const dest = addr({ top: run.top + 1, bottom: run.bottom, left: run.left, right: run.right });
    q.add(3, 40, () => {
      const s = sheet();
      s.getRange(dest).copyFrom(s.getRange(src), 'Formulas');
    });
  }
}

function planStyles(q: OpQueue, sheet: () => Excel.Worksheet, spec: SheetSpec, f: WriteFeatures): void {
  const grid = new StyleGrid(spec);
  for (const p of STYLE_PROPS) {
    if (p === 'indent' && !f.api19) continue;
    for (const { rect, value } of grid.rects(p)) {
      const range = addr(rect);
      if (p === 'numFmt') {
        const row = new Array<string>(rect.right - rect.left + 1).fill(String(value));
        const data = Array.from({ length: rect.bottom - rect.top + 1 }, () => row);
        q.add(2, jsonBytes(data), () => {
          sheet().getRange(range).numberFormat = data;
        });
      } else {
        q.add(p === 'border' ? 26 : 2, jsonBytes(value), () => {
          applyProp(sheet().getRange(range), p, value, rect);
        });
      }
    }
  }
}

function planLayout(q: OpQueue, sheet: () => Excel.Worksheet, spec: SheetSpec): void {
  // Row heights, runs of equal height.
  const heights = Object.entries(spec.rowHeights ?? {})
    .map(([r, h]) => [Number(r), h] as const)
    .sort((a, b) => a[0] - b[0]);
  for (let i = 0; i < heights.length;) {
    let j = i;
    while (j + 1 < heights.length && heights[j + 1][0] === heights[j][0] + 1 && heights[j + 1][1] === heights[i][1])
      j++;
    const range = `${heights[i][0]}:${heights[j][0]}`;
    const h = heights[i][1];
    q.add(2, 8, () => {
      sheet().getRange(range).format.rowHeight = h;
    });
    i = j + 1;
  }
  const cols = spec.cols ?? [];
  for (let i = 0; i < cols.length;) {
    const w = cols[i]?.width;
    let j = i;
    while (j + 1 < cols.length && cols[j + 1]?.width === w) j++;
    if (w !== undefined) {
      const range = `${colLetter(i + 1)}:${colLetter(j + 1)}`;
      q.add(2, 8, () => {
        sheet().getRange(range).format.columnWidth = widthToPoints(w);
      });
    }
    i = j + 1;
  }
  cols.forEach((c, i) => {
    if (!c?.hidden) return;
    q.add(2, 8, () => {
      sheet().getRange(`${colLetter(i + 1)}:${colLetter(i + 1)}`).columnHidden = true;
    });
  });
  for (const m of spec.merges ?? []) {
    q.add(2, m.length, () => {
      sheet().getRange(m).merge(false);
    });
  }
  spec.cells.forEach((line, ri) =>
    line?.forEach((cell, ci) => {
      const link = cell?.link;
      if (!link || !('url' in link)) return;
      const text = urlLinkText(link, cell.v);
      const at = `${colLetter(ci + 1)}${ri + 1}`;
      q.add(2, jsonBytes(link.url) + jsonBytes(text), () => {
        sheet().getRange(at).hyperlink = { address: link.url, textToDisplay: text };
      });
    }),
  );
}

function planCondFormats(q: OpQueue, sheet: () => Excel.Worksheet, formats: CondFormat[]): void {
  let priority = 0;
  for (const cf of formats) {
    for (const rule of cf.rules) {
      const p = priority++;
      if (rule.type === 'expression') {
        q.add(10, jsonBytes(rule.formula) + 60, () => {
          const f = sheet().getRange(cf.range).conditionalFormats.add('Custom');
          f.custom.rule.formula = `=${rule.formula}`;
          const st = rule.style;
          if (st.fill) f.custom.format.fill.color = hexColor(st.fill);
          if (st.font?.color) f.custom.format.font.color = hexColor(st.font.color);
          if (st.font?.bold !== undefined) f.custom.format.font.bold = st.font.bold;
          if (st.font?.italic !== undefined) f.custom.format.font.italic = st.font.italic;
          f.stopIfTrue = !!rule.stopIfTrue;
          f.priority = p;
        });
      } else {
        q.add(8, 80, () => {
          const f = sheet().getRange(cf.range).conditionalFormats.add('DataBar');
          f.dataBar.lowerBoundRule = { type: 'Number', formula: String(rule.min) };
          f.dataBar.upperBoundRule = { type: 'Number', formula: String(rule.max) };
          f.dataBar.positiveFormat.fillColor = hexColor(rule.color);
          f.dataBar.positiveFormat.gradientFill = true;
          f.priority = p;
        });
      }
    }
  }
}

function planValidations(q: OpQueue, sheet: () => Excel.Worksheet, spec: SheetSpec): void {
  for (const v of spec.validations ?? []) {
    for (const range of v.range.split(/[\s,]+/).filter(Boolean)) {
      const rule: Excel.DataValidationRule =
        v.type === 'list'
          ? { list: { inCellDropDown: true, source: v.values.join(',') } }
          : {
              [v.type === 'whole' ? 'wholeNumber' : 'decimal']: {
                formula1: v.min,
                formula2: v.max,
                operator: 'Between',
              },
            };
      q.add(6, jsonBytes(rule) + jsonBytes(v.error ?? '') + jsonBytes(v.prompt ?? ''), () => {
        const dv = sheet().getRange(range).dataValidation;
        dv.rule = rule;
        dv.ignoreBlanks = true;
        dv.errorAlert = { showAlert: true, style: 'Stop', title: 'chiso', message: v.error ?? '' };
        if (v.prompt) dv.prompt = { showPrompt: true, title: 'chiso', message: v.prompt };
      });
    }
  }
}

function planSheetSettings(q: OpQueue, sheet: () => Excel.Worksheet, spec: SheetSpec, f: WriteFeatures): void {
  const fr = spec.freeze;
  if (fr && (fr.rows || fr.cols)) {
    q.add(3, 16, () => {
      const panes = sheet().freezePanes;
      if (fr.rows && fr.cols) panes.freezeAt(sheet().getRange(`A1:${colLetter(fr.cols)}${fr.rows}`));
      else if (fr.rows) panes.freezeRows(fr.rows);
      else panes.freezeColumns(fr.cols);
    });
  }
  if (spec.autoFilter && f.api19) {
    const range = spec.autoFilter;
    q.add(3, range.length, () => {
      sheet().autoFilter.apply(sheet().getRange(range));
    });
  }
  const print = spec.print;
  if (print && f.api19) {
    q.add(4, 40, () => {
      const pl = sheet().pageLayout;
      pl.orientation = print.landscape ? 'Landscape' : 'Portrait';
      pl.paperSize = 'A4';
      if (print.repeatRows) pl.setPrintTitleRows(print.repeatRows.replace(/(\d+)/g, '$$$1'));
      if (print.repeatCols) pl.setPrintTitleColumns(print.repeatCols.replace(/([A-Z]+)/g, '$$$1'));
      if (print.area) pl.setPrintArea(print.area);
      if (print.fitToWidth) pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      else if (print.scale) pl.zoom = { scale: print.scale };
      const inch = 72;
      pl.leftMargin = PRINT_MARGINS.left * inch;
      pl.rightMargin = PRINT_MARGINS.right * inch;
      pl.topMargin = PRINT_MARGINS.top * inch;
      pl.bottomMargin = PRINT_MARGINS.bottom * inch;
      pl.headerMargin = PRINT_MARGINS.header * inch;
      pl.footerMargin = PRINT_MARGINS.footer * inch;
    });
  }
  const tab = spec.tabColor;
  q.add(2, 12, () => {
    const s = sheet();
    s.tabColor = tab ? hexColor(tab) : '';
    s.visibility = spec.state === 'hidden' ? 'Hidden' : 'Visible';
  });
}

/** Plans everything one spec needs on its (new or cleared) sheet. */
export function planSheet(q: OpQueue, sheet: () => Excel.Worksheet, spec: SheetSpec, f: WriteFeatures): void {
  planValues(q, sheet, spec, f);
  planStyles(q, sheet, spec, f);
  planLayout(q, sheet, spec);
  planCondFormats(q, sheet, spec.condFormats ?? []);
  planValidations(q, sheet, spec);
  planSheetSettings(q, sheet, spec, f);
}
