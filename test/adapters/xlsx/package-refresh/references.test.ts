/** Sheet references in formulas, and what a package's kept formulas refer to (the pipeline decides from it). */
import { readFileSync } from 'fs';
import { OpcPackage } from '../../../../src/adapters/xlsx/package/opc';
import { packageRefs, sheetRefs } from '../../../../src/adapters/xlsx/package-refresh/references';
import { addSheetsToWorkbook } from '../../../../src/adapters/xlsx/sml';
import { splitObsolete } from '../../../../src/core/app';
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

describe('packageRefs', () => {
  const spec = (name: string, f?: string): SheetSpec => ({
    name,
    kind: 'data',
    styles: {},
    cells: [[f ? { f, r: 1 } : { v: 'x' }]],
  });

  it('gives what the asked sheets refer to; the pipeline keeps an obsolete sheet a kept formula uses', async () => {
    const bytes = await addSheetsToWorkbook(readFileSync(fixturePlan()), [
      spec('Dữ liệu PAPI'),
      spec('Cũ'),
      spec('Theo dõi cũ', "COUNTIF('Dữ liệu PAPI'!A1:A3,1)"),
    ]);
    const pkg = await OpcPackage.open(bytes);
    const refs = await packageRefs(pkg, ['Theo dõi cũ', 'Cũ']);
    expect(refs.sheets).toEqual({ 'Theo dõi cũ': ['dữ liệu papi'], Cũ: [] });
    expect(refs.book).toEqual([]);
    const wanted = new Set(refs.sheets['Theo dõi cũ']);
    expect(splitObsolete(['Dữ liệu PAPI', 'Cũ'], wanted)).toEqual({ keep: ['Dữ liệu PAPI'], remove: ['Cũ'] });
    // A sheet about to be regenerated is not asked about, so it does not hold anything back.
    expect(splitObsolete(['Dữ liệu PAPI', 'Cũ'], new Set((await packageRefs(pkg, ['Cũ'])).sheets.Cũ))).toEqual({
      keep: [],
      remove: ['Dữ liệu PAPI', 'Cũ'],
    });
  });
});
