/**
 * The catalogue's registries agree with the one spec (src/core/score/specs.ts): metadata generated from the JSDoc of
 * src/functions/functions.ts (as the webpack plugin does), the exported implementations and the coercion each
 * applies, the CLI catalogue, the Vietnamese metadata, the labels used in messages, and a test per function.
 */
import * as fs from 'fs';
import * as path from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { ARG_LABELS, FUNCTION_SPECS, RANGE_KINDS } from '../../src/core/score';
import * as fns from '../../src/functions/functions';
import { CATALOGUE } from '../../src/functions/catalogue';
import { deriveVi, loadViText } from '../../scripts/functions-vi';
import { loadSpecs } from '../../scripts/lib/function-specs';

const viText = loadViText();

interface Param {
  name: string;
  description?: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  parameters: Param[];
  result?: { type?: string };
  options?: { volatile?: boolean };
}
interface Metadata {
  functions: Fn[];
}

const IDS = FUNCTION_SPECS.map((f) => f.id);
const SOURCE = path.join(__dirname, '..', '..', 'src', 'functions', 'functions.ts');
const CHECKLIST = path.join(__dirname, 'checklist.test.ts');

let meta: Metadata;
let associate: Array<{ functionName: string; id: string }>;

beforeAll(async () => {
  const r = await generateCustomFunctionsMetadata(SOURCE);
  if (r.errors.length) throw new Error('custom-functions-metadata errors:\n' + r.errors.join('\n'));
  meta = JSON.parse(r.metadataJson) as Metadata;
  associate = r.associate;
}, 60000);

describe('generated metadata (functions.json)', () => {
  it('declares exactly the 9 catalogue ids, named as their ids (no namespace)', () => {
    expect(meta.functions.map((f) => f.id).sort()).toEqual([...IDS].sort());
    for (const f of meta.functions) expect(f.name).toBe(f.id);
  });

  it('associates every id with an exported function of functions.ts', () => {
    const exported = fns as unknown as Record<string, unknown>;
    expect(associate.map((a) => a.id).sort()).toEqual([...IDS].sort());
    for (const a of associate) expect(typeof exported[a.functionName]).toBe('function');
    // and nothing exported is left out of the metadata
    expect(Object.keys(exported).sort()).toEqual(associate.map((a) => a.functionName).sort());
  });

  it('types every parameter "any" (text numbers reach the code) and ranges as matrices', () => {
    for (const f of meta.functions) {
      const entry = CATALOGUE.find((e) => e.id === f.id);
      expect(entry).toBeDefined();
      if (!entry) continue;
      expect(f.parameters.map((p) => p.name)).toEqual(entry.params);
      f.parameters.forEach((p, i) => {
        expect(p.type).toBe('any');
        expect(Boolean(p.optional)).toBe(i >= entry.required);
        expect(p.dimensionality === 'matrix').toBe(entry.ranges.includes(p.name));
        expect(p.description?.length).toBeGreaterThan(5);
      });
      expect(f.result?.type).toBe(entry.returns === 'text' ? 'string' : 'number');
      expect(f.description?.length).toBeGreaterThan(20);
      expect(f.description!.length).toBeLessThanOrEqual(255);
    }
  });

  it('marks volatile exactly the functions whose spec has a clock parameter (CCHC.STATUS)', () => {
    const volatile = meta.functions.filter((f) => f.options?.volatile).map((f) => f.id);
    expect(volatile).toEqual(FUNCTION_SPECS.filter((f) => f.clockParam).map((f) => f.id));
    expect(volatile).toEqual(['CCHC.STATUS']);
  });

  it("associates each id with the wrapper its spec names, with the spec's parameters", () => {
    for (const spec of FUNCTION_SPECS) {
      expect(associate.find((a) => a.id === spec.id)?.functionName).toBe(spec.fn);
      const f = meta.functions.find((m) => m.id === spec.id);
      expect(f?.parameters.map((p) => [p.name, Boolean(p.optional), p.dimensionality === 'matrix'])).toEqual(
        spec.params.map((p) => [p.name, Boolean(p.optional), RANGE_KINDS.includes(p.kind)]),
      );
      expect(f?.result?.type).toBe(spec.returns === 'text' ? 'string' : 'number');
    }
  });

  it('has implementations that take the declared number of arguments', () => {
    for (const e of CATALOGUE) {
      const f = meta.functions.find((m) => m.id === e.id);
      expect(e.impl.length).toBe(f?.parameters.length);
    }
  });
});

describe('the function spec', () => {
  it('has one entry per exported wrapper, and nothing else', () => {
    expect(FUNCTION_SPECS.map((f) => f.fn).sort()).toEqual(Object.keys(fns).sort());
    expect(new Set(IDS).size).toBe(IDS.length);
    expect(CATALOGUE.map((e) => e.id)).toEqual(IDS);
  });

  it('gives every parameter a Vietnamese and English label and Vietnamese help; a name keeps one label', () => {
    for (const f of FUNCTION_SPECS) {
      // Optional parameters come last (Excel's rule).
      const firstOptional = f.params.findIndex((p) => p.optional);
      if (firstOptional >= 0) expect(f.params.slice(firstOptional).every((p) => p.optional)).toBe(true);
      for (const p of f.params) {
        expect(p.label.vi.trim().length).toBeGreaterThan(1);
        expect(p.label.en.trim().length).toBeGreaterThan(1);
        expect(p.help.trim().length).toBeGreaterThan(5);
        expect(ARG_LABELS[p.name]).toEqual(p.label);
      }
    }
  });

  it("coerces each parameter in the wrapper as its spec says (b.<kind>('<name>', <name>))", () => {
    const source = fs.readFileSync(SOURCE, 'utf8');
    for (const f of FUNCTION_SPECS) {
      const body = new RegExp(`export function ${f.fn}\\(([^)]*)\\)[^{]*\\{([\\s\\S]*?)\\n\\}`).exec(source);
      expect(body).not.toBeNull();
      for (const p of f.params) expect(`${f.id}: ${body?.[2] ?? ''}`).toContain(`b.${p.kind}('${p.name}', ${p.name})`);
    }
  });

  it('has a checklist test for every function (test/functions/checklist.test.ts)', () => {
    const titles = [...fs.readFileSync(CHECKLIST, 'utf8').matchAll(/^describe\('([^']+)'/gm)].map((m) => m[1]);
    const untested = IDS.filter((id) => !titles.some((t) => t.split(/\s+/).includes(id)));
    expect(untested).toEqual([]);
  });

  it('reads the same in the build scripts (scripts/lib/function-specs.ts) as in TypeScript', () => {
    expect(JSON.parse(JSON.stringify(loadSpecs().FUNCTION_SPECS))).toEqual(JSON.parse(JSON.stringify(FUNCTION_SPECS)));
  });
});

describe('Vietnamese metadata (deriveVi)', () => {
  it('has the same ids and parameters, with Vietnamese NFC text', () => {
    const vi = deriveVi(meta);
    expect(vi.functions.map((f) => f.id)).toEqual(meta.functions.map((f) => f.id));
    vi.functions.forEach((f, i) => {
      const en = meta.functions[i];
      expect(f.name).toBe(en.name);
      expect(f.parameters.map((p) => p.name)).toEqual(en.parameters.map((p) => p.name));
      expect(f.parameters.map((p) => p.optional)).toEqual(en.parameters.map((p) => p.optional));
      expect(f.options).toEqual(en.options);
      expect(f.result).toEqual(en.result);
      const texts = [f.description ?? '', ...f.parameters.map((p) => p.description ?? '')];
      for (const t of texts) {
        expect(t).toBe(t.normalize('NFC'));
        expect(t.length).toBeGreaterThan(5);
        expect(t.length).toBeLessThanOrEqual(255);
      }
      expect(f.description).not.toBe(en.description);
      // Vietnamese, not English left in place: letters with Vietnamese diacritics in every description
      expect(f.description).toMatch(/[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/i);
    });
  });

  it('does not change its input', () => {
    const before = JSON.stringify(meta);
    deriveVi(meta);
    expect(JSON.stringify(meta)).toBe(before);
  });

  it('throws when an id or a parameter is missing on either side', () => {
    const without = (id: string) => Object.fromEntries(Object.entries(viText).filter(([k]) => k !== id));
    expect(() => deriveVi(meta, without('PAPI.RANK'))).toThrow(/PAPI\.RANK/);
    expect(() => deriveVi(meta, { ...viText, 'PAR.EXTRA': { description: 'x', parameters: {} } })).toThrow(
      /PAR\.EXTRA/,
    );
    const fewer = JSON.parse(JSON.stringify(meta)) as Metadata;
    fewer.functions = fewer.functions.filter((f) => f.id !== 'CCHC.STATUS');
    expect(() => deriveVi(fewer)).toThrow(/CCHC\.STATUS/);
    const noParam = JSON.parse(JSON.stringify(viText));
    delete noParam['PAR.SCORE'].parameters.ids;
    expect(() => deriveVi(meta, noParam)).toThrow(/ids/);
    const extraParam = JSON.parse(JSON.stringify(viText));
    extraParam['PAR.SIPAS'].parameters.bonus = 'thêm';
    expect(() => deriveVi(meta, extraParam)).toThrow(/bonus/);
  });
});
