/**
 * Writing by adding (issue 12) on workbooks made by openpyxl + LibreOffice with a chart, an image, a comment, an
 * Excel table, validation and conditional formats, a defined name, custom properties, hidden and very hidden sheets,
 * control characters in plan text, and an .xlsm with a vbaProject: `chiso track` succeeds; every part chiso did not
 * make has the same bytes; the parts it edits keep everything they listed; every XML part parses; the output opens in
 * LibreOffice (recalculated, no formula error in chiso's sheets) and in openpyxl; the input never changes.
 */
import { execFileSync } from 'child_process';
import { createHash } from 'crypto';
import { chmodSync, copyFileSync, existsSync, readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { childElements, firstChild, parseXml, serializeElement } from '../../../src/adapters/xlsx/package';
import { openFilePort } from '../../../src/adapters/browser/file-port';
import { runChiso } from '../../support/cli';
import { badXmlParts, buildRichInputs, partsOf, python } from './faithful/build';
import { fixturePlan, tempDir } from '../../core/tracker/helpers';
import { LO_RENDER } from '../../support/fixtures';

jest.setTimeout(300000);

const TODAY = ['--today', '2025-09-30'];
/** The parts chiso may rewrite (everything else must keep its bytes). */
const EDITED = [
  '[Content_Types].xml',
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  'xl/styles.xml',
  'docProps/app.xml',
];
const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

/** Element lists that must survive in an edited part: the input's children are a prefix of (or all in) the output's. */
function keeps(before: string, after: string, part: string, lists: string[][], prefix: boolean): string[] {
  const lost: string[] = [];
  const a = parseXml(before, part).documentElement!;
  const b = parseXml(after, part).documentElement!;
  for (const route of lists) {
    const walk = (root: typeof a) =>
      route.reduce<typeof a | null>((el, name) => (el ? firstChild(el, name) : null), root);
    const from = route.length ? walk(a) : a;
    const to = route.length ? walk(b) : b;
    if (!from) continue;
    const want = childElements(from).map((e) => serializeElement(e));
    const got = to ? childElements(to).map((e) => serializeElement(e)) : [];
    want.forEach((w, i) => {
      if (prefix ? got[i] !== w : !got.includes(w)) lost.push(`${part} ${route.join('/')}[${i}]: ${w.slice(0, 120)}`);
    });
  }
  return lost;
}

describe('chiso track writes by adding', () => {
  const dir = tempDir('chiso-faithful-');
  let inputs: { xlsx: string; xlsm: string };
  let before: Map<string, Buffer>;
  let after: Map<string, Buffer>;
  const out = path.join(dir, 'rich-theo-doi.xlsx');
  let hash: string;

  beforeAll(async () => {
    inputs = await buildRichInputs(dir, fixturePlan());
    hash = sha(inputs.xlsx);
    const run = await runChiso(['track', inputs.xlsx, ...TODAY]);
    expect(run).toMatchObject({ code: 0, err: '' });
    before = await partsOf(readFileSync(inputs.xlsx));
    after = await partsOf(readFileSync(out));
  });

  it('leaves the input byte-identical', () => {
    expect(sha(inputs.xlsx)).toBe(hash);
  });

  it('copies every part it did not make with the same bytes (chart, drawing, image, comments, table, custom properties…)', () => {
    const changed: string[] = [];
    for (const [name, bytes] of before) {
      if (EDITED.includes(name)) continue;
      if (!after.get(name)?.equals(bytes)) changed.push(name);
    }
    expect(changed).toEqual([]);
    for (const kept of [
      'xl/charts/chart1.xml',
      'xl/media/image1.png',
      'xl/tables/table1.xml',
      'docProps/custom.xml',
      'xl/sharedStrings.xml',
    ])
      expect(after.has(kept)).toBe(true);
  });

  it('keeps everything the edited parts listed: content types, relationships, sheets, names, styles', () => {
    const text = (m: Map<string, Buffer>, n: string) => m.get(n)!.toString('utf8');
    const lost = [
      ...keeps(
        text(before, '[Content_Types].xml'),
        text(after, '[Content_Types].xml'),
        '[Content_Types].xml',
        [[]],
        false,
      ),
      ...keeps(
        text(before, 'xl/_rels/workbook.xml.rels'),
        text(after, 'xl/_rels/workbook.xml.rels'),
        'rels',
        [[]],
        false,
      ),
      ...keeps(
        text(before, 'xl/workbook.xml'),
        text(after, 'xl/workbook.xml'),
        'workbook',
        [['sheets'], ['definedNames'], ['bookViews']],
        true,
      ),
      ...keeps(
        text(before, 'xl/styles.xml'),
        text(after, 'xl/styles.xml'),
        'styles',
        [['numFmts'], ['fonts'], ['fills'], ['borders'], ['cellStyleXfs'], ['cellXfs'], ['cellStyles'], ['dxfs']],
        true,
      ),
    ];
    expect(lost).toEqual([]);
    // The official's defined name and the very hidden sheet are still there, untouched.
    expect(text(after, 'xl/workbook.xml')).toContain('name="DiemCacNam"');
    expect(text(after, 'xl/workbook.xml')).toMatch(
      /<sheet [^>]*name="Rất ẩn"[^>]*state="veryHidden"|<sheet [^>]*state="veryHidden"[^>]*name="Rất ẩn"/,
    );
  });

  it('writes only XML that parses, with the control characters escaped the OOXML way', () => {
    expect(badXmlParts(after)).toEqual([]);
    const tracker = [...after].find(
      ([n, b]) => n.startsWith('xl/worksheets/') && !before.has(n) && b.toString('utf8').includes('Hội nghị tổng kết'),
    );
    expect(tracker).toBeDefined();
    const xml = tracker![1].toString('utf8');
    // No raw control character anywhere; the escapes are there.
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(xml).toMatch(/_x0001_|_x005F_x0001_/);
  });

  it('opens in openpyxl with the plan sheets, the trackers and the plan text as read', () => {
    const res = python(
      [
        'import sys, openpyxl',
        'wb = openpyxl.load_workbook(sys.argv[1])',
        'print("|".join(wb.sheetnames))',
        't = wb["Theo dõi Phụ lục 1"]',
        'print([c.value for r in t.iter_rows() for c in r if isinstance(c.value, str) and "Hội nghị tổng kết" in c.value][0].encode("unicode_escape").decode())',
      ].join('\n'),
      out,
    ).split('\n');
    expect(res[0].split('|')).toEqual(
      expect.arrayContaining(['Phụ lục 1', 'Số liệu', 'Ẩn', 'Rất ẩn', 'Theo dõi Phụ lục 1', 'Tổng hợp', '_chiso']),
    );
    // openpyxl decodes the escapes: the text carries the control characters (or their literal spelling), never raw XML damage.
    expect(res[1]).toMatch(/\\x01 \\x07 _x0000_|_x0001_ _x0007_ _x005F_x0000_/);
  });

  it('opens in LibreOffice, recalculated, with no formula error in chiso’s sheets', () => {
    const render = path.join(dir, 'render');
    execFileSync('bash', [LO_RENDER, out, render], { stdio: 'pipe', timeout: 240000 });
    const csvs = readdirSync(render).filter(
      (f) => f.endsWith('.csv') && /-(Theo dõi|Tổng hợp|Vấn đề)/.test(f.normalize('NFC')),
    );
    expect(csvs.length).toBeGreaterThanOrEqual(4);
    for (const f of csvs) {
      const bad = readFileSync(path.join(render, f), 'utf8').match(
        /Err:\d+|#NAME\?|#VALUE!|#REF!|#DIV\/0!|#N\/A|#NUM!/g,
      );
      expect({ f, bad }).toEqual({ f, bad: null });
    }
  });

  it('--in-place keeps the chart and everything else of the official’s file', async () => {
    const own = path.join(dir, 'tai-cho.xlsx');
    copyFileSync(inputs.xlsx, own);
    expect((await runChiso(['track', own, '--in-place', ...TODAY])).code).toBe(0);
    const parts = await partsOf(readFileSync(own));
    for (const [name, bytes] of before)
      if (!EDITED.includes(name)) expect({ name, same: parts.get(name)?.equals(bytes) }).toEqual({ name, same: true });
    expect(badXmlParts(parts)).toEqual([]);
    // Again in place: chiso's sheets are replaced where they are, nothing is added twice.
    const first = parts.get('xl/workbook.xml')!.toString('utf8');
    expect((await runChiso(['track', own, '--in-place', ...TODAY])).code).toBe(0);
    const again = await partsOf(readFileSync(own));
    expect(again.get('xl/workbook.xml')!.toString('utf8')).toBe(first);
    expect([...again.keys()].sort()).toEqual([...parts.keys()].sort());
    expect(again.get('xl/styles.xml')!.equals(parts.get('xl/styles.xml')!)).toBe(true);
  });

  it('keeps an .xlsm an .xlsm: default output name, macros and the macro-enabled content type', async () => {
    const hashM = sha(inputs.xlsm);
    expect((await runChiso(['track', inputs.xlsm, ...TODAY])).code).toBe(0);
    expect(sha(inputs.xlsm)).toBe(hashM);
    const outM = path.join(dir, 'rich-macro-theo-doi.xlsm');
    expect(existsSync(outM)).toBe(true);
    const parts = await partsOf(readFileSync(outM));
    expect(
      parts.get('xl/vbaProject.bin')!.equals((await partsOf(readFileSync(inputs.xlsm))).get('xl/vbaProject.bin')!),
    ).toBe(true);
    expect(parts.get('[Content_Types].xml')!.toString('utf8')).toContain(
      'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
    );
    expect(
      python(
        'import sys, openpyxl; wb = openpyxl.load_workbook(sys.argv[1], keep_vba=True); print(len(wb.sheetnames))',
        outM,
      ).trim(),
    ).toMatch(/^\d+$/);
    // Run again: the refresh adds to the output's package, so the macros stay (package-refresh).
    const again = await runChiso(['track', inputs.xlsm, ...TODAY]);
    expect(again).toMatchObject({ code: 0, err: '' });
    expect(sha(inputs.xlsm)).toBe(hashM);
    const refreshed = await partsOf(readFileSync(outM));
    expect(refreshed.get('xl/vbaProject.bin')!.equals(parts.get('xl/vbaProject.bin')!)).toBe(true);
    expect(refreshed.get('[Content_Types].xml')!.toString('utf8')).toContain(
      'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
    );
    const wrong = await runChiso(['track', inputs.xlsm, '-o', path.join(dir, 'mat-macro.xlsx'), ...TODAY]);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toMatch(
      /^Tệp vào có macro \(\.xlsm\).* \/ The input has macros: name the output \.xlsm to keep them$/,
    );
  });

  it('names the default output after the content type, not the name: a macro package called .xlsx gets .xlsm', async () => {
    const misnamed = path.join(dir, 'macro-ten-sai.xlsx');
    copyFileSync(inputs.xlsm, misnamed);
    expect(await runChiso(['track', misnamed, ...TODAY])).toMatchObject({ code: 0, err: '' });
    expect(existsSync(path.join(dir, 'macro-ten-sai-theo-doi.xlsm'))).toBe(true);
    expect(existsSync(path.join(dir, 'macro-ten-sai-theo-doi.xlsx'))).toBe(false);
    // The page names its download the same way.
    const port = await openFilePort(new Uint8Array(readFileSync(misnamed)), 'macro-ten-sai.xlsx', { settings: null });
    expect((await port.download()).name).toBe('macro-ten-sai-theo-doi.xlsm');
    // And a plain workbook called .xlsm is tracked into an .xlsx.
    const plain = path.join(dir, 'thuong.xlsm');
    copyFileSync(inputs.xlsx, plain);
    expect(await runChiso(['track', plain, ...TODAY])).toMatchObject({ code: 0, err: '' });
    expect(existsSync(path.join(dir, 'thuong-theo-doi.xlsx'))).toBe(true);
  });
});

describe('output files chiso must not replace silently', () => {
  const dir = tempDir('chiso-faithful-out-');
  const input = path.join(dir, 'ke-hoach.xlsx');
  beforeAll(() => copyFileSync(fixturePlan(), input));

  it('refuses a read-only output unless --force', async () => {
    const out = path.join(dir, 'chi-doc.xlsx');
    expect((await runChiso(['track', input, '-o', out, ...TODAY])).code).toBe(0);
    chmodSync(out, 0o444);
    const hash = sha(out);
    const run = await runChiso(['track', input, '-o', out, ...TODAY]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(
      /^Tệp ra chỉ được đọc \(read-only\), không ghi đè: .* \/ The output file is read-only: not replaced \(clear read-only or add --force\)$/,
    );
    expect(sha(out)).toBe(hash);
    expect((await runChiso(['track', input, '-o', out, '--force', ...TODAY])).code).toBe(0);
  });

  it('says in words that a path is too long (never the raw ENAMETOOLONG)', async () => {
    const run = await runChiso(['track', input, '-o', path.join(dir, `${'rất-dài-'.repeat(40)}.xlsx`), ...TODAY]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/quá dài.* \/ .*too long/);
    expect(run.err).not.toContain('ENAMETOOLONG');
  });

  it('does not call an output chiso made but cannot read "not a chiso tracker"', async () => {
    const out = path.join(dir, 'hong.xlsx');
    expect((await runChiso(['track', input, '-o', out, ...TODAY])).code).toBe(0);
    // Damage one of chiso's sheet parts (cut short): the package still lists the _chiso sheet.
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(readFileSync(out));
    const wb = await zip.file('xl/workbook.xml')!.async('string');
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    const rid = /<sheet name="_chiso"[^>]*r:id="(rId\d+)"/.exec(wb)![1];
    const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)!;
    const part = `xl/${target[1] ?? target[2]}`;
    zip.file(part, (await zip.file(part)!.async('string')).slice(0, 200));
    const { writeFileSync } = await import('fs');
    writeFileSync(out, await zip.generateAsync({ type: 'nodebuffer' }));
    const run = await runChiso(['track', input, '-o', out, ...TODAY]);
    expect(run.code).toBe(2);
    expect(run.err).not.toMatch(/không phải bảng theo dõi do chiso tạo|not a chiso tracker/);
    expect(run.err).toMatch(/^Tệp ra là bảng theo dõi do chiso tạo nhưng không đọc được/);
  });
});
