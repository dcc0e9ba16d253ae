/**
 * The pane's "Tổng hợp đơn vị": its work (runPaneRollup) with the page's exceljs side (rollup-xlsx.ts, the same code
 * the browser loads) on two ward trackers, a damaged file and a text file — file mode downloads the roll-up, Excel
 * mode writes new sheets into the open workbook (never over an existing one) — and the panel's rendering.
 */
import { BUCKET_KEYS, bucketTotal } from '../../src/core/tracker/status';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { readFileSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { renderToString } from 'react-dom/server';
import * as side from '../../src/adapters/browser/rollup-xlsx';
import type { SheetSpec } from '../../src/core/sheetspec';
import { RollupView } from '../../src/taskpane/components/RollupPanel';
import type { WorkbookPort } from '../../src/core/app/port';
import { runPaneRollup, type PickedFile, type RollupModel } from '../../src/taskpane/useRollup';
import { fixturePlan, tempDir } from '../core/tracker/helpers';
import { AS_OF, makeUnits, ROLLUP_SHEETS, type MadeUnit } from '../core/rollup/units';

let units: MadeUnit[];
let files: PickedFile[];
const asFile = (name: string, bytes: Uint8Array): PickedFile => ({ name, bytes: () => Promise.resolve(bytes) });

beforeAll(async () => {
  const dir = tempDir('chiso-rollup-pane-');
  units = await makeUnits(dir, dir, fixturePlan(), 2, 3);
  files = [
    ...units.map((u) => asFile(path.basename(u.file), readFileSync(u.file))),
    asFile('hong.xlsx', readFileSync(units[0].file).subarray(0, 3000)),
    asFile('ghi-chu.xlsx', new TextEncoder().encode('không phải sổ tính')),
  ];
}, 120000);

describe('runPaneRollup', () => {
  it('file mode: reads the files one by one (progress), downloads the roll-up, lists the skipped files', async () => {
    const saved: Array<{ name: string; bytes: Uint8Array }> = [];
    const progress: number[] = [];
    const o = await runPaneRollup(
      files,
      {
        mode: 'file',
        port: null,
        xlsx: () => Promise.resolve(side),
        save: (name, bytes) => saved.push({ name, bytes }),
      },
      {
        today: AS_OF,
        progress: (d, t) => progress.push(d / t),
      },
    );
    expect(o.ok).toBe(true);
    expect(o.units).toBe(2);
    expect(progress).toEqual([0.25, 0.5, 0.75, 1]);
    expect(o.skipped.map((s) => s.file)).toEqual(['hong.xlsx', 'ghi-chu.xlsx']);
    expect(o.skipped[0].reason.vi).toMatch(/bị hỏng/);
    expect(o.skipped[0].reason.en).toMatch(/damaged/);
    expect(o.skipped[1].reason.vi).toMatch(/không phải sổ tính Excel/);
    expect(saved.map((s) => s.name)).toEqual([`tong-hop-${AS_OF}.xlsx`]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(saved[0].bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(ROLLUP_SHEETS);
    const ws = wb.getWorksheet('Tổng hợp đơn vị')!;
    expect([ws.getCell('B6').text, ws.getCell('D6').value]).toEqual([units[0].unit, units[0].rows.length]);
    // The pane's chart shows the sums of the units' counts, as the sheet lists them (tasks in D, then the buckets
    // from E in the model's order), and its buckets add up to its tasks.
    const rows = [6, 7].map((r) => [4, 5, 6, 7, 8, 9, 10, 11].map((c) => Number(ws.getCell(r, c).value)));
    expect(o.chart).toBeDefined();
    const chart = [o.chart!.tasks, ...BUCKET_KEYS.map((k) => o.chart!.buckets[k])];
    expect(chart).toEqual(chart.map((_, i) => rows[0][i] + rows[1][i]));
    expect(o.chart!.tasks).toBeGreaterThan(0);
    expect(bucketTotal(o.chart!.buckets)).toBe(o.chart!.tasks);
    for (const a of o.chart!.agencies) expect(bucketTotal(a.buckets)).toBe(a.total);
  });

  it('Excel: new sheets in the open workbook, a taken name gets the next free one, nothing replaced or removed', async () => {
    const writes: Array<{ specs: SheetSpec[]; opts: { replace: string[]; remove: string[] } }> = [];
    const port = {
      mode: 'excel',
      sheetNames: () => Promise.resolve(['Sheet1', 'Tổng hợp đơn vị']),
      writeSheets: (specs: SheetSpec[], opts: { replace: string[]; remove: string[] }) => {
        writes.push({ specs, opts });
        return Promise.resolve();
      },
      selectCell: () => Promise.resolve(),
    } as unknown as WorkbookPort;
    const o = await runPaneRollup(
      files.slice(0, 2),
      { mode: 'excel', port, xlsx: () => Promise.resolve(side), save: () => undefined },
      { today: AS_OF },
    );
    expect(o.ok).toBe(true);
    expect(writes).toHaveLength(1);
    expect(writes[0].opts).toEqual({ replace: [], remove: [] });
    expect(o.sheets).toEqual(['Tổng hợp đơn vị (2)', ...ROLLUP_SHEETS.slice(1)]);
  });

  it('says so when nothing is picked or nothing can be read', async () => {
    const deps = { mode: 'file' as const, port: null, xlsx: () => Promise.resolve(side), save: () => undefined };
    expect((await runPaneRollup([], deps, { today: AS_OF })).ok).toBe(false);
    const o = await runPaneRollup(files.slice(2), deps, { today: AS_OF });
    expect(o).toMatchObject({ ok: false, units: 0 });
    expect(o.vi).toMatch(/Không đọc được bảng theo dõi nào trong 2 tệp/);
    expect(o.skipped).toHaveLength(2);
  });
});

describe('RollupView', () => {
  const model = (over: Partial<RollupModel>): RollupModel => ({
    files: [],
    pick: () => undefined,
    busy: false,
    progress: null,
    outcome: null,
    run: () => Promise.resolve(),
    ...over,
  });
  const html = (m: RollupModel, lang: 'vi' | 'en', mode: 'file' | 'excel') =>
    renderToString(
      <FluentProvider theme={webLightTheme}>
        <RollupView model={m} lang={lang} mode={mode} />
      </FluentProvider>,
    );

  it('shows a multi-file picker, the progress while reading, and the outcome with the skipped files', () => {
    const busy = html(
      model({ files: files, busy: true, progress: { done: 2, total: 4, name: 'b.xlsx' } }),
      'vi',
      'file',
    );
    expect(busy).toMatch(/type="file" multiple=""/);
    expect(busy).toContain('Đang đọc 2/4: b.xlsx');
    expect(busy).toContain('data-rollup-progress');
    const done = html(
      model({
        files,
        outcome: {
          ok: true,
          vi: 'Đã tổng hợp 2 đơn vị',
          en: 'Rolled up 2 units',
          units: 2,
          skipped: [{ file: 'hong.xlsx', reason: { vi: 'bị hỏng', en: 'damaged' } }],
          sheets: [],
        },
      }),
      'en',
      'excel',
    );
    expect(done).toContain('Rolled up 2 units');
    expect(done).toContain('hong.xlsx: damaged');
    expect(done).toContain('Roll up the units');
  });
});
