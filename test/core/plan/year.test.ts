/** The plan year (option, titles, deadlines) and the `due` of items. */
import { gridFromValues } from '../../../src/core/grid';
import { readPlan, readSheetTables } from '../../../src/core/plan';
import { yearFromTitles } from '../../../src/core/plan/year';

type V = string | number | null;
const HEAD: V[] = ['TT', 'Nhiệm vụ', 'Tiến độ hoàn thành', 'Cơ quan chủ trì'];

describe('plan year and deadlines', () => {
  it('takes the year from the option first', () => {
    const g = gridFromValues('S', [['KẾ HOẠCH NĂM 2025'], HEAD, ['1.', 'A', 'Quý IV', 'Sở A']]);
    const plan = readPlan([g], { year: 2026 });
    expect(plan.year).toBe(2026);
    expect(plan.tables[0].rows[0].due).toEqual({ kind: 'quarter', date: '2026-12-31', text: 'Quý IV' });
  });

  it('else from the title lines ("năm 2025" preferred over other years)', () => {
    expect(yearFromTitles(['Phụ lục 1', 'Giai đoạn 2021-2030', 'Các nhiệm vụ năm 2025'])).toBe(2025);
    expect(yearFromTitles(['(Kèm theo Kế hoạch số /KH-UBND ngày / /2025)'])).toBe(2025);
    expect(yearFromTitles(['Phụ lục'])).toBeNull();
    const g = gridFromValues('S', [
      ['Phụ lục'],
      ['NHIỆM VỤ NĂM 2025'],
      HEAD,
      ['1.', 'A', 'Quý II', 'Sở A'],
      ['2.', 'B', 'Tháng 3/2024', 'Sở A'],
    ]);
    const plan = readPlan([g]);
    expect(plan.year).toBe(2025);
    expect(plan.tables[0].rows.map((r) => r.due?.date)).toEqual(['2025-06-30', '2024-03-31']);
  });

  it('else the most common year in the deadlines', () => {
    const g = gridFromValues('S', [
      HEAD,
      ['1.', 'A', 'Trước ngày 15/12/2025', 'Sở A'],
      ['2.', 'B', 'Tháng 6/2025', 'Sở A'],
      ['3.', 'C', 'Năm 2024', 'Sở A'],
      ['4.', 'D', 'Quý III', 'Sở A'],
    ]);
    const [t] = readSheetTables(g);
    expect(t.rows[3].due).toEqual({ kind: 'quarter', date: '2025-09-30', text: 'Quý III' });
    expect(readPlan([g]).year).toBe(2025);
  });

  it('has no year when nothing names one; undated deadlines keep their kind without a date', () => {
    const g = gridFromValues('S', [
      HEAD,
      ['1.', 'A', 'Thường xuyên', 'Sở A'],
      ['2.', 'B', 'Quý IV', 'Sở A'],
      ['3.', 'C', null, 'Sở A'],
    ]);
    const plan = readPlan([g]);
    expect(plan.year).toBeNull();
    expect(plan.tables[0].rows[0].due).toMatchObject({ kind: 'recurring', date: null });
    expect(plan.tables[0].rows[1].due?.date).toBeNull();
    expect(plan.tables[0].rows[2].due).toBeUndefined();
  });

  it('reads deadlines written as dates (date cells) as dd/mm/yyyy text', () => {
    const g = gridFromValues('S', [HEAD, ['1.', 'A', null, 'Sở A']]);
    g.cells[1][2] = { kind: 'date', iso: '2025-12-15' };
    const [t] = readSheetTables(g);
    expect(t.rows[0].fields.deadline).toBe('15/12/2025');
    expect(t.rows[0].due).toEqual({ kind: 'date', date: '2025-12-15', text: '15/12/2025' });
  });
});
