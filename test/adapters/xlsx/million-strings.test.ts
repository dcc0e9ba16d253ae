/**
 * Issue 22, item 7: a workbook whose shared-strings part holds a million entries is tracked, then refreshed twice,
 * by the compiled CLI in a process whose V8 heap is capped at 1 GB (`--max-old-space-size=1024`): a refresh that
 * read the part as a whole (the old V8 "heap out of memory" abort) would die there. Figures (time, peak RSS) are the
 * bench's (scripts/bench/strings.ts), not asserted here.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { STRINGS_PLAN_SHEET, writeMillionStrings } from '../../../scripts/lib/million-strings';
import { compiledCli } from '../../support/compiled-cli';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'chiso-million-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('a million shared strings: tracked, then refreshed twice, each within a 1 GB heap', async () => {
  const cli = compiledCli();
  const input = path.join(dir, 'ke-hoach-va-du-lieu.xlsx');
  const output = path.join(dir, 'theo-doi.xlsx');
  await writeMillionStrings(input);
  const run = () =>
    execFileSync(
      process.execPath,
      ['--max-old-space-size=1024', cli, 'track', input, '-o', output, '--today', '2025-09-30'],
      { encoding: 'utf8', stdio: 'pipe', timeout: 240000 },
    );
  const first = run();
  expect(first).toMatch(/Trang \/ Sheets: Tổng hợp, Theo dõi Kế hoạch, Vấn đề/);
  for (let i = 0; i < 2; i++) expect(run()).toMatch(/^Đã cập nhật bảng theo dõi có sẵn/m);
  // What was refreshed is a whole tracker of the 5 tasks, the data sheet still beside the plan.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(output);
  expect(wb.worksheets.map((w) => w.name)).toEqual(
    expect.arrayContaining([STRINGS_PLAN_SHEET, 'Dữ liệu hồ sơ', 'Tổng hợp', 'Theo dõi Kế hoạch', 'Vấn đề']),
  );
  const t = wb.getWorksheet('Theo dõi Kế hoạch')!;
  const keys: string[] = [];
  t.eachRow((row) =>
    row.eachCell((c) => {
      if (/^Rà soát thủ tục hành chính số \d$/.test(c.text)) keys.push(c.text);
    }),
  );
  expect(keys).toHaveLength(5);
}, 600000);
