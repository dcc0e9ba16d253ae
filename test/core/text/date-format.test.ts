/** Issue 18: one rule for "this number format shows a date", used by the file reader and the Office adapter. */
import { isDateFormat, isDateFormatId } from '../../../src/core/text';

describe('isDateFormat', () => {
  it('dates: a day, a month or a year shows (with or without a time of day)', () => {
    for (const f of [
      'dd/mm/yyyy',
      'm/d/yyyy',
      'd-mmm-yy',
      '[$-vi-VN]d mmmm yyyy',
      'mmm yyyy',
      'yyyy',
      'mm',
      'dd/mm/yyyy hh:mm',
      'dd/mm/yyyy;@',
    ])
      expect([f, isDateFormat(f)]).toEqual([f, true]);
  });

  it('times and durations are not dates, nor numbers, percents or quoted letters', () => {
    for (const f of [
      'hh:mm',
      'h:mm',
      'h:mm AM/PM',
      'h:mm:ss',
      'mm:ss',
      'mm:ss.0',
      '[h]:mm',
      '[h]:mm:ss',
      '[mm]:ss',
      '[ss]',
      'General',
      '0.00%',
      '#,##0',
      '0 "ngày"',
      '"dd" 0',
      '[Red]0.0',
      '',
      null,
      undefined,
    ])
      expect([f, isDateFormat(f)]).toEqual([f, false]);
  });

  it('built-in ids: 14–17 and 22 are dates; 18–21 and 45–47 are times, 0–13 numbers', () => {
    expect([14, 15, 16, 17, 22].map(isDateFormatId)).toEqual([true, true, true, true, true]);
    expect([18, 19, 20, 21, 45, 46, 47].map(isDateFormatId)).toEqual([false, false, false, false, false, false, false]);
    expect([0, 1, 9, 10, 49].map(isDateFormatId)).toEqual([false, false, false, false, false]);
  });
});
