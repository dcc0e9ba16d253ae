/** The Office port tells the track pipeline which sheets the open workbook's cell formulas refer to. */
import { OfficePort } from '../../../src/adapters/office';
import { readFormulaRefs } from '../../../src/adapters/office/refs';
import { fakeContext, fakeHost, FakeBook } from './fake-excel';

function book(): FakeBook {
  const b = new FakeBook();
  const t = b.addSheet('Theo dõi cũ');
  t.cell(1, 1).value = 'Tiêu đề';
  for (let r = 2; r <= 40; r++) t.cell(r, 2).value = r;
  t.cell(30, 3).formula = '=COUNTIF(\'Dữ liệu PAPI\'!$C$5:$C$67,">"&B30)+1';
  t.cell(35, 1).formula = '=SUM(Khác!A1:A3)&"Sheet9!A1"';
  b.addSheet('Dữ liệu PAPI').cell(5, 3).value = 70;
  b.addSheet('Khác').cell(1, 1).value = 1;
  return b;
}

describe('formula references in Excel', () => {
  it('reads the formulas of the sheets asked, in blocks, and names the sheets they use', async () => {
    const b = book();
    const refs = await readFormulaRefs(fakeContext(b) as never, ['Theo dõi cũ', 'Khác'], {
      supports: () => true,
      cellBudget: 12,
    });
    expect(refs.sheets).toEqual({ 'Theo dõi cũ': ['dữ liệu papi', 'khác'], Khác: [] });
    // Several blocks, a few per sync: more than one sync for the 40 rows at 12 cells a sync.
    expect(b.syncLog.length).toBeGreaterThan(3);
  });

  it('the port asks nothing of Excel when no sheet is asked about', async () => {
    const b = book();
    expect(await new OfficePort(fakeHost(b)).formulaRefs([])).toEqual({ sheets: {}, book: [] });
    expect(b.syncLog).toEqual([]);
  });
});
