/**
 * Vietnamese custom-function metadata: `deriveVi(functionsJson)` copies the metadata generated from
 * the Excel entry's JSDoc (functions.json, English) and replaces the descriptions and parameter descriptions with the
 * Vietnamese help of the function spec (src/core/score/specs.ts).
 * The ids stay the same. It throws when an id or a parameter is missing on either side, so the two cannot drift.
 * Used by webpack (the compiled lib/scripts/functions-vi.js) to emit functions-vi.json next to functions.json; the
 * manifest's vi-vn override points to it.
 */
import { loadSpecs, SPEC_PATH } from './lib/function-specs';

export { SPEC_PATH };

/** Custom-function metadata (functions.json): what is read and replaced here; other fields are copied as they are. */
export interface FunctionsJson {
  functions: Array<{
    id: string;
    name: string;
    description?: string;
    parameters?: Array<{ name: string; description?: string }>;
  }>;
}

/** Per function id: the Vietnamese name (optional), description and parameter help by parameter name. */
export type ViText = Record<string, { name?: string; description: string; parameters?: Record<string, string> }>;

/** The Vietnamese text per id, from the spec (read fresh each time: webpack watch mode edits it). */
export function loadViText(): ViText {
  const out: ViText = {};
  for (const f of loadSpecs().FUNCTION_SPECS) {
    out[f.id] = {
      description: f.help.vi,
      parameters: Object.fromEntries(f.params.map((p) => [p.name, p.help.vi])),
    };
  }
  return out;
}

function nfc(s: unknown, where: string): string {
  if (typeof s !== 'string' || s.trim() === '') throw new Error(`functions-vi: empty Vietnamese text for ${where}`);
  return s.normalize('NFC');
}

/** The Vietnamese metadata (a new object; the input is not changed). */
export function deriveVi<T extends FunctionsJson>(functionsJson: T, viText: ViText = loadViText()): T {
  if (!functionsJson || !Array.isArray(functionsJson.functions)) {
    throw new Error('functions-vi: the metadata has no "functions" array');
  }
  const out = JSON.parse(JSON.stringify(functionsJson)) as T;
  const ids = new Set<string>();
  for (const f of out.functions) {
    ids.add(f.id);
    const vi = viText[f.id];
    if (!vi) throw new Error(`functions-vi: the spec has no entry for ${f.id}`);
    if (vi.name !== undefined) f.name = nfc(vi.name, `${f.id} name`);
    f.description = nfc(vi.description, `${f.id} description`);
    const viParams = vi.parameters || {};
    const names = new Set<string>();
    for (const p of f.parameters || []) {
      names.add(p.name);
      if (!(p.name in viParams))
        throw new Error(`functions-vi: the spec has no Vietnamese help for ${f.id} parameter ${p.name}`);
      p.description = nfc(viParams[p.name], `${f.id} parameter ${p.name}`);
    }
    for (const name of Object.keys(viParams)) {
      if (!names.has(name))
        throw new Error(`functions-vi: the spec describes ${f.id} parameter ${name}, which the function does not have`);
    }
  }
  for (const id of Object.keys(viText)) {
    if (!ids.has(id)) throw new Error(`functions-vi: the spec has ${id}, which is not in the generated metadata`);
  }
  return out;
}
