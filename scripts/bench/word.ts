/**
 * Bench section "word": reading a large Word plan (a ~12 MB document.xml holding one long appendix table, made by
 * scripts/lib/big-docx.ts) with the compiled reader (lib/; run `npm run build:cli` first) in a fresh Node process:
 * peak RSS, its rise over the process's RSS before the read, and both as ratios to document.xml's size — the aim
 * (issue 22) is about 5× the part. Memory figures live here only, never in timed tests.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { bigDocx } from '../lib/big-docx';
import { round, runIfMain, type BenchRow } from '../lib/bench-util';
import { LIB, ROOT } from '../lib/root';

/** { base, peak } RSS in MB and the read's wall time of a fresh process reading `file`. */
function readInFreshProcess(file: string): { base: number; peak: number; ms: number; rows: number } {
  const script = `
    const fs = require('fs'); const path = require('path');
    const [lib, file] = process.argv.slice(1);
    const { readDocxTables } = require(path.join(lib, 'adapters/docx/read.js'));
    const buf = fs.readFileSync(file);
    const base = process.memoryUsage().rss / 1048576;
    const t0 = Date.now();
    readDocxTables(buf, 'big.docx').then((tables) => {
      const ms = Date.now() - t0;
      const rows = tables.reduce((n, t) => n + t.grid.rowCount, 0);
      process.stdout.write(JSON.stringify({ base, peak: process.resourceUsage().maxRSS / 1024, ms, rows }));
    });`;
  const out = execFileSync(process.execPath, ['-e', script, LIB, file], { encoding: 'utf8', cwd: ROOT });
  return JSON.parse(out) as { base: number; peak: number; ms: number; rows: number };
}

export function run(opts: { bytes?: number } = {}): Promise<BenchRow[]> {
  const { docx, partBytes } = bigDocx(opts.bytes ?? 12 * 1024 * 1024);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chiso-bench-word-'));
  const file = path.join(dir, 'big.docx');
  fs.writeFileSync(file, docx);
  try {
    const r = readInFreshProcess(file);
    const mb = partBytes / 1048576;
    const label = `Word ${round(mb)} MB document.xml (${r.rows.toLocaleString('en')} table rows)`;
    return Promise.resolve([
      { case: `${label}: read`, value: r.ms, unit: 'ms', note: 'readDocxTables, fresh process' },
      { case: `${label}: peak RSS`, value: round(r.peak), unit: 'MB', note: `RSS before the read ${round(r.base)} MB` },
      { case: `${label}: peak RSS / part size`, value: round(r.peak / mb, 1), unit: 'x' },
      { case: `${label}: (peak − before) / part size`, value: round((r.peak - r.base) / mb, 1), unit: 'x' },
    ]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const name = 'word';

runIfMain(module, run);
