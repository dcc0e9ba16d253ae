/**
 * Second readers of a written workbook: LibreOffice (scripts/lo-render.sh recalculates every formula on load and
 * exports one CSV per sheet) and openpyxl (open, save, open again). Both throw with the program's stderr when it
 * cannot read the file, so the calling test fails with the reason.
 */
import { execFileSync } from 'child_process';
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import { LO_RENDER } from './fixtures';

const PYTHON = '/usr/bin/python3';

function run(cmd: string, args: string[], what: string): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 300000 });
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    throw new Error(`${what} failed: ${err.stderr?.trim() || err.message}`);
  }
}

const FORMULA_ERROR = /Err:\d+|#NAME\?|#VALUE!|#REF!|#DIV\/0!|#N\/A|#NUM!|#NULL!/g;

/**
 * Opens `file` in LibreOffice with recalculation forced and returns, for each sheet asked about, the formula errors
 * its recalculated values show ([] per sheet when none). A sheet LibreOffice did not export is an error too.
 */
export function libreOfficeErrors(file: string, outDir: string, sheets: string[]): Record<string, string[]> {
  run('bash', [LO_RENDER, file, outDir], `LibreOffice on ${path.basename(file)}`);
  const name = path.basename(file, path.extname(file));
  const out: Record<string, string[]> = {};
  for (const sheet of sheets) {
    const csv = path.join(outDir, `${name}-${sheet}.csv`);
    out[sheet] = existsSync(csv)
      ? (readFileSync(csv, 'utf8').match(FORMULA_ERROR) ?? [])
      : [`no CSV for sheet ${sheet}`];
  }
  return out;
}

export interface OpenpyxlView {
  /** `digest`: a hash of every cell's coordinate and value and of the merges (equal digests, equal contents). */
  sheets: Array<{ name: string; state: string; values: number; digest: string; charts: number; images: number }>;
  names: string[];
}

/** What openpyxl saw in `file` and in its own saved copy of it. */
export function openpyxlRoundTrip(file: string, copy: string): { first: OpenpyxlView; second: OpenpyxlView } {
  const json = run(
    PYTHON,
    [path.join(__dirname, 'openpyxl_roundtrip.py'), file, copy],
    `openpyxl on ${path.basename(file)}`,
  );
  return JSON.parse(json) as { first: OpenpyxlView; second: OpenpyxlView };
}
