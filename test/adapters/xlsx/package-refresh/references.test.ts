/** Sheet references in formulas, and which obsolete sheets a kept formula still needs. */
import { readFileSync } from 'fs';
import { OpcPackage } from '../../../../src/adapters/xlsx/package/opc';
import { removable, sheetRefs } from '../../../../src/adapters/xlsx/package-refresh/references';
import { addSheetsToWorkbook } from '../../../../src/adapters/xlsx/sml';
import type { SheetSpec } from '../../../../src/core/sheetspec';
import { fixturePlan } from '../../../core/tracker/helpers';

describe('sheetRefs', () => {
  it('finds quoted and plain sheet names, not text inside strings', () => {
    expect(sheetRefs('COUNTIF(\'Dữ liệu PAPI\'!$C$5:$C$67,">"&E7)+1')).toEqual(['Dữ liệu PAPI']);
    expect(sheetRefs('SUM(Data!A1:A3)+Khác!B2')).toEqual(['Data', 'Khác']);
    expect(sheetRefs("'Bà''s sheet'!A1")).toEqual(["Bà's sheet"]);
    expect(sheetRefs('"Sheet9!A1"&A2')).toEqual([]);
  });
});

describe('removable', () => {
  const spec = (name: string, f?: string): SheetSpec => ({
    name,
    kind: 'data',
    styles: {},
    cells: [[f ? { f, r: 1 } : { v: 'x' }]],
  });

  it('keeps an obsolete sheet a kept formula refers to, removes the others', async () => {
    const bytes = await addSheetsToWorkbook(readFileSync(fixturePlan()), [
      spec('Dữ liệu PAPI'),
      spec('Cũ'),
      spec('Theo dõi cũ', "COUNTIF('Dữ liệu PAPI'!A1:A3,1)"),
    ]);
    const pkg = await OpcPackage.open(bytes);
    expect(await removable(pkg, ['Dữ liệu PAPI', 'Cũ'], [])).toEqual(['Cũ']);
    // A sheet about to be regenerated does not hold it back.
    expect(await removable(pkg, ['Dữ liệu PAPI', 'Cũ'], ['Theo dõi cũ'])).toEqual(['Dữ liệu PAPI', 'Cũ']);
  });
});
