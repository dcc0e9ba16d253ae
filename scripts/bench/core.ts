/**
 * Bench section "core": the pure core of `chiso track` alone (readPlan → validatePlan → buildTrackerSet, through
 * trackFlow) on the Grids of the synthetic 10,000-task plan, read once. Separates the core's time from the xlsx
 * reader and writer. Compiled code from lib/ (run `npm run build:cli` first, or set CHISO_LIB).
 * CORE_RUNS sets the number of runs. Profile one run: `node --cpu-prof lib/scripts/bench/core.js --child PLAN.xlsx`.
 */
import { execFileSync } from 'child_process';
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type * as Track from '../../src/cli/commands/track';
import type * as App from '../../src/core/app';
import type * as Read from '../../src/adapters/xlsx/read';
import { median, round, runIfMain, syntheticTaskRows, type BenchRow } from '../lib/bench-util';
import { compiledScript, fromLib } from '../lib/root';

const TODAY = '2025-09-30';

/**
 * One run in a fresh process, as `chiso track` runs: read the Grids, then time the core once, its caches cold (the text
 * core memoises cleanText/fold, so a second call in the same process would flatter it).
 */
async function child(file: string): Promise<number> {
  const { readWorkbookGrids } = fromLib<typeof Read>('adapters/xlsx/read.js');
  const { trackFlow } = fromLib<typeof App>('core/app/index.js');
  const grids = await readWorkbookGrids(file);
  const t0 = process.hrtime.bigint();
  trackFlow(grids, [], { today: TODAY, fixedToday: true, file: path.basename(file) });
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

export async function run(): Promise<BenchRow[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chiso-bench-core-'));
  try {
    const file = path.join(dir, 'synthetic-10000.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Phụ lục 1');
    for (const row of syntheticTaskRows(10000)) ws.addRow(row);
    await wb.xlsx.writeFile(file);
    // The refresh case: the core on chiso's own output (previous trackers read back and matched row by row).
    const { runTrack } = fromLib<typeof Track>('cli/commands/track.js');
    const tracked = path.join(dir, 'synthetic-10000-theo-doi.xlsx');
    await runTrack({ input: file, output: tracked, today: TODAY, fixedToday: true });
    const runs = Number(process.env.CORE_RUNS) || 5;
    const results: BenchRow[] = [];
    // One process per run: this file compiled (a section loaded from its source by jest still forks JavaScript).
    const self = compiledScript('bench/core.js');
    for (const [label, input] of [
      ['10000 tasks', file],
      ['10000 tasks refresh', tracked],
    ]) {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const out = execFileSync(process.execPath, [...process.execArgv, self, '--child', input], {
          encoding: 'utf8',
        });
        times.push(Number(out.trim()));
      }
      results.push({
        case: `core trackFlow ${label}`,
        value: round(median(times), 0),
        unit: 'ms',
        note: `median of ${runs} fresh processes`,
      });
    }
    return results;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') {
  child(process.argv[3]).then(
    (ms) => process.stdout.write(`${ms}\n`),
    (e) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}

export const name = 'core';

if (process.argv[2] !== '--child') runIfMain(module, run);
