/**
 * `chiso validate` and `chiso extract` on a workbook chiso has already tracked: chiso's own sheets (listed by the
 * hidden `_chiso` marker) are not plan tables, so the tracked file gives the same tables and problems as the plan.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runChiso } from '../support/cli';
import { planFile } from '../support/fixtures';

const PLANS = ['hanoi-2025-phu-luc.xlsx', 'dienban-2025-phan-cong.xlsx'];

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chiso-own-sheets-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The JSON of a command without the file name (the tracked copy has another name). */
async function json(command: string, file: string): Promise<Record<string, unknown>> {
  const { code, out, err } = await runChiso([command, file, '--json']);
  expect([code === 2, err]).toEqual([false, '']);
  const { file: _name, ...rest } = JSON.parse(out) as Record<string, unknown>;
  return rest;
}

describe.each(PLANS)('on the tracker chiso wrote for %s', (name) => {
  let plan: string;
  let tracked: string;
  beforeAll(async () => {
    plan = planFile(name);
    tracked = path.join(dir, name.replace('.xlsx', '-theo-doi.xlsx'));
    const r = await runChiso(['track', plan, '-o', tracked, '--today', '2025-09-30']);
    expect(r.code).toBe(0);
  });

  test('the tracked file holds chiso sheets besides the plan', async () => {
    const { out } = await runChiso(['track', tracked, '-o', path.join(dir, 'again.xlsx'), '--today', '2025-09-30']);
    expect(out).toContain('Tổng hợp');
  });

  test('validate --json: the same tables and issues as on the plan', async () => {
    const before = await json('validate', plan);
    const after = await json('validate', tracked);
    expect(after).toEqual(before);
  });

  test('validate report: the same exit code, no chiso sheet named', async () => {
    const a = await runChiso(['validate', plan]);
    const b = await runChiso(['validate', tracked]);
    expect(b.code).toBe(a.code);
    expect(b.out).not.toMatch(/Trang tính “(Theo dõi|Tổng hợp|Vấn đề)/);
    const body = (s: string) => s.split('\n').slice(1).join('\n');
    expect(body(b.out)).toBe(body(a.out));
  });

  test('extract --json: the same tables and issues as on the plan', async () => {
    const before = await json('extract', plan);
    const after = await json('extract', tracked);
    expect((after.tables as { sheet: string }[]).map((t) => t.sheet)).toEqual(
      (before.tables as { sheet: string }[]).map((t) => t.sheet),
    );
    expect(after).toEqual(before);
  });
});
