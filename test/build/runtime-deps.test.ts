/**
 * A lean runtime: `dependencies` holds exactly what the CLI loads when it runs, so `npm ci --omit=dev` gives a
 * working `chiso` (the page's libraries are bundled into dist/ at build time; exceljs is the tests' oracle and the
 * benchmark floor, a development dependency that src/ never imports).
 * - Every module the compiled CLI can load (bin/chiso.js → lib/cli/main.js and every relative require from there,
 *   lazy ones included) requires only Node's built-ins and packages in `dependencies`.
 * - Every package in `dependencies` is loaded by that graph (nothing the CLI never uses rides along).
 * - No file in src/ imports exceljs, in any form (import, import type, require, import()).
 * `.ci/run` also installs a fresh clone with `npm ci --omit=dev` and runs `chiso demo` there.
 */
import { builtinModules } from 'module';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { ROOT } from '../support/fixtures';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
const DEPS = new Set(Object.keys(pkg.dependencies ?? {}));
const BUILTIN = new Set(builtinModules);

/** The package a bare specifier names: "@scope/name/sub" → "@scope/name", "name/sub" → "name". */
export function packageOf(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const isBuiltin = (spec: string) => spec.startsWith('node:') || BUILTIN.has(packageOf(spec));

/** Every specifier a file imports or requires (static, dynamic, require), as TypeScript's scanner finds them. */
function specifiers(file: string): string[] {
  return ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true).importedFiles.map((i) => i.fileName);
}

function resolveJs(from: string, spec: string): string {
  const base = path.resolve(path.dirname(from), spec);
  for (const c of [base, `${base}.js`, path.join(base, 'index.js')])
    if (fs.existsSync(c) && fs.statSync(c).isFile()) return c;
  throw new Error(`${path.relative(ROOT, from)}: cannot resolve ${spec}`);
}

/** The modules reachable from `entry` by relative requires, and the bare specifiers they require (by module). */
export function runtimeGraph(entry: string): { modules: string[]; bare: Map<string, string[]> } {
  const seen = new Set<string>();
  const bare = new Map<string, string[]>();
  const todo = [entry];
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of specifiers(file)) {
      if (spec.startsWith('.')) todo.push(resolveJs(file, spec));
      else bare.set(spec, [...(bare.get(spec) ?? []), path.relative(ROOT, file)]);
    }
  }
  return { modules: [...seen], bare };
}

/** The bare imports that are neither Node built-ins nor in `deps`, with the modules that require them. */
export function undeclared(bare: Map<string, string[]>, deps: ReadonlySet<string>): Record<string, string[]> {
  return Object.fromEntries([...bare].filter(([spec]) => !isBuiltin(spec) && !deps.has(packageOf(spec))));
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

describe('the runtime the CLI needs', () => {
  const bin = path.join(ROOT, 'bin', 'chiso.js');
  const main = path.join(ROOT, 'lib', 'cli', 'main.js');

  it('bin/chiso.js loads the compiled CLI (lib/cli/main.js) and nothing else outside Node', () => {
    const own = specifiers(bin);
    expect(own.filter((s) => !s.startsWith('.') && !isBuiltin(s))).toEqual([]);
    expect(own.filter((s) => s.startsWith('.'))).toEqual(['../lib/cli/main.js']);
  });

  it('every package the compiled CLI can load is in `dependencies`, and every dependency is loaded', () => {
    if (!fs.existsSync(main)) throw new Error(`${main} is missing: run \`npm run build:cli\` first`);
    const { modules, bare } = runtimeGraph(main);
    // The graph is the CLI: its commands, the readers and writers, the functions' catalogue.
    expect(modules.length).toBeGreaterThan(50);
    expect(undeclared(bare, DEPS)).toEqual({});
    const loaded = new Set([...bare.keys()].filter((s) => !isBuiltin(s)).map(packageOf));
    expect([...DEPS].filter((d) => !loaded.has(d))).toEqual([]);
  });

  it('a devDependency required at run time is caught, with the module that requires it', () => {
    const bare = new Map([
      ['exceljs', ['lib/x.js']],
      ['docx', ['lib/y.js']],
      ['@fluentui/react-components/unstable', ['lib/z.js']],
      ['node:fs', ['lib/x.js']],
      ['path', ['lib/x.js']],
    ]);
    expect(undeclared(bare, new Set(['docx']))).toEqual({
      exceljs: ['lib/x.js'],
      '@fluentui/react-components/unstable': ['lib/z.js'],
    });
  });

  it('the page, the test oracle and the benchmark floor are development dependencies', () => {
    for (const name of ['react', 'react-dom', '@fluentui/react-components', 'exceljs', 'typescript']) {
      expect({ name, dev: name in (pkg.devDependencies ?? {}) }).toEqual({ name, dev: true });
      expect({ name, runtime: DEPS.has(name) }).toEqual({ name, runtime: false });
    }
  });
});

describe('exceljs stays out of src/', () => {
  it('no file in src/ imports exceljs (chiso writes with src/adapters/xlsx/sml; exceljs is a dev dependency)', () => {
    const offenders = sourceFiles(path.join(ROOT, 'src')).filter((f) =>
      specifiers(f).some((s) => packageOf(s) === 'exceljs'),
    );
    expect(offenders.map((f) => path.relative(ROOT, f))).toEqual([]);
  });

  it('the scan sees every form of import', () => {
    const forms = [
      "import ExcelJS from 'exceljs';",
      "import type { Workbook } from 'exceljs';",
      "const E = require('exceljs');",
      "const E = await import('exceljs');",
      "export { Workbook } from 'exceljs/dist/es5';",
    ];
    for (const text of forms)
      expect(ts.preProcessFile(text, true, true).importedFiles.map((i) => packageOf(i.fileName))).toEqual(['exceljs']);
  });
});
