/** Writes SheetSpecs as a Word document on disk, through a temporary file and a rename (as the workbook writer). */
import type { SheetSpec } from '../../core/sheetspec';
import { writeAtomically } from '../xlsx/track-output';
import { docxFromSpecs } from './write';

export async function writeNewDocx(specs: SheetSpec[], output: string): Promise<void> {
  await writeAtomically(await docxFromSpecs(specs), output);
}
