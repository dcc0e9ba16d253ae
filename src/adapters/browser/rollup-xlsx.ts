/**
 * The roll-up's workbook side in the page (file mode and Excel alike): picked bytes → Grids (exceljs, as the CLI
 * reads them: workbook.ts) and the roll-up's SheetSpecs → .xlsx bytes (the CLI's writer). Pulls in exceljs: the
 * pane loads it with `import()` (load.ts), in its own chunk.
 */
import ExcelJS from 'exceljs';
import type { Grid } from '../../core/grid';
import type { SheetSpec } from '../../core/sheetspec';
import { WorkbookReadError, gridFromWorksheet, loadWorkbookBytes } from '../xlsx/workbook';
import { writeSheetSpecs } from '../xlsx/write';

/** Reads a picked file's bytes into Grids (every sheet); throws WorkbookReadError when it cannot be read. */
export async function gridsOfBytes(bytes: Uint8Array, name: string): Promise<Grid[]> {
  const wb = await loadWorkbookBytes(bytes, name);
  return wb.worksheets.map(gridFromWorksheet);
}

/** The one-line reason a picked file could not be read. */
export function readFailureOf(name: string, e: unknown): string {
  if (e instanceof WorkbookReadError) return e.message.split('\n')[0];
  const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
  return `Tệp "${name}" không đọc được / cannot be read: ${msg}`;
}

/** SheetSpecs into a new workbook's bytes. */
export async function specsToBytes(specs: SheetSpec[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'chiso';
  writeSheetSpecs(wb, specs);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
