import { DEADLINE_KINDS, readDeadline, yearsInText, type DeadlineKind } from '../../../src/core/text';

type Case = [
  text: string,
  planYear: number | null,
  kind: DeadlineKind,
  date: string | null,
  extra?: { dates?: string[]; period?: string; reasonCode?: string },
];

/** Every example of docs/domain.md and docs/functions.md, then our own (variants without diacritics, typos). */
const CASES: Case[] = [
  // date
  ['Trước ngày 15/12/2025', 2025, 'date', '2025-12-15'],
  ['Hoàn thành trước 10/12/2025', 2025, 'date', '2025-12-10'],
  ['…hoàn thành trước ngày 05/12/2025.', 2025, 'date', '2025-12-05'],
  ['15/12/2025', null, 'date', '2025-12-15'],
  ['ngày 15 tháng 12 năm 2025', null, 'date', '2025-12-15'],
  ['Truoc ngay 15/12/2025', null, 'date', '2025-12-15'],
  ['TRƯỚC NGÀY 15/12/2025', null, 'date', '2025-12-15'],
  ['Hoan thanh truoc ngay 30/11/2025.', null, 'date', '2025-11-30'],
  ['Trước ngày 15/12', 2025, 'date', '2025-12-15'],
  ['Trước ngày 15/12', null, 'date', null, { reasonCode: 'no-year' }],
  ['31/12', 2026, 'date', '2026-12-31'],
  ['15-12-2025', null, 'date', '2025-12-15'],
  ['15.12.2025', null, 'date', '2025-12-15'],
  ['15 / 12 / 2025', null, 'date', '2025-12-15'],
  ['15/12/25', null, 'date', '2025-12-15'],
  ['2025-12-15', null, 'date', '2025-12-15'],
  ['Trước ngày 29/02/2024', null, 'date', '2024-02-29'],
  ['Chậm nhất ngày 5 tháng 6 năm 2025', null, 'date', '2025-06-05'],
  ['ngày 15 tháng 12', 2025, 'date', '2025-12-15'],
  ['Theo hướng dẫn của Sở Nội vụ, hoàn thành trước 15/12/2025', null, 'date', '2025-12-15'],
  ['Thường xuyên; tổng kết trước ngày 20/12/2025', null, 'date', '2025-12-20'],
  // month
  ['Tháng 7/2025', null, 'month', '2025-07-31'],
  ['Tháng 7 năm 2025', null, 'month', '2025-07-31'],
  ['6/2025', null, 'month', '2025-06-30'],
  ['06/2025', null, 'month', '2025-06-30'],
  ['tháng 07', 2025, 'month', '2025-07-31'],
  ['Tháng 7', 2025, 'month', '2025-07-31'],
  ['Tháng 7', null, 'month', null, { reasonCode: 'no-year' }],
  ['Thang 2/2024', null, 'month', '2024-02-29'],
  ['thang 7/25', null, 'month', '2025-07-31'],
  ['Trong tháng 11/2025.', null, 'month', '2025-11-30'],
  ['Tháng 12-2025', null, 'month', '2025-12-31'],
  ['Từ tháng 6 đến tháng 9/2025', null, 'month', '2025-09-30'],
  ['Tháng 6 đến hết tháng 9/2025', null, 'month', '2025-09-30'],
  ['Từ tháng 6 - tháng 9/2025', null, 'month', '2025-09-30'],
  ['Từ ngày 01/6 đến ngày 30/9/2025', null, 'date', '2025-09-30'],
  ['Tháng 6/2025 - Tháng 9/2025', null, 'multiple', '2025-06-30', { dates: ['2025-06-30', '2025-09-30'] }],
  ['T7/2025', null, 'month', '2025-07-31'],
  ['tháng 9 năm 2025', 2024, 'month', '2025-09-30'],
  // quarter
  ['Quý II/2025', null, 'quarter', '2025-06-30'],
  ['Quý 2/2025', null, 'quarter', '2025-06-30'],
  ['Quý IV', 2025, 'quarter', '2025-12-31'],
  ['Quý IV', null, 'quarter', null, { reasonCode: 'no-year' }],
  ['quy III nam 2025', null, 'quarter', '2025-09-30'],
  ['Quý I/2026', null, 'quarter', '2026-03-31'],
  ['Qúy III/2025', null, 'quarter', '2025-09-30'],
  ['Quí 4 năm 2025', null, 'quarter', '2025-12-31'],
  ['Quý IV năm 2025.', null, 'quarter', '2025-12-31'],
  ['Q3/2025', null, 'quarter', '2025-09-30'],
  ['6 tháng đầu năm 2025', null, 'quarter', '2025-06-30', { period: 'half' }],
  ['6 tháng cuối năm', 2025, 'quarter', '2025-12-31', { period: 'half' }],
  ['Đầu năm 2026', null, 'quarter', '2026-03-31'],
  // year
  ['Trong năm 2025', null, 'year', '2025-12-31'],
  ['Năm 2025', null, 'year', '2025-12-31'],
  ['Trong năm', 2025, 'year', '2025-12-31'],
  ['Trong năm', null, 'year', null, { reasonCode: 'no-year' }],
  ['Cả năm', 2025, 'year', '2025-12-31'],
  ['trong nam', 2025, 'year', '2025-12-31'],
  ['Cuối năm 2025', null, 'year', '2025-12-31'],
  ['2025', null, 'year', '2025-12-31'],
  ['Giai đoạn 2021-2025', null, 'year', '2025-12-31'],
  // multiple
  [
    '- Tháng 6/2025 (các sở, ngành)\n- Tháng 7/2025 (UBND cấp xã)',
    null,
    'multiple',
    '2025-06-30',
    { dates: ['2025-06-30', '2025-07-31'] },
  ],
  [
    '- Tháng 6/2025 (các sở, ngành) - Tháng 7/2025 (UBND cấp xã)',
    null,
    'multiple',
    '2025-06-30',
    { dates: ['2025-06-30', '2025-07-31'] },
  ],
  ['Trước 15/6 và 15/12/2025', null, 'multiple', '2025-06-15', { dates: ['2025-06-15', '2025-12-15'] }],
  ['Quý II/2025 và Quý IV/2025', null, 'multiple', '2025-06-30', { dates: ['2025-06-30', '2025-12-31'] }],
  ['Tháng 6 và tháng 7/2025', 2024, 'multiple', '2025-06-30', { dates: ['2025-06-30', '2025-07-31'] }],
  [
    'Trước ngày 15/12/2025 (báo cáo); trước ngày 05/12/2025 (tài liệu)',
    null,
    'multiple',
    '2025-12-05',
    { dates: ['2025-12-05', '2025-12-15'] },
  ],
  ['Quý II/2025 (tháng 6/2025)', null, 'quarter', '2025-06-30'],
  ['Trong năm 2025, hoàn thành trước 15/12/2025', null, 'date', '2025-12-15'],
  // recurring
  ['Thường xuyên', 2025, 'recurring', null, { reasonCode: 'recurring' }],
  ['Thuong xuyen', 2025, 'recurring', null],
  ['thường xuyên.', 2025, 'recurring', null],
  ['Thương xuyên', 2025, 'recurring', null],
  ['Thường xuyên trong năm', 2025, 'recurring', null],
  ['Thường xuyên trong năm 2025', null, 'recurring', null],
  ['Liên tục', null, 'recurring', null],
  ['Hằng năm', 2025, 'recurring', null, { period: 'year' }],
  ['Hàng năm', 2025, 'recurring', null, { period: 'year' }],
  ['Hang nam', 2025, 'recurring', null, { period: 'year' }],
  ['Hằng quý', 2025, 'recurring', null, { period: 'quarter' }],
  ['háng quý', 2025, 'recurring', null, { period: 'quarter' }],
  ['Hàng quý, năm', 2025, 'recurring', null, { period: 'quarter' }],
  ['Hằng tháng báo cáo UBND TP', 2025, 'recurring', null, { period: 'month' }],
  ['Định kỳ ngày 15 tháng cuối quý', 2025, 'recurring', null, { period: 'quarter' }],
  ['Dinh ky 6 thang, nam', 2025, 'recurring', null, { period: 'half' }],
  ['Hàng tuần', 2025, 'recurring', null, { period: 'week' }],
  ['Hằng ngày', 2025, 'recurring', null, { period: 'day' }],
  ['Mỗi quý một lần', 2025, 'recurring', null, { period: 'quarter' }],
  ['Trước ngày 15/12 hằng năm', 2025, 'recurring', null, { period: 'year' }],
  ['Tháng 7 hằng năm', 2025, 'recurring', null, { period: 'year' }],
  // event
  [
    'Sau khi TP hoàn thành triển khai mô hình chính quyền địa phương 2 cấp',
    2025,
    'event',
    null,
    { reasonCode: 'event' },
  ],
  ['Khi triển khai các dự án', 2025, 'event', null],
  ['Theo hướng dẫn của Bộ chuyên ngành', 2025, 'event', null],
  ['Theo hướng dẫn của Sở Nội vụ', 2025, 'event', null],
  ['Theo kế hoạch của Thành phố', 2025, 'event', null],
  ['Theo kỳ báo cáo CCHC', 2025, 'event', null],
  ['Theo yêu cầu', 2025, 'event', null],
  ['theo huong dan cua so noi vu', 2025, 'event', null],
  ['Khi có yêu cầu', 2025, 'event', null],
  ['Hoàn thành theo thời gian quy định của Sở Nội vụ', 2025, 'event', null],
  ['Đảm bảo thực hiện công khai đúng thời gian quy định.', 2025, 'event', null],
  ['Trong thời gian thực hiện bầu trưởng thôn, tổ dân phố', 2025, 'event', null],
  ['Theo Kế hoạch số 12/KH-UBND ngày 15/3/2025 của UBND Thành phố', 2025, 'event', null],
  ['Sau khi có kết quả năm 2025', null, 'event', null],
  ['Theo Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị', 2025, 'event', null],
  ['Theo Nghị định 61/2018/NĐ-CP', 2025, 'event', null],
  ['Tháng 7/2025-UBND cấp xã', null, 'month', '2025-07-31'],
  ['Tháng 6/2025 (Sở Nội vụ, văn bản số 12/SNV-CCHC)', null, 'month', '2025-06-30'],
  ['Theo dõi, hoàn thành trước 15/12/2025', null, 'date', '2025-12-15'],
  ['Theo dõi', null, 'unknown', null],
  ['Theo kỳ báo cáo hằng quý', 2025, 'event', null],
  // event: elections, council sessions, congresses (issue 12), with and without diacritics
  ['Trước bầu cử', 2025, 'event', null, { reasonCode: 'event' }],
  ['Sau bầu cử', 2025, 'event', null],
  ['Trước kỳ họp HĐND', 2025, 'event', null],
  ['Sau Đại hội', 2025, 'event', null],
  ['Trước kỳ họp thứ 20 HĐND thành phố', 2025, 'event', null],
  ['Trước kỳ họp thứ … HĐND thành phố', 2025, 'event', null],
  ['Sau Đại hội Đảng bộ thành phố nhiệm kỳ 2025-2030', 2025, 'event', null],
  ['Trước cuộc bầu cử đại biểu Quốc hội và HĐND các cấp', null, 'event', null],
  ['Truoc bau cu', 2025, 'event', null],
  ['sau bau cu', null, 'event', null],
  ['Truoc ky hop HDND', 2025, 'event', null],
  ['SAU DAI HOI', 2025, 'event', null],
  ['Trước kỳ họp HĐND cuối năm', 2025, 'event', null],
  // …but a date with its own year still wins, and every session is recurring
  ['Trước kỳ họp HĐND tháng 7/2025', null, 'month', '2025-07-31'],
  ['Sau bầu cử, trước 30/6/2026', null, 'date', '2026-06-30'],
  ['Trước mỗi kỳ họp HĐND', 2025, 'recurring', null, { reasonCode: 'recurring' }],
  ['Báo cáo tại các kỳ họp HĐND thành phố', 2025, 'recurring', null],
  // words that only look alike stay what they were
  ['Bảo đảm kỳ hạn báo cáo', 2025, 'unknown', null],
  ['Hội nghị sơ kết 6 tháng đầu năm', 2025, 'quarter', '2025-06-30', { period: 'half' }],
  ['Mỗi phiên họp UBND', 2025, 'recurring', null],
  // invalid
  ['Trước ngày 31/11/2025', 2025, 'invalid', null, { reasonCode: 'bad-day' }],
  ['31/11/2025', null, 'invalid', null, { reasonCode: 'bad-day' }],
  ['Hoàn thành Trước ngày 31/11/2025', 2025, 'invalid', null, { reasonCode: 'bad-day' }],
  ['Trước ngày 29/02/2025', null, 'invalid', null, { reasonCode: 'bad-day' }],
  ['Trước ngày 30/02', 2025, 'invalid', null, { reasonCode: 'bad-day' }],
  ['Trước ngày 15/13/2025', null, 'invalid', null, { reasonCode: 'bad-month' }],
  ['Tháng 13/2025', null, 'invalid', null, { reasonCode: 'bad-month' }],
  ['Quý 5/2025', null, 'invalid', null, { reasonCode: 'bad-quarter' }],
  ['Trước ngày 15/12/2205', null, 'invalid', null, { reasonCode: 'year-range' }],
  ['Năm 1925', null, 'invalid', null, { reasonCode: 'year-range' }],
  ['Trước 31/11/2025 và 15/12/2025', null, 'invalid', null, { dates: ['2025-12-15'], reasonCode: 'bad-day' }],
  // unknown
  ['', 2025, 'unknown', null, { reasonCode: 'empty' }],
  ['   \n ', 2025, 'unknown', null, { reasonCode: 'empty' }],
  ['Hoàn thành', 2025, 'unknown', null, { reasonCode: 'no-date' }],
  ['Sớm', 2025, 'unknown', null, { reasonCode: 'no-date' }],
  ['abc', 2025, 'unknown', null],
  ['Quy trình', 2025, 'unknown', null],
  ['Quý vị', 2025, 'unknown', null],
  ['2/3 số xã', 2025, 'unknown', null],
];

describe('readDeadline (table)', () => {
  it('has at least 60 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
  });

  // Every row gets all five arguments: with fewer, jest would take the last parameter for a `done` callback.
  const rows = CASES.map(([text, planYear, kind, date, extra]) => [text, planYear, kind, date, extra ?? {}] as const);
  it.each(rows)('%j (year %p) → %s %p', (text, planYear, kind, date, extra) => {
    const d = readDeadline(text, planYear);
    expect({ kind: d.kind, date: d.date }).toEqual({ kind, date });
    if (extra.dates) expect(d.dates).toEqual(extra.dates);
    else if (date !== null && kind !== 'multiple') expect(d.dates).toEqual([date]);
    if (extra.period) expect(d.period).toBe(extra.period);
    if (extra.reasonCode) expect(d.reasonCode).toBe(extra.reasonCode);
    if (d.date === null) {
      expect(typeof d.reason?.vi).toBe('string');
      expect(typeof d.reason?.en).toBe('string');
    }
  });
});

describe('readDeadline details', () => {
  it('keeps the cleaned text', () => {
    expect(readDeadline('  Tháng\u00A07/2025 ', 2025).text).toBe('Tháng 7/2025');
  });

  it('explains an impossible day in both languages', () => {
    const d = readDeadline('Trước ngày 31/11/2025', 2025);
    expect(d.reason?.vi).toContain('31/11/2025');
    expect(d.reason?.vi).toContain('không tồn tại');
    expect(d.reason?.en).toContain('does not exist');
    expect(d.reason?.en).toContain('30 days');
  });

  it('reads the same with or without diacritics and with decomposed input', () => {
    const pairs: Array<[string, string]> = [
      ['Quý II/2025', 'Quy II/2025'],
      ['Trước ngày 15/12/2025', 'truoc ngay 15/12/2025'],
      ['Hằng quý', 'hang quy'],
      ['Tháng 7 năm 2025', 'Thang 7 nam 2025'],
      ['Quy\u0301 II/2025', 'Quý II/2025'],
    ];
    for (const [a, b] of pairs) {
      const da = readDeadline(a, 2025);
      const db = readDeadline(b, 2025);
      expect([da.kind, da.date, da.period]).toEqual([db.kind, db.date, db.period]);
    }
  });

  it('ignores an invalid plan year', () => {
    expect(readDeadline('Quý IV', 12345).date).toBeNull();
    expect(readDeadline('Quý IV', Number.NaN).date).toBeNull();
  });

  it('never returns a kind outside the list', () => {
    for (const [text, year] of CASES) expect(DEADLINE_KINDS).toContain(readDeadline(text, year).kind);
  });
});

describe('yearsInText', () => {
  it.each<[string, number[]]>([
    ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025', [2025]],
    ['Phấn đấu chỉ tiêu 2021 2022 2023 2024 2025', [2021, 2022, 2023, 2024, 2025]],
    ['Tháng 6/2025 và tháng 7/2025', [2025]],
    ['Quyết định 1673/QĐ-UBND', []],
    ['năm 12025 và 1989', []],
    ['2100 2101', [2100]],
    ['', []],
  ])('%j → %j', (text, years) => {
    expect(yearsInText(text)).toEqual(years);
  });
});
