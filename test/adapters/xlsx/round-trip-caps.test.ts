/**
 * Issue 22, round trip at every size chiso writes: the reader's caps let `chiso track` read back every sheet it wrote.
 * chiso's own sheets (its marker's list) are read to the plan cap whatever their first rows hold, and the caps are
 * sized from what a tracker holds per task, up to 100,000 tasks. The 100,000-task round trip itself runs in
 * `npm run bench` (section tracker): minutes and gigabytes on this machine.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { MAX_CELLS, PLAN_CELLS, readXlsxWorkbook } from '../../../src/adapters/xlsx/reader';
import { syntheticTaskRows } from '../../../scripts/lib/bench-util';
import { runChiso } from '../../support/cli';
import { cleanTempDirs, tempDir } from '../../core/tracker/helpers';
import * as fs from 'fs';

const TASKS = 1000;
const LARGEST = 100_000;

function cellsOf(cells: { kind: string }[][]): number {
  return cells.reduce((n, row) => n + row.filter((c) => c && c.kind !== 'empty').length, 0);
}

describe('the reader reads back what chiso track writes', () => {
  let output: string;
  beforeAll(async () => {
    const dir = tempDir('chiso-round-trip-');
    const input = path.join(dir, 'ke-hoach.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Phụ lục 1');
    for (const row of syntheticTaskRows(TASKS)) ws.addRow(row);
    await wb.xlsx.writeFile(input);
    output = path.join(dir, 'theo-doi.xlsx');
    const r = await runChiso(['track', input, '-o', output, '--today', '2025-09-30']);
    expect(r.code).toBe(0);
  }, 120_000);
  afterAll(cleanTempDirs);

  it("chiso's own sheets are read past the raw-data cap, whatever their first rows", async () => {
    const bytes = fs.readFileSync(output);
    const { grids } = await readXlsxWorkbook(bytes, 'theo-doi.xlsx', { limits: { sheetCells: 20 } });
    expect(grids.length).toBeGreaterThan(3);
    for (const g of grids) {
      expect({ sheet: g.sheet, notes: g.notes ?? [] }).toEqual({ sheet: g.sheet, notes: [] });
    }
    // The same sheets as read with the real caps.
    const full = await readXlsxWorkbook(bytes, 'theo-doi.xlsx');
    expect(grids.map((g) => cellsOf(g.cells))).toEqual(full.grids.map((g) => cellsOf(g.cells)));
  }, 60_000);

  it('the caps hold a tracker of the largest plan: every sheet and the whole workbook, scaled to 100,000 tasks', async () => {
    const { grids } = await readXlsxWorkbook(fs.readFileSync(output), 'theo-doi.xlsx');
    const scale = LARGEST / TASKS;
    let total = 0;
    for (const g of grids) {
      const n = cellsOf(g.cells);
      total += n;
      expect({ sheet: g.sheet, cells: n * scale <= PLAN_CELLS }).toEqual({ sheet: g.sheet, cells: true });
    }
    expect(total * scale).toBeLessThanOrEqual(MAX_CELLS);
  }, 60_000);
});
