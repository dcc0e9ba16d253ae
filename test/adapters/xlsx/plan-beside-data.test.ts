/**
 * Issue 22, read by need: a plan beside a big raw-data sheet. The data sheet (120,000 rows × 10 columns, no plan
 * header in its first rows) is over the per-sheet cell cap: it is skipped with an info problem naming it, the plan is
 * read, and `chiso track` keeps the data sheet's part as it was. Time and memory are measured in `npm run bench`.
 */
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { readWorkbookGrids } from '../../../src/adapters/xlsx/read';
import { DATA_SHEET, PLAN_SHEET, writePlanBesideData } from '../../../scripts/lib/plan-beside-data';
import { runChiso } from '../../support/cli';
import { cleanTempDirs, tempDir } from '../../core/tracker/helpers';

const SKIPPED = `Trang “${DATA_SHEET}” quá lớn, không đọc`;

/** The part of a sheet, by the workbook's relationships. */
async function sheetPart(zip: JSZip, sheet: string): Promise<string> {
  const wb = await zip.file('xl/workbook.xml')!.async('string');
  const rid = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(wb)![1];
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const target =
    new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1];
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

describe('a plan beside a 120,000-row data sheet', () => {
  let dir: string;
  let input: string;
  beforeAll(async () => {
    dir = tempDir('chiso-plan-data-');
    input = path.join(dir, 'ke-hoach.xlsx');
    await writePlanBesideData(input);
  }, 120_000);
  afterAll(cleanTempDirs);

  it('the reader skips the data sheet with a note and reads the plan sheet whole', async () => {
    const grids = await readWorkbookGrids(input);
    const data = grids.find((g) => g.sheet === DATA_SHEET)!;
    expect(data.cells).toHaveLength(0);
    expect(data.notes).toEqual([expect.objectContaining({ code: 'SHEET_TOO_LARGE', params: expect.anything() })]);
    const plan = grids.find((g) => g.sheet === PLAN_SHEET)!;
    expect(plan.rowCount).toBe(8);
    expect(plan.notes).toBeUndefined();
  }, 60_000);

  it('`chiso validate` reads the plan and says the data sheet was not read', async () => {
    const r = await runChiso(['validate', input]);
    expect(r.out + r.err).toContain(SKIPPED);
    expect(r.out + r.err).not.toMatch(/too large\b(?!, not read)/i);
  }, 60_000);

  it('`chiso track` tracks the plan and keeps the data sheet part byte for byte', async () => {
    const output = path.join(dir, 'theo-doi.xlsx');
    const r = await runChiso(['track', input, '-o', output, '--today', '2025-09-30']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Nhiệm vụ / Tasks: 5');
    expect(r.out).toContain('thông tin 1');
    // The problem is listed on the tracker's problem sheet.
    const issues = (await readWorkbookGrids(output)).find((g) => g.sheet === 'Vấn đề')!;
    const texts = issues.cells.flat().map((c) => (c.kind === 'text' ? c.text : ''));
    expect(texts.some((t) => t.includes(SKIPPED))).toBe(true);
    const before = await JSZip.loadAsync(fs.readFileSync(input));
    const after = await JSZip.loadAsync(fs.readFileSync(output));
    const a = await before.file(await sheetPart(before, DATA_SHEET))!.async('uint8array');
    const b = await after.file(await sheetPart(after, DATA_SHEET))!.async('uint8array');
    expect(b.length).toBe(a.length);
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
  }, 120_000);
});
