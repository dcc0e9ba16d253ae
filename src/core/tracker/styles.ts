/** The look of chiso's sheets: one style table shared by every sheet, and the conditional colours. */
import { boxedStyle, NUMBER_FORMATS, type CellStyle, type CondStyle } from '../sheetspec';

/** Font name AND size on every style: LibreOffice falls back to a serif font when a cell has no name. */
export const FONT = { name: 'Arial', size: 10 } as const;
const GRID = 'BFBFBF';

export const DATE_FMT = NUMBER_FORMATS.date;
export const SCORE_FMT = NUMBER_FORMATS.score;
export const PCT_FMT = NUMBER_FORMATS.percent;
export const DAYS_LEFT_FMT = '0;"quá "0" ngày";0';

const cell = (over?: CellStyle): CellStyle => boxedStyle(GRID, FONT, over);

export const STYLES: Record<string, CellStyle> = {
  title: { font: { ...FONT, size: 14, bold: true, color: '1F3864' } },
  titleWrap: { font: { ...FONT, size: 14, bold: true, color: '1F3864' }, align: { v: 'top', wrap: true } },
  subtitle: { font: { ...FONT, italic: true, color: '595959' } },
  /** An instruction line merged across the table, wrapped (printed inside the table's width). */
  note: { font: { ...FONT, italic: true, color: '595959' }, align: { v: 'top', wrap: true } },
  label: { font: { ...FONT, bold: true }, align: { h: 'right', v: 'middle' } },
  labelWrap: { font: { ...FONT, bold: true }, align: { h: 'right', v: 'middle', wrap: true } },
  setting: cell({ fill: 'FFF2CC', font: { bold: true }, align: { h: 'center', wrap: false } }),
  settingDate: cell({ fill: 'FFF2CC', font: { bold: true }, numFmt: DATE_FMT, align: { h: 'center', wrap: false } }),
  header: cell({ fill: '1F4E78', font: { bold: true, color: 'FFFFFF' }, align: { h: 'center', v: 'middle' } }),
  headerEntry: cell({ fill: '2E75B6', font: { bold: true, color: 'FFFFFF' }, align: { h: 'center', v: 'middle' } }),
  headerExtra: cell({ fill: '7F7F7F', font: { bold: true, color: 'FFFFFF' }, align: { h: 'center', v: 'middle' } }),
  text: cell(),
  textCenter: cell({ align: { h: 'center' } }),
  date: cell({ numFmt: DATE_FMT, align: { h: 'center' } }),
  int: cell({ numFmt: '0', align: { h: 'center' } }),
  /** Days left: a number (formulas and filters use it) shown as "quá 122 ngày" when the date is past. */
  daysLeft: cell({ numFmt: DAYS_LEFT_FMT, align: { h: 'center' } }),
  intBold: cell({ numFmt: '0', font: { bold: true }, fill: 'EDEDED', align: { h: 'center' } }),
  number: cell({ numFmt: '0', align: { h: 'right' } }),
  score: cell({ numFmt: SCORE_FMT, align: { h: 'right' } }),
  scoreBold: cell({ numFmt: SCORE_FMT, font: { bold: true }, align: { h: 'right' } }),
  pct: cell({ numFmt: PCT_FMT, align: { h: 'right' } }),
  entry: cell({ fill: 'FFFFFF' }),
  entryDate: cell({ numFmt: DATE_FMT, align: { h: 'center' } }),
  entryScore: cell({ numFmt: SCORE_FMT, fill: 'FFF2CC', align: { h: 'right' } }),
  issue: cell({ font: { color: 'C00000' } }),
  link: cell({ font: { color: '0563C1', underline: true } }),
  section: cell({ fill: 'D9D9D9', font: { bold: true } }),
  group: cell({ fill: 'EDEDED', font: { bold: true } }),
  subgroup: cell({ fill: 'F5F5F5', font: { bold: true, italic: true } }),
  sectionScore: cell({ fill: 'EDEDED', font: { bold: true }, numFmt: SCORE_FMT, align: { h: 'right' } }),
  bar: cell({ font: { color: '2E75B6' }, align: { wrap: false } }),
  legendOverdue: cell({ fill: 'FFC7CE', font: { color: '9C0006' }, align: { h: 'center' } }),
  legendSoon: cell({ fill: 'FFEB9C', font: { color: '9C5700' }, align: { h: 'center' } }),
  legendDone: cell({ fill: 'C6EFCE', font: { color: '006100' }, align: { h: 'center' } }),
  legendOngoing: cell({ fill: 'D6DCE4', font: { color: '333F4F' }, align: { h: 'center' } }),
  legendRemoved: cell({ fill: 'E7E6E6', font: { color: '808080', italic: true }, align: { h: 'center' } }),
  marker: { font: { ...FONT } },
};

/** Conditional colours (Excel's standard light fills with dark text). */
export const COND: Record<'overdue' | 'soon' | 'done' | 'ongoing' | 'removed' | 'bad' | 'warn', CondStyle> = {
  overdue: { fill: 'FFC7CE', font: { color: '9C0006' } },
  soon: { fill: 'FFEB9C', font: { color: '9C5700' } },
  done: { fill: 'C6EFCE', font: { color: '006100' } },
  ongoing: { fill: 'D6DCE4', font: { color: '333F4F' } },
  removed: { fill: 'E7E6E6', font: { color: '808080', italic: true } },
  bad: { fill: 'FFC7CE', font: { color: '9C0006', bold: true } },
  warn: { fill: 'FFEB9C', font: { color: '9C5700' } },
};

export const DATABAR_COLOR = '5B9BD5';
export const TAB_COLOR = { tracker: '2E75B6', summary: '548235', problems: 'C00000', data: '7F7F7F' } as const;
