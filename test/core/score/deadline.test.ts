import { cchcDeadline, cchcStatus, doneArgument, isFail, tidy, type Result } from '../../../src/core/score';

const value = <T>(r: Result<T>): T => {
  if (isFail(r)) throw new Error(`unexpected failure: ${r.message.vi}`);
  return r.value;
};
const t = (text: string) => ({ text });

describe('cchcDeadline', () => {
  it('reads the examples of functions.md', () => {
    expect(value(cchcDeadline(t('Tháng 7/2025')))).toBe('2025-07-31');
    expect(value(cchcDeadline(t('Quý II/2025')))).toBe('2025-06-30');
    expect(value(cchcDeadline(t('Trước ngày 15/12/2025')))).toBe('2025-12-15');
    expect(value(cchcDeadline(t('Trong năm'), 2025))).toBe('2025-12-31');
  });

  it('takes the earliest of several dates and passes a date cell through', () => {
    expect(value(cchcDeadline(t('- Tháng 6/2025 (các sở, ngành)\n- Tháng 7/2025 (UBND cấp xã)')))).toBe('2025-06-30');
    expect(value(cchcDeadline({ iso: '2025-03-01' }))).toBe('2025-03-01');
  });

  it('answers #N/A for recurring, event-bound, year-less and empty deadlines, with the reason', () => {
    const rec = cchcDeadline(t('Thường xuyên'));
    expect(rec).toMatchObject({ error: 'na' });
    if (isFail(rec)) expect(rec.message.vi).toMatch(/Thường xuyên.*thường xuyên/);
    expect(cchcDeadline(t('Theo hướng dẫn của Sở Nội vụ'))).toMatchObject({ error: 'na' });
    const noYear = cchcDeadline(t('Trong năm'));
    expect(noYear).toMatchObject({ error: 'na' });
    if (isFail(noYear)) expect(noYear.message.vi).toContain('year');
    expect(cchcDeadline(null)).toMatchObject({ error: 'na' });
  });

  it('answers #VALUE! for an impossible date and unreadable text', () => {
    const r = cchcDeadline(t('31/11/2025'));
    expect(r).toMatchObject({ error: 'value' });
    if (isFail(r)) expect(r.message.vi).toContain('31/11/2025');
    expect(cchcDeadline(t('abc'))).toMatchObject({ error: 'value' });
    expect(cchcDeadline(t('Quý II'), 1800)).toMatchObject({ error: 'value' });
  });
});

describe('doneArgument', () => {
  it.each([
    [true, true],
    [false, false],
    [null, false],
    [1, true],
    [45838, true],
    [0.5, false],
    [0, false],
    ['x', true],
    ['X', true],
    ['100%', true],
    ['50%', false],
    ['Hoàn thành', true],
    ['hoan thanh', true],
    ['Chưa', false],
    ['', false],
    ['15/06/2025', true],
    ['2025-06-15', true],
  ])('%p → %p', (v, done) => {
    expect(value(doneArgument(v))).toBe(done);
  });

  it('refuses text that says neither', () => {
    expect(doneArgument('có lẽ')).toMatchObject({ error: 'value' });
    expect(doneArgument(-1)).toMatchObject({ error: 'value' });
  });
});

describe('cchcStatus', () => {
  const due = { iso: '2025-06-30' };
  it('is "Hoàn thành" when done, whatever the date', () => {
    expect(value(cchcStatus(due, true, '2025-12-31'))).toBe('Hoàn thành');
    expect(value(cchcStatus(t('Thường xuyên'), 'x', '2025-12-31'))).toBe('Hoàn thành');
  });

  it('is "Quá hạn" after the due date, "Sắp đến hạn" within soonDays, else "Đang thực hiện"', () => {
    expect(value(cchcStatus(due, null, '2025-07-01'))).toBe('Quá hạn');
    expect(value(cchcStatus(due, null, '2025-06-30'))).toBe('Sắp đến hạn');
    expect(value(cchcStatus(due, null, '2025-06-16'))).toBe('Sắp đến hạn');
    expect(value(cchcStatus(due, null, '2025-06-15'))).toBe('Đang thực hiện');
    expect(value(cchcStatus(due, null, '2025-06-15', 15))).toBe('Sắp đến hạn');
    expect(value(cchcStatus(due, null, '2025-06-29', 0))).toBe('Đang thực hiện');
  });

  it('reads deadline text with today\'s year; recurring text is "Thường xuyên"', () => {
    expect(value(cchcStatus(t('Quý II/2025'), null, '2025-07-01'))).toBe('Quá hạn');
    expect(value(cchcStatus(t('Trong năm'), null, '2025-12-20'))).toBe('Sắp đến hạn');
    expect(value(cchcStatus(t('Hằng quý'), false, '2025-12-20'))).toBe('Thường xuyên');
  });

  it('reports bad inputs', () => {
    expect(cchcStatus(null, null, '2025-01-01')).toMatchObject({ error: 'value' });
    expect(cchcStatus(t('31/11/2025'), null, '2025-01-01')).toMatchObject({ error: 'value' });
    expect(cchcStatus(t('Sau khi có hướng dẫn'), null, '2025-01-01')).toMatchObject({ error: 'na' });
    expect(cchcStatus(due, null, '2025-02-30')).toMatchObject({ error: 'value' });
    expect(cchcStatus(due, null, '2025-01-01', -1)).toMatchObject({ error: 'value' });
  });
});

describe('tidy', () => {
  it('removes noise relative to the operands and keeps real digits', () => {
    expect(tidy(92.80000000000001)).toBe(92.8);
    expect(tidy(44.7379 - 43.7747, 44.7379)).toBe(0.9632);
    expect(tidy(0.1 + 0.2)).toBe(0.3);
    expect(tidy(1e-7)).toBe(1e-7);
    expect(tidy(123456.789012)).toBe(123456.789012);
    expect(Object.is(tidy(-0), 0)).toBe(true);
  });
});
