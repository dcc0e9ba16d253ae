/** Header rows and column roles, on hand-made grids. */
import { gridFromValues } from '../../../src/core/grid';
import { readSheetTables } from '../../../src/core/plan';
import type { PlanTable } from '../../../src/core/plan/types';

type V = string | number | null;

function tables(
  rows: V[][],
  merges = [] as { top: number; left: number; bottom: number; right: number }[],
): PlanTable[] {
  return readSheetTables(gridFromValues('S', rows, merges));
}

function roles(t: PlanTable): string[] {
  return t.columns.map((c) => `${c.col}:${c.role}${c.year ? c.year : ''}`);
}

describe('column roles from header wording', () => {
  it('reads the common task-table wordings, keeps unknown columns as other with their header', () => {
    const [t] = tables([
      [
        'STT',
        'Nhiệm vụ',
        'Thời gian hoàn thành',
        'Đơn vị chủ trì',
        'Đơn vị phối hợp',
        'Kết quả/sản phẩm',
        'Lãnh đạo phụ trách',
        'Ghi chú',
        'Tài liệu kiểm chứng',
      ],
      ['1', 'Việc A', 'Tháng 7/2025', 'Sở Nội vụ', 'Các sở', 'Báo cáo', 'Đ/c Hà - PCT', 'x', 'Tệp PDF'],
    ]);
    expect(roles(t)).toEqual([
      'A:no',
      'B:task',
      'C:deadline',
      'D:lead',
      'E:coordinate',
      'F:output',
      'G:leader',
      'H:note',
      'I:other',
    ]);
    expect(t.columns[8].header).toBe('Tài liệu kiểm chứng');
    expect(t.rows[0].fields['other:Tài liệu kiểm chứng']).toBe('Tệp PDF');
    expect(t.kind).toBe('tasks');
  });

  it('prefers the most specific wording: "Yêu cầu/ sản phẩm/ kết quả" is output, "Tiêu chí Chỉ số …" criterion', () => {
    const [t] = tables([
      [
        'TT',
        'Tiêu chí Chỉ số Cải cách hành chính cấp xã',
        'Yêu cầu',
        'Cơ quan chủ trì',
        'Cơ quan phối hợp',
        'Tiến độ hoàn thành',
        'Yêu cầu/ sản phẩm/ kết quả',
      ],
      ['1.', 'Tiêu chí 1', 'Yêu cầu 1', 'Phòng A', 'Phòng B', 'Trong năm', 'Kết quả 1'],
    ]);
    expect(roles(t)).toEqual([
      'A:no',
      'B:criterion',
      'C:requirement',
      'D:lead',
      'E:coordinate',
      'F:deadline',
      'G:output',
    ]);
  });

  it('reads headers without diacritics, in any order, wrapped on several lines', () => {
    const [t] = tables([
      ['Co quan\nchu tri', 'Nhiem vu', 'TT', 'Tien do\nhoan thanh', 'Ket qua thuc hien', 'Co quan phoi hop'],
      ['Sở A', 'Việc A', '1', 'Quý IV/2025', 'Báo cáo', 'Sở B'],
    ]);
    expect(roles(t)).toEqual(['A:lead', 'B:task', 'C:no', 'D:deadline', 'E:output', 'F:coordinate']);
    expect(t.columns[0].header).toBe('Co quan chu tri');
    expect(t.rows[0]).toMatchObject({
      label: '1',
      fields: { lead: 'Sở A', task: 'Việc A', deadline: 'Quý IV/2025', output: 'Báo cáo', coordinate: 'Sở B' },
    });
  });

  it('reads score-table wordings with the years of results and targets', () => {
    const [t] = tables([
      [
        'STT',
        'Lĩnh vực/Tiêu chí/Tiêu chí thành phần',
        'Điểm tối đa',
        'Kết quả năm 2024',
        'Mục tiêu năm 2025 (%)',
        'Đơn vị chủ trì tham mưu, theo dõi',
      ],
      ['1', 'Lĩnh vực 1', 9.5, '9,4', '>9,45', null],
    ]);
    expect(roles(t)).toEqual(['A:no', 'B:task', 'C:max', 'D:result2024', 'E:target2025', 'F:lead']);
    expect(t.kind).toBe('scores');
    expect(t.rows[0].fields).toEqual({ task: 'Lĩnh vực 1', max: 9.5, result: 9.4, target: '>9,45', lead: null });
  });

  it('"Chỉ số hài lòng tối đa" is a maximum; "Chỉ số nội dung" over "Nội dung thành phần" is a dimension', () => {
    const [s] = tables([
      ['STT', 'Lĩnh vực', 'Chỉ số hài lòng tối đa', 'Kết quả năm 2024', 'Mục tiêu năm 2025'],
      ['I', 'Khu vực', 100, 86.51, 88],
    ]);
    expect(roles(s)).toEqual(['A:no', 'B:task', 'C:max', 'D:result2024', 'E:target2025']);
    const [d] = tables([
      ['TT', 'Chỉ số nội dung', 'Nội dung thành phần', 'Điểm tối đa', 'Đơn vị chủ trì'],
      ['1', 'Tham gia của người dân', 'Tri thức công dân', 2.5, 'Sở Tư pháp'],
    ]);
    expect(roles(d)).toEqual(['A:no', 'B:dimension', 'C:task', 'D:max', 'E:lead']);
  });

  it('"Nhiệm vụ/Giải pháp" is the output of a rank table, the task of a plain one', () => {
    const [r] = tables(
      [
        ['TT', 'Chỉ số', 'Phấn đấu chỉ tiêu về thứ hạng qua các năm', null, null, 'Nhiệm vụ/Giải pháp'],
        [null, null, 2023, 2024, 2025, null],
        ['1', 'PAR INDEX', 12, 10, 'Top 8', 'Rà soát'],
      ],
      [
        { top: 1, left: 3, bottom: 1, right: 5 },
        { top: 1, left: 1, bottom: 2, right: 1 },
        { top: 1, left: 2, bottom: 2, right: 2 },
        { top: 1, left: 6, bottom: 2, right: 6 },
      ],
    );
    expect(r.kind).toBe('ranks');
    expect(r.headerRows).toEqual([1, 2]);
    expect(roles(r)).toEqual(['A:no', 'B:task', 'C:rank2023', 'D:rank2024', 'E:rank2025', 'F:output']);
    expect(r.columns[2].header).toBe('2023');
    expect(r.rows[0].fields).toEqual({
      task: 'PAR INDEX',
      rank2023: 12,
      rank2024: 10,
      rank2025: 'Top 8',
      output: 'Rà soát',
    });
    const [p] = tables([
      ['TT', 'Nhiệm vụ/Giải pháp', 'Thời hạn', 'Chủ trì'],
      ['1', 'Rà soát', 'Tháng 5/2025', 'Sở A'],
    ]);
    expect(roles(p)).toEqual(['A:no', 'B:task', 'C:deadline', 'D:lead']);
  });

  it('reads a two-row header whose group names the sub-columns ("Cơ quan thực hiện" over "Chủ trì" / "Phối hợp")', () => {
    const [t] = tables(
      [
        ['TT', 'Nội dung', 'Cơ quan thực hiện', null, 'Thời gian'],
        [null, null, 'Chủ trì', 'Phối hợp', null],
        ['1', 'Việc A', 'Sở A', 'Sở B', 'Tháng 9/2025'],
      ],
      [
        { top: 1, left: 3, bottom: 1, right: 4 },
        { top: 1, left: 1, bottom: 2, right: 1 },
        { top: 1, left: 2, bottom: 2, right: 2 },
        { top: 1, left: 5, bottom: 2, right: 5 },
      ],
    );
    expect(t.headerRows).toEqual([1, 2]);
    expect(roles(t)).toEqual(['A:no', 'B:task', 'C:lead', 'D:coordinate', 'E:deadline']);
    expect(t.rows).toHaveLength(1);
    expect(t.firstRow).toBe(3);
  });

  it('"Kết quả" over year sub-columns: several results; the latest keeps the plain key', () => {
    const [t] = tables(
      [
        ['STT', 'Chỉ số', 'Điểm tối đa', 'Kết quả', null],
        [null, null, null, 'Năm 2023', 'Năm 2024'],
        ['1', 'PAPI', 80, 42.1, 43.77],
      ],
      [{ top: 1, left: 4, bottom: 1, right: 5 }],
    );
    expect(roles(t)).toEqual(['A:no', 'B:task', 'C:max', 'D:result2023', 'E:result2024']);
    expect(t.rows[0].fields).toEqual({ task: 'PAPI', max: 80, result2023: 42.1, result: 43.77 });
  });

  it('finds no table where there is no header: data rows with long texts or without a main column', () => {
    expect(
      tables([
        [
          '1.',
          'Nhiệm vụ tuyên truyền công tác cải cách hành chính trên địa bàn thành phố theo kế hoạch đã được phê duyệt năm 2025 và các năm tiếp theo',
          'Tháng 5',
          'Sở Nội vụ chủ trì',
        ],
        ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị'],
        ['TT', 'Nội dung', 'Ghi chú'],
      ]),
    ).toEqual([]);
  });
});
