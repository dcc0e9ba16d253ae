/**
 * Every way a custom function gives no value carries a stable code (FailCode) beside its messages, so callers and
 * tests need not read the wording: on the core's failures and on the error the boundary throws.
 */
import * as core from '../../src/core/score';
import type { FailCode } from '../../src/core/score';
import { col, fns } from './helpers';

function reason(fn: (...a: never[]) => unknown, ...args: unknown[]): FailCode | undefined {
  try {
    (fn as (...a: unknown[]) => unknown)(...args);
  } catch (e) {
    return (e as { reason?: FailCode }).reason;
  }
  throw new Error('expected a failure');
}

function coreCode(r: core.Result<unknown>): FailCode | undefined {
  return 'error' in r ? r.code : undefined;
}

describe('failure codes', () => {
  it('on the core failures', () => {
    expect(coreCode(core.parScore(['abc'], null, null))).toBe('NOT_A_NUMBER');
    expect(coreCode(core.parScore([1, 2], ['1'], null))).toBe('SIZE_MISMATCH');
    expect(coreCode(core.parRatio(null, 20, 1.5, null))).toBe('MISSING');
    expect(coreCode(core.parRatio(-1, 20, 1.5, null))).toBe('OUT_OF_RANGE');
    expect(coreCode(core.papiRank(43.9, 1999))).toBe('NO_PUBLISHED_DATA');
    expect(coreCode(core.papiGap(43.9, 'Rất cao', 2024))).toBe('NOT_VALID');
    expect(coreCode(core.cchcDeadline({ text: 'Thường xuyên' }, 2025))).toBe('NO_DUE_DATE');
    expect(coreCode(core.cchcDeadline({ text: 'Trước ngày 31/11/2025' }, 2025))).toBe('BAD_DEADLINE');
    expect(coreCode(core.cchcDeadline(null, 2025))).toBe('NO_DUE_DATE');
  });

  it('on the errors Excel receives (coercion at the boundary included)', () => {
    expect(reason(fns.parScore, col(1, 'abc'))).toBe('NOT_A_NUMBER');
    expect(reason(fns.parRatio, 'x', 20, 1.5)).toBe('NOT_A_NUMBER');
    expect(reason(fns.papiRank, 43.9, 'năm nay')).toBe('NOT_A_NUMBER');
    expect(reason(fns.papiRank, 43.9, 1800)).toBe('NOT_A_YEAR');
    expect(reason(fns.parSipas, [[1, 2]])).toBe('RANGE_FOR_CELL');
    expect(reason(fns.cchcStatus, 'Tháng 7/2025', '', 'hôm qua')).toBe('NOT_A_DATE');
    expect(reason(fns.papiRank, 5)).toBe('OUT_OF_RANGE');
    expect(reason(fns.cchcDeadline, 'Hằng quý', 2025)).toBe('NO_DUE_DATE');
  });
});
