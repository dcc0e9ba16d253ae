'use strict';
/**
 * Vietnamese custom-function metadata: `deriveVi(functionsJson)` copies the metadata generated from
 * src/functions/functions.ts (functions.json) and replaces the descriptions and parameter descriptions (and the
 * display name, when vi-text.json gives one) with the Vietnamese text of src/functions/vi-text.json.
 * The ids stay the same. It throws when an id or a parameter is missing on either side, so the two files cannot drift.
 * Used by webpack (H3) to emit functions-vi.json next to functions.json; the manifest's vi-vn override points to it.
 */
const path = require('path');

const VI_TEXT_PATH = path.join(__dirname, '..', 'src', 'functions', 'vi-text.json');

function loadViText() {
  // Read fresh each time (webpack watch mode edits it).
  const fs = require('fs');
  return JSON.parse(fs.readFileSync(VI_TEXT_PATH, 'utf8'));
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
    if (!vi) throw new Error(`functions-vi: vi-text.json has no entry for ${f.id}`);
    if (vi.name !== undefined) f.name = nfc(vi.name, `${f.id} name`);
    f.description = nfc(vi.description, `${f.id} description`);
    const viParams = vi.parameters || {};
    const names = new Set();
    for (const p of f.parameters || []) {
      names.add(p.name);
      if (!(p.name in viParams)) throw new Error(`functions-vi: vi-text.json has no text for ${f.id} parameter ${p.name}`);
      p.description = nfc(viParams[p.name], `${f.id} parameter ${p.name}`);
    }
    for (const name of Object.keys(viParams)) {
      if (!names.has(name)) throw new Error(`functions-vi: vi-text.json describes ${f.id} parameter ${name}, which the function does not have`);
    }
  }
  for (const id of Object.keys(viText)) {
    if (!ids.has(id)) throw new Error(`functions-vi: vi-text.json has ${id}, which is not in the generated metadata`);
  }
  return out;
}

module.exports = { deriveVi, loadViText, VI_TEXT_PATH };
