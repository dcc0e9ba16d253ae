/** Writes SheetSpecs as a Word document on disk, through a temporary file and a rename (as the workbook writer). */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { SheetSpec } from '../../core/sheetspec';
import { TrackFileError } from '../xlsx/track-output';
import { docxFromSpecs } from './write';

export async function writeNewDocx(specs: SheetSpec[], output: string): Promise<void> {
  const bytes = await docxFromSpecs(specs);
  const tmp = path.join(path.dirname(output), `.${path.basename(output)}.${process.pid}.tmp`);
  try {
    await fs.mkdir(path.dirname(output), { recursive: true });
    await fs.writeFile(tmp, bytes);
    await fs.rename(tmp, output);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException)?.code ?? (e instanceof Error ? e.message.split('\n')[0] : String(e));
    throw new TrackFileError(`Không ghi được tệp ra: ${output} — ${code} / Cannot write the output file`);
  }
}
