/**
 * The house reads one way: core ← adapters ← {functions, cli, taskpane}. Every import of src/ (type-only imports
 * and re-exports included) is resolved and checked: no layer imports one above it, the outer three do not import
 * each other (except the CLI running the functions' catalogue), and no module imports itself through others (no
 * cycle). ESLint's no-restricted-imports gives the same layer rule in the editor; this test sees the whole graph.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { ROOT } from '../support/fixtures';

const SRC = path.join(ROOT, 'src');
type Layer = 'core' | 'adapters' | 'functions' | 'cli' | 'taskpane';
const RANK: Record<Layer, number> = { core: 0, adapters: 1, functions: 2, cli: 2, taskpane: 2 };
/** Imports between the outer layers that the house allows. */
const SIDEWAYS = new Set(['cli→functions']);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null; // a package
  const base = path.resolve(path.dirname(from), spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (fs.existsSync(c) && fs.statSync(c).isFile()) return c;
  }
  throw new Error(`${path.relative(ROOT, from)}: cannot resolve ${spec}`);
}

const layerOf = (file: string): Layer => path.relative(SRC, file).split(path.sep)[0] as Layer;
const rel = (file: string) => path.relative(ROOT, file);

const files = sourceFiles(SRC);
const graph = new Map<string, string[]>(
  files.map((f) => {
    const info = ts.preProcessFile(fs.readFileSync(f, 'utf8'), true, true);
    const deps = info.importedFiles
      .map((i) => resolve(f, i.fileName))
      .filter((d): d is string => d !== null && /\.tsx?$/.test(d));
    return [f, deps];
  }),
);

/** Strongly connected components with more than one module (or a module importing itself): the cycles. */
function cycles(): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        comp.push(rel(w));
      } while (w !== v);
      if (comp.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(comp.sort());
    }
  };
  for (const f of files) if (!index.has(f)) visit(f);
  return out;
}

describe('the import graph of src/', () => {
  it('sees every layer', () => {
    expect([...new Set(files.map(layerOf))].sort()).toEqual(['adapters', 'cli', 'core', 'functions', 'taskpane']);
    expect([...graph.values()].flat().length).toBeGreaterThan(100);
  });

  it('points one way: core ← adapters ← {functions, cli, taskpane}', () => {
    const wrong: string[] = [];
    for (const [from, deps] of graph) {
      for (const to of deps) {
        const a = layerOf(from);
        const b = layerOf(to);
        if (a === b || RANK[b] < RANK[a] || SIDEWAYS.has(`${a}→${b}`)) continue;
        wrong.push(`${rel(from)} → ${rel(to)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(cycles()).toEqual([]);
  });
});
