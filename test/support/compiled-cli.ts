/**
 * The compiled CLI (bin/chiso.js → lib/), for tests that must run chiso in a process of its own (a heap cap). CI
 * compiles lib/ at `npm ci`; a local lib/ older than src/ is compiled again first, so the test runs today's code.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from './fixtures';

const MAIN = path.join(ROOT, 'lib', 'cli', 'main.js');

/** The latest modification time of any file below `dir`. */
export function newestMtime(dir: string): number {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

/** The path of bin/chiso.js, lib/ compiled from today's src/ (about 30 s when it was stale). */
export function compiledCli(): string {
  const built = fs.existsSync(MAIN) ? fs.statSync(MAIN).mtimeMs : 0;
  if (built < newestMtime(path.join(ROOT, 'src')))
    execFileSync(
      process.execPath,
      [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-b', '--force', 'tsconfig.cli.json'],
      {
        cwd: ROOT,
        stdio: 'pipe',
        timeout: 300000,
      },
    );
  return path.join(ROOT, 'bin', 'chiso.js');
}
