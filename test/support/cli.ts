/** Runs the chiso CLI in-process (runCli) with a fake Io that collects stdout and stderr; inputs it refuses. */
import ExcelJS from 'exceljs';
import { runCli } from '../../src/cli/cli';
import type { Io } from '../../src/cli/io';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** A fake Io for runCli: it collects the printed lines in `out` and `err`; its clock says `today`. */
export function fakeIo(today = '2025-10-01'): { io: Io; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t) => out.push(t), err: (t) => err.push(t), today: () => today }, out, err };
}

/** `chiso ARGV…` with the clock fixed at `today`; `out`/`err` are the printed lines joined by newlines. */
export async function runChiso(argv: string[], today = '2025-10-01'): Promise<CliRun> {
  const { io, out, err } = fakeIo(today);
  const code = await runCli(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Writes a workbook of one sheet holding a note and no appendix table (what the commands that need one refuse). */
export async function writeTablelessWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Ghi chú').getCell('A1').value = 'Không có bảng nào ở đây';
  await wb.xlsx.writeFile(file);
}
