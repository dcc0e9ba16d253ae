/**
 * Excel mode as Microsoft advises (issue 22): calculation is suspended before the big write where ExcelApi 1.6 has
 * the call, and never asked of an Excel without it.
 */
import { renderSheetSpecs } from '../../../src/adapters/office';
import type { SheetSpec } from '../../../src/core/sheetspec';
import { fakeContext, FakeBook } from './fake-excel';

const SUSPEND = 'application suspendApiCalculationUntilNextSync';
const spec = (name: string, rows: number): SheetSpec => ({
  name,
  kind: 'data',
  styles: {},
  cells: Array.from({ length: rows }, (_, r) => [{ v: `Nhiệm vụ ${r + 1}` }, { v: r + 1 }]),
});

const isCellWrite = (a: string) => / set (values|formulas)$/.test(a);

describe('calculation suspended during the write', () => {
  it('asks suspendApiCalculationUntilNextSync before the first cell write (ExcelApi 1.6 and later)', async () => {
    const book = new FakeBook();
    book.addSheet('Kế hoạch');
    await renderSheetSpecs(fakeContext(book) as never, [spec('Theo dõi', 5)]);
    const log = book.actionLog;
    const suspend = log.indexOf(SUSPEND);
    const firstWrite = log.findIndex(isCellWrite);
    expect(firstWrite).toBeGreaterThan(-1);
    expect(suspend).toBeGreaterThan(-1);
    expect(suspend).toBeLessThan(firstWrite);
    expect(book.sheet('Theo dõi')!.cell(5, 2).value).toBe(5);
  });

  it('asks again in every request when the write takes several (the suspension lasts one sync)', async () => {
    const book = new FakeBook();
    book.addSheet('Kế hoạch');
    const report = await renderSheetSpecs(fakeContext(book) as never, [spec('Theo dõi', 3000)], { budget: 64 * 1024 });
    const requests = report.syncs - 1;
    expect(requests).toBeGreaterThan(1);
    expect(book.actionLog.filter((a) => a === SUSPEND)).toHaveLength(requests);
  });

  it('is skipped (no call at all) on an Excel without ExcelApi 1.6, and the write still happens', async () => {
    const book = new FakeBook();
    book.addSheet('Kế hoạch');
    const supports = (v: string) => v !== '1.6' && book.supports(v);
    await renderSheetSpecs(fakeContext(book) as never, [spec('Theo dõi', 5)], { supports });
    expect(book.actionLog).not.toContain(SUSPEND);
    expect(book.actionLog.some(isCellWrite)).toBe(true);
    expect(book.sheet('Theo dõi')!.cell(5, 1).value).toBe('Nhiệm vụ 5');
  });
});
