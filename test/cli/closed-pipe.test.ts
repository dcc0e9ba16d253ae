/**
 * `chiso … | head`: a reader that closes the pipe early makes the CLI's next write fail with EPIPE. The command must
 * still finish its work and exit with its own code, with no stack trace (seen before: Node's "Unhandled 'error'
 * event" dump). Runs the compiled CLI (bin/chiso.js) with its stdout's reading end closed from the start.
 */
import { spawn } from 'child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { compiledCli } from '../support/compiled-cli';
import { planFile } from '../support/fixtures';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'chiso-pipe-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI with its stdout closed by the reader at once; its exit code and what it wrote on stderr. */
function runClosed(args: string[]): Promise<{ code: number | null; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [compiledCli(), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, err }));
  });
}

it('a closed stdout: the work is done, the exit code is the command’s own, nothing on stderr', async () => {
  const plan = path.join(dir, 'ke-hoach.xlsx');
  copyFileSync(planFile(), plan);
  const out = path.join(dir, 'tu-danh-gia.xlsx');
  const assess = await runClosed(['assess', plan, '-o', out, '--today', '2025-09-30']);
  expect(assess).toEqual({ code: 0, err: '' });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  expect(wb.getWorksheet('Tự đánh giá')?.rowCount).toBeGreaterThan(100);
  // validate's own code for a plan with errors is 1; a pipe closed early does not turn it into a crash.
  expect(await runClosed(['validate', plan])).toEqual({ code: 1, err: '' });
}, 300000);
