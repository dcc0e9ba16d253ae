/**
 * The catalogue's registries agree with the one spec (src/core/score/specs.ts): the Excel entry generated from it
 * (scripts/functions-source.ts) and the metadata custom-functions-metadata reads from that entry's JSDoc (as the
 * webpack plugin does), the catalogue that runs each function, the Vietnamese metadata, the labels used in messages,
 * the pane's worked examples, and a test per function.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';
import * as vm from 'vm';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import * as core from '../../src/core/score';
import { ARG_LABELS, FUNCTION_SPECS, RANGE_KINDS } from '../../src/core/score';
import { CATALOGUE, invoke } from '../../src/functions/catalogue';
import { excelSerial, formatVnDate, isoDate, isoFromExcelSerial } from '../../src/core/text';
import { doc, functionsSource } from '../../scripts/functions-source';
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
const CHECKLIST = path.join(__dirname, 'checklist.test.ts');
/** The Excel entry as webpack gets it, importing a catalogue module named here. */
const SOURCE = functionsSource(FUNCTION_SPECS, './catalogue');

let meta: Metadata;
let associate: Array<{ functionName: string; id: string }>;

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chiso-functions-'));
  const file = path.join(dir, 'functions.ts');
  fs.writeFileSync(file, SOURCE);
  try {
    const r = await generateCustomFunctionsMetadata(file);
    if (r.errors.length) throw new Error('custom-functions-metadata errors:\n' + r.errors.join('\n'));
    meta = JSON.parse(r.metadataJson) as Metadata;
    associate = r.associate;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 60000);

/** The generated entry run as JavaScript, its catalogue replaced by `catalogue`. */
function loadEntry(catalogue: { invoke: (...a: unknown[]) => unknown }): Record<string, unknown> {
  const js = ts.transpileModule(SOURCE, { compilerOptions: { module: ts.ModuleKind.CommonJS } }).outputText;
  const module = { exports: {} as Record<string, unknown> };
  const require_ = (name: string) => {
    if (name !== './catalogue') throw new Error(`the entry imports ${name}`);
    return catalogue;
  };
  vm.runInNewContext(js, { module, exports: module.exports, require: require_ });
  return module.exports;
}

describe('generated metadata (functions.json)', () => {
  it('declares exactly the 9 catalogue ids, named as their ids (no namespace)', () => {
    expect(meta.functions.map((f) => f.id).sort()).toEqual([...IDS].sort());
    for (const f of meta.functions) expect(f.name).toBe(f.id);
  });

  it('associates every id with the entry function its spec names, and exports nothing else', () => {
    expect(associate.map((a) => [a.id, a.functionName])).toEqual(FUNCTION_SPECS.map((f) => [f.id, f.fn]));
    const exported = loadEntry({ invoke: () => 0 });
    expect(Object.keys(exported).sort()).toEqual(FUNCTION_SPECS.map((f) => f.fn).sort());
  });

  it('keeps each help text on one JSDoc line that cannot end the comment', () => {
    expect(doc('  Tổng điểm\n  của */ dòng lá ')).toBe('Tổng điểm của * / dòng lá');
  });

  it('runs each entry function as the catalogue: its own id and every argument, in order', () => {
    const calls: unknown[][] = [];
    const exported = loadEntry({ invoke: (...a: unknown[]) => (calls.push(a), 7) });
    for (const f of FUNCTION_SPECS) {
      const fn = exported[f.fn] as (...a: unknown[]) => unknown;
      expect(fn.length).toBe(f.params.length);
      const args = f.params.map((p) => `<${p.name}>`);
      expect(fn(...args)).toBe(7);
      expect(calls.pop()).toEqual([f.id, ...args]);
    }
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
});

describe('the function spec', () => {
  it('names a core implementation for every id, once', () => {
    expect(new Set(IDS).size).toBe(IDS.length);
    expect(CATALOGUE.map((e) => e.id)).toEqual(IDS);
    const exported = core as unknown as Record<string, unknown>;
    for (const f of FUNCTION_SPECS) expect(`${f.id}: ${typeof exported[f.fn]}`).toBe(`${f.id}: function`);
  });

  it('gives every function and parameter its help, and every parameter a label, in both languages', () => {
    for (const f of FUNCTION_SPECS) {
      for (const t of [f.help, f.summary])
        for (const text of [t.vi, t.en]) expect(text.trim().length).toBeGreaterThan(20);
      // Optional parameters come last (Excel's rule).
      const firstOptional = f.params.findIndex((p) => p.optional);
      if (firstOptional >= 0) expect(f.params.slice(firstOptional).every((p) => p.optional)).toBe(true);
      for (const p of f.params) {
        expect(p.label.vi.trim().length).toBeGreaterThan(1);
        expect(p.label.en.trim().length).toBeGreaterThan(1);
        expect(p.help.vi.trim().length).toBeGreaterThan(5);
        expect(p.help.en.trim().length).toBeGreaterThan(5);
        expect(ARG_LABELS[p.name]).toEqual(p.label);
      }
    }
  });

  it('gives the pane a worked example per function whose result is what the function gives', () => {
    for (const f of FUNCTION_SPECS) {
      expect(f.example.startsWith(`=${f.id}(`) && f.example.endsWith(')')).toBe(true);
      if (f.exampleResult === undefined) continue;
      const value = invoke(f.id, ...exampleArgs(f.example.slice(f.id.length + 2, -1)));
      const shown = f.returns === 'date' ? formatVnDate(isoFromExcelSerial(Number(value)) ?? '') : value;
      expect(`${f.example} → ${shown}`).toBe(`${f.example} → ${f.exampleResult}`);
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

/** The arguments of a worked example: numbers, "text", TRUE/FALSE and DATE(y, m, d) as a date serial. */
function exampleArgs(text: string): unknown[] {
  return [...text.matchAll(/DATE\((\d+),\s*(\d+),\s*(\d+)\)|"([^"]*)"|([^,\s][^,]*)/g)].map((m) => {
    if (m[1]) return excelSerial(isoDate(Number(m[1]), Number(m[2]), Number(m[3])) ?? '');
    if (m[4] !== undefined) return m[4];
    const v = m[5].trim();
    if (v === 'TRUE' || v === 'FALSE') return v === 'TRUE';
    const n = Number(v);
    if (Number.isNaN(n)) throw new Error(`example argument not understood: ${v}`);
    return n;
  });
}

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
