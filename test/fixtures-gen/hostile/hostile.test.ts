/**
 * The hostile fixtures hold what they claim (written by openpyxl and by LibreOffice, each part where it should be),
 * and the part-by-part proof notices every kind of loss it is meant to catch (a dropped part, changed bytes, a lost
 * defined name or sheet, a renumbered shared string or style, a raw control character).
 */
import { comparePackages, readPackage, sheetsOf, xmlProblems, type Package } from '../../support/package-compare';
import { openpyxlRoundTrip } from '../../support/second-readers';
import { tempDir } from '../../core/tracker/helpers';
import * as path from 'path';
import { hostile, HOSTILE, type HostileName } from '.';

const parts = async (name: HostileName) => [...(await readPackage(hostile(name))).keys()];
const has = (list: string[], re: RegExp) => list.some((p) => re.test(p));

function edit(pkg: Package, part: string, f: (xml: string) => string): Package {
  const out = new Map(pkg);
  out.set(part, Buffer.from(f(pkg.get(part)!.toString('utf8'))));
  return out;
}

describe('hostile fixtures', () => {
  beforeAll(() => {
    hostile('table');
  }, 300000);

  it.each<[HostileName, RegExp[]]>([
    ['table', [/^xl\/tables\/table\d+\.xml$/]],
    [
      'commentsDrawing',
      [
        /^xl\/comments\/comment\d+\.xml$/,
        /^xl\/charts\/chart\d+\.xml$/,
        /^xl\/media\/image\d+\.png$/,
        /^xl\/drawings\/drawing\d+\.xml$/,
      ],
    ],
    ['macro', [/^xl\/vbaProject\.bin$/]],
    ['namesProps', [/^docProps\/custom\.xml$/]],
    [
      'pivotChart',
      [
        /^xl\/pivotTables\/pivotTable\d+\.xml$/,
        /^xl\/pivotCache\/pivotCacheDefinition\d+\.xml$/,
        /^xl\/pivotCache\/pivotCacheRecords\d+\.xml$/,
        /^xl\/charts\/chart\d+\.xml$/,
      ],
    ],
  ])('%s holds the parts it is named for', async (name, wanted) => {
    const list = await parts(name);
    for (const re of wanted) expect(has(list, re)).toBe(true);
  });

  it('use absolute part names, hidden and very hidden sheets, names, escaped control characters', async () => {
    const abs = await readPackage(hostile('absolute'));
    expect(abs.get('xl/worksheets/_rels/sheet1.xml.rels')!.toString()).toMatch(/Target="\/xl\/tables\/table1\.xml"/);
    const names = await readPackage(hostile('namesProps'));
    expect(sheetsOf(names).map((s) => s.state)).toEqual([
      'visible',
      'visible',
      'visible',
      'visible',
      'hidden',
      'veryHidden',
    ]);
    const wb = names.get('xl/workbook.xml')!.toString();
    for (const n of ['DanhSachNhiemVu', 'NamKeHoach', 'MucTieu', '_xlnm.Print_Area', '_xlnm.Print_Titles'])
      expect(wb).toContain(`name="${n}"`);
    const ctrl = await readPackage(hostile('controlChars'));
    const text = [...ctrl]
      .filter(([p]) => /sharedStrings|worksheets\/sheet1\.xml/.test(p))
      .map(([, b]) => b.toString())
      .join('');
    for (const esc of ['_x0001_', '_x0008_', '_x001F_', '_x000B_', '_x005F_x0000_']) expect(text).toContain(esc);
    expect(await readPackage(hostile('macro')).then((p) => p.get('[Content_Types].xml')!.toString())).toContain(
      'macroEnabled.main+xml',
    );
  });

  it('are well-formed and read by openpyxl', async () => {
    const dir = tempDir('chiso-hostile-check-');
    for (const [name, file] of Object.entries(HOSTILE)) {
      expect({ name, bad: xmlProblems(await readPackage(hostile(name as HostileName))) }).toEqual({ name, bad: [] });
      const seen = openpyxlRoundTrip(hostile(name as HostileName), path.join(dir, file));
      expect(seen.first.sheets.map((s) => s.name).slice(0, 4)).toEqual([
        'Phụ lục 1',
        'Phụ lục 2',
        'Phụ lục 3',
        'Phụ lục 4',
      ]);
    }
  });
});

describe('the part-by-part proof', () => {
  let pivot: Package;
  let names: Package;
  beforeAll(async () => {
    pivot = await readPackage(hostile('pivotChart'));
    names = await readPackage(hostile('namesProps'));
  }, 300000);

  it('finds nothing lost between a package and itself', () => {
    expect(comparePackages(pivot, pivot)).toEqual([]);
    expect(comparePackages(names, names)).toEqual([]);
  });

  it('accepts appended sheets, styles and strings, and relative vs absolute targets', () => {
    const rels = 'xl/_rels/workbook.xml.rels';
    let b = edit(pivot, rels, (x) =>
      x
        .replace(/Target="worksheets\//g, 'Target="/xl/worksheets/')
        .replace(
          '</Relationships>',
          '<Relationship Id="rIdChiso1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet99.xml"/></Relationships>',
        ),
    );
    b = edit(b, 'xl/workbook.xml', (x) =>
      x.replace('</sheets>', '<sheet name="Theo dõi Phụ lục 1" sheetId="99" r:id="rIdChiso1"/></sheets>'),
    );
    b = edit(b, 'xl/styles.xml', (x) =>
      x.replace('</cellXfs>', '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'),
    );
    b = edit(b, 'xl/sharedStrings.xml', (x) => x.replace('</sst>', '<si><t>Theo dõi</t></si></sst>'));
    expect(comparePackages(pivot, b)).toEqual([]);
  });

  it('reports a dropped part, changed bytes, a lost name, sheet, string or style', () => {
    const dropped = new Map(pivot);
    const pivotPart = [...pivot.keys()].find((p) => p.startsWith('xl/pivotTables/pivotTable'))!;
    dropped.delete(pivotPart);
    expect(comparePackages(pivot, dropped)).toEqual([`${pivotPart}: missing`]);
    expect(
      comparePackages(
        pivot,
        edit(pivot, 'xl/worksheets/sheet1.xml', (x) => x.replace('<sheetData>', '<sheetData> ')),
      ),
    ).toEqual(['xl/worksheets/sheet1.xml: bytes changed']);
    expect(
      comparePackages(
        names,
        edit(names, 'xl/workbook.xml', (x) => x.replace(/<definedName name="NamKeHoach"[^<]*<\/definedName>/, '')),
      ).join(),
    ).toMatch(/definedNames: lost .*NamKeHoach/);
    expect(
      comparePackages(
        names,
        edit(names, 'xl/workbook.xml', (x) => x.replace(/<sheet [^>]*name="Tham số"[^>]*\/>/, '')),
      ).join(),
    ).toMatch(/sheets: lost .*Tham số/);
    expect(
      comparePackages(
        pivot,
        edit(pivot, 'xl/sharedStrings.xml', (x) => x.replace('<si>', '<si><t>đầu</t></si><si>')),
      ).join(),
    ).toMatch(/string 0 changed/);
    expect(
      comparePackages(
        pivot,
        edit(pivot, 'xl/styles.xml', (x) =>
          x.replace(/<cellXfs([^>]*)>/, '<cellXfs$1><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'),
        ),
      ).join(),
    ).toMatch(/cellXfs\[0\] changed/);
    expect(
      comparePackages(
        pivot,
        edit(pivot, '[Content_Types].xml', (x) => x.replace(/<Override PartName="\/xl\/pivotTables[^>]*\/>/, '')),
      ).join(),
    ).toMatch(/lost .*pivotTable/);
  });

  it('lets chiso drop and replace its own parts and sheets', () => {
    const b = new Map(pivot);
    b.delete('xl/worksheets/sheet5.xml');
    const mine = (p: string) => p === 'xl/worksheets/sheet5.xml';
    expect(comparePackages(pivot, b, { mine })).toEqual([]);
    const gone = edit(pivot, 'xl/workbook.xml', (x) => x.replace(/<sheet [^>]*name="Bảng tổng hợp chéo"[^>]*\/>/, ''));
    expect(comparePackages(pivot, gone, { mineSheets: ['Bảng tổng hợp chéo'] })).toEqual([]);
    expect(comparePackages(pivot, gone).length).toBeGreaterThan(0);
  });

  it('rejects a part that is not well-formed, or holds a character XML 1.0 forbids', () => {
    expect(
      xmlProblems(new Map([['xl/sharedStrings.xml', Buffer.from('<sst><si><t>a\u0001b</t></si></sst>')]])),
    ).toHaveLength(1);
    expect(xmlProblems(new Map([['xl/workbook.xml', Buffer.from('<workbook><sheets></workbook>')]]))).toHaveLength(1);
    expect(xmlProblems(new Map([['xl/workbook.xml', Buffer.from('<workbook><sheets/></workbook>')]]))).toEqual([]);
  });
});
