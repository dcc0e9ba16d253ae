/** `chiso validate` in-process (runCli with a fake Io): report, JSON, exit codes 0/1/2. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runChiso } from '../support/cli';
import { planFile } from '../support/fixtures';

const HANOI = planFile('hanoi-2025-phu-luc.xlsx');
const DIENBAN = planFile('dienban-2025-phan-cong.xlsx');

function run(...args: string[]) {
  return runChiso(['validate', ...args], '2025-06-01');
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chiso-validate-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('chiso validate', () => {
  test('errors in the plan: exit 1, a Vietnamese report grouped by sheet with cells, a one-line total', async () => {
    const { code, out, err } = await run(HANOI);
    expect(code).toBe(1);
    expect(err).toBe('');
    const lines = out.split('\n');
    const sheetLines = lines.filter((l) => l.startsWith('Trang tính “'));
    expect(sheetLines.map((l) => /“(.+?)”/.exec(l)![1])).toEqual(['Phụ lục 1', 'Phụ lục 2', 'Phụ lục 4']);
    expect(out).toMatch(/^\s+D16\s+Lỗi\s+.*\[SUM_MISMATCH\]$/m);
    expect(out).toMatch(/^\s+E107\s+Lỗi\s+.*\[ABOVE_MAX\]$/m);
    expect(out).toMatch(/^\s+A107\s+Cảnh báo\s+.*\[NUMBER_GAP\]$/m);
    expect(out).toMatch(/^\s+E26\s+Cảnh báo\s+.*\[TARGET_BELOW_RESULT\]$/m);
    const total = lines.filter((l) => l.startsWith('Tổng cộng:'));
    expect(total).toHaveLength(1);
    expect(total[0]).toMatch(/^Tổng cộng: \d+ lỗi, \d+ cảnh báo \/ Total: \d+ errors?, \d+ warnings?$/);
    // Problems within a sheet come in row order.
    const pl2 = out.slice(out.indexOf('Trang tính “Phụ lục 2”'), out.indexOf('Trang tính “Phụ lục 4”'));
    const rows = [...pl2.matchAll(/^\s+[A-Z]+(\d+)\s/gm)].map((m) => Number(m[1]));
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
  });

  test('--json prints the issues with codes, cells and both messages', async () => {
    const { code, out } = await run(DIENBAN, '--json');
    expect(code).toBe(1);
    const json = JSON.parse(out);
    expect(json).toMatchObject({ file: 'dienban-2025-phan-cong.xlsx', year: 2025, tables: 1, errors: 1 });
    const inv = json.issues.filter((i: { code: string }) => i.code === 'INVALID_DATE');
    expect(inv).toEqual([
      expect.objectContaining({
        severity: 'error',
        sheet: 'Phụ lục',
        cell: 'F6',
        message: expect.stringContaining('31/11/2025'),
        messageEn: expect.any(String),
      }),
    ]);
  });

  test('every problem line is followed by its English message, indented under the Vietnamese one', async () => {
    const { out } = await run(DIENBAN);
    const { issues } = JSON.parse((await run(DIENBAN, '--json')).out) as {
      issues: { code: string; cell: string; message: string; messageEn: string }[];
    };
    expect(issues.length).toBeGreaterThan(2);
    const lines = out.split('\n');
    for (const i of issues) {
      const at = lines.findIndex(
        (l) => l.trimStart().startsWith(`${i.cell} `) && l.endsWith(`${i.message} [${i.code}]`),
      );
      expect({ issue: `${i.code}@${i.cell}`, found: at >= 0 }).toEqual({ issue: `${i.code}@${i.cell}`, found: true });
      const en = lines[at + 1];
      expect(en.trim()).toBe(i.messageEn);
      expect(en.indexOf(i.messageEn)).toBe(lines[at].indexOf(i.message));
      expect(i.messageEn).not.toBe(i.message);
    }
  });

  test("warnings only: exit 0 (--sheet keeps one sheet's problems)", async () => {
    const { code, out } = await run(HANOI, '--sheet', 'Phụ lục 4');
    expect(code).toBe(0);
    expect(out).toContain('[TARGET_BELOW_RESULT]');
    expect(out).not.toContain('Phụ lục 2');
    expect(out).toMatch(/Tổng cộng: 0 lỗi, 2 cảnh báo/);
  });

  test('--sheet matches without diacritics; 8.1 is said unchecked (only that sheet is parsed), checked without --sheet', async () => {
    const { code, out, err } = await run(HANOI, '--sheet', 'phu luc 2', '--json');
    expect(code).toBe(1);
    const json = JSON.parse(out);
    expect(new Set(json.issues.map((i: { sheet: string }) => i.sheet))).toEqual(new Set(['Phụ lục 2']));
    const codes = (j: { issues: { code: string; cell: string }[] }) => j.issues.map((i) => `${i.code}@${i.cell}`);
    expect(codes(json)).not.toContain('SIPAS_MISMATCH@E103');
    expect(err).toMatch(
      /^Tiêu chí 8\.1 \(SIPAS\) chưa được đối chiếu .*“Phụ lục 2”.* \/ Criterion 8\.1 \(SIPAS\) was not checked/,
    );
    expect(err.split('\n')).toHaveLength(1);
    expect(codes(JSON.parse((await run(HANOI, '--json')).out))).toContain('SIPAS_MISMATCH@E103');
    // A sheet without criterion 8.1 has nothing to say about it.
    expect((await run(HANOI, '--sheet', 'Phụ lục 4')).out).not.toContain('Tiêu chí 8.1');
  });

  test('a clean plan: exit 0 and says so', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Phụ lục 2');
    ws.addRow(['Phụ lục 2']);
    ws.addRow(['Các chỉ tiêu cần cải thiện, nâng cao tại Chỉ số CCHC - PAR INDEX']);
    ws.addRow([]);
    ws.addRow([
      'STT',
      'Lĩnh vực/Tiêu chí/Tiêu chí thành phần',
      'Điểm tối đa',
      'Kết quả năm 2024',
      'Mục tiêu năm 2025',
      'Đơn vị chủ trì tham mưu, theo dõi',
    ]);
    ws.addRow(['1', 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC', 2, 1.9, 2, null]);
    ws.addRow(['1.1', 'Thực hiện Kế hoạch CCHC', 1, 1, 1, 'Sở Nội vụ']);
    ws.addRow(['1.2', 'Kiểm tra CCHC', 1, 0.9, 1, 'Sở Nội vụ']);
    ws.addRow([null, 'TỔNG ĐIỂM', 2, 1.9, 2, null]);
    const file = path.join(dir, 'sach.xlsx');
    await wb.xlsx.writeFile(file);
    const { code, out } = await run(file);
    expect(out).toContain('1 bảng');
    expect(out).toContain('Không phát hiện vấn đề nào');
    expect(out).toMatch(/Tổng cộng: 0 lỗi, 0 cảnh báo/);
    expect(code).toBe(0);
  });

  test('a file that cannot be read: exit 2 with a one-line reason on stderr', async () => {
    const missing = await run(path.join(dir, 'khong-co.xlsx'));
    expect(missing.code).toBe(2);
    expect(missing.out).toBe('');
    expect(missing.err.trim().split('\n')).toHaveLength(1);
    expect(missing.err).toContain('khong-co.xlsx');
    const notXlsx = path.join(dir, 'ghi-chu.xlsx');
    fs.writeFileSync(notXlsx, 'không phải sổ tính');
    const bad = await run(notXlsx);
    expect(bad.code).toBe(2);
    expect(bad.err.trim().split('\n')).toHaveLength(1);
  });

  test('wrong calls: exit 2 (no file, unknown option, bad year, unknown sheet)', async () => {
    expect((await run()).code).toBe(2);
    expect((await run(HANOI, '--bogus')).code).toBe(2);
    expect((await run(HANOI, '--year', '25')).code).toBe(2);
    const sheet = await run(HANOI, '--sheet', 'Không có');
    expect(sheet.code).toBe(2);
    expect(sheet.err).toContain('Phụ lục 1');
  });

  test('--help: exit 0 with the usage line', async () => {
    const { code, out } = await run('--help');
    expect(code).toBe(0);
    expect(out).toContain('chiso validate');
  });
});
