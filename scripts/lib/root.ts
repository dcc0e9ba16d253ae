// Where the scripts find the repository and the compiled app. A script runs in two places: from its source
// (scripts/x.ts, loaded by jest through ts-jest) and compiled (lib/scripts/x.js, built by `npm run build:cli` and
// run by node). Both find the repository root the same way: the nearest folder above them with a package.json.
import * as fs from 'fs';
import * as path from 'path';

/** The nearest folder at or above `from` that holds a package.json. */
export function findRoot(from: string): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

/** The repository root. */
export const ROOT = findRoot(__dirname);

/** The compiled app (`npm run build:cli`), or CHISO_LIB: another compiled tree. */
export const LIB = process.env.CHISO_LIB || path.join(ROOT, 'lib');

/**
 * A module of the compiled app, typed as its source: `fromLib<typeof Track>('cli/commands/track.js')` with
 * `import type * as Track from '../../src/cli/commands/track'`. The scripts import only types from src/ (a runtime
 * import would point into lib/scripts/ once compiled); the code comes from LIB.
 */
export function fromLib<T>(rel: string): T {
  const file = path.join(LIB, rel);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run build:cli\` first (or set CHISO_LIB)`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the path is known at run time only (CHISO_LIB)
  return require(file) as T;
}

/**
 * The compiled form of a script (`rel` under scripts/, e.g. 'lib/bench-track-child.js'), for a child process: node
 * runs JavaScript only, so a section loaded from its source by jest still forks the compiled file.
 */
export function compiledScript(rel: string): string {
  const file = path.join(ROOT, 'lib', 'scripts', rel);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run build:cli\` first`);
  return file;
}
