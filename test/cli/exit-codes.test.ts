/**
 * One exit-code table for every command (issue 22): each command's failure cases give the code the README's table
 * gives their reason, with one message line. The expected codes are read from the README, not written here.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildDocx } from '../adapters/docx/build';
import { runChiso, writeTablelessWorkbook } from '../support/cli';
import { planFile, ROOT } from '../support/fixtures';

/** The README's exit-code rows: code, meaning, commands. */
function readmeTable(): Array<{ code: number; meaning: string; commands: string }> {
  const text = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = /### Mã thoát \/ Exit codes\n([\s\S]*?)\n(?:#|$)/.exec(text)?.[1] ?? '';
  return section
    .split('\n')
    .map((l) => /^\| ([0-9]) \| (.*) \| (.*) \|$/.exec(l))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => ({ code: Number(m[1]), meaning: m[2], commands: m[3] }));
}

/** The code the README gives a reason (a phrase of its meaning), checking that the row names the command. */
function codeFor(reason: string, command: string): number {
  const rows = readmeTable().filter((r) => r.meaning.includes(reason));
  expect(rows.map((r) => r.meaning)).toHaveLength(1);
  const row = rows[0];
  const named = /^every command/.test(row.commands) || row.commands.includes(`\`${command}\``);
  expect([command, reason, named]).toEqual([command, reason, true]);
  return row.code;
}

const BAD_CALL = 'bad call';
const UNREADABLE = 'input missing, unreadable';
const NO_APPENDIX = 'no appendix table';
const OUTPUT = 'output refused';

let dir: string;
const at = (name: string) => path.join(dir, name);
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chiso-exit-'));
  await writeTablelessWorkbook(at('trong.xlsx'));
  fs.writeFileSync(at('khong-bang.docx'), await buildDocx([{ p: 'Kế hoạch không có phụ lục' }]));
  fs.writeFileSync(at('van-ban.txt'), 'không phải sổ tính');
  // Tables, none of them an appendix (the signature block): what `import` once answered with another code.
  fs.writeFileSync(
    at('chi-ky.docx'),
    await buildDocx([
      { p: 'Kế hoạch' },
      {
        table: [
          ['Nơi nhận:', 'CHỦ TỊCH'],
          ['- Như trên;', 'Nguyễn Văn A'],
        ],
      },
    ]),
  );
  fs.copyFileSync(planFile(), at('ke-hoach.xlsx'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it('the README has the table: codes 0, 1 and 2 only, each with its meaning', () => {
  const rows = readmeTable();
  expect([...new Set(rows.map((r) => r.code))].sort()).toEqual([0, 1, 2]);
});

describe.each([
  ['extract', (f: string) => ['extract', f]],
  ['validate', (f: string) => ['validate', f]],
  ['track', (f: string) => ['track', f, '-o', at('ra-track.xlsx')]],
  ['import', (f: string) => ['import', f, '-o', at('ra-import.xlsx')]],
  ['cascade', (f: string) => ['cascade', f, '--unit', 'cấp xã', '-o', at('ra-cascade.xlsx')]],
  ['template', (f: string) => ['template', '--from', f, '-o', at('ra-template.xlsx')]],
  ['assess', (f: string) => ['assess', f, '-o', at('ra-assess.xlsx')]],
  ['report', (f: string) => ['report', f, '-o', at('ra-report.xlsx')]],
  ['rollup', (f: string) => ['rollup', f, '-o', at('ra-rollup.xlsx')]],
])('chiso %s', (command, call) => {
  it('an unknown option: the bad-call code', async () => {
    const r = await runChiso([...call(at('ke-hoach.xlsx')), '--khong-co']);
    expect(r.code).toBe(codeFor(BAD_CALL, command));
    expect(r.err.split('\n')[0]).toMatch(/ \/ /);
  });

  it('a missing input file: the cannot-read code, one line', async () => {
    const r = await runChiso(call(at('khong-co.xlsx')));
    // rollup reads many files and says "no tracker could be read" when none was.
    const reason = command === 'rollup' ? 'no tracker could be read' : UNREADABLE;
    expect(r.code).toBe(codeFor(reason, command));
    // rollup's line is followed by each file's reason; every other command says one line.
    if (command !== 'rollup') expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});

describe.each([
  ['track', (f: string) => ['track', f, '-o', at('ra-track.xlsx')]],
  ['import', (f: string) => ['import', f, '-o', at('ra-import.xlsx')]],
  ['cascade', (f: string) => ['cascade', f, '--unit', 'cấp xã', '-o', at('ra-cascade.xlsx')]],
  ['template', (f: string) => ['template', '--from', f, '-o', at('ra-template.xlsx')]],
])('chiso %s without an appendix table', (command, call) => {
  it('a Word document without any table: the no-appendix code, nothing written', async () => {
    const r = await runChiso(call(at('khong-bang.docx')));
    expect(r.code).toBe(codeFor(NO_APPENDIX, command));
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(fs.existsSync(at(`ra-${command}.xlsx`))).toBe(false);
  });

  it('a Word document whose only table is not an appendix: the same code', async () => {
    const r = await runChiso(call(at('chi-ky.docx')));
    expect(r.code).toBe(codeFor(NO_APPENDIX, command));
    expect(fs.existsSync(at(`ra-${command}.xlsx`))).toBe(false);
  });

  if (command !== 'import')
    it('a workbook without any table: the same code', async () => {
      const r = await runChiso(call(at('trong.xlsx')));
      expect(r.code).toBe(codeFor(NO_APPENDIX, command));
    });
});

describe('the other reasons', () => {
  it('validate: errors in the plan', async () => {
    expect((await runChiso(['validate', at('ke-hoach.xlsx')])).code).toBe(codeFor('data errors', 'validate'));
  });

  it('fn: a function error, and an unknown function', async () => {
    expect((await runChiso(['fn', 'PAR.RATIO', '1', '0', '1'])).code).toBe(codeFor('function error', 'fn'));
    expect((await runChiso(['fn', 'KHONG.CO', '1'])).code).toBe(codeFor(BAD_CALL, 'fn'));
  });

  it('import of a workbook, track into an existing file that is not chiso’s, a text file as input', async () => {
    expect((await runChiso(['import', at('van-ban.txt'), '-o', at('x.xlsx')])).code).toBe(
      codeFor(UNREADABLE, 'import'),
    );
    fs.copyFileSync(at('trong.xlsx'), at('cua-toi.xlsx'));
    const r = await runChiso(['track', at('ke-hoach.xlsx'), '-o', at('cua-toi.xlsx')]);
    expect(r.code).toBe(codeFor(OUTPUT, 'track'));
    expect((await runChiso(['extract', at('van-ban.txt')])).code).toBe(codeFor(UNREADABLE, 'extract'));
  });

  it('report: not a chiso tracker', async () => {
    const r = await runChiso(['report', at('ke-hoach.xlsx'), '-o', at('bc.xlsx')]);
    expect(r.code).toBe(codeFor('not a chiso tracker', 'report'));
  });

  it('demo: an unknown option', async () => {
    expect((await runChiso(['demo', '--khong-co'])).code).toBe(codeFor(BAD_CALL, 'demo'));
  });

  it('extract and validate of a file without tables: the no-appendix code and line too (issue 19: one answer)', async () => {
    for (const command of ['extract', 'validate'])
      for (const file of ['khong-bang.docx', 'trong.xlsx']) {
        const r = await runChiso([command, at(file)]);
        expect([command, file, r.code]).toEqual([command, file, codeFor(NO_APPENDIX, command)]);
        expect(r.out + r.err).toMatch(/Không tìm thấy bảng phụ lục nào .* \/ No appendix table found/);
      }
  });
});
