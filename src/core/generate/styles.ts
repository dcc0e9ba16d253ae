/**
 * The look of a generated appendix: Vietnamese administrative documents (Nghị định 30/2020/NĐ-CP style) — Times New
 * Roman 12 everywhere (name AND size on every style, so LibreOffice does not fall back), black thin borders, bold
 * centred headers, text wrapped and aligned top.
 */
import { boxedStyle, NUMBER_FORMATS, type CellStyle } from '../sheetspec';

export const FONT = { name: 'Times New Roman', size: 12 } as const;
const BORDER = '000000';
export const SCORE_FMT = NUMBER_FORMATS.score;

const boxed = (over?: CellStyle): CellStyle => boxedStyle(BORDER, FONT, over);

export const GEN_STYLES: Record<string, CellStyle> = {
  /** Title lines above the table: bold, centred, merged across the table. */
  title: { font: { ...FONT, bold: true }, align: { h: 'center', v: 'middle', wrap: true } },
  titleItalic: { font: { ...FONT, italic: true }, align: { h: 'center', v: 'middle', wrap: true } },
  header: boxed({ font: { bold: true }, align: { h: 'center', v: 'middle' } }),
  label: boxed({ align: { h: 'center' } }),
  labelBold: boxed({ font: { bold: true }, align: { h: 'center' } }),
  text: boxed(),
  textBold: boxed({ font: { bold: true } }),
  textItalic: boxed({ font: { bold: true, italic: true } }),
  max: boxed({ align: { h: 'center' } }),
  maxBold: boxed({ font: { bold: true }, align: { h: 'center' } }),
  score: boxed({ numFmt: SCORE_FMT, align: { h: 'center' } }),
  scoreBold: boxed({ numFmt: SCORE_FMT, font: { bold: true }, align: { h: 'center' } }),
  /** A plain note below a table (no border). */
  note: { font: { ...FONT, italic: true }, align: { v: 'top', wrap: true } },
};

/** Characters of Times New Roman 12 per unit of Excel column width, with room for word wrapping. */
const CHARS_PER_WIDTH = 0.8;
/** Line height of Times New Roman 12, in points. */
export const LINE_PT = 15.75;

/** Lines a text needs in a column of this width. */
export function linesFor(text: string, width: number): number {
  const per = Math.max(1, Math.floor(width * CHARS_PER_WIDTH));
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / per)), 0);
}

/** Row height (points) for a number of wrapped lines; neither Excel nor LibreOffice re-fits heights on open. */
export function heightFor(lines: number): number {
  return Math.min(400, Math.ceil(lines * LINE_PT + 4));
}
