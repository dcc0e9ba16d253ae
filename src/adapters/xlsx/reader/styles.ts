/**
 * What the reader needs from styles.xml: per cell style (the `s` index), its number format (to tell dates and
 * percents) and its font name (to tell TCVN3/VNI text). Everything else in the part is ignored.
 */
import { isDateFormat, isDateFormatId } from '../../../core/text/date-format';
import type { Package } from './package';

export interface CellStyle {
  /** The number format code; undefined for General. */
  numFmt?: string;
  isDate: boolean;
  font?: string;
}

/** Built-in number formats (ECMA-376 §18.8.30) the reader may meet; the ids not listed are locale-dependent. */
const BUILT_IN: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** The one rule for date formats lives in the core (times and durations are not dates). */
export { isDateFormat };

export interface Styles {
  xfs: CellStyle[];
}

const NO_STYLE: CellStyle = { isDate: false };

export function styleOf(styles: Styles, s: string | undefined): CellStyle {
  if (s === undefined) return styles.xfs[0] ?? NO_STYLE;
  return styles.xfs[Number(s)] ?? NO_STYLE;
}

/** Reads cellXfs, numFmts and font names from a styles part (none → every cell General, no font). */
export async function readStyles(pkg: Package, part: string | null): Promise<Styles> {
  if (!part) return { xfs: [] };
  const custom = new Map<number, string>();
  const fonts: Array<string | undefined> = [];
  const raw: Array<{ numFmtId: number; fontId: number }> = [];
  let where: 'fonts' | 'cellXfs' | null = null;
  let inFont = false;
  await pkg.parse(part, {
    open(name, a) {
      if (name === 'numFmt' && a.numFmtId !== undefined && a.formatCode !== undefined)
        custom.set(Number(a.numFmtId), a.formatCode);
      else if (name === 'fonts' || name === 'cellXfs') where = name;
      else if (where === 'fonts' && name === 'font') {
        inFont = true;
        fonts.push(undefined);
      } else if (where === 'fonts' && inFont && name === 'name' && a.val !== undefined) fonts[fonts.length - 1] = a.val;
      else if (where === 'cellXfs' && name === 'xf')
        raw.push({ numFmtId: Number(a.numFmtId ?? 0), fontId: Number(a.fontId ?? 0) });
    },
    close(name) {
      if (name === 'fonts' || name === 'cellXfs') where = null;
      else if (name === 'font') inFont = false;
    },
  });
  const xfs = raw.map(({ numFmtId, fontId }): CellStyle => {
    const code = custom.get(numFmtId) ?? BUILT_IN[numFmtId];
    const isDate = custom.has(numFmtId) ? isDateFormat(code ?? '') : isDateFormatId(numFmtId);
    const style: CellStyle = { isDate };
    if (code !== undefined && numFmtId !== 0 && !/^general$/i.test(code)) style.numFmt = code;
    else if (isDate) style.numFmt = 'mm-dd-yy';
    const font = fonts[fontId];
    if (font !== undefined) style.font = font;
    return style;
  });
  return { xfs };
}
