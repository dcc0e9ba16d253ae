/**
 * `chiso track --papi-year`: the official's pick of the published PAPI year reaches the written tracker through the
 * one pipeline (issue 18); without it the one rule applies (a 2025 plan is compared with 2024). Ranks by hand from
 * the published data, as in test/taskpane/papi-year.test.ts: Hà Nội's 43,7747 is rank 29 in 2024, 17 in 2023.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runChiso } from '../support/cli';
import * as os from 'os';
import { planFile } from '../support/fixtures';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chiso-papi-year-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The PAPI tracker's "Hạng nếu so …" label and its cached rank, as written. */
async function rankLine(file: string): Promise<{ year: number; rank: unknown }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('Theo dõi Phụ lục 4')!;
  let out = { year: 0, rank: null as unknown };
  ws.eachRow((row) => {
    const label = row.getCell(3).text;
    if (label.startsWith('Hạng nếu so')) {
      const v = row.getCell(7).value as { result?: unknown } | number | null;
      out = { year: Number(/năm (\d{4})/.exec(label)?.[1]), rank: typeof v === 'object' && v ? v.result : v };
    }
  });
  return out;
}

describe('chiso track --papi-year', () => {
  it('follows the rule without it, and the pick with it', async () => {
    const input = path.join(dir, 'plan.xlsx');
    fs.copyFileSync(planFile(), input);
    const plain = await runChiso(['track', input, '-o', path.join(dir, 'a.xlsx'), '--today', '2025-09-30']);
    expect(plain.code).toBe(0);
    expect(await rankLine(path.join(dir, 'a.xlsx'))).toEqual({ year: 2024, rank: 29 });
    const picked = await runChiso([
      'track',
      input,
      '-o',
      path.join(dir, 'b.xlsx'),
      '--today',
      '2025-09-30',
      '--papi-year',
      '2023',
    ]);
    expect(picked.code).toBe(0);
    expect(await rankLine(path.join(dir, 'b.xlsx'))).toEqual({ year: 2023, rank: 17 });
  });

  it('refuses a year without published data, in one line', async () => {
    const r = await runChiso(['track', planFile(), '--papi-year', '2019']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^Chưa có số liệu PAPI công bố năm 2019 .* \/ No published PAPI data for 2019/);
  });
});
