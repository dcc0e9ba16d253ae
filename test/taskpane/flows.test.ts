/** The pane's flows on the real fixtures through the file-mode port (exceljs), and against `chiso track`. */
import { readFileSync } from 'fs';
import * as path from 'path';
import { runChiso } from '../support/cli';
import { CORRECTIONS_SETTING } from '../../src/core/app';
import {
  readFlow,
  saveCorrection,
  trackFlow,
  writeEstimatesFlow,
  groupIssues,
  todayFromQuery,
  localToday,
} from '../../src/taskpane/flows';
import { trackersByTable } from '../../src/taskpane/whatif';
import { workbookDigest } from '../e2e/workbook-digest';
import ExcelJS from 'exceljs';
import { openFilePort } from '../../src/adapters/browser/file-port';
import type { FilePort } from '../../src/core/app/port';
import { DIENBAN, HANOI, fixturePort, memoryStore, recording, tempDir } from './helpers';

/**
 * What an official does between two visits of the page: downloads the file, types into it in a spreadsheet program
 * (exceljs stands in), picks it again. Gives the port over the edited file.
 */
async function typedInto(port: FilePort, edit: (wb: ExcelJS.Workbook) => void): Promise<FilePort> {
  const { name, bytes } = await port.download();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  edit(wb);
  return openFilePort(new Uint8Array(await wb.xlsx.writeBuffer()), name, { settings: memoryStore() });
}

const CLOCK = { today: '2025-06-30', fixedToday: true };

describe('readFlow', () => {
  it('reads every sheet of the Hà Nội plan: four tables, their kinds, rows, year and column roles', async () => {
    const out = await readFlow(await fixturePort(HANOI), 'all');
    expect(out.tables.map((t) => [t.sheet, t.kind, t.year])).toEqual([
      ['Phụ lục 1', 'tasks', 2025],
      ['Phụ lục 2', 'scores', 2025],
      ['Phụ lục 3', 'scores', 2025],
      ['Phụ lục 4', 'scores', 2025],
    ]);
    const p1 = out.tables[0];
    expect(p1.rows).toBeGreaterThan(100);
    expect(p1.columns.map((c) => c.col).join('')).toBe('ABCDEF');
    expect(p1.columns.map((c) => c.role)).toEqual(['no', 'task', 'deadline', 'lead', 'coordinate', 'output']);
    expect(p1.range).toMatch(/^A\d+:F\d+$/);
    expect(out.issues.length).toBeGreaterThan(0);
    expect(out.whatIf.map((t) => t.index)).toEqual(['par', 'sipas', 'papi']);
  });

  it('reads only the selected sheet when asked', async () => {
    const { port, calls } = recording(await fixturePort(HANOI));
    const out = await readFlow(port, 'active');
    expect(out.sheets).toEqual(['Phụ lục 1']);
    expect(out.tables).toHaveLength(1);
    expect(calls.find((c) => c.name === 'readGrids')?.args[0]).toEqual(['Phụ lục 1']);
  });

  it('finds the impossible date 31/11/2025 in the Điện Bàn plan, at its cell', async () => {
    const out = await readFlow(await fixturePort(DIENBAN), 'all');
    expect(out.issues).toContainEqual(
      expect.objectContaining({ code: 'INVALID_DATE', sheet: 'Phụ lục', cell: 'F6', severity: 'error' }),
    );
  });

  it('remembers a corrected column role and applies it on the next read', async () => {
    const store = memoryStore();
    const port = await fixturePort(DIENBAN, store);
    const before = await readFlow(port, 'all');
    const t = before.tables[0];
    expect(t.columns.find((c) => c.col === 'G')?.role).toBe('output');
    await saveCorrection(port, { sheet: t.sheet, headerRow: t.headerRow, col: 'G' }, 'note');
    const after = await readFlow(port, 'all');
    const g = after.tables[0].columns.find((c) => c.col === 'G');
    expect(g).toMatchObject({ role: 'note', corrected: true });
    // The plan rows now carry the column as a note, not as the output.
    const item = after.plan.tables[0].rows.find((r) => r.type === 'item' && r.fields.note !== undefined);
    expect(item?.fields.output).toBeUndefined();
    // Kept in the workbook's setting (localStorage in the browser), under the shared key.
    expect([...store.map.keys()].some((k) => k.endsWith(CORRECTIONS_SETTING))).toBe(true);
    // Forgetting it restores the reader's role.
    await saveCorrection(port, { sheet: t.sheet, headerRow: t.headerRow, col: 'G' }, null);
    expect((await readFlow(port, 'all')).tables[0].columns.find((c) => c.col === 'G')).toMatchObject({
      role: 'output',
      corrected: false,
    });
  });

  it('ignores a damaged corrections setting instead of failing the read', async () => {
    const store = memoryStore();
    const port = await fixturePort(DIENBAN, store);
    await port.saveSetting(CORRECTIONS_SETTING, '{not json');
    const out = await readFlow(port, 'all');
    expect(out.tables).toHaveLength(1);
  });
});

describe('trackFlow: the tracker the pane writes equals `chiso track`', () => {
  const dir = tempDir();
  it.each([
    ['hanoi', HANOI],
    ['dienban', DIENBAN],
  ])('%s', async (_, file) => {
    const port = await fixturePort(file);
    const out = await trackFlow(port, CLOCK);
    expect(out.stats.tasks).toBeGreaterThan(0);
    expect(out.sheets.map((s) => s.name)).toContain('Tổng hợp');
    const { name, bytes } = await port.download();
    expect(name).toBe(`${path.basename(file, '.xlsx')}-theo-doi.xlsx`);
    const cliOut = path.join(dir, name);
    expect((await runChiso(['track', file, '-o', cliOut, '--today', CLOCK.today])).code).toBe(0);
    const [mine, cli] = [await workbookDigest(bytes), await workbookDigest(readFileSync(cliOut))];
    expect(mine.map((s) => s.name)).toEqual(cli.map((s) => s.name));
    expect(mine).toEqual(cli);
  });

  it('the comparison sees a difference: a tracker for another day is not the CLI’s', async () => {
    const port = await fixturePort(DIENBAN);
    await trackFlow(port, { today: '2025-12-31', fixedToday: true });
    const cliOut = path.join(dir, 'other-day.xlsx');
    expect((await runChiso(['track', DIENBAN, '-o', cliOut, '--today', CLOCK.today])).code).toBe(0);
    expect(await workbookDigest((await port.download()).bytes)).not.toEqual(await workbookDigest(readFileSync(cliOut)));
  });

  it('refreshes in place: a second build replaces chiso sheets and keeps what was typed into the tracker', async () => {
    const first = await fixturePort(DIENBAN);
    await trackFlow(first, CLOCK);
    const { grids } = await first.readGrids();
    const tracker = grids.find((g) => g.sheet.startsWith('Theo dõi'))!;
    // Type a note into the tracker, then refresh.
    let notesCol = 0;
    const port = await typedInto(first, (wb) => {
      const ws = wb.getWorksheet(tracker.sheet)!;
      notesCol = (ws.getRow(5).values as unknown[]).findIndex((h) => h === 'Ghi chú');
      ws.getRow(6).getCell(notesCol).value = 'đã giao văn thư';
    });
    expect(notesCol).toBeGreaterThan(0);
    const { port: rec, calls } = recording(port);
    const again = await trackFlow(rec, CLOCK);
    expect(again.stats.refresh.previous).toBe(true);
    const write = calls.find((c) => c.name === 'writeSheets')!;
    expect((write.args[1] as { replace: string[] }).replace).toContain(tracker.sheet);
    const after = (await port.readGrids([tracker.sheet])).grids[0];
    expect(after.cells[5][notesCol - 1]).toEqual({ kind: 'text', text: 'đã giao văn thư' });
  });
});

describe('writeEstimatesFlow', () => {
  it('builds the tracker when there is none, then writes the edited estimate through the refresh path', async () => {
    const port = await fixturePort(HANOI);
    const read = await readFlow(port, 'all');
    const par = read.whatIf.find((t) => t.index === 'par')!;
    const leaf = par.rows.find((r) => r.editable && r.max !== null)!;
    const out = await writeEstimatesFlow(port, par.id, { [leaf.key]: 0.25 }, CLOCK);
    const trackers = trackersByTable((await port.readGrids()).grids);
    const est = trackers.get(par.id)!;
    expect(est.sheet).toBe(out.tracker);
    expect(est.values.get(leaf.key)).toBe(0.25);
    // Other rows keep the estimate the tracker started from (last year's result).
    const other = par.rows.find((r) => r.editable && r.key !== leaf.key && r.result !== null)!;
    expect(est.values.get(other.key)).toBe(other.result);
  });

  it('keeps estimates typed in the tracker that the pane did not edit', async () => {
    const first = await fixturePort(HANOI);
    await trackFlow(first, CLOCK);
    const read = await readFlow(first, 'all');
    const papi = read.whatIf.find((t) => t.index === 'papi')!;
    const [a, b] = papi.rows.filter((r) => r.editable);
    const est = trackersByTable((await first.readGrids()).grids).get(papi.id)!;
    let rowOfB = 0;
    const port = await typedInto(first, (wb) => {
      const ws = wb.getWorksheet(est.sheet)!;
      ws.eachRow((row, r) => {
        if (row.getCell(est.keyCol).value === b.key) rowOfB = r;
      });
      ws.getRow(rowOfB).getCell(est.estimateCol).value = 1.99; // typed in Excel after the pane read
    });
    expect(rowOfB).toBeGreaterThan(0);
    await writeEstimatesFlow(port, papi.id, { [a.key]: 2.2 }, CLOCK);
    const after = trackersByTable((await port.readGrids()).grids).get(papi.id)!;
    expect(after.values.get(a.key)).toBe(2.2);
    expect(after.values.get(b.key)).toBe(1.99);
  });
});

describe('small helpers', () => {
  it('groups problems by severity (errors first), then by sheet', () => {
    const mk = (severity: 'error' | 'warning' | 'info', sheet: string, cell: string) => ({
      code: 'MISSING_LEAD' as const,
      severity,
      sheet,
      cell,
      message: { vi: '', en: '' },
    });
    const g = groupIssues([
      mk('warning', 'B', 'A2'),
      mk('error', 'A', 'C9'),
      mk('warning', 'A', 'A10'),
      mk('error', 'A', 'C3'),
    ]);
    expect(g.map((x) => x.severity)).toEqual(['error', 'warning']);
    expect(g[0].sheets[0].issues.map((i) => i.cell)).toEqual(['C3', 'C9']);
    expect(g[1].sheets.map((s) => s.sheet)).toEqual(['B', 'A']);
  });

  it('takes ?today= only when it is a real date', () => {
    expect(todayFromQuery('?today=2025-06-30')).toBe('2025-06-30');
    expect(todayFromQuery('?a=1&today=2024-02-29&b=2')).toBe('2024-02-29');
    expect(todayFromQuery('?today=2025-02-29')).toBeNull();
    expect(todayFromQuery('?today=30/06/2025')).toBeNull();
    expect(todayFromQuery('')).toBeNull();
    expect(localToday(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
  });
});
