/**
 * One SheetSpec as a SpreadsheetML worksheet part, written directly (no exceljs): cells with inline strings (so
 * sharedStrings.xml is never touched), formulas with their cached results, styles from StyleSheet, merges, widths,
 * heights, frozen panes, autofilter, conditional formats, data validations, hyperlinks and A4 print setup. Every
 * text passes the escaping boundary (package/escape.ts). Elements follow CT_Worksheet's order.
 */
import { colLetter } from '../../../core/grid';
import {
  PRINT_MARGINS,
  mergeStyles,
  parseRange,
  type CondFormat,
  type SheetSpec,
  type SpecCell,
  type SpecValue,
  type Validation,
} from '../../../core/sheetspec';
import { excelSerial } from '../../../core/text/date';
import { xmlAttr, xmlFormula, xmlText } from '../package/escape';
import { NS } from '../package/xml';
import type { StyleSheet } from './styles';

export interface SheetPart {
  xml: string;
  /** External links, in the order of their ids rId1, rId2, … in the sheet's rels. */
  links: string[];
}

/** An ISO date as an Excel serial: the core's one rule (src/core/text/date.ts), 1900-01-15 → 15; null if no date. */
export function dateSerial(iso: string): number | null {
  return excelSerial(iso);
}

const isDate = (v: SpecValue | undefined): v is { date: string } => typeof v === 'object' && v !== null;
const num = (n: number) => (Number.isFinite(n) ? String(n) : null);
const inline = (s: string) => `<is><t xml:space="preserve">${xmlText(s)}</t></is>`;
const q = (s: string) => s.replace(/"/g, '""');

function shownText(v: SpecValue | undefined, fallback: string): string {
  if (v === null || v === undefined) return fallback;
  return isDate(v) ? v.date : String(v);
}

/** `t` attribute and <v> of a cached formula result. */
function cached(r: SpecValue | undefined): [string, string] {
  if (r === null || r === undefined) return ['', ''];
  if (typeof r === 'string') return [' t="str"', `<v>${xmlText(r)}</v>`];
  if (typeof r === 'boolean') return [' t="b"', `<v>${r ? 1 : 0}</v>`];
  if (isDate(r)) {
    const n = dateSerial(r.date);
    return n === null ? [' t="str"', `<v>${xmlText(r.date)}</v>`] : ['', `<v>${n}</v>`];
  }
  const n = num(r);
  return n === null ? ['', ''] : ['', `<v>${n}</v>`];
}

/** A cell's XML (without the reference and style, given as `head`), or null when it holds nothing. */
function cellBody(c: SpecCell, head: string, links: Array<{ ref: string; url: string }>, ref: string): string | null {
  if (c.link && 'sheet' in c.link) {
    // An internal link as a HYPERLINK formula: Excel and LibreOffice both follow "#'Sheet'!A1".
    const target = `#'${c.link.sheet.replace(/'/g, "''")}'!${c.link.cell}`;
    const text = shownText(c.v, c.link.cell);
    return `<c${head} t="str"><f>${xmlFormula(`HYPERLINK("${q(target)}","${q(text)}")`)}</f><v>${xmlText(text)}</v></c>`;
  }
  if (c.link && 'url' in c.link) {
    links.push({ ref, url: c.link.url });
    return `<c${head} t="inlineStr">${inline(shownText(c.v, c.link.url))}</c>`;
  }
  if (c.f !== undefined) {
    const [t, v] = cached(c.r);
    return `<c${head}${t}><f>${xmlFormula(c.f)}</f>${v}</c>`;
  }
  const v = c.v;
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'string') return `<c${head} t="inlineStr">${inline(v)}</c>`;
  if (typeof v === 'boolean') return `<c${head} t="b"><v>${v ? 1 : 0}</v></c>`;
  if (isDate(v)) {
    const n = dateSerial(v.date);
    return n === null ? `<c${head} t="inlineStr">${inline(v.date)}</c>` : `<c${head}><v>${n}</v></c>`;
  }
  const n = num(v);
  return n === null ? null : `<c${head}><v>${n}</v></c>`;
}

function condXml(cf: CondFormat, styles: StyleSheet, priority: { n: number }): string {
  const rules = cf.rules.map((rule) => {
    const p = priority.n++;
    if (rule.type === 'expression') {
      return `<cfRule type="expression" dxfId="${styles.dxf(rule.style)}" priority="${p}"${rule.stopIfTrue ? ' stopIfTrue="1"' : ''}><formula>${xmlFormula(rule.formula)}</formula></cfRule>`;
    }
    return (
      `<cfRule type="dataBar" priority="${p}"><dataBar><cfvo type="num" val="${rule.min}"/><cfvo type="num" val="${rule.max}"/>` +
      `<color rgb="FF${rule.color.toUpperCase()}"/></dataBar></cfRule>`
    );
  });
  return `<conditionalFormatting sqref="${xmlAttr(cf.range)}">${rules.join('')}</conditionalFormatting>`;
}

function validationXml(v: Validation): string {
  const msg = `${v.error ? ` error="${xmlAttr(v.error)}"` : ''}${v.prompt ? ` showInputMessage="1" prompt="${xmlAttr(v.prompt)}"` : ''}`;
  const head = `allowBlank="1" showErrorMessage="1" errorStyle="stop" errorTitle="chiso"${msg} sqref="${xmlAttr(v.range)}"`;
  if (v.type === 'list')
    return `<dataValidation type="list" ${head}><formula1>${xmlFormula(`"${v.values.join(',')}"`)}</formula1></dataValidation>`;
  return `<dataValidation type="${v.type}" operator="between" ${head}><formula1>${v.min}</formula1><formula2>${v.max}</formula2></dataValidation>`;
}

/** Renders a spec as one string; styles are added to `styles` as they are met. */
export function sheetXml(spec: SheetSpec, styles: StyleSheet): SheetPart {
  const parts: string[] = [];
  const links = writeSheetXml(spec, styles, (text) => parts.push(text));
  return { xml: parts.join(''), links };
}

/**
 * Renders a spec in pieces, in order, through `write` (a row at a time: a 100,000-task tracker is never one string);
 * returns the external links, in the order of their ids rId1, rId2, …. The text is the same as `sheetXml`'s.
 */
export function writeSheetXml(spec: SheetSpec, styles: StyleSheet, write: (text: string) => void): string[] {
  // Range styles per row: later ranges win, like the exceljs renderer; cells' own styles merge over them.
  const ranges = (spec.rangeStyles ?? []).map((rs) => ({ ...parseRange(rs.range), style: rs.style }));
  // Style index by range style, then cell style, then "date without a number format" (no key strings per cell).
  const xfCache = new Map<string | undefined, Map<string | undefined, [number?, number?]>>();
  const xfOf = (rangeKey: string | undefined, cellKey: string | undefined, date: boolean): number => {
    let byCell = xfCache.get(rangeKey);
    if (!byCell) xfCache.set(rangeKey, (byCell = new Map<string | undefined, [number?, number?]>()));
    let pair = byCell.get(cellKey);
    if (!pair) byCell.set(cellKey, (pair = []));
    const i = date ? 1 : 0;
    let xf = pair[i];
    if (xf === undefined) {
      xf = styles.xf(
        mergeStyles(rangeKey ? spec.styles[rangeKey] : undefined, cellKey ? spec.styles[cellKey] : undefined),
        date,
      );
      pair[i] = xf;
    }
    return xf;
  };
  const heights = spec.rowHeights ?? {};
  let lastRow = spec.cells.length;
  for (const r of ranges) lastRow = Math.max(lastRow, r.bottom);
  for (const k of Object.keys(heights)) lastRow = Math.max(lastRow, Number(k));
  const letters: string[] = [''];
  const letter = (c: number) => {
    while (letters.length <= c) letters.push(colLetter(letters.length));
    return letters[c];
  };
  /** The cells of row r written: one with a spec cell or under a range style. */
  const rowCells = (r: number) => {
    const cells = spec.cells[r - 1] ?? [];
    const active = ranges.filter((x) => x.top <= r && r <= x.bottom);
    let width = cells.length;
    for (const x of active) width = Math.max(width, x.right);
    return { cells, active, width };
  };
  const rangeAt = (active: typeof ranges, c: number) => {
    let rangeKey: string | undefined;
    for (const x of active) if (x.left <= c && c <= x.right) rangeKey = x.style;
    return rangeKey;
  };
  // The dimension and an empty <sheetData/> come before the rows: a first pass finds the last column and any row.
  let lastCol = 0;
  let anyRow = false;
  for (let r = 1; r <= lastRow; r++) {
    const { cells, active, width } = rowCells(r);
    let c = width;
    while (c >= 1 && !cells[c - 1] && !rangeAt(active, c)) c--;
    lastCol = Math.max(lastCol, c);
    if (c >= 1 || heights[r] !== undefined) anyRow = true;
  }

  write(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS.main}" xmlns:r="${NS.r}">`);
  const fit = spec.print?.fitToWidth;
  if (spec.tabColor || fit)
    write(
      `<sheetPr>${spec.tabColor ? `<tabColor rgb="FF${spec.tabColor.toUpperCase()}"/>` : ''}${fit ? '<pageSetUpPr fitToPage="1"/>' : ''}</sheetPr>`,
    );
  write(`<dimension ref="A1${lastRow && lastCol ? `:${letter(Math.max(lastCol, 1))}${Math.max(lastRow, 1)}` : ''}"/>`);
  const fr = spec.freeze;
  if (fr && (fr.rows || fr.cols)) {
    const pane = fr.rows && fr.cols ? 'bottomRight' : fr.rows ? 'bottomLeft' : 'topRight';
    const top = `${letter(fr.cols + 1)}${fr.rows + 1}`;
    write(
      `<sheetViews><sheetView workbookViewId="0"><pane${fr.cols ? ` xSplit="${fr.cols}"` : ''}${fr.rows ? ` ySplit="${fr.rows}"` : ''} topLeftCell="${top}" activePane="${pane}" state="frozen"/>` +
        `<selection pane="${pane}" activeCell="${top}" sqref="${top}"/></sheetView></sheetViews>`,
    );
  } else write('<sheetViews><sheetView workbookViewId="0"/></sheetViews>');
  write('<sheetFormatPr defaultRowHeight="15"/>');
  const cols = (spec.cols ?? []).map((c, i) =>
    c && (c.width !== undefined || c.hidden)
      ? `<col min="${i + 1}" max="${i + 1}"${c.width !== undefined ? ` width="${c.width}" customWidth="1"` : ''}${c.hidden ? ' hidden="1"' : ''}/>`
      : '',
  );
  if (cols.some(Boolean)) write(`<cols>${cols.join('')}</cols>`);

  const links: Array<{ ref: string; url: string }> = [];
  write(anyRow ? '<sheetData>' : '<sheetData/>');
  for (let r = 1; anyRow && r <= lastRow; r++) {
    const { cells, active, width } = rowCells(r);
    let out = '';
    for (let c = 1; c <= width; c++) {
      const cell = cells[c - 1] ?? undefined;
      const rangeKey = rangeAt(active, c);
      if (!cell && !rangeKey) continue;
      const ref = `${letter(c)}${r}`;
      const value = cell ? (cell.f !== undefined ? cell.r : cell.v) : undefined;
      const styled =
        rangeKey || cell?.s
          ? xfOf(rangeKey, cell?.s, isDate(value))
          : isDate(value)
            ? xfOf(undefined, undefined, true)
            : 0;
      const head = ` r="${ref}"${styled ? ` s="${styled}"` : ''}`;
      const body = cell ? cellBody(cell, head, links, ref) : null;
      out += body ?? `<c${head}/>`;
    }
    const h = heights[r];
    if (out || h !== undefined)
      write(`<row r="${r}"${h !== undefined ? ` ht="${h}" customHeight="1"` : ''}>${out}</row>`);
  }
  if (anyRow) write('</sheetData>');
  if (spec.autoFilter) write(`<autoFilter ref="${xmlAttr(spec.autoFilter)}"/>`);
  if (spec.merges?.length)
    write(
      `<mergeCells count="${spec.merges.length}">${spec.merges.map((m) => `<mergeCell ref="${xmlAttr(m)}"/>`).join('')}</mergeCells>`,
    );
  const priority = { n: 1 };
  for (const cf of spec.condFormats ?? []) write(condXml(cf, styles, priority));
  if (spec.validations?.length)
    write(
      `<dataValidations count="${spec.validations.length}">${spec.validations.map(validationXml).join('')}</dataValidations>`,
    );
  if (links.length)
    write(`<hyperlinks>${links.map((l, i) => `<hyperlink ref="${l.ref}" r:id="rId${i + 1}"/>`).join('')}</hyperlinks>`);
  const m = spec.print ? PRINT_MARGINS : { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };
  write(
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`,
  );
  if (spec.print) {
    const scale = !fit && spec.print.scale ? ` scale="${spec.print.scale}"` : '';
    write(
      `<pageSetup paperSize="9"${scale}${fit ? ' fitToWidth="1" fitToHeight="0"' : ''} orientation="${spec.print.landscape ? 'landscape' : 'portrait'}"/>`,
    );
  }
  write('</worksheet>');
  return links.map((l) => l.url);
}
