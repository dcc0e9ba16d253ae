/** Sheet states: a very hidden sheet is left alone; a hidden sheet is read and its trackers say it is hidden. */
import * as fs from 'fs';
import { readWorkbookGrids } from '../../../src/adapters/xlsx/read';
import { readTablesFlow, trackFlow } from '../../../src/core/app/flows';
import { editZip } from './build';
import { planFile } from '../../support/fixtures';

const HANOI = planFile();

async function withState(sheet: string, state: string): Promise<Buffer> {
  return editZip(fs.readFileSync(HANOI), {
    'xl/workbook.xml': (xml) => xml.replace(`name="${sheet}" state="visible"`, `name="${sheet}" state="${state}"`),
  });
}

describe('sheet states', () => {
  it('does not read a table on a very hidden sheet as a plan', async () => {
    const grids = await readWorkbookGrids(await withState('Phụ lục 2', 'veryHidden'));
    expect(grids.find((g) => g.sheet === 'Phụ lục 2')?.state).toBe('veryHidden');
    const sheets = readTablesFlow(grids).plan.tables.map((t) => t.sheet);
    expect(sheets).toContain('Phụ lục 1');
    expect(sheets).not.toContain('Phụ lục 2');
    const visible = readTablesFlow(await readWorkbookGrids(HANOI)).plan.tables.map((t) => t.sheet);
    expect(visible).toContain('Phụ lục 2');
  });

  it('reads a hidden sheet, and the trackers built from it say the sheet is hidden', async () => {
    const grids = await readWorkbookGrids(await withState('Phụ lục 2', 'hidden'));
    const flow = trackFlow(grids, [], { today: '2025-09-30', fixedToday: true });
    const fromHidden = flow.set.sheets.filter((s) => s.source?.sheet === 'Phụ lục 2');
    const fromVisible = flow.set.sheets.filter((s) => s.source?.sheet === 'Phụ lục 1');
    expect(fromHidden.length).toBeGreaterThan(0);
    expect(fromVisible.length).toBeGreaterThan(0);
    const texts = (s: (typeof fromHidden)[number]): string[] =>
      s.cells.flatMap((row) => row ?? []).flatMap((c) => (c && typeof c.v === 'string' ? [c.v] : []));
    for (const s of fromHidden)
      expect(texts(s).some((t) => t.includes('trang tính này đang ẩn / this sheet is hidden'))).toBe(true);
    for (const s of fromVisible) expect(texts(s).some((t) => t.includes('đang ẩn'))).toBe(false);
  });
});
