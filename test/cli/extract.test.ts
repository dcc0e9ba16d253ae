/** `chiso extract` in-process through runCli with a fake Io. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runChiso } from '../support/cli';
import { FIXTURES } from '../core/plan/helpers';

function run(...argv: string[]) {
  return runChiso(['extract', ...argv]);
}

describe('chiso extract', () => {
  const [hanoi, dienban] = FIXTURES;

  it('--json prints one JSON object per the contract, exit 0', async () => {
    const { code, out, err } = await run(hanoi.file, '--json');
    expect([code, err]).toEqual([0, '']);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(['file', 'year', 'tables', 'issues']);
    expect(json.file).toBe('hanoi-2025-phu-luc.xlsx');
    expect(json.year).toBe(2025);
    expect(json.tables.map((t: { sheet: string; kind: string }) => `${t.sheet}:${t.kind}`)).toEqual([
      'Phụ lục 1:tasks',
      'Phụ lục 2:scores',
      'Phụ lục 3:scores',
      'Phụ lục 4:scores',
    ]);
    const t1 = json.tables[0];
    expect(t1).toMatchObject({ headerRows: [5], firstRow: 6, lastRow: 188 });
    expect(t1.columns[0]).toEqual({ col: 'A', role: 'no', header: 'TT' });
    expect(json.tables[1].columns[3]).toEqual({ col: 'D', role: 'result', header: 'Kết quả năm 2024', year: 2024 });
    const item = t1.rows[2];
    expect(item).toMatchObject({
      row: 8,
      span: 1,
      type: 'item',
      label: '1.',
      path: ['A', 'I', '1'],
      due: { kind: 'month', date: '2025-07-31', text: 'Tháng 7/2025' },
    });
    expect(item.fields.lead).toBe('Sở Nội vụ');
    expect(Array.isArray(json.issues)).toBe(true);
    for (const i of json.issues)
      expect(Object.keys(i)).toEqual(expect.arrayContaining(['code', 'severity', 'sheet', 'cell', 'message']));
  });

  it('--sheet picks one sheet, --year sets the plan year', async () => {
    const { code, out } = await run(hanoi.file, '--sheet', 'Phụ lục 3', '--year', '2026', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.year).toBe(2026);
    expect(json.tables.map((t: { sheet: string }) => t.sheet)).toEqual(['Phụ lục 3']);
  });

  it('without --json prints a short Vietnamese summary', async () => {
    const { code, out } = await run(dienban.file);
    expect(code).toBe(0);
    expect(out).toContain('năm kế hoạch / plan year: 2025');
    expect(out).toContain('Tìm thấy 1 bảng');
    expect(out).toMatch(/"Phụ lục" — bảng nhiệm vụ \(tasks\), dòng 5–107: 56 mục \/ items, 8 tiêu đề \/ headings/);
  });

  it('exit 2 with a one-line reason when the file cannot be read', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chiso-cli-'));
    try {
      const text = path.join(dir, 'ke-hoach.xlsx');
      fs.writeFileSync(text, 'không phải Excel');
      const ole = Buffer.alloc(1024);
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
      const xls = path.join(dir, 'cu.xls');
      fs.writeFileSync(xls, ole);
      Buffer.from('EncryptedPackage', 'utf16le').copy(ole, 512);
      const enc = path.join(dir, 'mat-khau.xlsx');
      fs.writeFileSync(enc, ole);
      const cases: [string, RegExp][] = [
        [path.join(dir, 'khong-co.xlsx'), /Không tìm thấy tệp .* \/ File not found/],
        [text, /không phải sổ tính Excel .* \/ .* is not an Excel workbook/],
        [xls, /định dạng Excel cũ \(\.xls\).* \/ .*old Excel file/],
        [enc, /bảo vệ bằng mật khẩu.* \/ .*password-protected/],
      ];
      for (const [file, re] of cases) {
        const { code, out, err } = await run(file, '--json');
        expect([code, out]).toEqual([2, '']);
        expect(err).toMatch(re);
        expect(err.split('\n')).toHaveLength(1);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exit 2 on wrong calls: no file, unknown option, bad year, unknown sheet', async () => {
    expect((await run()).code).toBe(2);
    expect((await run(hanoi.file, '--bogus')).err).toMatch(/Unknown option: --bogus/);
    expect((await run(hanoi.file, '--year', '25')).err).toMatch(/Năm không hợp lệ \/ Invalid year/);
    const s = await run(hanoi.file, '--sheet', 'Không có');
    expect(s.code).toBe(2);
    expect(s.err).toContain('"Phụ lục 1"');
  });
});
