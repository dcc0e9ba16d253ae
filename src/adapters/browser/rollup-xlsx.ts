/**
 * The roll-up's workbook side in the page (file mode and Excel alike): picked bytes → Grids (the CLI's streaming
 * reader) and the roll-up's SheetSpecs → .xlsx bytes (the CLI's writer), so the download equals `chiso rollup`'s
 * file. The pane loads it with `import()` (load.ts), in its own chunk.
 */
import type { Grid } from '../../core/grid';
import type { SheetSpec } from '../../core/sheetspec';
import { readXlsxGrids } from '../xlsx/reader';
import { readFailureReason } from '../xlsx/errors';
import { newWorkbookBytes } from '../xlsx/sml';

/** Reads a picked file's bytes into Grids (every sheet); throws WorkbookReadError when it cannot be read. */
export async function gridsOfBytes(bytes: Uint8Array, name: string): Promise<Grid[]> {
  return readXlsxGrids(bytes, name);
}

/** Why a picked file could not be read, in both languages. */
export const readFailureOf = readFailureReason;

/** SheetSpecs into a new workbook's bytes. */
export async function specsToBytes(specs: SheetSpec[]): Promise<Uint8Array> {
  return newWorkbookBytes(specs);
}
