/** `chiso track` and `chiso demo` in-process: outputs, summaries, exit codes. */
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import * as path from 'path';
import { runCli } from '../../src/cli/cli';
import { fakeIo } from '../support/cli';
import { fixturePlan, tempDir } from '../core/tracker/helpers';
import { headerIndex, openBook } from '../core/tracker/xlsx';

const io = (today = '2025-09-30') => fakeIo(today);

describe('chiso track', () => {
  const dir = tempDir();
  const input = path.join(dir, 'ke hoach 2025.xlsx');
  copyFileSync(fixturePlan(), input);

  it('writes <name>-theo-doi.xlsx beside the input, leaves the input alone and prints a Vietnamese summary', async () => {
    const before = readFileSync(input);
    const { io: i, out, err } = io();
    expect(await runCli(['track', input, '--today', '2025-09-30'], i)).toBe(0);
    expect(err).toEqual([]);
    const output = path.join(dir, 'ke hoach 2025-theo-doi.xlsx');
    expect(existsSync(output)).toBe(true);
    expect(readFileSync(input).equals(before)).toBe(true);
    const text = out.join('\n');
    expect(text).toContain(`Đã ghi / Written: ${output}`);
    expect(text).toContain('Bảng / Tables: 4 (1 bảng nhiệm vụ, 3 bảng điểm) · Nhiệm vụ / Tasks: 139');
    // Every task in one bucket, in the model's order and words: the numbers add up to the tasks.
    const m =
      /Trong đó \/ Of which: Hoàn thành \/ Done: (\d+) · Tạm dừng \/ Paused: (\d+) · Quá hạn \/ Overdue: (\d+) · Sắp đến hạn \/ Due soon: (\d+) · Trong hạn \/ On track: (\d+) · Chưa cập nhật \/ Not yet updated: (\d+) · Không có hạn cố định \/ No fixed date: (\d+)/.exec(
        text,
      );
    expect(m).not.toBeNull();
    expect(m!.slice(1).reduce((a, n) => a + Number(n), 0)).toBe(139);
    expect(text).toMatch(/Vấn đề \/ Problems: \d+ \(lỗi \d+ · cảnh báo \d+/);
    expect(text).toContain('Ngày tính / As of: 30/09/2025 · sắp đến hạn trong 14 ngày');
  });

  it('honours -o, --soon and --year; without --today the sheet uses TODAY()', async () => {
    const output = path.join(dir, 'sub', 'ra.xlsx');
    mkdirSync(path.dirname(output)); // chiso creates no folder
    const { io: i, out } = io('2025-10-01');
    expect(await runCli(['track', input, '-o', output, '--soon', '30', '--year', '2025'], i)).toBe(0);
    const wb = await openBook(output);
    const t = wb.getWorksheet('Theo dõi Phụ lục 1')!;
    expect(t.getCell('E3').value).toBe(30);
    expect(t.getCell('E2').value).toMatchObject({ formula: 'TODAY()' });
    expect(headerIndex(t, 'Cảnh báo')).toBeGreaterThan(0);
    expect(out.join('\n')).toContain('Ngày tính / As of: 01/10/2025 · sắp đến hạn trong 30 ngày');
  });

  it('refreshes in place only when asked', async () => {
    const copy = path.join(dir, 'tai-cho.xlsx');
    copyFileSync(fixturePlan(), copy);
    const { io: i1, err: e1 } = io();
    expect(await runCli(['track', copy, '-o', copy], i1)).toBe(2);
    expect(e1.join('')).toContain('--in-place');
    const { io: i2, out } = io();
    expect(await runCli(['track', copy, '--in-place', '--today', '2025-09-30'], i2)).toBe(0);
    expect((await openBook(copy)).getWorksheet('Tổng hợp')).toBeDefined();
    const { io: i3, out: out3 } = io();
    expect(await runCli(['track', copy, '--in-place', '--today', '2025-09-30'], i3)).toBe(0);
    expect(out3.join('\n')).toMatch(/Cập nhật \/ Refresh: giữ nội dung đã nhập của \d+ dòng · 0 nhiệm vụ mới · 0 dòng/);
    expect(out.join('\n')).not.toContain('Cập nhật');
    expect((await openBook(copy)).worksheets.filter((w) => w.name.startsWith('Theo dõi')).map((w) => w.name)).toEqual([
      'Theo dõi Phụ lục 1',
      'Theo dõi Phụ lục 2',
      'Theo dõi Phụ lục 3',
      'Theo dõi Phụ lục 4',
    ]);
  });

  it.each([
    ['a missing file', (d: string) => path.join(d, 'khong-co.xlsx'), /Không tìm thấy tệp/],
    [
      'a text file',
      (d: string) => {
        const f = path.join(d, 'ghi-chu.xlsx');
        writeFileSync(f, 'không phải Excel');
        return f;
      },
      /không phải sổ tính Excel/,
    ],
    [
      'an old .xls',
      (d: string) => {
        const f = path.join(d, 'cu.xls');
        writeFileSync(f, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
        return f;
      },
      /\.xls/,
    ],
  ])('exits 2 with a one-line reason for %s', async (_what, make, reason) => {
    const { io: i, out, err } = io();
    expect(await runCli(['track', make(dir)], i)).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(reason);
    expect(err[0]).not.toContain('\n');
    expect(out).toEqual([]);
  });

  it('rejects bad options with exit 2', async () => {
    for (const args of [['--soon', 'abc'], ['--today', '2025-02-30'], ['--year', '25'], ['--bogus']]) {
      const { io: i, err } = io();
      expect(await runCli(['track', input, ...args], i)).toBe(2);
      expect(err).toHaveLength(1);
    }
    const { io: i } = io();
    expect(await runCli(['track'], i)).toBe(2);
  });
});

describe('chiso demo', () => {
  it('tracks the bundled sample plan into the given folder and prints the summary', async () => {
    const dir = tempDir('chiso-demo-');
    const { io: i, out, err } = io();
    expect(await runCli(['demo', dir], i)).toBe(0);
    expect(err).toEqual([]);
    const file = path.join(dir, 'hanoi-2025-phu-luc-theo-doi.xlsx');
    expect(statSync(file).size).toBeGreaterThan(10000);
    expect(out.join('\n')).toContain('Nhiệm vụ / Tasks: 139');
    expect(out.join('\n')).toContain('30/09/2025');
    const wb = await openBook(file);
    expect(wb.getWorksheet('Tổng hợp')).toBeDefined();
  });
});
