/**
 * Copying a plan sheet between packages (the refresh of a changed plan): the copy shows the source's cells, keeps
 * its chart, image, comments and table (with a table name free in the target), styles follow, the old copy's parts
 * are gone, and the result is well-formed and read by openpyxl and exceljs.
 */
import { readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { OpcPackage } from '../../../../src/adapters/xlsx/package/opc';
import { copySheet } from '../../../../src/adapters/xlsx/package-refresh/copy-sheet';
import { StyleMerge } from '../../../../src/adapters/xlsx/package-refresh/styles-merge';
import { hostile } from '../../../fixtures-gen/hostile';
import { readPackage, sheetsOf, xmlProblems } from '../../../support/package-compare';
import { openpyxlRoundTrip } from '../../../support/second-readers';
import { fixturePlan, tempDir } from '../../../core/tracker/helpers';

async function copyInto(srcFile: string, dstFile: string, sheet: string, out: string): Promise<void> {
  const src = await OpcPackage.open(readFileSync(srcFile));
  const dst = await OpcPackage.open(readFileSync(dstFile));
  const styles = await StyleMerge.load(src, dst);
  await copySheet(src, dst, sheet, styles);
  styles.save(dst);
  writeFileSync(out, await dst.save());
}

describe('copySheet', () => {
  const dir = tempDir('chiso-copy-sheet-');
  beforeAll(() => {
    hostile('table');
  }, 300000);

  it('replaces a sheet in place with the source copy, its chart, image and comments', async () => {
    const out = path.join(dir, 'drawing-into-plan.xlsx');
    await copyInto(hostile('commentsDrawing'), fixturePlan(), 'Phụ lục 1', out);
    const pkg = await readPackage(out);
    expect(xmlProblems(pkg)).toEqual([]);
    expect(sheetsOf(pkg).map((s) => s.name)).toEqual(['Phụ lục 1', 'Phụ lục 2', 'Phụ lục 3', 'Phụ lục 4']);
    const want = openpyxlRoundTrip(hostile('commentsDrawing'), path.join(dir, 'rt0.xlsx')).first.sheets[0];
    const seen = openpyxlRoundTrip(out, path.join(dir, 'rt.xlsx'));
    expect(seen.first.sheets[0]).toMatchObject({ name: 'Phụ lục 1', charts: 1, images: 1, digest: want.digest });
    expect([...pkg.keys()].filter((p) => /comments|chart|media|drawing/.test(p)).length).toBeGreaterThanOrEqual(5);
    // The plan's old sheet1.xml is gone (the copy has a fresh part).
    expect(sheetsOf(pkg)[0].part).not.toBe('xl/worksheets/sheet1.xml');
    expect(pkg.has('xl/worksheets/sheet1.xml')).toBe(false);
  });

  it('gives a copied table a free id and name, and appends a sheet the target lacks', async () => {
    const out = path.join(dir, 'table-twice.xlsx');
    const src = await OpcPackage.open(readFileSync(hostile('table')));
    const dst = await OpcPackage.open(readFileSync(hostile('table')));
    // Rename the source's table sheet so the copy lands beside the target's own table sheet.
    const wb = (await src.text('xl/workbook.xml'))!.replace('name="Phụ lục 1"', 'name="Bản sao"');
    src.setText('xl/workbook.xml', wb);
    const styles = await StyleMerge.load(src, dst);
    await copySheet(src, dst, 'Bản sao', styles);
    styles.save(dst);
    writeFileSync(out, await dst.save());
    const pkg = await readPackage(out);
    expect(xmlProblems(pkg)).toEqual([]);
    const tables = [...pkg.entries()]
      .filter(([p]) => p.startsWith('xl/tables/'))
      .map(([, b]) => /id="(\d+)"[^>]*/.exec(b.toString())?.[0] ?? '');
    expect(tables).toHaveLength(2);
    const names = [...pkg.entries()]
      .filter(([p]) => p.startsWith('xl/tables/'))
      .map(([, b]) => /displayName="([^"]+)"/.exec(b.toString())?.[1]);
    expect(new Set(names).size).toBe(2);
    expect(sheetsOf(pkg).map((s) => s.name)).toEqual(['Phụ lục 1', 'Phụ lục 2', 'Phụ lục 3', 'Phụ lục 4', 'Bản sao']);
    const seen = openpyxlRoundTrip(out, path.join(dir, 'rt2.xlsx'));
    expect(seen.second.sheets.map((s) => s.name)).toContain('Bản sao');
  });
});
