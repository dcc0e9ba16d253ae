/**
 * Bench section "rollup": `chiso rollup` of 126 unit trackers (Hà Nội's 126 communes and wards) against the floor,
 * exceljs only reading the same 126 files, one after another. The trackers are the sample plan cascaded to a ward
 * and tracked (as a province makes them), with statuses, completion dates and notes typed in (seeded); 6 distinct
 * trackers are copied to 126 files. Peak memory (max RSS of a fresh process) for 30 and 126 units shows that it does
 * not grow with the number of units: the roll-up reads one file at a time.
 * Compiled code from lib/ (run `npm run build:cli` first, or set CHISO_LIB to another compiled tree).
 */
import { execFileSync } from 'child_process';
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type * as Read from '../../src/adapters/xlsx/read';
import type * as TrackOutput from '../../src/adapters/xlsx/track-output';
import type * as Cli from '../../src/cli/cli';
import type * as Track from '../../src/cli/commands/track';
import type * as Generate from '../../src/core/generate';
import type * as PlanModule from '../../src/core/plan';
import { median, prng, round, runIfMain, timeRuns, type BenchRow } from '../lib/bench-util';
import { fromLib, LIB, ROOT } from '../lib/root';

const PLAN = path.join(ROOT, 'fixtures', 'plans', 'hanoi-2025-phu-luc.xlsx');
const TODAY = '2025-09-30';
const STATUSES = ['', '', 'Chưa bắt đầu', 'Đang thực hiện', 'Hoàn thành', 'Tạm dừng'];

/** Types statuses, completion dates and notes into a tracker, as officials would. */
async function typeInto(file: string, rnd: () => number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets.find((w) => w.name.startsWith('Theo dõi'));
  if (!ws) throw new Error(`${file} has no "Theo dõi" sheet`);
  const col: Record<string, number> = {};
  ws.getRow(5).eachCell((c, i) => (col[c.text] = i));
  ws.eachRow((row, r) => {
    if (r <= 5 || !row.getCell(col['Loại hạn']).text) return;
    const s = STATUSES[Math.floor(rnd() * STATUSES.length)];
    if (s) row.getCell(col['Trạng thái']).value = s;
    if (rnd() < 0.2)
      row.getCell(col['Ngày hoàn thành']).value = new Date(
        Date.UTC(2025, 3 + Math.floor(rnd() * 5), 1 + Math.floor(rnd() * 28)),
      );
    if (rnd() < 0.3) row.getCell(col['Ghi chú']).value = 'Đã báo cáo UBND phường';
  });
  await wb.xlsx.writeFile(file);
}

/** `count` unit trackers in `dir` (6 distinct ones, copied). */
async function makeUnits(dir: string, scratch: string, count: number): Promise<void> {
  const { readWorkbookGrids } = fromLib<typeof Read>('adapters/xlsx/read.js');
  const { writeNewWorkbook } = fromLib<typeof TrackOutput>('adapters/xlsx/track-output.js');
  const { runTrack } = fromLib<typeof Track>('cli/commands/track.js');
  const { cascadeSpec, splitChisoSheets } = fromLib<typeof Generate>('core/generate/index.js');
  const { readPlan } = fromLib<typeof PlanModule>('core/plan/index.js');
  const city = readPlan(splitChisoSheets(await readWorkbookGrids(PLAN)).plan, { file: 'hanoi.xlsx' });
  const rnd = prng(126);
  const distinct: string[] = [];
  for (let i = 0; i < 6; i++) {
    const table = path.join(scratch, `ward-${i}.xlsx`);
    await writeNewWorkbook([cascadeSpec(city, { unit: 'cấp xã', name: `UBND phường Mẫu ${i + 1}` }).spec], table);
    const file = path.join(scratch, `tracker-${i}.xlsx`);
    await runTrack({ input: table, output: file, today: TODAY, fixedToday: true });
    await typeInto(file, rnd);
    distinct.push(file);
  }
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++)
    fs.copyFileSync(distinct[i % 6], path.join(dir, `${String(i + 1).padStart(3, '0')}-don-vi.xlsx`));
}

/** The floor: exceljs reading every .xlsx of `dir`, one after another. */
async function floor(dir: string): Promise<void> {
  for (const f of fs
    .readdirSync(dir)
    .filter((x) => x.endsWith('.xlsx'))
    .sort()) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, f));
  }
}

/**
 * Memory of a fresh process running `code` (with `dir` and `out` as its arguments): max RSS, and the largest heap
 * still in use after a full garbage collection between files (`settle()`), i.e. what the run keeps, in MB.
 */
function memory(code: string, dir: string, out: string): { rss: number; kept: number } {
  const script = `let kept = 0; const settle = () => { global.gc(); kept = Math.max(kept, process.memoryUsage().heapUsed); };
    (async () => { ${code} })().then(() => console.log(JSON.stringify({ rss: process.resourceUsage().maxRSS, kept })))`;
  const text = execFileSync(process.execPath, ['--expose-gc', '-e', script, dir, out], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const m = JSON.parse(text.trim().split('\n').pop() ?? '') as { rss: number; kept: number };
  return { rss: round(m.rss / 1024, 0), kept: round(m.kept / 1048576, 1) };
}

export async function run(): Promise<BenchRow[]> {
  const { runCli } = fromLib<typeof Cli>('cli/cli.js');
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'chiso-bench-rollup-'));
  const quiet = { out: () => undefined, err: () => undefined, today: () => TODAY };
  const results: BenchRow[] = [];
  try {
    const scratch = path.join(base, 'scratch');
    fs.mkdirSync(scratch);
    const dirs: Record<number, string> = { 30: path.join(base, 'u30'), 126: path.join(base, 'u126') };
    await makeUnits(dirs[126], scratch, 126);
    fs.mkdirSync(dirs[30]);
    for (const f of fs.readdirSync(dirs[126]).sort().slice(0, 30))
      fs.copyFileSync(path.join(dirs[126], f), path.join(dirs[30], f));
    const out = path.join(base, 'tong-hop.xlsx');
    const rollup = async (dir: string): Promise<void> => {
      const code = await runCli(['rollup', dir, '-o', out, '--today', TODAY], quiet);
      if (code !== 0) throw new Error(`chiso rollup exited ${code}`);
    };
    // Interleaved (the machine's load drifts): one warm-up each, then 2 pairs; medians.
    const rt: number[] = [];
    const ft: number[] = [];
    for (let i = 0; i < 3; i++) {
      const a = await timeRuns(() => rollup(dirs[126]), 1, 0);
      const b = await timeRuns(() => floor(dirs[126]), 1, 0);
      if (i > 0) {
        rt.push(a.ms);
        ft.push(b.ms);
      }
    }
    const t = { ms: median(rt) };
    const f = { ms: median(ft) };
    results.push({ case: 'rollup 126 units (read, count, write the roll-up)', value: Math.round(t.ms), unit: 'ms' });
    results.push({ case: 'floor 126 units (exceljs read only)', value: Math.round(f.ms), unit: 'ms' });
    results.push({
      case: 'ratio rollup / floor (126 units)',
      value: round(t.ms / f.ms, 2),
      unit: 'x',
      note: 'aim ≤ 1.2',
    });
    const files = `const fs = require('fs'); const path = require('path');
      const files = fs.readdirSync(process.argv[1]).sort().map((f) => ({ file: path.join(process.argv[1], f) }));`;
    const cli = `${files}
      const { rollupFiles } = require(${JSON.stringify(path.join(LIB, 'adapters', 'xlsx', 'rollup-files.js'))});
      const { rollupSheets } = require(${JSON.stringify(path.join(LIB, 'core', 'rollup', 'index.js'))});
      const { writeNewWorkbook } = require(${JSON.stringify(path.join(LIB, 'adapters', 'xlsx', 'track-output.js'))});
      const r = await rollupFiles(files, { asOf: '${TODAY}', soonDays: 14, progress: settle });
      if (r.units.length !== files.length) throw new Error('not every unit was read');
      await writeNewWorkbook(rollupSheets(r), process.argv[2]); settle();`;
    const exceljsOnly = `${files}
      const ExcelJS = require(${JSON.stringify(require.resolve('exceljs'))});
      for (const f of files) { const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(f.file); settle(); }`;
    for (const n of [30, 126]) {
      const r = memory(cli, dirs[n], out);
      const f = memory(exceljsOnly, dirs[n], out);
      results.push({
        case: `peak memory rollup ${n} units`,
        value: r.rss,
        unit: 'MB',
        note: 'max RSS of a fresh process',
      });
      results.push({
        case: `kept memory rollup ${n} units`,
        value: r.kept,
        unit: 'MB',
        note: 'largest heap after GC between files',
      });
      results.push({ case: `peak memory floor ${n} units (exceljs read only)`, value: f.rss, unit: 'MB' });
      results.push({ case: `kept memory floor ${n} units`, value: f.kept, unit: 'MB' });
    }
  } finally {
    fs.rmSync(base, { recursive: true, force: true });
  }
  return results;
}

export const name = 'rollup';

runIfMain(module, run);
