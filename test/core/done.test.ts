/** Issue 18: one meaning of "done" for the tracker (status + completion date) and CCHC.STATUS (one argument). */
import { doneArgument, cchcStatus } from '../../src/core/score';
import { isDone } from '../../src/core/done';
import { STATUS_LIST } from '../../src/core/tracker';

const arg = (v: string | number | boolean | null) => {
  const r = doneArgument(v);
  return 'value' in r ? r.value : r.error;
};

describe('done', () => {
  it('every word of the tracker’s status list means the same to the tracker and to CCHC.STATUS', () => {
    // Only "Hoàn thành" is done; "Tạm dừng" was refused by CCHC.STATUS (#VALUE!) before issue 18.
    expect(STATUS_LIST.map((s) => [s, isDone({ status: s, hasDoneDate: false }), arg(s)])).toEqual([
      ['Chưa bắt đầu', false, false],
      ['Đang thực hiện', false, false],
      ['Hoàn thành', true, true],
      ['Tạm dừng', false, false],
    ]);
  });

  it('a completion date is done in both; any case and outer spaces of "Hoàn thành" too', () => {
    expect(isDone({ status: '', hasDoneDate: true })).toBe(true);
    expect(arg('15/06/2025')).toBe(true);
    expect(arg(45823)).toBe(true); // a date cell arrives as its serial
    expect(isDone({ status: '  HOÀN THÀNH ', hasDoneDate: false })).toBe(true);
    expect(arg('  HOÀN THÀNH ')).toBe(true);
  });

  it('CCHC.STATUS reads the tracker’s "Tạm dừng" as not done (it has no paused answer) instead of #VALUE!', () => {
    // Due 30/06/2025, today 01/07/2025: one day late.
    expect(cchcStatus({ iso: '2025-06-30' }, 'Tạm dừng', '2025-07-01')).toEqual({ value: 'Quá hạn' });
  });
});
