import { validatePlan } from '../../../src/core/validate';
import { sipasRule } from '../../../src/core/validate/sipas';
import { at, plan, s, SCORE_COLUMNS, table } from './helpers';

const SIPAS_COLUMNS = SCORE_COLUMNS.map((c) =>
  c.role === 'max'
    ? { ...c, header: 'Chỉ số hài lòng tối đa' }
    : c.role === 'target'
      ? { ...c, header: 'Mục tiêu năm 2025 (%)' }
      : c,
);

function workbook(
  r81: number | string,
  t81: number | string,
  sipasResult: number | string,
  sipasTarget: number | string,
  max81: number = 10,
) {
  const par = table(
    [
      s('8', undefined, 16.5, 14.73, 15.7),
      s('8,1', '8', max81, r81, t81, { text: 'Kết quả Chỉ số hài lòng (SIPAS)' }),
      s('8,2', '8', 1, 1, 1),
    ],
    { sheet: 'Phụ lục 2', title: ['Phụ lục 2', 'Các chỉ tiêu tại Chỉ số CCHC - PAR INDEX'] },
  );
  const sip = table(
    [
      s('', undefined, 100, sipasResult, sipasTarget, { type: 'total', text: 'CHỈ SỐ HÀI LÒNG CHUNG:' }),
      s('I', undefined, 100, 86.51, 88),
      s('8.', undefined, 100, 86.6, 88, { text: 'Kết quả dịch vụ' }),
    ],
    { sheet: 'Phụ lục 3', columns: SIPAS_COLUMNS, title: ['Phụ lục 3', 'Chỉ số Hài lòng - SIPAS'] },
  );
  return plan([par, sip]);
}

describe('SIPAS_MISMATCH', () => {
  test('8,65 points for 86,50 % agree; 8,7 points for an 88 % target do not (warning on the 8.1 target cell)', () => {
    const issues = validatePlan(workbook(8.65, 8.7, 86.5, 88), undefined, [sipasRule]);
    expect(at(issues)).toEqual(['SIPAS_MISMATCH@E7']);
    expect(issues[0]).toMatchObject({ severity: 'warning', sheet: 'Phụ lục 2' });
    expect(issues[0].message.vi).toContain('8,8');
    expect(issues[0].message.vi).toContain('Phụ lục 3');
  });

  test('percentages as fractions (0,865) and text numbers agree too', () => {
    expect(validatePlan(workbook('8,65', 8.8, 0.865, '88,00%'), undefined, [sipasRule])).toEqual([]);
  });

  test('the maximum of 8.1 scales the points (max 5: 86,5 % → 4,325)', () => {
    expect(validatePlan(workbook(4.33, 4.4, 86.5, 88, 5), undefined, [sipasRule])).toEqual([]);
    expect(at(validatePlan(workbook(8.65, 4.4, 86.5, 88, 5), undefined, [sipasRule]))).toEqual(['SIPAS_MISMATCH@D7']);
  });

  test('no SIPAS table in the workbook: nothing to compare', () => {
    const p = workbook(1, 1, 86.5, 88);
    expect(validatePlan({ ...p, tables: [p.tables[0]] }, undefined, [sipasRule])).toEqual([]);
  });
});
