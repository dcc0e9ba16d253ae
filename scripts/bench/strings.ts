/**
 * Bench section "strings": a workbook with a million shared strings (scripts/lib/million-strings.ts) tracked, then
 * refreshed twice into the same output (`chiso track IN -o OUT`, OUT existing) — issue 22, item 7: each run within
 * 1 GB. Each run is a child process (scripts/lib/bench-track-child.ts), so the peak memory is that run's own maxRSS.
 * Compiled code from lib/ (`npm run build:cli` first).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runIfMain, type BenchRow } from '../lib/bench-util';
import { writeMillionStrings } from '../lib/million-strings';
import { compiledScript } from '../lib/root';

export const name = 'strings';

export async function run(): Promise<BenchRow[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chiso-bench-strings-'));
  try {
    const input = path.join(dir, 'million-strings.xlsx');
    const output = path.join(dir, 'million-strings-theo-doi.xlsx');
    await writeMillionStrings(input);
    const rows: BenchRow[] = [];
    for (const label of ['first run', 'refresh 1', 'refresh 2']) {
      const out = execFileSync(process.execPath, [compiledScript('lib/bench-track-child.js'), 'track', input, output], {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      });
      const r = JSON.parse(out.trim().split('\n').pop() ?? '') as { ms: number; maxRssMb: number };
      rows.push({ case: `track 1,000,000 shared strings, ${label}`, value: Math.round(r.ms), unit: 'ms' });
      rows.push({
        case: `peak memory 1,000,000 shared strings, ${label}`,
        value: Math.round(r.maxRssMb),
        unit: 'MB',
        note: 'maxRSS of the run; aim ≤ 1 GB (1024 MB)',
      });
    }
    return rows;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

runIfMain(module, run);
