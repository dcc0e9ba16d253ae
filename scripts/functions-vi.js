'use strict';
/**
 * Vietnamese custom-function metadata: `deriveVi(functionsJson)` copies the metadata generated from
 * src/functions/functions.ts (functions.json) and replaces the descriptions and parameter descriptions with the
 * Vietnamese help of the function spec (src/core/score/specs.ts).
 * The ids stay the same. It throws when an id or a parameter is missing on either side, so the two cannot drift.
 * Used by webpack to emit functions-vi.json next to functions.json; the manifest's vi-vn override points to it.
 */
const { loadSpecs, SPEC_PATH } = require('./lib/function-specs');

/** The Vietnamese text per id, from the spec (read fresh each time: webpack watch mode edits it). */
function loadViText() {
  const out = {};
  for (const f of loadSpecs().FUNCTION_SPECS) {
    out[f.id] = { description: f.help, parameters: Object.fromEntries(f.params.map((p) => [p.name, p.help])) };
  }
  return out;
}

function nfc(s, where) {
  if (typeof s !== 'string' || s.trim() === '') throw new Error(`functions-vi: empty Vietnamese text for ${where}`);
  return s.normalize('NFC');
}

/**
 * @param {{functions: Array<{id: string, name: string, description?: string, parameters: Array<{name: string, description?: string}>}>}} functionsJson
 * @param {Record<string, {name?: string, description: string, parameters: Record<string, string>}>} [viText]
 * @returns {object} the Vietnamese metadata (a new object; the input is not changed)
 */
function deriveVi(functionsJson, viText = loadViText()) {
  if (!functionsJson || !Array.isArray(functionsJson.functions)) {
    throw new Error('functions-vi: the metadata has no "functions" array');
  }
  const out = JSON.parse(JSON.stringify(functionsJson));
  const ids = new Set();
  for (const f of out.functions) {
    ids.add(f.id);
    const vi = viText[f.id];
    if (!vi) throw new Error(`functions-vi: the spec has no entry for ${f.id}`);
    if (vi.name !== undefined) f.name = nfc(vi.name, `${f.id} name`);
    f.description = nfc(vi.description, `${f.id} description`);
    const viParams = vi.parameters || {};
    const names = new Set();
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

module.exports = { deriveVi, loadViText, SPEC_PATH };
