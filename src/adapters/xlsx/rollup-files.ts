/**
 * `chiso rollup`'s file side: the inputs (files, or folders and their files) into a list, then ONE FILE AT A TIME
 * read into Grids (readWorkbookGrids), added to the roll-up and let go, so memory does not grow with the number of
 * units. A file that cannot be read is skipped with its reason; nothing is ever written next to the inputs.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { runRollup, type RollupResult, type RollupSource, type RunRollupOptions } from '../../core/rollup';
import type { Bilingual } from '../../core/text';
import { readFailureReason } from './errors';
import { readWorkbookGrids } from './read';

export interface RollupInput {
  /** The path as given or found (what the roll-up shows and `--json` prints). */
  file: string;
  /** Why it is skipped without reading it (a folder's file that is not an .xlsx), when so. */
  skip?: Bilingual;
}

const WORKBOOK_EXT = /\.(xlsx|xlsm)$/i;
export const NOT_XLSX_FILE: Bilingual = { vi: 'không phải tệp .xlsx', en: 'not an .xlsx file' };

/**
 * Expands the inputs: a file as given; a folder's files (not its sub-folders) sorted by name — .xlsx and .xlsm are
 * read, other files listed as skipped, hidden files and Excel's lock files ("~$…") ignored. `exclude` (the output)
 * is never an input.
 */
export async function listInputs(inputs: string[], exclude?: string): Promise<RollupInput[]> {
  const out: RollupInput[] = [];
  const seen = new Set<string>();
  const push = (file: string, skip?: Bilingual) => {
    const abs = path.resolve(file);
    if (seen.has(abs) || (exclude && abs === path.resolve(exclude))) return;
    seen.add(abs);
    out.push(skip ? { file, skip } : { file });
  };
  for (const input of inputs) {
    let stat;
    try {
      stat = await fs.stat(input);
    } catch {
      push(input, { vi: 'không tìm thấy tệp hay thư mục', en: 'no such file or folder' });
      continue;
    }
    if (!stat.isDirectory()) {
      push(input);
      continue;
    }
    const names = (await fs.readdir(input, { withFileTypes: true }))
      .filter((d) => d.isFile() && !d.name.startsWith('.') && !d.name.startsWith('~$'))
      .map((d) => d.name)
      .sort((a, b) => a.localeCompare(b, 'vi'));
    for (const n of names) push(path.join(input, n), WORKBOOK_EXT.test(n) ? undefined : NOT_XLSX_FILE);
  }
  return out;
}

export interface RollupOptions {
  asOf: string;
  soonDays: number;
  /** Called after each file (done so far, total) — the pane's and the CLI's progress. */
  progress?: (done: number, total: number, file: string) => void;
  onUnit?: RunRollupOptions['onUnit'];
}

/** Reads every input one at a time into the roll-up (core/rollup/run.ts). */
export function rollupFiles(inputs: RollupInput[], opts: RollupOptions): Promise<RollupResult> {
  const sources: RollupSource[] = inputs.map((i) => ({
    file: i.file,
    name: path.basename(i.file),
    skip: i.skip,
    read: () => readWorkbookGrids(i.file),
  }));
  return runRollup(sources, { ...opts, failure: (s, e) => readFailureReason(s.name, e) });
}
