/**
 * The custom-function spec (src/core/score/specs.ts) for the build scripts, read from its source each time: the file
 * imports types only, so TypeScript transpiles it alone and it runs in a fresh module scope (webpack's watch mode sees
 * an edit without a rebuild of lib/). Used by scripts/functions-source.ts and scripts/functions-vi.ts (webpack),
 * scripts/check-dist.ts and the bench.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import * as vm from 'vm';
import type * as Specs from '../../src/core/score/specs';
import { ROOT } from './root';

export const SPEC_PATH = path.join(ROOT, 'src', 'core', 'score', 'specs.ts');

/** The spec's exports, as the TypeScript source declares them. */
export type SpecModule = typeof Specs;

export function loadSpecs(): SpecModule {
  const source = fs.readFileSync(SPEC_PATH, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
    fileName: SPEC_PATH,
  });
  const module = { exports: {} };
  const require_ = (name: string): never => {
    throw new Error(`${SPEC_PATH} must import types only (it imports ${name})`);
  };
  vm.runInNewContext(
    outputText,
    { module, exports: module.exports, require: require_, Object },
    { filename: SPEC_PATH },
  );
  return module.exports as SpecModule;
}
