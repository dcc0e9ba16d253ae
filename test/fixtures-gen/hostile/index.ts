/**
 * Hostile workbooks made by other programs from the sample plan (openpyxl_fixtures.py, lo_fixtures.py), generated
 * once per test run into a temp folder shared by the test files of that run (keyed by the generators' and the plan's
 * hash and the jest run's process). A generator that fails throws with its stderr, so the test using it fails.
 */
import { execFileSync } from 'child_process';
import { createHash } from 'crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { planFile } from '../../support/fixtures';

const HERE = __dirname;
export const SAMPLE_PLAN = planFile();
/** Debian's python, which has openpyxl, PIL and uno (the pyenv python3 on PATH has none of them). */
export const PYTHON = '/usr/bin/python3';
const SCRIPTS = ['openpyxl_fixtures.py', 'lo_fixtures.py'];

/** What each fixture holds (the parts a faithful writer must carry over). */
export const HOSTILE = {
  table: 'table.xlsx',
  commentsDrawing: 'comments-drawing.xlsx',
  validationCf: 'validation-cf.xlsx',
  namesProps: 'names-props.xlsx',
  controlChars: 'control-chars.xlsx',
  macro: 'macro.xlsm',
  absolute: 'absolute.xlsx',
  pivotChart: 'pivot-chart.xlsx',
} as const;
export type HostileName = keyof typeof HOSTILE;

function run(script: string, out: string): void {
  try {
    execFileSync(PYTHON, [path.join(HERE, script), SAMPLE_PLAN, out], {
      stdio: 'pipe',
      timeout: 240000,
      env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' },
    });
  } catch (e) {
    const err = e as { stderr?: Buffer; message: string };
    throw new Error(`fixture generator ${script} failed: ${err.stderr?.toString().trim() || err.message}`);
  }
}

function key(): string {
  const h = createHash('sha256');
  for (const f of [...SCRIPTS.map((s) => path.join(HERE, s)), SAMPLE_PLAN]) h.update(readFileSync(f));
  return h.digest('hex').slice(0, 12);
}

/** Removes other runs' fixture folders older than a day (a run cannot tell when the next one is done with its own). */
function sweep(keep: string): void {
  const day = Date.now() - 24 * 3600 * 1000;
  for (const d of readdirSync(os.tmpdir())) {
    const full = path.join(os.tmpdir(), d);
    if (!d.startsWith('chiso-hostile-') || full === keep) continue;
    try {
      if (statSync(full).mtimeMs < day) rmSync(full, { recursive: true, force: true });
    } catch {
      // another run removed it first
    }
  }
}

/** The folder holding every hostile fixture, generating it if this run has not yet. */
export function hostileDir(): string {
  const dir = path.join(os.tmpdir(), `chiso-hostile-${key()}-${process.ppid}`);
  if (existsSync(path.join(dir, 'done'))) return dir;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'chiso-hostile-tmp-'));
  try {
    for (const s of SCRIPTS) run(s, tmp);
    for (const f of Object.values(HOSTILE))
      if (!existsSync(path.join(tmp, f))) throw new Error(`fixture generators did not write ${f}`);
    execFileSync('touch', [path.join(tmp, 'done')]);
    try {
      renameSync(tmp, dir);
    } catch {
      // Another test file of this run finished first: use its folder.
      rmSync(tmp, { recursive: true, force: true });
    }
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  sweep(dir);
  return dir;
}

/** The path of one hostile fixture (generated on first use in this run). */
export function hostile(name: HostileName): string {
  return path.join(hostileDir(), HOSTILE[name]);
}
