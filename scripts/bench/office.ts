/**
 * Bench section "office": the tracker written through the Office adapter into the recording fake of Excel
 * (test/adapters/office/fake-*.ts, transpiled on the fly into a temporary folder), for a plan of 100 and of 10,000 tasks.
 * Reports the context.sync() calls (the same for both: one load, one write), the largest request the fake measured
 * (UTF-8 bytes of the JSON of its recorded actions; Excel on the web refuses requests over 5 MB), the adapter's own
 * estimate of it, and the time (flow + render + the fake's work). Needs `npm run build:cli` (lib/); CHISO_LIB may
 * point to another compiled tree.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type * as Office from '../../src/adapters/office';
import type * as App from '../../src/core/app';
import type * as GridModule from '../../src/core/grid';
import { runIfMain, syntheticTaskRows, type BenchRow } from '../lib/bench-util';
import { fromLib, ROOT } from '../lib/root';

const TODAY = '2025-09-30';

/**
 * The part of the recording fake (test/adapters/office/fake-excel.ts) used here. Restated, not imported: the scripts
 * import nothing from test/ (the fake is compiled at run time, below).
 */
interface FakeExcel {
  bookFromGrids(grids: GridModule.Grid[]): FakeBook;
  fakeContext(book: FakeBook): Excel.RequestContext;
  fakeHost(book: FakeBook): Office.OfficeHost;
}
interface FakeBook {
  /** Every sync of every context: request bytes. */
  readonly syncLog: Array<{ request: number }>;
}

/** Transpiles the fake (plain TypeScript, imports only its own files) into a temporary folder and loads it. */
async function loadFake(dir: string): Promise<FakeExcel> {
  // Loaded here only: the compiler is large and the other sections do not need it.
  const ts = await import('typescript');
  const src = path.join(ROOT, 'test', 'adapters', 'office');
  for (const f of fs.readdirSync(src).filter((x) => /^fake-.*\.ts$/.test(x))) {
    const out = ts.transpileModule(fs.readFileSync(path.join(src, f), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
    });
    fs.writeFileSync(path.join(dir, f.replace(/\.ts$/, '.js')), out.outputText);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a file written just now, in a temporary folder
  return require(path.join(dir, 'fake-excel.js')) as FakeExcel;
}

export async function run(): Promise<BenchRow[]> {
  const { gridFromValues } = fromLib<typeof GridModule>('core/grid.js');
  const { trackFlow } = fromLib<typeof App>('core/app/index.js');
  const { renderSheetSpecs, OfficePort } = fromLib<typeof Office>('adapters/office/index.js');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chiso-bench-office-'));
  const results: BenchRow[] = [];
  try {
    const fake = await loadFake(dir);
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
        note: `write ${port.lastRender?.syncs}`,
      });
      results.push({ case: `refresh ${label}: time`, value: Math.round(ms2), unit: 'ms' });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

export const name = 'office';

runIfMain(module, run);
