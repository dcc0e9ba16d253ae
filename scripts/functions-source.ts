/**
 * The custom functions' Excel entry, generated from the one spec (src/core/score/specs.ts): per function a JSDoc
 * comment that custom-functions-metadata reads (the English help, `@customfunction ID ID` so the name is the id
 * without a namespace, `@volatile` for a function that reads the clock, one `@param` per parameter, `[name]` when
 * optional) and a one-line function that hands its arguments to the catalogue's `invoke` (src/functions/catalogue.ts).
 * webpack writes it to lib/generated/functions.ts before each build and makes it the `functions` entry; nothing in
 * git holds it, so the spec is the only place a function is declared.
 *
 * Types: parameters are `unknown` (metadata type "any": Excel then hands over text numbers such as "9,5" instead of
 * refusing them), ranges `unknown[][]` (dimensionality "matrix"); results are the plain type (a union would drop the
 * result type from the metadata). CCHC.DEADLINE returns an Excel date serial, a number: custom functions cannot
 * return a date value, and a number can be compared and subtracted like any date (the tracker formats the cell).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { FunctionSpec } from '../src/core/score/specs';
import { loadSpecs } from './lib/function-specs';
import { ROOT } from './lib/root';

/** Where webpack's `functions` entry is written. */
export const ENTRY_PATH = path.join(ROOT, 'lib', 'generated', 'functions.ts');

/** A JSDoc line's text: one line, and nothing that would end the comment. */
export function doc(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\*\//g, '* /').trim();
}

function entrySource(f: FunctionSpec, rangeKinds: readonly string[]): string {
  const lines = ['/**', ` * ${doc(f.help.en)}`, ` * @customfunction ${f.id} ${f.id}`];
  if (f.clockParam) lines.push(' * @volatile');
  for (const p of f.params) lines.push(` * @param ${p.optional ? `[${p.name}]` : p.name} ${doc(p.help.en)}`);
  lines.push(' */');
  const params = f.params.map(
    (p) => `${p.name}${p.optional ? '?' : ''}: ${rangeKinds.includes(p.kind) ? 'unknown[][]' : 'unknown'}`,
  );
  const type = f.returns === 'text' ? 'string' : 'number';
  const args = [`'${f.id}'`, ...f.params.map((p) => p.name)].join(', ');
  lines.push(`export function ${f.fn}(${params.join(', ')}): ${type} {`, `  return invoke(${args}) as ${type};`, '}');
  return lines.join('\n');
}

/** The entry's source; `catalogue` is the import path of src/functions/catalogue from where the file is written. */
export function functionsSource(specs: readonly FunctionSpec[], catalogue: string): string {
  const { RANGE_KINDS } = loadSpecs();
  return [
    '// Generated from src/core/score/specs.ts by scripts/functions-source.ts: edit the spec, not this file.',
    `import { invoke } from '${catalogue}';`,
    ...specs.map((f) => entrySource(f, RANGE_KINDS)),
    '',
  ].join('\n\n');
}

/** Writes the entry (only when its text changed, so a watching webpack is not woken for nothing); returns its path. */
export function writeFunctionsEntry(file: string = ENTRY_PATH): string {
  const catalogue = path
    .relative(path.dirname(file), path.join(ROOT, 'src', 'functions', 'catalogue'))
    .split(path.sep)
    .join('/');
  const text = functionsSource(loadSpecs().FUNCTION_SPECS, catalogue.startsWith('.') ? catalogue : `./${catalogue}`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) fs.writeFileSync(file, text);
  return file;
}
