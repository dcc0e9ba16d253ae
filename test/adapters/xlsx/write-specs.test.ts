/**
 * The package writer on its own: chiso's sheets added after the official's, replaced in place on the next run, an
 * obsolete one removed with its part, content type and defined names; a foreign sheet with a spec's name refused.
 */
import { ContentTypes, OpcPackage, WorkbookXml } from '../../../src/adapters/xlsx/package';
import { newWorkbookBytes, SheetConflictError, writeSpecsToPackage } from '../../../src/adapters/xlsx/sml';
import { readWorkbookGrids } from '../../../src/adapters/xlsx/read';
import { cellAt } from '../../../src/core/grid';
import type { SheetSpec } from '../../../src/core/sheetspec';
import { badXmlParts, partsOf } from './faithful/build';

const spec = (name: string, text: string, extra: Partial<SheetSpec> = {}): SheetSpec => ({
  name,
  kind: 'data',
  styles: { b: { font: { bold: true, name: 'Arial', size: 10 }, fill: 'FFF2CC', border: 'BFBFBF', numFmt: '0.00##' } },
  cells: [
    [
      { v: text, s: 'b' },
      { f: 'A1&"!"', r: `${text}!` },
      { v: 'link', link: { url: 'https://example.vn/a?b=1&c=2' } },
    ],
  ],
  autoFilter: 'A1:C1',
  print: { landscape: true, paper: 'A4', fitToWidth: true, repeatRows: '1:1' },
  ...extra,
});

describe('writeSpecsToPackage', () => {
  it('adds, replaces in place and removes chiso’s sheets, keeping the official’s', async () => {
    const pkg = await OpcPackage.open(
      await newWorkbookBytes([spec('Của tôi', 'x', { print: undefined, autoFilter: undefined })]),
    );
    await writeSpecsToPackage(pkg, [spec('Tổng hợp', 'một'), spec('Cũ', 'hai')]);
    const mine = (await WorkbookXml.load(pkg)).sheets();
    expect(mine.map((s) => s.name)).toEqual(['Của tôi', 'Tổng hợp', 'Cũ']);
    const oldPart = mine[2].part!;
    const styles = await pkg.text('xl/styles.xml');

    // Next run: "Tổng hợp" rewritten where it is, "Cũ" no longer produced.
    await writeSpecsToPackage(pkg, [spec('Tổng hợp', 'ba')], { replace: ['Tổng hợp', 'Cũ'], remove: ['Cũ'] });
    const wb = await WorkbookXml.load(pkg);
    expect(wb.sheets().map((s) => s.name)).toEqual(['Của tôi', 'Tổng hợp']);
    expect(wb.sheets()[1].part).toBe(mine[1].part);
    expect(pkg.has(oldPart)).toBe(false);
    expect((await ContentTypes.load(pkg)).typeOf(oldPart)).toBe('application/xml');
    expect(wb.definedNames().map((d) => `${d.name}@${d.localSheetId}=${d.value}`)).toEqual([
      "_xlnm.Print_Titles@1='Tổng hợp'!$1:$1",
      "_xlnm._FilterDatabase@1='Tổng hợp'!$A$1:$C$1",
    ]);
    // Equal styles are reused: the styles part did not grow.
    expect(await pkg.text('xl/styles.xml')).toBe(styles);
    const sheet = (await pkg.text(mine[1].part!))!;
    expect(sheet).toContain('<is><t xml:space="preserve">ba</t></is>');
    expect(sheet).toContain('<f>A1&amp;&quot;!&quot;</f><v>ba!</v>');
    expect(await pkg.text('xl/worksheets/_rels/sheet2.xml.rels')).toContain(
      'Target="https://example.vn/a?b=1&amp;c=2" TargetMode="External"',
    );
    expect(badXmlParts(await partsOf(await pkg.save()))).toEqual([]);
  });

  it('refuses a sheet chiso did not make', async () => {
    const pkg = await OpcPackage.open(await newWorkbookBytes([spec('Tổng hợp', 'của cán bộ')]));
    await expect(writeSpecsToPackage(pkg, [spec('tổng hợp', 'x')])).rejects.toBeInstanceOf(SheetConflictError);
  });
});

describe('dates written as serials (issue 18: one rule with the core and the Office adapter)', () => {
  it('writes 1900-01-15 as 15, 1900-02-28 as 59, 1900-03-01 as 61, and reads them back as the same days', async () => {
    const days = ['1900-01-15', '1900-02-28', '1900-03-01', '2025-09-30'];
    const bytes = await newWorkbookBytes([
      { name: 'Ngày', kind: 'data', styles: {}, cells: [days.map((d) => ({ v: { date: d } }))] },
    ]);
    const xml = (await (await OpcPackage.open(bytes)).text('xl/worksheets/sheet1.xml')) ?? '';
    // Excel's =DATE(1900,1,15) is 15; =DATE(2025,9,30) is 45930.
    expect([...xml.matchAll(/<v>([^<]*)<\/v>/g)].map((m) => m[1])).toEqual(['15', '59', '61', '45930']);
    const [grid] = await readWorkbookGrids(bytes);
    expect(days.map((_, i) => cellAt(grid, 1, i + 1))).toEqual(days.map((iso) => ({ kind: 'date', iso })));
  });
});
