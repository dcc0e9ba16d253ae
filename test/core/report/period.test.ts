/** The reporting calendar: windows and due dates of the guidance, the next period, the period being reported now. */
import {
  currentPeriod,
  DEFAULT_CALENDAR,
  nextWindow,
  periodTitle,
  periodWindow,
  type Calendar,
} from '../../../src/core/report';
import { formatVnDate } from '../../../src/core/text';

describe('periodWindow', () => {
  it.each([
    ['q1', '2024-12-15', '2025-03-14', '2025-03-20'],
    ['6m', '2024-12-15', '2025-06-14', '2025-06-20'],
    ['q3', '2025-06-15', '2025-09-14', '2025-09-20'],
    ['year', '2024-12-15', '2025-12-14', '2025-12-20'],
  ] as const)('%s 2025: %s to %s, due %s', (kind, from, to, due) => {
    expect(periodWindow(kind, 2025)).toEqual({ kind, year: 2025, from, to, due });
  });

  it('takes a province calendar with earlier dates', () => {
    const cal: Calendar = {
      ...DEFAULT_CALENDAR,
      q1: { from: { m: 12, d: 10, prevYear: true }, to: { m: 3, d: 10 }, due: { m: 3, d: 12 } },
    };
    expect(periodWindow('q1', 2026, cal)).toEqual({
      kind: 'q1',
      year: 2026,
      from: '2025-12-10',
      to: '2026-03-10',
      due: '2026-03-12',
    });
  });
});

describe('nextWindow', () => {
  it.each([
    ['q1', '2025-03-15', '2025-06-14'],
    ['6m', '2025-06-15', '2025-09-14'],
    ['q3', '2025-09-15', '2025-12-14'],
    ['year', '2025-12-15', '2026-03-14'],
  ] as const)('after %s 2025: %s to %s', (kind, from, to) => {
    expect(nextWindow(periodWindow(kind, 2025))).toEqual({ from, to });
  });

  it('after a window given by hand: one of the same length', () => {
    expect(nextWindow({ kind: 'custom', year: 2025, from: '2025-01-01', to: '2025-01-31', due: null })).toEqual({
      from: '2025-02-01',
      to: '2025-03-03',
    });
  });
});

describe('currentPeriod', () => {
  it.each([
    ['2025-03-16', 'q1', 2025],
    ['2025-03-20', 'q1', 2025],
    ['2025-03-21', '6m', 2025],
    ['2025-06-20', '6m', 2025],
    ['2025-06-21', 'q3', 2025],
    ['2025-09-21', 'year', 2025],
    ['2025-12-20', 'year', 2025],
    ['2025-12-21', 'q1', 2026],
  ] as const)('on %s: %s %i', (today, kind, year) => {
    const w = currentPeriod(today);
    expect([w.kind, w.year]).toEqual([kind, year]);
  });

  it.each([
    // Quý I asked for in September: this year's (next year's window has not begun).
    ['2025-09-30', 'q1', 2025],
    // The year report between the window's end and its due date: this year's.
    ['2025-12-16', 'year', 2025],
    ['2026-01-10', 'year', 2026],
    ['2025-12-16', 'q3', 2025],
  ] as const)('on %s, %s: year %i', (today, kind, year) => {
    expect(currentPeriod(today, kind).year).toBe(year);
  });
});

it('titles the period as reports do', () => {
  expect(periodTitle(periodWindow('q1', 2025), formatVnDate)).toBe('Quý I năm 2025');
  expect(periodTitle(periodWindow('6m', 2025), formatVnDate)).toBe('6 tháng đầu năm 2025');
  expect(periodTitle(periodWindow('q3', 2025), formatVnDate)).toBe('Quý III năm 2025');
  expect(periodTitle(periodWindow('year', 2025), formatVnDate)).toBe('năm 2025');
  expect(
    periodTitle({ kind: 'custom', year: 2025, from: '2025-01-01', to: '2025-02-01', due: null }, formatVnDate),
  ).toBe('từ ngày 01/01/2025 đến ngày 01/02/2025');
});
