/**
 * `chiso import PLAN.docx [-o OUT.xlsx] [--force]`: the appendix tables of a Word plan as a new workbook, one sheet
 * per table ("Phụ lục 1", else "Bảng N") with cells, merges and line breaks, so officials keep an Excel copy.
 * Exit 0 written, 1 no appendix table in the document, 2 cannot run (bad call, unreadable document, output taken).
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { readDocxFile } from '../../adapters/docx/file';
import { DocxReadError } from '../../adapters/docx/read';
import { TrackFileError } from '../../adapters/xlsx/track-output';
import { importSpecs } from '../../core/generate';
import { parseArgs, type Command, type Io } from '../io';
import {
  badCall,
  NO_TABLES,
  NO_TABLES_EXIT,
  outputProblem,
  SAME_OUTPUT,
  unknownOptions,
  writeNewWorkbook,
} from '../workbook-io';

const USAGE = 'Cách dùng / Usage: chiso import TỆP.docx [-o RA.xlsx] [--force]';

export function importOutput(input: string): string {
  return path.join(path.dirname(input), `${path.basename(input, path.extname(input))}.xlsx`);
}

export const importCommand: Command = async (args, io) => {
  const a = parseArgs(args, { values: ['out'], flags: ['force', 'help'], alias: { '-o': '--out', '-h': '--help' } });
  const bad = badCall(io);
  if (a.flags.has('help')) {
    io.out(USAGE);
    return 0;
  }
  if (a.unknown.length) return bad(unknownOptions(a.unknown, USAGE));
  if (a.positional.length !== 1) return bad(`Cần đúng một tệp .docx / Give exactly one .docx file. ${USAGE}`);
  const input = path.resolve(a.positional[0]);
  const output = path.resolve(a.values.out ?? importOutput(input));
  const wrong = outputProblem(output, ['.xlsx']);
  if (wrong) return bad(wrong);
  if (output === input) return bad(SAME_OUTPUT);
  if (!/\.xlsx$/i.test(output)) return bad(`Tệp ra phải là .xlsx / The output must be an .xlsx file: ${output}`);
  let docx;
  try {
    docx = await readDocxFile(input);
  } catch (e) {
    // No table at all is "no appendix table" (exit 1), as tables that are not appendices: README, exit codes.
    if (e instanceof DocxReadError && e.code === 'NO_TABLES') return noAppendix(io, 0);
    if (e instanceof DocxReadError) return bad(e.message);
    throw e;
  }
  const r = importSpecs(docx.tables);
  if (!r.specs.length) return noAppendix(io, docx.tables.length);
  const exists = await fs.stat(output).then(
    () => true,
    () => false,
  );
  if (exists && !a.flags.has('force'))
    return bad(
      `Tệp ra đã có, không ghi đè: ${output} (thêm --force để ghi đè) / The output exists: not overwritten (add --force)`,
    );
  try {
    await writeNewWorkbook(r.specs, output);
  } catch (e) {
    if (e instanceof TrackFileError) return bad(e.message);
    throw e;
  }
  io.out(`Đã ghi / Written: ${output}`);
  io.out(
    `Bảng / Tables: ${r.sheets.map((s) => `${s.table} → "${s.sheet}"`).join(', ')} (${docx.tables.length - r.sheets.length} bảng khác không phải phụ lục / other tables left out)`,
  );
  return 0;
};

/** The one "no tables" line of every command; a document with tables that are not appendices says how many. */
function noAppendix(io: Io, tables: number): number {
  io.err(
    tables
      ? `${NO_TABLES} — ${tables} bảng của văn bản không phải phụ lục / ${tables} tables, none an appendix`
      : NO_TABLES,
  );
  return NO_TABLES_EXIT;
}
