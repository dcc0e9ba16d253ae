'use strict';
/**
 * Bench section "tracker": `chiso track` (read the workbook, read the plan, validate, build the trackers, render
 * them with exceljs, write the file) against the floor: exceljs reading and writing the same workbook without chiso.
 * Compiled code from lib/ (run `npm run build:cli` first, or set CHISO_LIB to another compiled tree).
 * Cases: a synthetic plan of 10,000 tasks (sections, groups, numbered items, varied deadlines and agencies) — first
 * run and refresh of its own output — and each fixture. Median of a few runs (one for the 10,000-task cases).
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const ExcelJS = require('exceljs');
const { runIfMain, syntheticTaskRows, timeRuns } = require('../lib/bench-util');

const LIB = process.env.CHISO_LIB || path.join(__dirname, '..', '..', 'lib');
const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'plans');
const TODAY = '2025-09-30';

/** The synthetic task plan (scripts/lib/bench-util.js) written to `file`. */
async function syntheticPlan(tasks, file) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phụ lục 1');
  for (const row of syntheticTaskRows(tasks)) ws.addRow(row);
  await wb.xlsx.writeFile(file);
}

async function floor(file, out) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  await wb.xlsx.writeFile(out);
}

/** The median time of `runs` runs of `fn`, in ms (no warm-up: each run is a whole `chiso track`). */
async function timed(fn, runs) {
  return (await timeRuns(fn, runs, 0)).ms;
}

async function run() {
  const { runTrack } = require(path.join(LIB, 'cli', 'commands', 'track.js'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chiso-bench-track-'));
  const results = [];
  const compare = async (label, file, runs, note) => {
    const out = path.join(dir, `${label}-theo-doi.xlsx`);
    // Each run starts without the output (an existing chiso output would turn the next runs into refreshes of it).
    const track = await timed(() => {
      fs.rmSync(out, { force: true });
      return runTrack({ input: file, output: out, today: TODAY, fixedToday: true });
    }, runs);
    const base = await timed(() => floor(file, path.join(dir, `${label}-floor.xlsx`)), runs);
    results.push({ case: `track ${label}`, value: Math.round(track), unit: 'ms', ...(note ? { note } : {}) });
    results.push({ case: `floor ${label} (exceljs read+write)`, value: Math.round(base), unit: 'ms' });
    results.push({ case: `ratio ${label} (track / floor)`, value: Math.round((track / base) * 100) / 100, unit: 'x' });
    return out;
  };
  try {
    const big = path.join(dir, 'synthetic-10000.xlsx');
    await syntheticPlan(10000, big);
    const first = await compare('10000 tasks', big, 1, 'first run: 10,000 tasks, 33 headings');
    // Refresh: track the tracked workbook again (reads back its own sheets, matches 10,000 rows).
    await compare('10000 tasks refresh', first, 1, 'second run on its own output');
    for (const f of fs.readdirSync(FIXTURES).filter((x) => x.endsWith('.xlsx')).sort()) {
      await compare(path.basename(f, '.xlsx'), path.join(FIXTURES, f), 3);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

module.exports = { name: 'tracker', run };

runIfMain(module, run);
