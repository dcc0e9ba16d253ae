/** The OPC primitives: open, list, resolve, edit, and save with untouched parts copied byte for byte. */
import { readFileSync } from 'fs';
import JSZip from 'jszip';
import {
  ContentTypes,
  OpcPackage,
  PackageError,
  Rels,
  WorkbookXml,
  listSheets,
  parseXml,
  relativeTarget,
  removeUnreachable,
  resolveTarget,
  serializeXml,
} from '../../../src/adapters/xlsx/package';
import { rawEntries } from '../../support/zip-raw';
import { planFile } from '../../support/fixtures';

const PLAN = planFile();

/** A small package with absolute targets, a stored (uncompressed) image and a sheet-local defined name. */
async function handMade(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/workbook.xml"/></Relationships>',
  );
  zip.file(
    'xl/workbook.xml',
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView activeTab="1"/></bookViews><sheets><sheet name="A" sheetId="1" r:id="rId1"/><sheet name="B b" sheetId="2" state="hidden" r:id="rId2"/></sheets><definedNames><definedName name="keep">A!$A$1</definedName><definedName name="_xlnm.Print_Area" localSheetId="1">\'B b\'!$A$1:$B$2</definedName></definedNames></workbook>',
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/></Relationships>',
  );
  zip.file(
    'xl/worksheets/sheet1.xml',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>',
  );
  zip.file(
    'xl/worksheets/sheet2.xml',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>',
  );
  zip.file(
    'xl/worksheets/_rels/sheet2.xml.rels',
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../media/image%201.png"/></Relationships>',
  );
  zip.file('xl/media/image 1.png', Buffer.from('89504e470d0a1a0a', 'hex'), { compression: 'STORE' });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('OPC package primitives', () => {
  // [the part a relationship is in, its target, the part it names]: absolute, relative, percent-encoded, from the root.
  const TARGETS = [
    ['xl/workbook.xml', '/xl/worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/workbook.xml', 'worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/worksheets/sheet2.xml', '../media/image%201.png', 'xl/media/image 1.png'],
    ['', 'xl/workbook.xml', 'xl/workbook.xml'],
  ];

  it.each(TARGETS)('resolves the target in %j, %j to %j', (from, target, part) => {
    expect(resolveTarget(from, target)).toBe(part);
  });

  it('makes relative targets', () => {
    expect(relativeTarget('xl/workbook.xml', 'xl/worksheets/sheet9.xml')).toBe('worksheets/sheet9.xml');
    expect(relativeTarget('xl/worksheets/sheet1.xml', 'xl/media/a.png')).toBe('../media/a.png');
  });

  it('lists the sheets of a real plan and of a package with absolute part names', async () => {
    const real = await listSheets(await OpcPackage.open(readFileSync(PLAN)));
    expect(real.map((s) => s.name)).toEqual(['Phụ lục 1', 'Phụ lục 2', 'Phụ lục 3', 'Phụ lục 4']);
    expect(real.every((s) => s.part !== null && s.type === 'worksheet')).toBe(true);
    const hand = await listSheets(await OpcPackage.open(await handMade()));
    expect(hand).toEqual([
      { name: 'A', sheetId: 1, rId: 'rId1', part: 'xl/worksheets/sheet1.xml', state: 'visible', type: 'worksheet' },
      { name: 'B b', sheetId: 2, rId: 'rId2', part: 'xl/worksheets/sheet2.xml', state: 'hidden', type: 'worksheet' },
    ]);
  });

  it('saves untouched parts with the same compressed bytes and method (stored stays stored)', async () => {
    for (const input of [readFileSync(PLAN), Buffer.from(await handMade())]) {
      const pkg = await OpcPackage.open(input);
      pkg.setText('xl/new.xml', '<x/>');
      const out = Buffer.from(await pkg.save());
      const a = rawEntries(input);
      const b = rawEntries(out);
      for (const [name, e] of a) {
        if (name.endsWith('/')) continue;
        expect({ name, method: b.get(name)?.method, crc: b.get(name)?.crc }).toEqual({
          name,
          method: e.method,
          crc: e.crc,
        });
        expect(b.get(name)!.compressed.equals(e.compressed)).toBe(true);
      }
      expect(b.has('xl/new.xml')).toBe(true);
    }
  });

  it('removes a sheet: its rels go, later local names shift, what only it used is pruned', async () => {
    const pkg = await OpcPackage.open(await handMade());
    const wb = await WorkbookXml.load(pkg);
    wb.removeSheet('A');
    wb.save(pkg);
    const ct = await ContentTypes.load(pkg);
    const gone = await removeUnreachable(pkg, ['xl/worksheets/sheet1.xml'], ct);
    ct.save(pkg);
    expect(gone).toEqual(['xl/worksheets/sheet1.xml']);
    expect(pkg.has('xl/media/image 1.png')).toBe(true);
    const again = await WorkbookXml.load(pkg);
    expect(again.sheets().map((s) => s.name)).toEqual(['B b']);
    expect(again.definedNames()).toEqual([
      { name: 'keep', localSheetId: null, value: 'A!$A$1' },
      { name: '_xlnm.Print_Area', localSheetId: 0, value: "'B b'!$A$1:$B$2" },
    ]);
    expect((await pkg.text('xl/workbook.xml'))!).toContain('activeTab="0"');
    expect(ct.typeOf('xl/worksheets/sheet1.xml')).toBe('application/xml');
    // Pruning the image's sheet takes the image too.
    const wb2 = await WorkbookXml.load(pkg);
    wb2.removeSheet('B b');
    wb2.save(pkg);
    expect(await removeUnreachable(pkg, ['xl/worksheets/sheet2.xml'], ct)).toEqual([
      'xl/worksheets/sheet2.xml',
      'xl/media/image 1.png',
    ]);
  });

  it('adds a sheet with a relationship and a defined name, keeping the names already there', async () => {
    const pkg = await OpcPackage.open(await handMade());
    pkg.setText(
      'xl/worksheets/sheet3.xml',
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>',
    );
    const wb = await WorkbookXml.load(pkg);
    const rId = wb.addSheet('Mới', 'xl/worksheets/sheet3.xml', 'hidden');
    wb.setDefinedName('_xlnm.Print_Titles', 2, "'Mới'!$5:$5");
    wb.setDefinedName('_xlnm.Print_Titles', 2, "'Mới'!$6:$6");
    wb.save(pkg);
    const again = await WorkbookXml.load(pkg);
    expect(again.sheets()[2]).toMatchObject({
      name: 'Mới',
      sheetId: 3,
      rId,
      part: 'xl/worksheets/sheet3.xml',
      state: 'hidden',
    });
    expect(again.definedNames().map((d) => d.name)).toEqual(['keep', '_xlnm.Print_Area', '_xlnm.Print_Titles']);
    expect(again.definedNames()[2].value).toBe("'Mới'!$6:$6");
    const rels = await Rels.load(pkg, 'xl/workbook.xml');
    expect(rels.byId(rId)).toMatchObject({ target: 'worksheets/sheet3.xml', part: 'xl/worksheets/sheet3.xml' });
  });

  it('finds and removes a part a zip tool stored with backslashes by its normalized name', async () => {
    const zip = await JSZip.loadAsync(await handMade());
    zip.file('xl\\media\\image1.png', Buffer.from('89504e470d0a1a0a', 'hex'));
    const input = Buffer.from(await zip.generateAsync({ type: 'uint8array' }));
    expect(rawEntries(input).has('xl\\media\\image1.png')).toBe(true);
    const pkg = await OpcPackage.open(input);
    expect(pkg.find('xl/media/image1.png')).toBe('xl\\media\\image1.png');
    expect(pkg.find('/XL/Media/Image1.png')).toBe('xl\\media\\image1.png');
    pkg.remove('xl/media/image1.png');
    expect(pkg.has('xl/media/image1.png')).toBe(false);
    expect(pkg.parts()).not.toContain('xl\\media\\image1.png');
    const out = Buffer.from(await pkg.save());
    expect([...rawEntries(out).keys()].filter((n) => /image1/i.test(n))).toEqual([]);
    expect(rawEntries(out).has('xl/media/image 1.png')).toBe(true);
  });

  it('names the part that is not well-formed, and refuses bytes that are not a zip', async () => {
    expect(() => parseXml('<a><b></a>', 'xl/workbook.xml')).toThrow(PackageError);
    expect(() => parseXml('<a><b></a>', 'xl/workbook.xml')).toThrow(/^xl\/workbook\.xml: /);
    await expect(OpcPackage.open(Buffer.from('not a zip'))).rejects.toMatchObject({ code: 'NOT_ZIP' });
    expect(serializeXml(parseXml('<a x="1"/>'))).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<a x="1"/>',
    );
  });
});
