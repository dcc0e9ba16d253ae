import { promises as fs } from 'fs';
import * as path from 'path';
import { readWorkbookGrids } from '../../../src/adapters/xlsx/read';
import { exceljsGrids } from '../../support/exceljs-grid';
import { PLANS_DIR } from '../../support/fixtures';

const PLANS = PLANS_DIR;

describe('the streaming reader gives the Grids exceljs gave on the sample plans', () => {
  it.each(['hanoi-2025-phu-luc.xlsx', 'dienban-2025-phan-cong.xlsx'])('%s', async (file) => {
    const buf = await fs.readFile(path.join(PLANS, file));
    const before = await exceljsGrids(buf);
    const now = await readWorkbookGrids(buf);
    expect(now.map((g) => g.sheet)).toEqual(before.map((g) => g.sheet));
    expect(now).toEqual(before);
  });
});
