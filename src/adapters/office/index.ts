/** The Office.js adapter: the only code that touches `Excel.*`. */
export { OfficePort, defaultOfficeHost, type OfficeHost, type SettingsLike } from './port';
export {
  readGridsFrom,
  readLinks,
  cellFromOffice,
  parseAreas,
  type GridTarget,
  NO_MERGES_WARNING,
  NO_LINKS_WARNING,
} from './read';
export { renderSheetSpecs, type RenderOptions, type RenderReport, WRITE_API, WRITE_API_FULL } from './render';
export { toPortError } from './errors';
export { REQUEST_BUDGET, REQUEST_LIMIT } from './ops';

import type { Grid } from '../../core/grid';
import { readGridsFrom, type GridTarget, type ReadOptions } from './read';

/** Reads one sheet (by name), the active sheet or the selection as a Grid, with warnings. */
export async function readGrid(
  context: Excel.RequestContext,
  /** A sheet name, or 'active' / 'selection' (so a sheet literally named so is read through readGridsFrom). */
  target: string,
  opts: ReadOptions = {},
): Promise<{ grid: Grid; warnings: string[] }> {
  const t: GridTarget = target === 'active' ? { active: true } : target === 'selection' ? { selection: true } : target;
  const { grids, warnings } = await readGridsFrom(context, [t], opts);
  return { grid: grids[0], warnings };
}

/** Selects a cell (activating its sheet). */
export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(cell).select();
  await context.sync();
}
