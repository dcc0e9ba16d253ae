/**
 * The catalogue's registries agree: metadata generated from the JSDoc of src/functions/functions.ts (as the webpack
 * plugin does), the exported implementations, the CLI catalogue and the Vietnamese metadata.
 */
import * as path from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import * as fns from '../../src/functions/functions';
import { CATALOGUE } from '../../src/functions/catalogue';

 
const { deriveVi } = require('../../scripts/functions-vi.js') as {
  deriveVi: (json: unknown, viText?: unknown) => Metadata;
};
 
const viText = require('../../src/functions/vi-text.json') as Record<string, { description: string; parameters: Record<string, string> }>;

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

const IDS = ['PAR.SCORE', 'PAR.GAP', 'PAR.RATIO', 'PAR.SIPAS', 'PAPI.GAP', 'PAPI.RANK', 'PAPI.GROUP', 'CCHC.DEADLINE', 'CCHC.STATUS'];
const SOURCE = path.join(__dirname, '..', '..', 'src', 'functions', 'functions.ts');

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

  it('marks only CCHC.STATUS volatile (its today defaults to the clock)', () => {
    const volatile = meta.functions.filter((f) => f.options?.volatile).map((f) => f.id);
    expect(volatile).toEqual(['CCHC.STATUS']);
  });

  it('has implementations that take the declared number of arguments', () => {
    for (const e of CATALOGUE) {
      const f = meta.functions.find((m) => m.id === e.id);
      expect(e.impl.length).toBe(f?.parameters.length);
    }
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
    expect(() => deriveVi(meta, { ...viText, 'PAR.EXTRA': { description: 'x', parameters: {} } })).toThrow(/PAR\.EXTRA/);
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
