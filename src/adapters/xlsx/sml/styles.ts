/**
 * chiso's cell styles and conditional-format styles appended to the workbook's own xl/styles.xml (created when the
 * package has none). Existing entries are never changed or reordered, so every index the official's sheets use
 * stays valid; an entry equal to one already there (same XML) is reused, so refreshing does not grow the part.
 */
import { styleSection, type StyleSection } from '../package/styles-order';
import type { CellStyle, CondStyle } from '../../../core/sheetspec';
import { CT, type ContentTypes } from '../package/content-types';
import type { WorkbookXml } from '../package/book';
import type { OpcPackage } from '../package/opc';
import { REL } from '../package/rels';
import {
  childElements,
  importFragment,
  NS,
  parseXml,
  serializeElement,
  serializeXml,
  type Document,
  type Element,
} from '../package/xml';
import { xmlAttr } from '../package/escape';

/** Built-in number formats (ECMA-376 §18.8.30) chiso may ask for: written by id, never as custom formats. */
const BUILTIN: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  'mm-dd-yy': 14,
  '@': 49,
};
/** The built-in date format, for date cells whose style names none (what Excel and exceljs do). */
export const DATE_NUMFMT_ID = 14;

export const EMPTY_STYLES =
  `<styleSheet xmlns="${NS.main}"><fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>` +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/></styleSheet>';

const rgb = (hex: string) => `FF${hex.toUpperCase()}`;

function fontXml(f: NonNullable<CellStyle['font']>): string {
  return (
    `<font>${f.bold ? '<b/>' : ''}${f.italic ? '<i/>' : ''}${f.underline ? '<u/>' : ''}${f.size !== undefined ? `<sz val="${f.size}"/>` : ''}` +
    `${f.color ? `<color rgb="${rgb(f.color)}"/>` : ''}${f.name ? `<name val="${xmlAttr(f.name)}"/>` : ''}</font>`
  );
}

const solid = (hex: string) =>
  `<fill><patternFill patternType="solid"><fgColor rgb="${rgb(hex)}"/><bgColor rgb="${rgb(hex)}"/></patternFill></fill>`;

function borderXml(hex: string): string {
  const side = (s: string) => `<${s} style="thin"><color rgb="${rgb(hex)}"/></${s}>`;
  return `<border>${side('left')}${side('right')}${side('top')}${side('bottom')}<diagonal/></border>`;
}

/** One list of styles.xml (fonts, fills, …): existing entries by their XML, new ones appended. */
class Pool {
  private readonly keys = new Map<string, number>();
  private size: number;

  constructor(
    private readonly doc: Document,
    private readonly el: Element,
    private readonly child: string,
  ) {
    const items = childElements(el, child);
    items.forEach((c, i) => {
      const k = serializeElement(c);
      if (!this.keys.has(k)) this.keys.set(k, i);
    });
    this.size = items.length;
  }

  index(xml: string): number {
    const node = importFragment(this.doc, xml, NS.main);
    const k = serializeElement(node);
    const found = this.keys.get(k);
    if (found !== undefined) return found;
    this.el.appendChild(node);
    this.el.setAttribute('count', String(++this.size));
    this.keys.set(k, this.size - 1);
    return this.size - 1;
  }

  get count(): number {
    return this.size;
  }
}

export class StyleSheet {
  private readonly fonts: Pool;
  private readonly fills: Pool;
  private readonly borders: Pool;
  private readonly xfs: Pool;
  private readonly dxfs: Pool;
  private readonly numFmts = new Map<string, number>();
  private readonly numFmtEl: Element;
  private readonly hasStyleXf: boolean;
  private nextNumFmt = 164;
  private dirty = false;

  private constructor(
    readonly part: string,
    private readonly doc: Document,
  ) {
    const root = doc.documentElement!;
    const pool = (name: StyleSection, child: string) => new Pool(doc, styleSection(doc, name), child);
    this.numFmtEl = styleSection(doc, 'numFmts');
    for (const n of childElements(this.numFmtEl, 'numFmt')) {
      const id = Number(n.getAttribute('numFmtId'));
      this.numFmts.set(n.getAttribute('formatCode') ?? '', id);
      this.nextNumFmt = Math.max(this.nextNumFmt, id + 1);
    }
    this.fonts = pool('fonts', 'font');
    if (this.fonts.count === 0) this.fonts.index('<font><sz val="11"/><name val="Calibri"/></font>');
    this.fills = pool('fills', 'fill');
    if (this.fills.count === 0) {
      this.fills.index('<fill><patternFill patternType="none"/></fill>');
      this.fills.index('<fill><patternFill patternType="gray125"/></fill>');
    }
    this.borders = pool('borders', 'border');
    if (this.borders.count === 0) this.borders.index('<border><left/><right/><top/><bottom/><diagonal/></border>');
    const styleXfs = childElements(root, 'cellStyleXfs')[0];
    this.hasStyleXf = !!styleXfs && childElements(styleXfs, 'xf').length > 0;
    this.xfs = pool('cellXfs', 'xf');
    if (this.xfs.count === 0) this.xfs.index('<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>');
    this.dxfs = pool('dxfs', 'dxf');
  }

  /** The workbook's styles part (through its rels), created and related when the package has none. */
  static async load(pkg: OpcPackage, wb: WorkbookXml, ct: ContentTypes): Promise<StyleSheet> {
    const rel = wb.rels.ofType('styles').find((r) => r.part && pkg.has(r.part));
    let part = rel?.part ? pkg.find(rel.part) : null;
    let text = part ? await pkg.text(part) : null;
    if (!part || text === null) {
      part = 'xl/styles.xml';
      let n = 1;
      while (pkg.has(part)) part = `xl/styles${n++}.xml`;
      for (const r of wb.rels.ofType('styles')) wb.rels.remove(r.id);
      wb.rels.add(REL.styles, part);
      ct.setOverride(part, CT.styles);
      text = EMPTY_STYLES;
    }
    const sheet = new StyleSheet(part, parseXml(text, part));
    if (text === EMPTY_STYLES) sheet.dirty = true;
    return sheet;
  }

  private numFmtId(code: string | undefined): number {
    if (code === undefined) return 0;
    if (BUILTIN[code] !== undefined) return BUILTIN[code];
    const known = this.numFmts.get(code);
    if (known !== undefined) return known;
    const id = this.nextNumFmt++;
    this.numFmtEl.appendChild(
      importFragment(this.doc, `<numFmt numFmtId="${id}" formatCode="${xmlAttr(code)}"/>`, NS.main),
    );
    this.numFmts.set(code, id);
    this.numFmtEl.setAttribute('count', String(this.numFmts.size));
    this.dirty = true;
    return id;
  }

  /** The cellXfs index of a style (`dateDefault`: a date cell without its own number format). */
  xf(s: CellStyle, dateDefault = false): number {
    const numFmtId = s.numFmt === undefined && dateDefault ? DATE_NUMFMT_ID : this.numFmtId(s.numFmt);
    const fontId = s.font ? this.fonts.index(fontXml(s.font)) : 0;
    const fillId = s.fill ? this.fills.index(solid(s.fill)) : 0;
    const borderId = s.border ? this.borders.index(borderXml(s.border)) : 0;
    const a = s.align;
    const align = a
      ? `<alignment${a.h ? ` horizontal="${a.h}"` : ''}${a.v ? ` vertical="${a.v === 'middle' ? 'center' : a.v}"` : ''}` +
        `${a.wrap ? ' wrapText="1"' : ''}${a.indent ? ` indent="${a.indent}"` : ''}/>`
      : '';
    const apply =
      `${numFmtId ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}${fillId ? ' applyFill="1"' : ''}` +
      `${borderId ? ' applyBorder="1"' : ''}${align ? ' applyAlignment="1"' : ''}`;
    const xml = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}"${this.hasStyleXf ? ' xfId="0"' : ''}${apply}>${align}</xf>`;
    const before = this.xfs.count;
    const i = this.xfs.index(xml);
    if (this.xfs.count !== before) this.dirty = true;
    return i;
  }

  /** The dxfs index of a conditional-format style. */
  dxf(s: CondStyle): number {
    const f = s.font;
    const font =
      f && (f.bold || f.italic || f.color)
        ? `<font>${f.bold ? '<b/>' : ''}${f.italic ? '<i/>' : ''}${f.color ? `<color rgb="${rgb(f.color)}"/>` : ''}</font>`
        : '';
    const before = this.dxfs.count;
    const i = this.dxfs.index(`<dxf>${font}${s.fill ? solid(s.fill) : ''}</dxf>`);
    if (this.dxfs.count !== before) this.dirty = true;
    return i;
  }

  save(pkg: OpcPackage): void {
    if (!this.dirty) return;
    const root = this.doc.documentElement!;
    // An empty <numFmts/> is not allowed by the schema (minOccurs of numFmt is 1).
    if (childElements(this.numFmtEl).length === 0) root.removeChild(this.numFmtEl);
    pkg.setText(this.part, serializeXml(this.doc));
    this.dirty = false;
  }
}
