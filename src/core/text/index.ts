/** Text core: normalisation, Vietnamese numbers, numbering labels, dates and the deadline reader. */
export { oneLine, type Bilingual } from './bilingual';
export { PLAN_YEARS, TEXT_YEARS, FUNCTION_YEARS, inYears, type YearRange } from './years';
export { nfc, cleanText, fold, stripDiacritics } from './normalize';
export { memoString } from './memo';
export { fromRoman, toRoman } from './roman';
export { parseVnNumber, numberFromCell, formatVnNumber } from './number';
export { normalizeLabel, classifyLabel, shownLabel, type LabelInfo, type LabelKind } from './label';
export {
  readDeadline,
  yearsInText,
  DEADLINE_KINDS,
  MIN_YEAR,
  MAX_YEAR,
  type Deadline,
  type DeadlineKind,
  type DeadlineReasonCode,
  type Period,
} from './deadline';
export {
  isoDate,
  parseIso,
  formatVnDate,
  addDays,
  daysBetween,
  lastDayOfMonth,
  monthEnd,
  quarterEnd,
  dayNumber,
  isoFromDayNumber,
  isoFromUtcDate,
  localIsoDate,
  excelSerial,
  isoFromExcelSerial,
  type YMD,
} from './date';
export { isDateFormat, isDateFormatId } from './date-format';
export {
  detectLegacy,
  legacyBySyllables,
  legacyFromFont,
  legacyToUnicode,
  unicodeToLegacy,
  type LegacyEncoding,
  type LegacyGuess,
} from './legacy';
