#!/usr/bin/env node
// npm's "prepare" (run after `npm ci` / `npm install` in this checkout): compiles the CLI into lib/.
// - With the development dependencies (the usual set-up, `npm ci`): `npm run build:cli` — tsc, type-checked.
// - Without them (`npm ci --omit=dev`, the lean install of the CLI alone): TypeScript is a development dependency
//   and is not there, so the CLI's sources are compiled by the TypeScript version of package-lock.json fetched for
//   the occasion into npm's cache (`npm exec`), not into node_modules; the type check is the full set-up's job
//   (`--noCheck`: the types packages are development dependencies too). The result is the same JavaScript.
// Plain CommonJS with Node's built-ins only: it runs before anything is compiled.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.error) throw r.error;
  return r.status === null ? 1 : r.status;
}

/** npm itself: the one running this script (npm_execpath), else the `npm` on PATH. */
function npm(args) {
  const cli = process.env.npm_execpath;
  return cli && /\.c?js$/.test(cli) ? run(process.execPath, [cli, ...args]) : run('npm', args);
}

function hasTypeScript() {
  try {
    require.resolve('typescript/package.json', { paths: [ROOT] });
    return true;
  } catch {
    return false;
  }
}

/** The TypeScript version package-lock.json pins (the one `npm ci` would install). */
function lockedTypeScript() {
  const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));
  const v =
    lock.packages && lock.packages['node_modules/typescript'] && lock.packages['node_modules/typescript'].version;
  if (!v) throw new Error('package-lock.json pins no typescript version');
  return v;
}

function leanBuild() {
  const version = lockedTypeScript();
  // The CLI's project without the parts that need development packages: no types packages, no declarations.
  const config = path.join(ROOT, 'lib', 'tsconfig.lean.json');
  fs.mkdirSync(path.dirname(config), { recursive: true });
  // Paths in tsconfig.cli.json (include, outDir lib/) stay relative to it.
  fs.writeFileSync(
    config,
    JSON.stringify({
      extends: '../tsconfig.cli.json',
      compilerOptions: { types: [], noCheck: true, composite: false, declaration: false, tsBuildInfoFile: null },
    }),
  );
  console.log(`chiso: no development dependencies; compiling the CLI with typescript@${version} (npm exec)`);
  try {
    return npm(['exec', '--yes', `--package=typescript@${version}`, '--', 'tsc', '-p', config]);
  } finally {
    fs.rmSync(config, { force: true });
  }
}

const status = hasTypeScript() ? npm(['run', 'build:cli']) : leanBuild();
if (status === 0 && !fs.existsSync(path.join(ROOT, 'lib', 'cli', 'main.js'))) {
  console.error('chiso: lib/cli/main.js was not built');
  process.exit(1);
}
process.exit(status);
