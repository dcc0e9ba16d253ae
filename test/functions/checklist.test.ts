/**
 * The fixed checklist per custom function (architecture.md): argument count, normal case, coercion of Excel
 * inputs, error cases, boundaries — and every reference value of functions.md.
 */
import ExcelJS from 'exceljs';
import { FunctionError } from '../../src/functions/boundary';
import { planFile } from '../support/fixtures';
import { excel, col, fns, shippedArity } from './helpers';

const FIXTURE = planFile('hanoi-2025-phu-luc.xlsx');

/** Argument counts as Excel gets them: from the metadata of the generated entry, not from the implementations. */
let arity: Awaited<ReturnType<typeof shippedArity>>;
beforeAll(async () => {
  arity = await shippedArity();
}, 60000);
const VALUE = '#VALUE!';
const NA = '#N/A';

/** An exceljs cell value as Excel hands it to a custom function (text, number, boolean or null). */
function asExcelPasses(v: ExcelJS.CellValue): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return asExcelPasses(v.result);
    if (v instanceof Date) return v;
  }
  return v;
}

describe('reference values (functions.md)', () => {
  it('PAPI.RANK and PAPI.GROUP of Hà Nội 2023 and 2024', () => {
    expect(excel(fns.papiRank, 43.9603, 2023)).toEqual({ value: 15 });
    expect(excel(fns.papiGroup, 43.9603, 2023)).toEqual({ value: 'Cao' });
    expect(excel(fns.papiRank, 43.7747, 2024)).toEqual({ value: 29 });
    expect(excel(fns.papiGroup, 43.7747, 2024)).toEqual({ value: 'Trung bình cao' });
  });

  it('PAR.SIPAS(86.5) = 8.65', () => {
    expect(excel(fns.parSipas, 86.5)).toEqual({ value: 8.65 });
  });

  it('PAR.RATIO(17, 20, 1.5) = 1.275 and PAR.RATIO(15, 20, 1.5) = 0', () => {
    expect(excel(fns.parRatio, 17, 20, 1.5)).toEqual({ value: 1.275 });
    expect(excel(fns.parRatio, 15, 20, 1.5)).toEqual({ value: 0 });
  });

  it('PAR.SCORE over the results column of Phụ lục 2 with the STT column = 92.80 (printed total 92,75)', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(FIXTURE);
    const ws = wb.getWorksheet('Phụ lục 2');
    if (!ws) throw new Error('sheet Phụ lục 2 missing');
    // The table body: from the first row under the header to the total row, both included.
    const first = 6;
    const last = ws.rowCount;
    expect(ws.getCell(`B${last}`).value).toBe('TỔNG ĐIỂM');
    const stt: unknown[][] = [];
    const result: unknown[][] = [];
    const maxima: unknown[][] = [];
    for (let r = first; r <= last; r++) {
      stt.push([asExcelPasses(ws.getCell(`A${r}`).value)]);
      maxima.push([asExcelPasses(ws.getCell(`C${r}`).value)]);
      result.push([asExcelPasses(ws.getCell(`D${r}`).value)]);
    }
    // The raw cells really are mixed: ids as numbers and text, results as numbers and "1,50"-style text.
    expect(stt.some(([v]) => typeof v === 'number')).toBe(true);
    expect(stt.some(([v]) => typeof v === 'string')).toBe(true);
    expect(result.some(([v]) => typeof v === 'string' && v.includes(','))).toBe(true);

    expect(excel(fns.parScore, result, stt)).toEqual({ value: 92.8 });
    // The printed total is what summing without ids double counts against: subtotals + the total row.
    expect(ws.getCell(`D${last}`).value).toBe(92.75);
    const all = excel(fns.parScore, result);
    expect('value' in all && all.value).toBeGreaterThan(180);
    // Maxima: the leaves add up to 100 and no leaf is above its maximum, so clamping changes nothing.
    expect(excel(fns.parScore, maxima, stt)).toEqual({ value: 100 });
    expect(excel(fns.parScore, result, stt, maxima)).toEqual({ value: 92.8 });
    expect(excel(fns.parGap, result, maxima, stt)).toEqual({ value: 7.2 });
  });
});

describe('PAR.SCORE', () => {
  it('takes points and optional ids and maxima', () => {
    expect(arity.parScore).toEqual({ params: 3, required: 1 });
    expect(excel(fns.parScore, col(1, 2))).toEqual({ value: 3 });
  });

  it('coerces Excel inputs: text numbers with comma or point, percents, empty cells, a single cell, 2-D ranges', () => {
    expect(excel(fns.parScore, col('9,5', '0.25', 1, null, '', '  ', undefined))).toEqual({ value: 10.75 });
    expect(excel(fns.parScore, col('1.234,5', '50%'))).toEqual({ value: 1235 });
    expect(excel(fns.parScore, 4)).toEqual({ value: 4 });
    expect(
      excel(fns.parScore, [
        [1, 2],
        [3, 4],
      ]),
    ).toEqual({ value: 10 });
    expect(excel(fns.parScore, col(2, 1.5, 0.5), col('1', 1.1, '1,2'))).toEqual({ value: 2 });
    expect(excel(fns.parScore, col(9.4, 1.5, 2), col('1.', '-', '-'))).toEqual({ value: 3.5 });
  });

  it('clamps at the maxima', () => {
    expect(excel(fns.parScore, col(3, 1), col('1', '2'), col('2,5', null))).toEqual({ value: 3.5 });
  });

  it('gives #VALUE! naming the argument and the cell for text and booleans in counted rows', () => {
    const r = excel(fns.parScore, col(1, 'chưa chấm'));
    expect(r).toMatchObject({ code: VALUE });
    expect('message' in r && r.message).toMatch(/points.*ô thứ 2.*"chưa chấm"/);
    expect(excel(fns.parScore, col(1, true))).toMatchObject({ code: VALUE, message: expect.stringContaining('TRUE') });
    expect(excel(fns.parScore, col(1), col(true))).toMatchObject({
      code: VALUE,
      message: expect.stringContaining('ids'),
    });
    expect(excel(fns.parScore, col(1, 2), col('1'))).toMatchObject({ code: VALUE });
    expect(excel(fns.parScore, col(1), col('1'), col('x'))).toMatchObject({
      code: VALUE,
      message: expect.stringContaining('maxima'),
    });
  });

  it('boundaries: empty range, all skipped, negative points', () => {
    expect(excel(fns.parScore, col(null, null))).toEqual({ value: 0 });
    expect(excel(fns.parScore, col(5, 6), col(null, ''))).toEqual({ value: 0 });
    expect(excel(fns.parScore, col(1, -0.5))).toEqual({ value: 0.5 });
  });

  it('regression: a sum beyond Excel numbers is #VALUE!, not Infinity (found by the property test)', () => {
    expect(excel(fns.parScore, col(1.7e308, 1.7e308))).toMatchObject({ code: VALUE });
  });
});

describe('PAR.GAP', () => {
  it('takes points, maxima and optional ids', () => {
    expect(arity.parGap).toEqual({ params: 3, required: 2 });
    expect(excel(fns.parGap, col(1, 2), col(2, 2))).toEqual({ value: 1 });
  });

  it('coerces text numbers and skips empty rows', () => {
    expect(excel(fns.parGap, col('0,5', null, 3), col('1', 2, '2,5'))).toEqual({ value: 0.5 });
  });

  it('gives #VALUE! for a missing maxima range or bad cells', () => {
    expect(excel(fns.parGap, col(1), undefined)).toMatchObject({ code: VALUE });
    expect(excel(fns.parGap, col('abc'), col(1))).toMatchObject({ code: VALUE });
  });

  it('boundaries: never negative per row', () => {
    expect(excel(fns.parGap, col(3, 0), col(2, 1))).toEqual({ value: 1 });
  });
});

describe('PAR.RATIO', () => {
  it('takes done, planned, maxPoints and an optional threshold', () => {
    expect(arity.parRatio).toEqual({ params: 4, required: 3 });
    expect(excel(fns.parRatio, 9, 10, 2)).toEqual({ value: 1.8 });
  });

  it('coerces text numbers and a percent threshold', () => {
    expect(excel(fns.parRatio, '17', '20', '1,5')).toEqual({ value: 1.275 });
    expect(excel(fns.parRatio, 15, 20, 1.5, '70%')).toEqual({ value: 1.125 });
    expect(excel(fns.parRatio, 15, 20, 1.5, null)).toEqual({ value: 0 });
    expect(excel(fns.parRatio, [[17]], 20, 1.5)).toEqual({ value: 1.275 });
  });

  it('gives #VALUE! for planned ≤ 0, missing or non-numeric arguments and ranges', () => {
    expect(excel(fns.parRatio, 1, 0, 1)).toMatchObject({ code: VALUE, message: expect.stringContaining('planned') });
    expect(excel(fns.parRatio, null, 10, 1)).toMatchObject({ code: VALUE, message: expect.stringContaining('done') });
    expect(excel(fns.parRatio, 'mười', 10, 1)).toMatchObject({
      code: VALUE,
      message: expect.stringContaining('"mười"'),
    });
    expect(excel(fns.parRatio, true, 10, 1)).toMatchObject({ code: VALUE });
    expect(excel(fns.parRatio, [[1, 2]], 10, 1)).toMatchObject({ code: VALUE });
  });

  it('boundaries: exactly the threshold, exactly 100 %', () => {
    expect(excel(fns.parRatio, 8, 10, 1)).toEqual({ value: 0.8 });
    expect(excel(fns.parRatio, 7.99, 10, 1)).toEqual({ value: 0 });
    expect(excel(fns.parRatio, 10, 10, 1)).toEqual({ value: 1 });
  });
});

describe('PAR.SIPAS', () => {
  it('takes percent and optional maxPoints', () => {
    expect(arity.parSipas).toEqual({ params: 2, required: 1 });
    expect(excel(fns.parSipas, 90, 10)).toEqual({ value: 9 });
  });

  it('coerces "86,50%", "86,5" and a fraction cell 0.865', () => {
    expect(excel(fns.parSipas, '86,50%')).toEqual({ value: 8.65 });
    expect(excel(fns.parSipas, '86,5')).toEqual({ value: 8.65 });
    expect(excel(fns.parSipas, 0.865)).toEqual({ value: 8.65 });
    expect(excel(fns.parSipas, 86.5, '')).toEqual({ value: 8.65 });
  });

  it('gives #VALUE! outside 0–100 and for empty or text input', () => {
    expect(excel(fns.parSipas, 120)).toMatchObject({ code: VALUE });
    expect(excel(fns.parSipas, null)).toMatchObject({ code: VALUE });
    expect(excel(fns.parSipas, 'cao')).toMatchObject({ code: VALUE });
  });

  it('boundaries: 0, 1 (= 100 %), 100', () => {
    expect(excel(fns.parSipas, 0)).toEqual({ value: 0 });
    expect(excel(fns.parSipas, 1)).toEqual({ value: 10 });
    expect(excel(fns.parSipas, 100)).toEqual({ value: 10 });
  });
});

describe('PAPI.GAP', () => {
  it('takes score, target and an optional year', () => {
    expect(arity.papiGap).toEqual({ params: 3, required: 2 });
    expect(excel(fns.papiGap, 43.7747, 46.2)).toEqual({ value: 2.4253 });
  });

  it('reads group names in any case, without diacritics, "TB cao", "Nhóm 1".."Nhóm 4"', () => {
    for (const g of ['Cao', 'cao', 'CAO', 'Nhóm 1', 'nhom 1'])
      expect(excel(fns.papiGap, 43.7747, g, 2024)).toEqual({ value: 0.9632 });
    for (const g of ['Trung bình cao', 'trung binh cao', 'TB cao', 'Nhóm 2'])
      expect(excel(fns.papiGap, 43.7747, g, 2024)).toEqual({ value: -0.0458 });
    for (const g of ['Trung bình thấp', 'TB thấp', 'tb thap', 'Nhóm 3'])
      expect(excel(fns.papiGap, 43.7747, g, 2024)).toEqual({ value: -1.4816 });
    for (const g of ['Thấp', 'thap', 'Nhóm 4'])
      expect(excel(fns.papiGap, 43.7747, g, 2024)).toEqual({ value: -3.8625 });
    expect(excel(fns.papiGap, '43,7747', 'Cao', '2024')).toEqual({ value: 0.9632 });
    expect(excel(fns.papiGap, 43.7747, 'Cao')).toEqual({ value: 0.9632 }); // latest year
  });

  it('gives #VALUE! for unknown text and #N/A for an unpublished year', () => {
    expect(excel(fns.papiGap, 43, 'Xuất sắc')).toMatchObject({
      code: VALUE,
      message: expect.stringContaining('Xuất sắc'),
    });
    expect(excel(fns.papiGap, 43, 'Cao', 2021)).toMatchObject({ code: NA });
    expect(excel(fns.papiGap, 43, 'Cao', 20.5)).toMatchObject({ code: VALUE });
    expect(excel(fns.papiGap, 43, null)).toMatchObject({ code: VALUE });
  });

  it('boundaries: a score at the cut-off needs 0', () => {
    expect(excel(fns.papiGap, 44.7379, 'Cao', 2024)).toEqual({ value: 0 });
  });
});

describe('PAPI.RANK and PAPI.GROUP', () => {
  it('take score and an optional year', () => {
    expect(arity.papiRank).toEqual({ params: 2, required: 1 });
    expect(arity.papiGroup).toEqual({ params: 2, required: 1 });
  });

  it('coerce text numbers and text years; default to the latest year', () => {
    expect(excel(fns.papiRank, '43,9603', '2023')).toEqual({ value: 15 });
    expect(excel(fns.papiGroup, '43.7747')).toEqual({ value: 'Trung bình cao' });
  });

  it('give #VALUE! for non-totals and #N/A for unpublished years', () => {
    expect(excel(fns.papiRank, 5.39, 2024)).toMatchObject({ code: VALUE });
    expect(excel(fns.papiGroup, 'cao', 2024)).toMatchObject({ code: VALUE });
    expect(excel(fns.papiRank, 43, 2030)).toMatchObject({ code: NA, message: expect.stringContaining('2030') });
    expect(excel(fns.papiGroup, 43, 'năm ngoái')).toMatchObject({
      code: VALUE,
      message: expect.stringContaining('year'),
    });
  });

  it('boundaries: the best and worst published totals, and the ends of the scale', () => {
    expect(excel(fns.papiRank, 47.8212, 2024)).toEqual({ value: 1 });
    expect(excel(fns.papiRank, 39.9122, 2024)).toEqual({ value: 61 });
    expect(excel(fns.papiRank, 10, 2024)).toEqual({ value: 62 });
    expect(excel(fns.papiGroup, 80, 2023)).toEqual({ value: 'Cao' });
    expect(excel(fns.papiGroup, 38.9711, 2023)).toEqual({ value: 'Thấp' });
  });
});

describe('CCHC.DEADLINE', () => {
  const serial = (iso: string) => Math.round(Date.parse(iso + 'T00:00:00Z') / 86400000) + 25569;

  it('takes text and an optional year; returns an Excel date serial', () => {
    expect(arity.cchcDeadline).toEqual({ params: 2, required: 1 });
    expect(excel(fns.cchcDeadline, 'Quý II/2025')).toEqual({ value: serial('2025-06-30') });
    expect(serial('2025-06-30')).toBe(45838);
  });

  it('reads the examples of functions.md', () => {
    expect(excel(fns.cchcDeadline, 'Tháng 7/2025')).toEqual({ value: serial('2025-07-31') });
    expect(excel(fns.cchcDeadline, 'Trước ngày 15/12/2025')).toEqual({ value: serial('2025-12-15') });
    expect(excel(fns.cchcDeadline, 'Trong năm', 2025)).toEqual({ value: serial('2025-12-31') });
    expect(excel(fns.cchcDeadline, 'Trong năm', '2026')).toEqual({ value: serial('2026-12-31') });
  });

  it('passes a date cell (serial) through', () => {
    expect(excel(fns.cchcDeadline, 45838)).toEqual({ value: 45838 });
  });

  it('gives #N/A with the reason for recurring and event text, #VALUE! for impossible dates', () => {
    expect(excel(fns.cchcDeadline, 'Thường xuyên')).toMatchObject({
      code: NA,
      message: expect.stringContaining('Thường xuyên'),
    });
    expect(excel(fns.cchcDeadline, 'Theo hướng dẫn của Sở Nội vụ')).toMatchObject({ code: NA });
    expect(excel(fns.cchcDeadline, '31/11/2025')).toMatchObject({
      code: VALUE,
      message: expect.stringContaining('31/11/2025'),
    });
    expect(excel(fns.cchcDeadline, 'không rõ')).toMatchObject({ code: VALUE });
    expect(excel(fns.cchcDeadline, true)).toMatchObject({ code: VALUE });
  });

  it('boundaries: empty cell, no year', () => {
    expect(excel(fns.cchcDeadline, null)).toMatchObject({ code: NA });
    expect(excel(fns.cchcDeadline, 'Quý IV')).toMatchObject({ code: NA, message: expect.stringContaining('year') });
    expect(excel(fns.cchcDeadline, 'Quý IV', 2025)).toEqual({ value: serial('2025-12-31') });
  });
});

describe('CCHC.STATUS', () => {
  const d = (iso: string) => Math.round(Date.parse(iso + 'T00:00:00Z') / 86400000) + 25569;

  it('takes due and optional done, today, soonDays', () => {
    expect(arity.cchcStatus).toEqual({ params: 4, required: 1 });
    expect(excel(fns.cchcStatus, d('2025-06-30'), null, d('2025-07-01'))).toEqual({ value: 'Quá hạn' });
  });

  it('coerces dates as serials or text, done as TRUE / "x" / 100% / a date', () => {
    expect(excel(fns.cchcStatus, 'Quý II/2025', null, '20/06/2025')).toEqual({ value: 'Sắp đến hạn' });
    expect(excel(fns.cchcStatus, '30/06/2025', null, '2025-05-01')).toEqual({ value: 'Đang thực hiện' });
    for (const done of [true, 'x', 1, '100%', d('2025-06-01'), '01/06/2025']) {
      expect(excel(fns.cchcStatus, d('2025-06-30'), done, d('2025-12-01'))).toEqual({ value: 'Hoàn thành' });
    }
    expect(excel(fns.cchcStatus, d('2025-06-30'), 0.5, d('2025-12-01'))).toEqual({ value: 'Quá hạn' });
    expect(excel(fns.cchcStatus, 'Thường xuyên', false, d('2025-12-01'))).toEqual({ value: 'Thường xuyên' });
    expect(excel(fns.cchcStatus, d('2025-06-30'), null, d('2025-06-01'), '30')).toEqual({ value: 'Sắp đến hạn' });
  });

  it('defaults today to the current (local) date', () => {
    jest.useFakeTimers({ now: new Date(2025, 5, 20, 23, 30) });
    try {
      expect(excel(fns.cchcStatus, '30/06/2025')).toEqual({ value: 'Sắp đến hạn' });
      expect(excel(fns.cchcStatus, '19/06/2025')).toEqual({ value: 'Quá hạn' });
      expect(excel(fns.cchcStatus, '20/06/2025')).toEqual({ value: 'Sắp đến hạn' });
      expect(excel(fns.cchcStatus, 'Quý III/2025')).toEqual({ value: 'Đang thực hiện' });
      jest.setSystemTime(new Date(2025, 6, 1, 0, 5));
      expect(excel(fns.cchcStatus, '30/06/2025')).toEqual({ value: 'Quá hạn' });
    } finally {
      jest.useRealTimers();
    }
  });

  it('gives #VALUE! for bad dates, bad done, negative soonDays; #N/A for event text', () => {
    expect(excel(fns.cchcStatus, null, null, d('2025-01-01'))).toMatchObject({ code: VALUE });
    expect(excel(fns.cchcStatus, '31/11/2025', null, d('2025-01-01'))).toMatchObject({ code: VALUE });
    expect(excel(fns.cchcStatus, d('2025-06-30'), 'hình như', d('2025-01-01'))).toMatchObject({
      code: VALUE,
      message: expect.stringContaining('done'),
    });
    expect(excel(fns.cchcStatus, d('2025-06-30'), null, 'hôm nay')).toMatchObject({
      code: VALUE,
      message: expect.stringContaining('today'),
    });
    expect(excel(fns.cchcStatus, d('2025-06-30'), null, d('2025-01-01'), -1)).toMatchObject({ code: VALUE });
    expect(excel(fns.cchcStatus, 'Sau khi có hướng dẫn', null, d('2025-01-01'))).toMatchObject({ code: NA });
  });

  it('boundaries: due today and due exactly soonDays ahead are "Sắp đến hạn"', () => {
    expect(excel(fns.cchcStatus, d('2025-06-30'), null, d('2025-06-30'))).toEqual({ value: 'Sắp đến hạn' });
    expect(excel(fns.cchcStatus, d('2025-06-30'), null, d('2025-06-16'))).toEqual({ value: 'Sắp đến hạn' });
    expect(excel(fns.cchcStatus, d('2025-06-30'), null, d('2025-06-15'))).toEqual({ value: 'Đang thực hiện' });
  });
});

describe('the boundary without a CustomFunctions global (CLI, Node)', () => {
  it('throws a FunctionError with the same code and message', () => {
    const g = globalThis as unknown as { CustomFunctions?: unknown };
    const saved = g.CustomFunctions;
    delete g.CustomFunctions;
    try {
      let caught: unknown;
      try {
        fns.parRatio(1, 0, 1);
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(FunctionError);
      expect((caught as FunctionError).code).toBe(VALUE);
      expect((caught as FunctionError).message).toContain('planned');
      expect((caught as FunctionError).text.en).toContain('planned');
    } finally {
      g.CustomFunctions = saved;
    }
  });

  it('keeps messages within 255 characters', () => {
    const long = 'x'.repeat(5000);
    const r = excel(fns.parScore, col(long));
    expect(r).toMatchObject({ code: VALUE });
    expect('message' in r && r.message.length).toBeLessThanOrEqual(255);
  });
});
