/**
 * The Office adapter writes what the xlsx writer writes: the Hà Nội sample through the recording fake (read with
 * OfficePort, tracked with the shared flow, written back) equals `chiso track` on the same file, sheet by sheet,
 * cell by cell (values and formulas), on the first run and on a refresh.
 */
import { copyFileSync } from 'fs';
import * as path from 'path';
import { runTrack, type TrackOutcome } from '../../../src/cli/commands/track';
import { trackPipeline } from '../../../src/core/app';
import { OfficePort } from '../../../src/adapters/office';
import { fakeHost, type FakeBook } from './fake-excel';
import { diff, fakeBookOf, fakeCells, fixturePlan, openWorkbook, tempDir, xlsxCells } from './helpers';

const TODAY = '2025-09-30';

/** One pass of the pane's build: read every sheet, run the one track pipeline, write its answer. */
async function paneTrack(book: FakeBook, file: string) {
  const port = new OfficePort(fakeHost(book));
  const read = await port.readGrids();
  const flow = await trackPipeline(
    { input: { grids: read.grids, links: read.links, refs: (s) => port.formulaRefs(s) } },
    { today: TODAY, fixedToday: true, file },
  );
  await port.writeSheets(flow.specs, { replace: flow.replace, remove: flow.remove, carry: flow.carry });
  // The fake computes no formula: give it the results chiso computed (what Excel would show), for the next read.
  const specs = new Map(flow.set.sheets.map((s) => [s.name.toLowerCase(), s]));
  book.evaluate = (sheet, row, col) => {
    const r = specs.get(sheet.toLowerCase())?.cells[row - 1]?.[col - 1]?.r;
    return r === undefined || r === null ? null : typeof r === 'object' ? null : r;
  };
  return { flow, report: port.lastRender };
}

async function expectSameBook(book: FakeBook, file: string) {
  const wb = await openWorkbook(file);
  expect(book.sheets.map((s) => s.name)).toEqual(wb.worksheets.map((w) => w.name));
  expect(book.sheets.map((s) => s.visibility === 'Hidden')).toEqual(wb.worksheets.map((w) => w.state === 'hidden'));
  for (const ws of wb.worksheets) {
    const fake = book.sheet(ws.name)!;
    const d = diff(fakeCells(fake), xlsxCells(ws));
    expect({ sheet: ws.name, diff: d }).toEqual({ sheet: ws.name, diff: [] });
    expect(fake.merges.map((m) => `${m.top},${m.left},${m.bottom},${m.right}`).sort()).toEqual(
      ((ws.model as { merges?: string[] }).merges ?? [])
        .map((m) => {
          const [a, b] = m.split(':');
          const p = (x: string) => ({
            r: Number(/\d+/.exec(x)![0]),
            c: [.../[A-Z]+/.exec(x)![0]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0),
          });
          const s = p(a);
          const e = p(b ?? a);
          return `${s.r},${s.c},${e.r},${e.c}`;
        })
        .sort(),
    );
  }
}

describe('the Office adapter renders the same tracker as chiso track', () => {
  const dir = tempDir('chiso-office-');
  const input = path.join(dir, 'ha-noi.xlsx');
  const out1 = path.join(dir, 'ha-noi-theo-doi.xlsx');
  const out2 = path.join(dir, 'ha-noi-theo-doi-2.xlsx');
  let book: FakeBook;
  let cli1: TrackOutcome;

  beforeAll(async () => {
    copyFileSync(fixturePlan(), input);
    cli1 = await runTrack({ input, output: out1, today: TODAY, fixedToday: true });
    book = await fakeBookOf(input);
  });

  it('first run: same sheets, order, visibility, values, formulas and merges', async () => {
    const { flow, report } = await paneTrack(book, path.basename(input));
    expect(flow.set.stats).toEqual(cli1.stats);
    expect(report?.added).toEqual(flow.set.sheets.map((s) => s.name));
    await expectSameBook(book, out1);
  });

  it('formats follow the spec: fonts, fills, number formats, widths, frozen panes, filter, rules and lists', () => {
    const t = book.sheet('Theo dõi Phụ lục 1')!;
    expect(t.freeze).toEqual({ rows: 5, cols: 4 });
    expect(t.autoFilter).not.toBeNull();
    expect(t.peek(1, 1)?.font).toMatchObject({ name: 'Arial', size: 14, bold: true, color: '#1F3864' });
    expect(t.peek(5, 1)?.fill).toBe('#1F4E78');
    expect(t.peek(5, 1)?.borders).toEqual({ top: '#BFBFBF', bottom: '#BFBFBF', left: '#BFBFBF', right: '#BFBFBF' });
    expect(t.peek(2, 5)?.numberFormat).toBe('dd/mm/yyyy');
    // Width 44 characters = (44 × 7 + 5) px × 0.75 = 234.75 pt.
    expect(t.colWidths.get(5)).toBe(234.75);
    // Print: the spec's page setup (header row and key columns repeated, print area, fixed scale, margins).
    expect(t.page).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A4',
      titleRows: '$5:$5',
      titleColumns: '$A:$B',
      area: 'A:R',
      zoom: { scale: 90 },
      leftMargin: 28.8,
    });
    expect(t.condFormats.length).toBeGreaterThan(0);
    expect(t.condFormats[0].formula).toMatch(/^=\$R6="/);
    expect(t.condFormats.every((f) => f.area.bottom < 1000)).toBe(true); // the used rows, never whole columns
    expect(t.validations.find((v) => (v.rule as { list?: unknown }).list)).toBeDefined();
    expect(book.sheet('_chiso')!.visibility).toBe('Hidden');
  });

  it('refresh: chiso rewrites its own sheets in place and equals chiso track run on its own output', async () => {
    const cli2 = await runTrack({ input: out1, output: out2, today: TODAY, fixedToday: true });
    const before = book.sheets.map((s) => s.name);
    const { flow, report } = await paneTrack(book, path.basename(out1));
    expect(flow.set.stats.refresh.previous).toBe(true);
    expect(flow.set.stats).toEqual(cli2.stats);
    expect(report?.added).toEqual([]);
    expect(book.sheets.map((s) => s.name)).toEqual(before);
    await expectSameBook(book, out2);
  });
});
