/** `chiso template` in-process: outputs, summaries, exit codes, help lines. */
import { existsSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { HELP, runCli } from '../../src/cli/cli';
import { fixturePlan, readBack, tempDir } from '../core/generate/helpers';
import { fakeIo, writeTablelessWorkbook } from '../support/cli';

const io = (today = '2025-11-05') => fakeIo(today);

const dir = tempDir();

it('help lists template and cascade, Vietnamese first', () => {
  expect(HELP).toContain('chiso template par|sipas|papi|tasks [--year NĂM] [-o RA.xlsx]');
  expect(HELP).toContain('Tạo phụ lục trống từ bộ tiêu chí / An empty appendix from the frameworks');
  expect(HELP).toContain('chiso template [LOẠI] --from TỆP.xlsx');
  expect(HELP).toContain('chiso cascade TỆP.xlsx --unit "cấp xã"');
  expect(HELP).toContain("Bảng nhiệm vụ của đơn vị cấp dưới / A subordinate unit's task table");
});

it.each(['par', 'sipas', 'papi', 'tasks'])(
  'template %s --year 2026 -o FILE writes one appendix and says so in Vietnamese',
  async (kind) => {
    const out = path.join(dir, `${kind}.xlsx`);
    const c = io();
    expect(await runCli(['template', kind, '--year', '2026', '-o', out], c.io)).toBe(0);
    expect(c.err).toEqual([]);
    expect(c.out[0]).toBe(`Đã ghi / Written: ${out}`);
    expect(c.out[1]).toMatch(
      /^Phụ lục .+ năm 2026 \(kết quả năm 2025, mục tiêu năm 2026\) · trang "Phụ lục .+" · \d+ dòng/,
    );
    const plan = await readBack(out);
    expect(plan.tables).toHaveLength(1);
    expect(plan.year).toBe(2026);
  },
);

it('the year defaults to this year', async () => {
  const out = path.join(dir, 'par-default.xlsx');
  expect(await runCli(['template', 'par', '-o', out], io('2027-02-01').io)).toBe(0);
  expect((await readBack(out)).tables[0].columns.find((c) => c.role === 'target')?.year).toBe(2027);
});

it.each([
  [[], /Cách dùng/],
  [['xyz'], /Loại phụ lục không hợp lệ/],
  [['par', '--year', '26'], /Năm không hợp lệ/],
  [['par', 'papi'], /Cách dùng/],
  [['par', '--bogus'], /Tùy chọn không hợp lệ/],
])('exit 2 with one line for %j', async (args, reason) => {
  const c = io();
  expect(await runCli(['template', ...args], c.io)).toBe(2);
  expect(c.err).toHaveLength(1);
  expect(c.err[0]).toMatch(reason);
  expect(c.out).toEqual([]);
});

describe('template --from: unreadable or unusable input', () => {
  it('exit 2, one Vietnamese-first line, for a missing file, a text file and an old .xls', async () => {
    const text = path.join(dir, 'ghi-chu.xlsx');
    writeFileSync(text, 'không phải Excel');
    const xls = path.join(dir, 'cu.xls');
    writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    for (const [file, reason] of [
      [path.join(dir, 'khong-co.xlsx'), /Không tìm thấy tệp/],
      [text, /không phải sổ tính Excel/],
      [xls, /\.xls/],
    ] as const) {
      const c = io();
      expect(await runCli(['template', '--from', file, '-o', path.join(dir, 'ra.xlsx')], c.io)).toBe(2);
      expect(c.err).toHaveLength(1);
      expect(c.err[0]).toMatch(reason);
      expect(c.err[0]).not.toContain('\n');
    }
    expect(existsSync(path.join(dir, 'ra.xlsx'))).toBe(false);
  });

  it('never overwrites the input', async () => {
    const input = path.join(dir, 'par.xlsx');
    const before = readFileSync(input);
    const c = io();
    expect(await runCli(['template', '--from', input, '-o', input], c.io)).toBe(2);
    expect(c.err[0]).toMatch(/không ghi đè/);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it('exit 1 when the workbook holds no appendix table', async () => {
    const blank = path.join(dir, 'trong.xlsx');
    await writeTablelessWorkbook(blank);
    const c = io();
    expect(await runCli(['template', '--from', blank], c.io)).toBe(1);
    expect(c.err[0]).toMatch(/Không tìm thấy bảng phụ lục/);
  });

  it('a generated template can itself be carried to the next year (default output beside the input)', async () => {
    const input = path.join(dir, 'papi.xlsx');
    const c = io();
    expect(await runCli(['template', '--from', input], c.io)).toBe(0);
    const out = path.join(dir, 'papi-2027.xlsx');
    expect(c.out[0]).toBe(`Đã ghi / Written: ${out}`);
    const plan = await readBack(out);
    expect(plan.tables[0].columns.find((col) => col.role === 'result')).toMatchObject({
      year: 2026,
      header: 'Kết quả năm 2026',
    });
    expect(plan.tables[0].columns.find((col) => col.role === 'target')?.year).toBe(2027);
  });
});

it('template --from lists carried tasks that name a past year and keeps their text as written', async () => {
  const out = path.join(dir, 'nam-sau.xlsx');
  const c = io();
  expect(await runCli(['template', '--from', fixturePlan(), '-o', out], c.io)).toBe(0);
  const text = c.out.join('\n');
  expect(text).toMatch(/Cần xem lại \/ To review: \d+ nhiệm vụ chuyển sang có nhắc năm cũ/);
  // The Hà Nội task citing "Kết luận số 126-KL/TW ngày 14/02/2025" is listed with its year …
  const line = c.out.find((l) => l.includes('năm 2025') && l.includes('Nghiên cứu, đề xuất sửa đổi'));
  expect(line).toBeDefined();
  // … and kept as written in next year's appendix (2025 is not moved to 2026 inside a task text).
  const plan = await readBack(out);
  const texts = plan.tables.flatMap((t) => t.rows.map((r) => String(r.fields.task ?? '')));
  expect(texts.some((t) => t.includes('126-KL/TW ngày 14/02/2025'))).toBe(true);
});
