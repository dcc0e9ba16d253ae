'use strict';
/**
 * The custom-function spec (src/core/score/specs.ts) for the build scripts, which are plain JavaScript: the file
 * imports nothing, so TypeScript transpiles it alone and it runs in a fresh module scope. Used by
 * scripts/functions-vi.js (webpack), scripts/check-dist.js and the bench.
 */
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const SPEC_PATH = path.join(__dirname, '..', '..', 'src', 'core', 'score', 'specs.ts');

/** @returns {{ FUNCTION_SPECS: Array<{id: string, fn: string, help: string, returns: string, clockParam?: string, params: Array<{name: string, kind: string, optional?: boolean, label: {vi: string, en: string}, help: string}>}>, RANGE_KINDS: string[] }} */
function loadSpecs() {
  const ts = require('typescript');
  const source = fs.readFileSync(SPEC_PATH, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
    fileName: SPEC_PATH,
  });
  const module = { exports: {} };
  const require_ = (name) => {
    throw new Error(`${SPEC_PATH} must import nothing (it imports ${name})`);
  };
  vm.runInNewContext(
    outputText,
    { module, exports: module.exports, require: require_, Object },
    { filename: SPEC_PATH },
  );
  return module.exports;
}

module.exports = { loadSpecs, SPEC_PATH };
