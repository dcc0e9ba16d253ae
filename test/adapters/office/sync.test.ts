/**
 * The write's cost grows only with its bytes: the tracker of a 100-task plan takes one load and one write, that of a
 * 10,000-task plan one load and one write per full request (by bytes, never per sheet or row), no request reaches Excel on the web's 5 MB limit, and what lands in the
 * sheet is exactly the spec (formulas filled down by copy included).
 */
import { trackFlow } from '../../../src/core/app';
import { renderSheetSpecs, type RenderReport } from '../../../src/adapters/office';
import { internalLinkFormula } from '../../../src/adapters/office/values';
import type { SheetSpec, SpecCell } from '../../../src/core/sheetspec';
import { bookFromGrids, fakeContext, type FakeBook } from './fake-excel';
import { PAYLOAD_LIMIT } from './fake-context';
import { REQUEST_BUDGET } from '../../../src/adapters/office/ops';
import { diff, fakeCells, specCells, syntheticPlan } from './helpers';

const TODAY = '2025-09-30';

async function build(tasks: number): Promise<{ book: FakeBook; specs: SheetSpec[]; report: RenderReport }> {
  const book = bookFromGrids([syntheticPlan(tasks)]);
  const flow = trackFlow([syntheticPlan(tasks)], [], { today: TODAY, fixedToday: true });
  const context = fakeContext(book);
  const report = await renderSheetSpecs(context as never, flow.set.sheets, {
    replace: flow.replace,
    remove: flow.remove,
  });
  expect(context.syncs.length).toBe(report.syncs);
  return { book, specs: flow.set.sheets, report };
}

const linkOf = (c: SpecCell | null | undefined) =>
  c?.link && 'sheet' in c.link ? `=${internalLinkFormula(c.link, c.v)}` : null;

describe('sync count and request size', () => {
  let small: Awaited<ReturnType<typeof build>>;
  let large: Awaited<ReturnType<typeof build>>;

  beforeAll(async () => {
    small = await build(100);
    large = await build(10_000);
  });

  it('syncs grow with the bytes written, never with rows or sheets: one load, then one per full request', () => {
    // 100 tasks: one load, one write.
    expect(small.book.syncLog.length).toBe(2);
    expect(small.report.syncs).toBe(2);
    // 10,000 tasks write about 5.5 MB: two requests under the 4 MB budget, so one load and two writes, where a
    // sync per sheet or per row block would be dozens.
    const total = large.report.requests.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(REQUEST_BUDGET);
    expect(large.report.requests.length).toBe(Math.ceil(total / REQUEST_BUDGET));
    expect(large.report.syncs).toBe(1 + large.report.requests.length);
    expect(large.book.syncLog.length).toBe(large.report.syncs);
  });

  it('no request reaches 5 MB, measured by the fake on what it was sent', () => {
    const biggest = Math.max(...large.book.syncLog.map((s) => s.request));
    expect(biggest).toBeLessThan(PAYLOAD_LIMIT);
    // The 10,000-task write is large (megabytes), so this is not passing by accident.
    expect(biggest).toBeGreaterThan(1_000_000);
    expect(large.book.syncLog.every((s) => !s.failed)).toBe(true);
  });

  it('the adapter estimate stays on the safe side of what the fake measured', () => {
    const measured = large.book.syncLog[1].request;
    expect(large.report.requests[0]).toBeGreaterThan(measured * 0.8);
  });

  it('every sheet holds exactly its spec: values, and formulas filled down by copy', () => {
    for (const { book, specs } of [small, large]) {
      for (const spec of specs) {
        expect({ sheet: spec.name, diff: diff(fakeCells(book.sheet(spec.name)!), specCells(spec, linkOf)) }).toEqual({
          sheet: spec.name,
          diff: [],
        });
      }
    }
  });

  it('a smaller budget splits the write by bytes into more requests, each under the budget', async () => {
    const book = bookFromGrids([syntheticPlan(2000)]);
    const flow = trackFlow([syntheticPlan(2000)], [], { today: TODAY, fixedToday: true });
    const context = fakeContext(book);
    const report = await renderSheetSpecs(context as never, flow.set.sheets, { budget: 200_000 });
    // About 750 kB in all: at least four requests of at most 200 kB (estimated), the measured ones as well.
    expect(report.syncs).toBeGreaterThanOrEqual(1 + 4);
    expect(Math.max(...report.requests)).toBeLessThanOrEqual(200_000);
    expect(Math.max(...book.syncLog.map((s) => s.request))).toBeLessThanOrEqual(200_000);
    for (const spec of flow.set.sheets)
      expect(diff(fakeCells(book.sheet(spec.name)!), specCells(spec, linkOf))).toEqual([]);
  });
});

describe('formulas copied down are only the ones that are the same formula filled down', () => {
  it('a relative reference that stays put on every row is written as it is, not copied', async () => {
    const cells: SheetSpec['cells'] = [[{ v: 'Tổng' }, { v: 10 }]];
    for (let r = 2; r <= 8; r++) cells.push([{ f: `B1*${r}` }, { f: `A${r}+1` }, { f: 'SUM($B$1:B1)' }]);
    const spec: SheetSpec = { name: 'Thử', kind: 'data', styles: {}, cells };
    const book = bookFromGrids([]);
    book.addSheet('Kế hoạch');
    await renderSheetSpecs(fakeContext(book) as never, [spec]);
    const sheet = book.sheet('Thử')!;
    for (let r = 2; r <= 8; r++) {
      expect(sheet.peek(r, 1)?.formula).toBe(`=B1*${r}`);
      expect(sheet.peek(r, 2)?.formula).toBe(`=A${r}+1`);
      expect(sheet.peek(r, 3)?.formula).toBe('=SUM($B$1:B1)');
    }
  });
});
