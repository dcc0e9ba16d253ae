/** Runs the chiso CLI in-process (runCli) with a fake Io that collects stdout and stderr. */
import { runCli } from '../../src/cli/cli';
import type { Io } from '../../src/cli/io';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** `chiso ARGV…` with the clock fixed at `today`; `out`/`err` are the printed lines joined by newlines. */
export async function runChiso(argv: string[], today = '2025-10-01'): Promise<CliRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: Io = { out: (t) => stdout.push(t), err: (t) => stderr.push(t), today: () => today };
  const code = await runCli(argv, io);
  return { code, out: stdout.join('\n'), err: stderr.join('\n') };
}
