'use strict';
/**
 * Bench section "office": the tracker written through the Office adapter into the recording fake of Excel
 * (test/adapters/office/fake-*.ts, transpiled on the fly into a temporary folder), for a plan of 100 and of 10,000 tasks.
 * Reports the context.sync() calls (the same for both: one load, one write), the largest request the fake measured
 * (UTF-8 bytes of the JSON of its recorded actions; Excel on the web refuses requests over 5 MB), the adapter's own
 * estimate of it, and the time (flow + render + the fake's work). Needs `npm run build:cli` (lib/); CHISO_LIB may
 * point to another compiled tree.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { runIfMain, syntheticTaskRows } = require('../lib/bench-util');

const ROOT = path.join(__dirname, '..', '..');
const LIB = process.env.CHISO_LIB || path.join(ROOT, 'lib');
const TODAY = '2025-09-30';

/** Transpiles the fake (plain TypeScript, imports only its own files) into a temporary folder and loads it. */
function loadFake(dir) {
  const ts = require('typescript');
  const src = path.join(ROOT, 'test', 'adapters', 'office');
  for (const f of fs.readdirSync(src).filter((x) => /^fake-.*\.ts$/.test(x))) {
    const out = ts.transpileModule(fs.readFileSync(path.join(src, f), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
    });
    fs.writeFileSync(path.join(dir, f.replace(/\.ts$/, '.js')), out.outputText);
  }
  return require(path.join(dir, 'fake-excel.js'));
}

async function run() {
  const { gridFromValues } = require(path.join(LIB, 'core', 'grid.js'));
  const { trackFlow } = require(path.join(LIB, 'core', 'app', 'index.js'));
  const { renderSheetSpecs, OfficePort } = require(path.join(LIB, 'adapters', 'office', 'index.js'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chiso-bench-office-'));
  const results = [];
  try {
    const fake = loadFake(dir);
    for (const tasks of [100, 10000]) {
      const grid = gridFromValues('Phụ lục 1', syntheticTaskRows(tasks));
      const book = fake.bookFromGrids([grid]);
      const t0 = process.hrtime.bigint();
      const flow = trackFlow([grid], [], { today: TODAY, fixedToday: true });
      const report = await renderSheetSpecs(fake.fakeContext(book), flow.set.sheets, {
        replace: flow.replace,
        remove: flow.remove,
      });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      const largest = Math.max(...book.syncLog.map((s) => s.request));
      const label = `${tasks} tasks`;
      results.push({
        case: `write ${label}: context.sync() calls`,
        value: book.syncLog.length,
        unit: 'syncs',
        note: 'one load + one write',
      });
      results.push({
        case: `write ${label}: largest request (fake, measured)`,
        value: largest,
        unit: 'bytes',
        note: 'limit 5 MB (5,242,880)',
      });
      results.push({
        case: `write ${label}: largest request (adapter estimate)`,
        value: Math.max(...report.requests),
        unit: 'bytes',
        note: 'budget 4 MiB per request',
      });
      results.push({ case: `write ${label}: time (flow + render into the fake)`, value: Math.round(ms), unit: 'ms' });
      // Refresh: read every sheet back through the port, track again, rewrite in place.
      const before = book.syncLog.length;
      const t1 = process.hrtime.bigint();
      const port = new OfficePort(fake.fakeHost(book));
      const read = await port.readGrids();
      const again = trackFlow(read.grids, read.links, { today: TODAY, fixedToday: true });
      await port.writeSheets(again.set.sheets, { replace: again.replace, remove: again.remove });
      const ms2 = Number(process.hrtime.bigint() - t1) / 1e6;
      results.push({
        case: `refresh ${label}: context.sync() calls (read + write)`,
        value: book.syncLog.length - before,
        unit: 'syncs',
        note: `write ${port.lastRender.syncs}`,
      });
      results.push({ case: `refresh ${label}: time`, value: Math.round(ms2), unit: 'ms' });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

module.exports = { name: 'office', run };

runIfMain(module, run);
