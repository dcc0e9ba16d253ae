/**
 * Issue 18: one what-if arithmetic. A hand-built PAR INDEX table; every expected value is worked out by hand in the
 * comments (never by the functions under test).
 */
import { project, type WhatIfTable } from '../../src/taskpane/whatif';

type Row = WhatIfTable['rows'][number];
const row = (id: string, editable: boolean, max: number, result: number, target: number): Row => ({
  key: id || 'TOTAL',
  id,
  label: id,
  title: `Dòng ${id || 'tổng'}`,
  depth: id.split('.').length,
  editable,
  max,
  result,
  target,
  estimate: result,
});

/**
 *   1     printed max 3,5  result 2,8 (its rows: 1,5 + 1,25 = 2,75)  target 3,5
 *   1.1   max 1,5  result 1,5   target 1,5
 *   1.2   max 2    result 1,25  target 2
 *   2     max 1    result 0,75  target 1
 *   total printed max 100, result 3,5, target 4,5; the leaves' maxima add up to 1,5 + 2 + 1 = 4,5, not 100.
 */
const par: WhatIfTable = {
  id: 'S#1',
  sheet: 'S',
  no: 1,
  index: 'par',
  tracker: null,
  planYear: 2025,
  resultYear: 2024,
  rows: [
    row('1', false, 3.5, 2.8, 3.5),
    row('1.1', true, 1.5, 1.5, 1.5),
    row('1.2', true, 2, 1.25, 2),
    row('2', true, 1, 0.75, 1),
    row('', false, 100, 3.5, 4.5),
  ],
};

describe('one what-if computation for the summary and the table', () => {
  it('the table’s sums and total row are the summary’s numbers; the maximum is the framework’s 100', () => {
    // 1.2 raised from 1,25 to 1,75: row 1 = 1,5 + 1,75 = 3,25; total = 3,25 + 0,75 = 4;
    // target = 1,5 + 2 + 1 = 4,5; gap to target 4,5 − 4 = 0,5; gap to the maximum 100 − 4 = 96.
    const p = project(par, { estimate: { '1.2': 1.75 }, target: {} });
    expect(p.shown.estimate).toEqual([3.25, 1.5, 1.75, 0.75, 4]);
    expect(p.shown.target).toEqual([3.5, 1.5, 2, 1, 4.5]);
    expect([p.total, p.target, p.max, p.gapTarget, p.gapMax]).toEqual([4, 4.5, 100, 0.5, 96]);
    expect(p.edited).toBe(1);
  });

  it('printed sums that are not the sum of their rows are problems, not a second total', () => {
    const p = project(par, { estimate: {}, target: {} });
    // Untouched: total 1,5 + 1,25 + 0,75 = 3,5 (the printed 3,5 agrees); row 1 prints 2,8 for 2,75.
    expect(p.total).toBe(3.5);
    expect(p.shown.estimate[0]).toBe(2.75);
    expect(p.problems.map((m) => m.vi)).toEqual([
      'Dòng 1 — Kết quả: in 2,8, nhưng các dòng bên dưới cộng lại là 2,75.',
      'Điểm tối đa các dòng cộng lại là 4,5, khác điểm tối đa của PAR INDEX (100).',
    ]);
    expect(p.problems[0].en).toBe('Row 1 — Result: printed 2.8, but its rows add up to 2.75.');
  });

  it('a printed total rounded to its decimals is not a problem (2 decimals: within 0,005)', () => {
    // Leaves 0,333 + 0,333 + 0,334 = 1; printed 1,00 → no problem. Printed 1,01 → a problem (0,01 > 0,005).
    const rows = [row('1', true, 1, 0.333, 1), row('2', true, 1, 0.333, 1), row('3', true, 1, 0.334, 1)];
    const ok = project({ ...par, rows: [...rows, row('', false, 3, 1, 3)] }, { estimate: {}, target: {} });
    expect(ok.problems.filter((m) => m.vi.startsWith('Dòng tổng cộng'))).toEqual([]);
    const off = project({ ...par, rows: [...rows, row('', false, 3, 1.01, 3)] }, { estimate: {}, target: {} });
    expect(off.problems.map((m) => m.vi)).toContain(
      'Dòng tổng cộng — Kết quả: in 1,01, nhưng các dòng bên dưới cộng lại là 1.',
    );
  });
});
