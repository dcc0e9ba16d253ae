/**
 * A synthetic rank table (no real one is in the fixtures): a two-row header where
 * "Phấn đấu chỉ tiêu về thứ hạng qua các năm" spans the year sub-columns, and "Nhiệm vụ/Giải pháp" is the output.
 * The generator knows what it wrote, so it also returns the expected fields.
 */
import type { SheetModel } from './model';
import { setCell } from './model';
import { prng } from '../support/rng';

export interface RankExpect {
  label: string;
  task: string;
  ranks: Record<string, number | string>;
  output: string;
  lead: string;
}

const DIMS = [
  'Tham gia của người dân ở cấp cơ sở',
  'Công khai, minh bạch trong việc ra quyết định',
  'Trách nhiệm giải trình với người dân',
  'Kiểm soát tham nhũng trong khu vực công',
  'Thủ tục hành chính công',
  'Cung ứng dịch vụ công',
  'Quản trị môi trường',
  'Quản trị điện tử',
];

export function ranksSheet(
  name: string,
  seed: number,
  years = [2021, 2022, 2023, 2024, 2025],
): { model: SheetModel; expect: RankExpect[] } {
  const rnd = prng(seed);
  const m: SheetModel = { name, rows: [], merges: [] };
  const last = 3 + years.length + 1;
  setCell(m, 1, 1, { value: 'Phụ lục 5' });
  m.merges.push({ top: 1, left: 1, bottom: 1, right: last });
  setCell(m, 2, 1, { value: 'CHỈ TIÊU THỨ HẠNG CHỈ SỐ PAPI GIAI ĐOẠN 2021-2025' });
  m.merges.push({ top: 2, left: 1, bottom: 2, right: last });
  setCell(m, 4, 1, { value: 'TT' });
  setCell(m, 4, 2, { value: 'Chỉ số nội dung' });
  setCell(m, 4, 3, { value: 'Phấn đấu chỉ tiêu về thứ hạng qua các năm' });
  m.merges.push({ top: 4, left: 3, bottom: 4, right: 2 + years.length });
  setCell(m, 4, 3 + years.length, { value: 'Nhiệm vụ/Giải pháp' });
  setCell(m, 4, 4 + years.length, { value: 'Đơn vị chủ trì' });
  for (const c of [1, 2, 3 + years.length, 4 + years.length]) m.merges.push({ top: 4, left: c, bottom: 5, right: c });
  years.forEach((y, i) => setCell(m, 5, 3 + i, { value: i % 2 ? y : `Năm ${y}` }));
  const expect: RankExpect[] = [];
  DIMS.forEach((task, i) => {
    const r = 6 + i;
    const label = `${i + 1}.`;
    setCell(m, r, 1, { value: label });
    setCell(m, r, 2, { value: task });
    const ranks: Record<string, number | string> = {};
    years.forEach((y, j) => {
      const v = 1 + Math.floor(rnd() * 63);
      // Some ranks typed as text ("Top 10" stays text, "12" reads as a number).
      const asText = rnd() < 0.2;
      const cell = asText ? (rnd() < 0.5 ? `Top ${v}` : String(v)) : v;
      setCell(m, r, 3 + j, { value: cell });
      ranks[`rank${y}`] = typeof cell === 'string' && cell.startsWith('Top') ? cell : v;
    });
    const output = `Giải pháp nâng cao ${task.toLowerCase()}`;
    const lead = rnd() < 0.5 ? 'Sở Nội vụ' : 'Văn phòng UBND';
    setCell(m, r, 3 + years.length, { value: output });
    setCell(m, r, 4 + years.length, { value: lead });
    expect.push({ label, task, ranks, output, lead });
  });
  return { model: m, expect };
}
