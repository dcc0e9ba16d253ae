/**
 * Issue 22, read by need: `--sheet` parses only the named sheet's part (and what it needs: workbook.xml, its rels,
 * shared strings, styles, chiso's marker). Proved twice on the plan-beside-data workbook with its data part made
 * unreadable: read whole, the damage is reported; with --sheet it is not, and the zip layer never inflates that part.
 */
import * as fs from 'fs';
import * as path from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readWorkbookGrids } from '../../../src/adapters/xlsx/read';
import { ZipReader, type ZipEntry } from '../../../src/adapters/zip/read';
import { DATA_SHEET, PLAN_SHEET, writePlanBesideData } from '../../../scripts/lib/plan-beside-data';
import { runChiso } from '../../support/cli';
import { cleanTempDirs, tempDir } from '../../core/tracker/helpers';

describe('--sheet on a plan beside a data sheet whose part is damaged', () => {
  let input: string;
  let dataPart: string;
  beforeAll(async () => {
    const dir = tempDir('chiso-plan-sheet-');
    const whole = path.join(dir, 'whole.xlsx');
    await writePlanBesideData(whole, 2_000);
    const entries = unzipSync(fs.readFileSync(whole));
    const wb = strFromU8(entries['xl/workbook.xml']);
    const rid = new RegExp(`<sheet [^>]*name="${DATA_SHEET}"[^>]*r:id="([^"]+)"`).exec(wb)![1];
    const rels = strFromU8(entries['xl/_rels/workbook.xml.rels']);
    const target = new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*/>`).exec(rels)![0].match(/Target="([^"]+)"/)![1];
    dataPart = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    expect(entries[dataPart]).toBeDefined();
    // Cut off mid-row: not well-formed XML, which a read of that part reports.
    entries[dataPart] = strToU8(strFromU8(entries[dataPart]).slice(0, 5_000));
    input = path.join(dir, 'ke-hoach.xlsx');
    fs.writeFileSync(input, zipSync(entries));
  }, 60_000);
  afterAll(cleanTempDirs);

  it('read whole, the damaged data part is reported; with --sheet it is not', async () => {
    const whole = await runChiso(['validate', input]);
    expect(whole.out).toMatch(new RegExp(`Trang “${DATA_SHEET}” không đọc được \\(phần .* bị hỏng\\)`));
    const one = await runChiso(['validate', input, '--sheet', PLAN_SHEET]);
    expect(one.out).not.toContain(DATA_SHEET);
    expect(one).toMatchObject({ code: 0, err: '' });
    expect(one.out).toContain('1 bảng');
    // extract reads the same way.
    const json = JSON.parse((await runChiso(['extract', input, '--sheet', PLAN_SHEET, '--json'])).out);
    expect(json.tables.map((t: { sheet: string }) => t.sheet)).toEqual([PLAN_SHEET]);
  });

  it('the zip layer never inflates the data part when one sheet is asked for', async () => {
    const seen: string[] = [];
    const original = ZipReader.prototype.chunks;
    const chunks = jest.spyOn(ZipReader.prototype, 'chunks').mockImplementation(function (
      this: ZipReader,
      e: ZipEntry,
    ) {
      seen.push(e.name);
      return original.call(this, e);
    });
    const inflate = jest.spyOn(ZipReader.prototype, 'inflate');
    try {
      const grids = await readWorkbookGrids(input, { sheet: PLAN_SHEET });
      expect(grids.map((g) => g.sheet)).toEqual([PLAN_SHEET]);
      expect(grids[0].rowCount).toBe(8);
      const inflated = [...seen, ...inflate.mock.calls.map(([e]) => e.name)];
      expect(inflated).toContain('xl/workbook.xml');
      expect(inflated).not.toContain(dataPart);
      seen.length = 0;
      await readWorkbookGrids(input);
      expect(seen).toContain(dataPart);
    } finally {
      chunks.mockRestore();
      inflate.mockRestore();
    }
  });
});
