/**
 * Bench section "tracker": `chiso track` (read the workbook, read the plan, validate, build the trackers, add them to
 * the package, write the file) against the floor of issue 12: exceljs reading the plan and writing the same output
 * (the same tracker sheets, rendered by exceljs; the specs are built before the clock starts). Each run is a child
 * process (scripts/lib/bench-track-child.ts, compiled), so the peak memory reported is that run's own maxRSS.
 * Compiled code from lib/ (run `npm run build:cli` first, or set CHISO_LIB to another compiled tree).
 * Cases: a synthetic plan of 10,000 tasks — first run and refresh of its own output — and each fixture; without a
 * floor (exceljs would need minutes and gigabytes): 100,000 tasks, first run and refresh (the round trip of issue 22),
 * and the plan-beside-data workbook (5 tasks beside a 120,000-row × 10-column data sheet, which is skipped).
 * Targets: track / floor ≤ 0.6 (must be ≤ 1.0); peak memory ≤ 300 MB on the 10,000-task plan (first and refresh),
 * ≤ 1 GB at 100,000 tasks, plan-beside-data ≤ 5 s and ≤ 300 MB.
 */
import { execFileSync } from 'child_process';
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { median, round, runIfMain, syntheticTaskRows, type BenchRow } from '../lib/bench-util';
import { writePlanBesideData } from '../lib/plan-beside-data';
import { compiledScript, ROOT } from '../lib/root';

const FIXTURES = path.join(ROOT, 'fixtures', 'plans');

/** What one child run prints (scripts/lib/bench-track-child.ts). */
interface ChildRun {
  ms: number;
  cpuMs: number;
  maxRssMb: number;
}

/** The synthetic task plan (scripts/lib/bench-util.ts) written to `file`. */
async function syntheticPlan(tasks: number, file: string): Promise<void> {
  // The streaming writer: 100,000 tasks in the in-memory one would weigh on the bench process itself.
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const ws = wb.addWorksheet('Phụ lục 1');
  for (const row of syntheticTaskRows(tasks)) ws.addRow(row).commit();
  ws.commit();
  await wb.commit();
}

function child(mode: 'track' | 'floor', input: string, output: string): ChildRun {
  fs.rmSync(output, { force: true }); // an existing chiso output would turn the run into a refresh of it
  const out = execFileSync(process.execPath, [compiledScript('lib/bench-track-child.js'), mode, input, output], {
    encoding: 'utf8',
    env: process.env,
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').pop() ?? '') as ChildRun;
}

/** Median time and the highest peak memory of `runs` child runs. */
function measure(
  mode: 'track' | 'floor',
  input: string,
  output: string,
  runs: number,
): { ms: number; cpu: number; mb: number } {
  const rs = Array.from({ length: runs }, () => child(mode, input, output));
  return {
    ms: median(rs.map((r) => r.ms)),
    cpu: median(rs.map((r) => r.cpuMs)),
    mb: Math.max(...rs.map((r) => r.maxRssMb)),
  };
}

export async function run(): Promise<BenchRow[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chiso-bench-track-'));
  const results: BenchRow[] = [];
  const compare = (label: string, file: string, runs: number, note?: string): string => {
    const out = path.join(dir, `${label.replace(/\s+/g, '-')}-theo-doi.xlsx`);
    const floorOut = path.join(dir, `${label.replace(/\s+/g, '-')}-floor.xlsx`);
    const track = measure('track', file, out, runs);
    const floor = measure('floor', file, floorOut, runs);
    results.push({ case: `track ${label}`, value: Math.round(track.ms), unit: 'ms', ...(note ? { note } : {}) });
    results.push({
      case: `floor ${label} (exceljs read + write same output)`,
      value: Math.round(floor.ms),
      unit: 'ms',
    });
    results.push({
      case: `ratio ${label} (track / floor)`,
      value: round(track.ms / floor.ms, 2),
      unit: 'x',
      note: 'wall time; aim ≤ 0.6, must ≤ 1.0',
    });
    results.push({
      case: `cpu track ${label}`,
      value: Math.round(track.cpu),
      unit: 'ms',
      note: 'user + system CPU time',
    });
    results.push({ case: `cpu floor ${label}`, value: Math.round(floor.cpu), unit: 'ms' });
    results.push({
      case: `cpu ratio ${label} (track / floor)`,
      value: round(track.cpu / floor.cpu, 2),
      unit: 'x',
      note: 'CPU time: steadier on a shared machine',
    });
    results.push({
      case: `peak memory track ${label}`,
      value: Math.round(track.mb),
      unit: 'MB',
      note: 'maxRSS of the run; ≤ 300 MB',
    });
    results.push({ case: `peak memory floor ${label}`, value: Math.round(floor.mb), unit: 'MB' });
    return out;
  };
  /** Track only (no floor): time and peak memory of one run. */
  const trackOnly = (label: string, file: string, out: string, note: string): void => {
    const t = measure('track', file, out, 1);
    results.push({ case: `track ${label}`, value: Math.round(t.ms), unit: 'ms', note });
    results.push({ case: `cpu track ${label}`, value: Math.round(t.cpu), unit: 'ms' });
    results.push({
      case: `peak memory track ${label}`,
      value: Math.round(t.mb),
      unit: 'MB',
      note: 'maxRSS of the run',
    });
  };
  try {
    const beside = path.join(dir, 'plan-beside-data.xlsx');
    await writePlanBesideData(beside);
    trackOnly('plan beside data', beside, path.join(dir, 'beside-theo-doi.xlsx'), 'aim ≤ 5 s, ≤ 300 MB');
    const huge = path.join(dir, 'synthetic-100000.xlsx');
    await syntheticPlan(100000, huge);
    const hugeOut = path.join(dir, 'synthetic-100000-theo-doi.xlsx');
    trackOnly('100000 tasks', huge, hugeOut, 'first run; aim ≤ 1 GB');
    const hugeAgain = path.join(dir, 'tracked-100000.xlsx');
    fs.copyFileSync(hugeOut, hugeAgain);
    trackOnly('100000 tasks refresh', hugeAgain, path.join(dir, 'tracked-100000-out.xlsx'), 'round trip; aim ≤ 1 GB');
    const big = path.join(dir, 'synthetic-10000.xlsx');
    await syntheticPlan(10000, big);
    const first = compare('10000 tasks', big, 1, 'first run: 10,000 tasks, 33 headings');
    // Refresh: track the tracked workbook again (reads back its own sheets, matches 10,000 rows, replaces them).
    const again = path.join(dir, 'tracked-10000.xlsx');
    fs.copyFileSync(first, again);
    compare('10000 tasks refresh', again, 1, 'second run on its own output');
    for (const f of fs
      .readdirSync(FIXTURES)
      .filter((x) => x.endsWith('.xlsx'))
      .sort()) {
      compare(path.basename(f, '.xlsx'), path.join(FIXTURES, f), 3);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

export const name = 'tracker';

runIfMain(module, run);
