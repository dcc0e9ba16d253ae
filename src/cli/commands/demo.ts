/**
 * `chiso demo [OUT] [--today YYYY-MM-DD]`: tracks the bundled sample plan (the Hà Nội 2025 appendices) into `out/`.
 * The sample is a 2025 plan: it is tracked as of 30/09/2025 unless --today says otherwise, so the file shows
 * overdue, due-soon and later tasks side by side.
 */
import { existsSync, mkdirSync } from 'fs';
import * as path from 'path';
import { formatVnDate, parseIso } from '../../core/text';
import { parseArgs, type Command } from '../io';
import { defaultOutput, track } from './track';

export const SAMPLE_PLAN = 'fixtures/plans/hanoi-2025-phu-luc.xlsx';
export const DEMO_TODAY = '2025-09-30';

/** The repository root (this file is src/cli/commands/demo.ts or lib/cli/commands/demo.js). */
export function repoRoot(): string {
  return path.resolve(__dirname, '..', '..', '..');
}

export const demoCommand: Command = async (args, io) => {
  const a = parseArgs(args, { values: ['today', 'sample'] });
  if (a.unknown.length || a.positional.length > 1) {
    io.err('Cách dùng / Usage: chiso demo [THƯ_MỤC_RA|RA.xlsx] [--today YYYY-MM-DD]');
    return 2;
  }
  const today = a.values.today ?? DEMO_TODAY;
  if (!parseIso(today)) {
    io.err(`Ngày không hợp lệ (cần YYYY-MM-DD) / Bad date (YYYY-MM-DD): ${a.values.today}`);
    return 2;
  }
  const input = path.resolve(a.values.sample ?? path.join(repoRoot(), SAMPLE_PLAN));
  if (!existsSync(input)) {
    io.err(`Không thấy kế hoạch mẫu / Sample plan not found: ${input}`);
    return 2;
  }
  const target = a.positional[0] ?? path.join(repoRoot(), 'out');
  const output = target.toLowerCase().endsWith('.xlsx')
    ? path.resolve(target)
    : path.join(path.resolve(target), path.basename(defaultOutput(input)));
  // The demo's folder (default out/) is its own to make; the other commands create no folder.
  mkdirSync(path.dirname(output), { recursive: true });
  io.out(
    `Kế hoạch mẫu / Sample plan: ${path.relative(process.cwd(), input) || input} (ngày tính / as of ${formatVnDate(today)})`,
  );
  return track(io, { input, output, today, fixedToday: true });
};
