/**
 * The command line's arguments and outputs (issue 19): a missing value names its option, `chiso COMMAND --help`
 * answers for every command, outputs only of the kinds a command writes, no folder created, and "no appendix
 * table" worded and exited the same way by every command.
 */
import { existsSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { parseArgs } from '../../src/cli/io';
import { runChiso, writeTablelessWorkbook } from '../support/cli';
import { planFile } from '../support/fixtures';

const dir = mkdtempSync(path.join(tmpdir(), 'chiso-args-'));
const PLAN = planFile();

describe('parseArgs (util.parseArgs underneath, the same interface)', () => {
  const spec = { values: ['out', 'year'], flags: ['json'], alias: { '-o': '--out' } };
  it('reads values, flags, aliases, --name=value and positionals', () => {
    const a = parseArgs(['f.xlsx', '-o', 'x.xlsx', '--year=2025', '--json'], spec);
    expect(a).toEqual({
      positional: ['f.xlsx'],
      values: { out: 'x.xlsx', year: '2025' },
      flags: new Set(['json']),
      unknown: [],
    });
  });
  it('an option without its value, or followed by another option, is reported as missing', () => {
    expect(parseArgs(['f.xlsx', '-o'], spec).unknown).toEqual(['-o=']);
    expect(parseArgs(['f.xlsx', '--out', '--year', '2025'], spec).unknown).toEqual(['--out=']);
    expect(parseArgs(['--bogus'], spec).unknown).toEqual(['--bogus']);
  });
});

describe('the commands', () => {
  it('a missing value says which option lacks it (not "unknown option")', async () => {
    for (const argv of [
      ['track', PLAN, '-o'],
      ['validate', PLAN, '--year'],
      ['template', 'par', '--year'],
    ]) {
      const r = await runChiso(argv);
      expect({ argv, code: r.code }).toEqual({ argv, code: 2 });
      expect(r.err).toMatch(/^Thiếu giá trị sau (-o|--year) \/ (-o|--year) needs a value\./);
      expect(r.err).not.toMatch(/Unknown option/);
    }
  });

  it.each(['track', 'template', 'cascade', 'demo', 'extract', 'validate', 'rollup', 'import', 'fn'])(
    'chiso %s --help prints its usage and exits 0',
    async (name) => {
      const r = await runChiso([name, '--help']);
      expect(r.code).toBe(0);
      expect(r.out).toContain(`chiso ${name}`);
    },
  );

  it('refuses an output of a kind the command does not write, in words', async () => {
    const cases: Array<[string[], string]> = [
      [['track', PLAN, '-o', path.join(dir, 'out.pdf')], '.xlsx hoặc .xlsm'],
      [['template', 'par', '-o', path.join(dir, 'out.pdf')], '.xlsx hoặc .docx'],
      [['cascade', PLAN, '--unit', 'cấp xã', '-o', path.join(dir, 'out.csv')], '.xlsx hoặc .docx'],
      [['rollup', dir, '-o', path.join(dir, 'out.docx')], '.xlsx'],
    ];
    for (const [argv, kinds] of cases) {
      const r = await runChiso(argv);
      expect({ argv, code: r.code }).toEqual({ argv, code: 2 });
      expect(r.err).toContain(`Tệp ra phải có đuôi ${kinds}`);
      expect(existsSync(argv[argv.length - 1])).toBe(false);
    }
  });

  it('does not create a mistyped output folder', async () => {
    const out = path.join(dir, 'khong-co', 'phu-luc.xlsx');
    const r = await runChiso(['template', 'par', '-o', out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('chiso không tự tạo thư mục');
    expect(existsSync(path.dirname(out))).toBe(false);
  });

  it('a workbook without tables: the same line and exit code from track, validate, extract and template --from', async () => {
    const file = path.join(dir, 'khong-bang.xlsx');
    await writeTablelessWorkbook(file);
    const runs = await Promise.all([
      runChiso(['track', file, '-o', path.join(dir, 'khong-bang-theo-doi.xlsx')]),
      runChiso(['validate', file]),
      runChiso(['extract', file]),
      runChiso(['template', '--from', file, '--year', '2026', '-o', path.join(dir, 'nam-sau.xlsx')]),
    ]);
    for (const r of runs) {
      expect(r.code).toBe(1);
      expect(`${r.out}\n${r.err}`).toContain('Không tìm thấy bảng phụ lục nào (tiêu đề cột như');
      expect(r.out).not.toMatch(/0 lỗi/);
    }
  });
});
