import {
  addDays,
  daysBetween,
  excelSerial,
  formatVnDate,
  isoDate,
  isoFromExcelSerial,
  isoFromUtcDate,
  lastDayOfMonth,
  monthEnd,
  parseIso,
  quarterEnd,
} from '../../../src/core/text';

describe('isoDate', () => {
  it.each<[number, number, number, string | null]>([
    [2025, 12, 15, '2025-12-15'],
    [2025, 1, 1, '2025-01-01'],
    [2025, 11, 31, null],
    [2025, 2, 29, null],
    [2024, 2, 29, '2024-02-29'],
    [1900, 2, 29, null],
    [2000, 2, 29, '2000-02-29'],
    [2025, 13, 1, null],
    [2025, 0, 1, null],
    [2025, 1, 0, null],
    [2025.5, 1, 1, null],
    [0, 1, 1, null],
  ])('%p-%p-%p → %p', (y, m, d, expected) => {
    expect(isoDate(y, m, d)).toBe(expected);
  });
});

describe('date helpers', () => {
  it('lastDayOfMonth', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => lastDayOfMonth(2025, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(lastDayOfMonth(2024, 2)).toBe(29);
    expect(lastDayOfMonth(2025, 13)).toBe(0);
  });
  it('monthEnd and quarterEnd', () => {
    expect(monthEnd(2025, 7)).toBe('2025-07-31');
    expect(quarterEnd(2025, 2)).toBe('2025-06-30');
    expect(quarterEnd(2025, 4)).toBe('2025-12-31');
    expect(quarterEnd(2025, 5)).toBeNull();
  });
  it('formatVnDate', () => {
    expect(formatVnDate('2025-12-15')).toBe('15/12/2025');
    expect(formatVnDate('2025-07-01')).toBe('01/07/2025');
    expect(formatVnDate('2025-11-31')).toBe('');
    expect(formatVnDate('15/12/2025')).toBe('');
  });
  it('parseIso', () => {
    expect(parseIso('2025-06-30')).toEqual({ y: 2025, m: 6, d: 30 });
    expect(parseIso('2025-6-30')).toBeNull();
    expect(parseIso('2025-02-30')).toBeNull();
  });
  it('addDays across months, years and leap days', () => {
    expect(addDays('2025-12-15', 14)).toBe('2025-12-29');
    expect(addDays('2025-12-25', 10)).toBe('2026-01-04');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(addDays('2025-03-30', 0)).toBe('2025-03-30');
    expect(addDays('bad', 1)).toBeNull();
    expect(addDays('2025-01-01', Number.NaN)).toBeNull();
  });
  it('daysBetween', () => {
    expect(daysBetween('2025-12-01', '2025-12-15')).toBe(14);
    expect(daysBetween('2025-12-15', '2025-12-01')).toBe(-14);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    // Around the European DST change: no hour drift.
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
    expect(daysBetween('2025-10-25', '2025-10-27')).toBe(2);
    expect(daysBetween('x', '2025-01-01')).toBeNull();
  });
  it('addDays and daysBetween agree over many days', () => {
    let iso = '2023-12-20';
    for (let i = 1; i <= 800; i++) {
      const next = addDays(iso, 1);
      expect(next).not.toBeNull();
      expect(daysBetween(iso, next as string)).toBe(1);
      iso = next as string;
    }
    expect(iso).toBe('2026-02-27');
  });
  it('isoFromUtcDate ignores the time of day', () => {
    expect(isoFromUtcDate(new Date(Date.UTC(2025, 11, 15, 23, 59)))).toBe('2025-12-15');
    expect(isoFromUtcDate(new Date(Number.NaN))).toBeNull();
  });
  it('Excel serials (1900 system)', () => {
    expect(excelSerial('2025-12-15')).toBe(46006);
    expect(excelSerial('1900-01-01')).toBe(1);
    expect(excelSerial('1900-02-28')).toBe(59);
    expect(excelSerial('1900-03-01')).toBe(61);
    expect(isoFromExcelSerial(46006)).toBe('2025-12-15');
    expect(isoFromExcelSerial(46006.75)).toBe('2025-12-15');
    expect(isoFromExcelSerial(1)).toBe('1900-01-01');
    expect(isoFromExcelSerial(60)).toBeNull();
    expect(isoFromExcelSerial(61)).toBe('1900-03-01');
    expect(isoFromExcelSerial(0)).toBeNull();
  });
  it('Excel serials around the fictitious 29/02/1900 (issue 18): both directions, one rule', () => {
    // Excel's own values: =DATE(1900,1,15) is 15, =DATE(1900,2,27) is 58, serial 60 shows 29/02/1900, and
    // =DATE(1900,3,2) is 62 (61 + 1): before 1 March Excel is one day behind the real calendar count from 1899-12-31.
    const pairs: Array<[string, number]> = [
      ['1900-01-15', 15],
      ['1900-02-27', 58],
      ['1900-02-28', 59],
      ['1900-03-01', 61],
      ['1900-03-02', 62],
    ];
    for (const [iso, serial] of pairs) {
      expect([iso, excelSerial(iso)]).toEqual([iso, serial]);
      expect([serial, isoFromExcelSerial(serial)]).toEqual([serial, iso]);
    }
    // 60 is no day: the date API says null, and no ISO date gives 60 (1900 is not a leap year).
    expect(isoFromExcelSerial(60)).toBeNull();
    expect(isoFromExcelSerial(60.5)).toBeNull();
    expect(excelSerial('1900-02-29')).toBeNull();
  });
});
