/**
 * Every deadline text of the real plans (fields.deadline in fixtures/expected/*.json) must be read:
 * none may fall to 'unknown' (only the empty cell does), and the ones below must give exactly these answers.
 */
import * as fs from 'fs';
import * as path from 'path';
import { readDeadline } from '../../../src/core/text';
import { EXPECTED_DIR } from '../../support/fixtures';

function collectDeadlines(node: unknown, out: Set<string>): void {
  if (Array.isArray(node)) {
    for (const v of node) collectDeadlines(v, out);
  } else if (node !== null && typeof node === 'object') {
    const obj = node as Record<string, unknown>;
    const fields = obj.fields as Record<string, unknown> | undefined;
    if (fields && typeof fields === 'object' && typeof fields.deadline === 'string') out.add(fields.deadline);
    for (const v of Object.values(obj)) collectDeadlines(v, out);
  }
}

const dir = EXPECTED_DIR;
const texts = new Set<string>();
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  collectDeadlines(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')), texts);
}
const all = [...texts];

/** Answers checked by hand against the plans (plan year 2025). */
const KNOWN: Record<string, [string, string | null]> = {
  'Hoàn thành Trước ngày 31/11/2025': ['invalid', null],
  'Hoàn thành theo thời gian quy định của Sở Nội vụ': ['event', null],
  'Hoàn thành trước 10/12/2025': ['date', '2025-12-10'],
  'Hoàn thành trước ngày 15/12/2025': ['date', '2025-12-15'],
  'Các cơ quan đơn vị triển khai thực hiện hoàn thành các nội dung trước ngày 30/11/2025': ['date', '2025-11-30'],
  'Hoàn thành các nhiệm vụ theo thời hạn quy định của Thành phố.': ['event', null],
  'Hoàn thành trước ngày 30/11/2025.': ['date', '2025-11-30'],
  'Theo văn bản triển khai của Sở Nội vụ': ['event', null],
  'Đảm bảo thực hiện công khai đúng thời gian quy định.': ['event', null],
  'Theo quy định thời gian báo cáo kiểm soát thủ tục hành chính năm': ['event', null],
  'Thường xuyên': ['recurring', null],
  'Theo thời gian ban hành tài liệu kiểm chứng là Báo cáo kiểm soát TTHC và yêu cầu báo cáo của Sở Nội vụ.': [
    'event',
    null,
  ],
  'Hoàn thành trước 13/12/2025.': ['date', '2025-12-13'],
  'Hoàn thành trước ngày 28/11/2025': ['date', '2025-11-28'],
  'Trong năm': ['year', '2025-12-31'],
  'Tháng 7/2025': ['month', '2025-07-31'],
  '- Tháng 6/2025 (các sở, ngành)\n- Tháng 7/2025 (UBND cấp xã)': ['multiple', '2025-06-30'],
  'Trong năm 2025': ['year', '2025-12-31'],
  'Tháng 12/2025': ['month', '2025-12-31'],
  'Quý II/2025': ['quarter', '2025-06-30'],
  'Quý IV/2025': ['quarter', '2025-12-31'],
  'Theo hướng dẫn của Bộ chuyên ngành': ['event', null],
  'Theo kỳ báo cáo CCHC': ['event', null],
  'Hằng tháng báo cáo UBND TP': ['recurring', null],
  'Quý IV': ['quarter', '2025-12-31'],
  'Sau khi TP hoàn thành triển khai mô hình chính quyền địa phương 2 cấp': ['event', null],
  'Quý III/2025': ['quarter', '2025-09-30'],
  'Trong thời gian thực hiện bầu trưởng thôn, tổ dân phố': ['event', null],
  'Tháng 7 năm 2025': ['month', '2025-07-31'],
  'Hằng năm': ['recurring', null],
  'Khi triển khai các dự án': ['event', null],
};

/** Long texts, matched by their beginning. */
const KNOWN_PREFIX: Array<[string, string, string | null]> = [
  ['- Tổ chức các hội nghị, tập huấn chuyên đề', 'multiple', '2025-11-30'],
  ['- Các cơ quan, đơn vị thuộc UBND phường hoàn thành việc xét sáng kiến', 'event', null],
  ['- Báo cáo công tác kiểm soát TTHC của phường', 'date', '2025-12-05'],
  ['Tổ chức kiểm tra, báo cáo kết quả kiểm tra, xử lý kết quả theo dõi thi hành pháp luật', 'date', '2025-12-10'],
  ['Tổ chức kiểm tra, báo cáo kết quả kiểm tra, xử lý VBQPPL', 'date', '2025-11-23'],
];

describe('deadlines of the real plans', () => {
  it('finds the deadline texts', () => {
    expect(all.length).toBeGreaterThanOrEqual(40);
  });

  it.each(all.filter((t) => t.trim() !== ''))('%j is read (not unknown)', (text) => {
    const d = readDeadline(text, 2025);
    expect(d.kind).not.toBe('unknown');
    if (d.kind === 'date' || d.kind === 'month' || d.kind === 'quarter' || d.kind === 'year' || d.kind === 'multiple') {
      expect(d.date).toMatch(/^2025-\d\d-\d\d$/);
    }
  });

  it('gives the hand-checked answers', () => {
    let checked = 0;
    for (const text of all) {
      const known = KNOWN[text] ?? KNOWN_PREFIX.find(([p]) => text.startsWith(p))?.slice(1);
      if (!known) continue;
      const d = readDeadline(text, 2025);
      expect([text, d.kind, d.date]).toEqual([text, known[0], known[1]]);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(35);
  });

  it('reads the multiple-date cell of Điện Bàn with both dates', () => {
    const text = all.find((t) => t.startsWith('- Tổ chức các hội nghị'));
    expect(text).toBeDefined();
    expect(readDeadline(text as string, 2025).dates).toEqual(['2025-11-30', '2025-12-05']);
  });

  it('the only empty deadline is unknown with reason "empty"', () => {
    for (const text of all.filter((t) => t.trim() === '')) expect(readDeadline(text, 2025).reasonCode).toBe('empty');
  });
});
