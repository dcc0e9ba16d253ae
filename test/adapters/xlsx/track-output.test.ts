/**
 * Where `chiso track` writes: running it again on the plan refreshes the existing output (nothing typed is lost);
 * an existing file that is not chiso's is refused unless --force; write failures are one line, exit 2, and leave no
 * temporary file; a workbook without tables writes nothing. Also the CLI's "today" (local calendar date) and dates.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { HELP, runCli } from '../../../src/cli/cli';
import { processIo } from '../../../src/cli/io';
import { fakeIo, writeTablelessWorkbook } from '../../support/cli';
import { TrackFileError, writeAtomically } from '../../../src/adapters/xlsx/track-output';
import { cleanTempDirs, fixturePlan, tempDir } from '../../core/tracker/helpers';
import { headerIndex, openBook, planRow, rowsOf, shown } from '../../core/tracker/xlsx';

const io = (today = '2025-09-30') => fakeIo(today);

const NEW_TASK = 'Tổ chức tập huấn kỹ năng số cho công chức một cửa';

describe('running chiso track again on the plan', () => {
  const dir = tempDir();
  const input = path.join(dir, 'ke-hoach.xlsx');
  const output = path.join(dir, 'ke-hoach-theo-doi.xlsx');
  let second: ReturnType<typeof io>;
  let book: ExcelJS.Workbook;

  beforeAll(async () => {
    copyFileSync(fixturePlan(), input);
    const first = io();
    expect(await runCli(['track', input, '--today', '2025-09-30'], first.io)).toBe(0);
    // Officials work in the output: entries, a row without a key, a sheet of their own.
    const wb = await openBook(output);
    const t = wb.getWorksheet('Theo dõi Phụ lục 1')!;
    const r = rowsOf(t, 'A.I.1')[0];
    t.getCell(r, headerIndex(t, 'Trạng thái')).value = 'Hoàn thành';
    t.getCell(r, headerIndex(t, 'Ghi chú')).value = 'Đã họp ngày 25/7';
    const loose = t.rowCount + 1;
    t.getCell(loose, headerIndex(t, 'Nhiệm vụ')).value = 'Việc phát sinh không có mã';
    const s = wb.getWorksheet('Theo dõi Phụ lục 2')!;
    s.getCell(rowsOf(s, '1.3.2')[0], headerIndex(s, 'Ghi chú')).value = 'Đã xử lý hết kiến nghị';
    const own = wb.addWorksheet('Ghi chú riêng');
    own.getCell('A1').value = 'Danh sách đầu mối';
    own.getCell('A1').font = { bold: true };
    own.mergeCells('A1:C1');
    await wb.xlsx.writeFile(output);
    // …and the plan gets a new task.
    const plan = await openBook(input);
    const pl = plan.getWorksheet('Phụ lục 1')!;
    const last = planRow(pl, 'Công khai kết quả trả lời PAKN');
    ['8.', NEW_TASK, 'Quý IV/2025', 'Sở Nội vụ', '', 'Báo cáo'].forEach((v, i) => {
      pl.getRow(last + 1).getCell(i + 1).value = v;
    });
    await plan.xlsx.writeFile(input);

    second = io();
    expect(await runCli(['track', input, '--today', '2025-09-30'], second.io)).toBe(0);
    book = await openBook(output);
  }, 120000);

  it('refreshes the existing output instead of overwriting it: every entry typed there is kept', () => {
    const t = book.getWorksheet('Theo dõi Phụ lục 1')!;
    const r = rowsOf(t, 'A.I.1')[0];
    expect(shown(t, r, headerIndex(t, 'Trạng thái'))).toBe('Hoàn thành');
    expect(shown(t, r, headerIndex(t, 'Ghi chú'))).toBe('Đã họp ngày 25/7');
    const s = book.getWorksheet('Theo dõi Phụ lục 2')!;
    expect(shown(s, rowsOf(s, '1.3.2')[0], headerIndex(s, 'Ghi chú'))).toBe('Đã xử lý hết kiến nghị');
    // The row added without a key is still there.
    let found = false;
    t.eachRow((row) => {
      if (row.getCell(headerIndex(t, 'Nhiệm vụ')).text === 'Việc phát sinh không có mã') found = true;
    });
    expect(found).toBe(true);
  });

  it('reads the plan from the input (the new task is tracked) and keeps the sheet officials added', () => {
    const t = book.getWorksheet('Theo dõi Phụ lục 1')!;
    let tracked = false;
    t.eachRow((row) => {
      if (row.getCell(headerIndex(t, 'Nhiệm vụ')).text === NEW_TASK) tracked = true;
    });
    expect(tracked).toBe(true);
    const own = book.getWorksheet('Ghi chú riêng')!;
    expect(own.getCell('A1').value).toBe('Danh sách đầu mối');
    expect(own.getCell('A1').font?.bold).toBe(true);
    expect(own.getCell('C1').isMerged).toBe(true);
    expect(book.worksheets.filter((w) => w.name === 'Phụ lục 1')).toHaveLength(1);
  });

  it('is told in chiso --help', () => {
    expect(HELP).toContain('[--in-place] [--force]');
    expect(HELP).toContain(
      'Chạy lại: cập nhật RA.xlsx có sẵn, giữ nội dung đã nhập (tệp khác: --force) / Again: refreshes it, keeping entries',
    );
  });

  it('says so in the summary, in Vietnamese and English, with the refresh counts', () => {
    const text = second.out.join('\n');
    expect(second.err).toEqual([]);
    expect(text).toContain(
      'Đã cập nhật bảng theo dõi có sẵn (kế hoạch đọc từ tệp vào) / Refreshed the existing tracker (plan read from the input)',
    );
    expect(text).toContain('giữ nguyên trang / kept sheets: Ghi chú riêng');
    expect(text).toMatch(
      /Cập nhật \/ Refresh: giữ nội dung đã nhập của \d+ dòng · 1 nhiệm vụ mới · 0 dòng "Đã bỏ khỏi kế hoạch" · giữ nguyên 1 dòng không có Mã \/ kept what was typed in \d+ rows · 1 new tasks · 0 rows removed from the plan · 1 rows without a key kept/,
    );
  });
});

describe('an existing output that is not chiso’s', () => {
  const dir = tempDir();
  const input = path.join(dir, 'ke-hoach.xlsx');
  beforeAll(() => copyFileSync(fixturePlan(), input));

  it.each([
    ['another workbook', (f: string) => copyFileSync(fixturePlan(), f)],
    ['a file that is not a workbook', (f: string) => writeFileSync(f, 'ghi chú')],
  ])('is refused with exit 2 and a one-line reason (%s), and overwritten with --force', async (_what, make) => {
    const out = path.join(dir, `ra-${Math.random().toString(36).slice(2)}.xlsx`);
    make(out);
    const before = readFileSync(out);
    const a = io();
    expect(await runCli(['track', input, '-o', out], a.io)).toBe(2);
    expect(a.err).toHaveLength(1);
    expect(a.err[0]).toMatch(
      /^Tệp ra đã có và không phải bảng theo dõi do chiso tạo.*--force.* \/ The output exists and is not a chiso tracker/,
    );
    expect(a.err[0]).not.toContain('\n');
    expect(a.out).toEqual([]);
    expect(readFileSync(out).equals(before)).toBe(true);
    const b = io();
    expect(await runCli(['track', input, '-o', out, '--force', '--today', '2025-09-30'], b.io)).toBe(0);
    expect((await openBook(out)).getWorksheet('_chiso')).toBeDefined();
  });
});

describe('write failures and nothing to write', () => {
  const dir = tempDir();
  const input = path.join(dir, 'ke-hoach.xlsx');
  beforeAll(() => copyFileSync(fixturePlan(), input));
  const tmpFiles = (d: string) => readdirSync(d).filter((f) => f.endsWith('.tmp'));

  it('-o naming a folder: exit 2, one line, no temporary file left', async () => {
    const folder = path.join(dir, 'thu-muc.xlsx');
    mkdirSync(folder);
    for (const args of [[], ['--force']]) {
      const a = io();
      expect(await runCli(['track', input, '-o', folder, ...args], a.io)).toBe(2);
      expect(a.err).toHaveLength(1);
      expect(a.err[0]).toMatch(/^Tệp ra là một thư mục: .* \/ The output is a folder/);
      expect(a.err.join('')).not.toMatch(/Unexpected error|EISDIR/);
    }
    expect(tmpFiles(dir)).toEqual([]);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('-o under a file (a parent that is not a folder): exit 2, one line', async () => {
    const a = io();
    expect(await runCli(['track', input, '-o', path.join(input, 'ra.xlsx')], a.io)).toBe(2);
    expect(a.err).toHaveLength(1);
    expect(a.err[0]).toMatch(/^.*ke-hoach\.xlsx không phải thư mục \/ .*ke-hoach\.xlsx is not a folder$/);
  });

  it('a failed rename removes the temporary file and becomes a TrackFileError', async () => {
    const target = path.join(dir, 'dich');
    mkdirSync(path.join(target, 'khong-rong'), { recursive: true });
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('A').getCell('A1').value = 1;
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    await expect(writeAtomically(bytes, target)).rejects.toBeInstanceOf(TrackFileError);
    await expect(writeAtomically(bytes, target)).rejects.toThrow(
      /^Không ghi được tệp ra: .* \/ Cannot write the output file$/,
    );
    expect(tmpFiles(dir)).toEqual([]);
  });

  it('a workbook without any table: exit 1, a message, and no output file', async () => {
    const empty = path.join(dir, 'trong.xlsx');
    await writeTablelessWorkbook(empty);
    const a = io();
    expect(await runCli(['track', empty], a.io)).toBe(1);
    expect(a.err).toHaveLength(1);
    expect(a.err[0]).toMatch(/^Không tìm thấy bảng phụ lục nào \(tiêu đề cột như .*\) \/ No appendix table found/);
    expect(a.out).toEqual([]);
    expect(existsSync(path.join(dir, 'trong-theo-doi.xlsx'))).toBe(false);
  });
});

describe('dates on the command line', () => {
  it('"today" is the local calendar date (in Vietnam, 06:30 on 1 October is not 30 September)', () => {
    // 23:30 UTC on 30/09 is 06:30 on 01/10 in Vietnam (UTC+7): the local calendar fields say so, the UTC ones do not.
    jest.useFakeTimers({ now: new Date('2025-09-30T23:30:00Z') });
    const local = [
      jest.spyOn(Date.prototype, 'getFullYear').mockReturnValue(2025),
      jest.spyOn(Date.prototype, 'getMonth').mockReturnValue(9),
      jest.spyOn(Date.prototype, 'getDate').mockReturnValue(1),
    ];
    try {
      expect(new Date().toISOString().slice(0, 10)).toBe('2025-09-30');
      expect(processIo.today()).toBe('2025-10-01');
    } finally {
      local.forEach((s) => s.mockRestore());
      jest.useRealTimers();
    }
  });

  it('--today takes only days that exist (the core date check: no year 0000, no 30/02)', async () => {
    for (const cmd of [['track', 'x.xlsx'], ['demo']]) {
      for (const d of ['0000-01-01', '2025-02-30', '2025-13-01', '25-01-01']) {
        const a = io();
        expect({ cmd, d, code: await runCli([...cmd, '--today', d], a.io) }).toEqual({ cmd, d, code: 2 });
        expect(a.err[0]).toMatch(/^Ngày không hợp lệ/);
      }
    }
  });
});

describe('temporary folders', () => {
  it('are removed after each test file (cleanTempDirs runs in afterAll)', () => {
    const d = tempDir();
    expect(existsSync(d)).toBe(true);
    cleanTempDirs();
    expect(existsSync(d)).toBe(false);
  });
});
