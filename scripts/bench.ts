// Runs every benchmark section in scripts/bench/ — each exports
// { name, run: async () => [{ case, value, unit, note? }] } — prints a table and a JSON document, and writes the JSON to artifacts/bench.json.
// Sections that read compiled code need `npm run build:cli` (lib/); size needs `npm run build` (dist/).
// Usage: npm run bench [-- section-name …], or node lib/scripts/bench.js [section-name …] after `npm run build:cli`
// (exit 1 when a section fails; the others still run).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { BenchRow } from './lib/bench-util';
import { ROOT } from './lib/root';

// The sections beside this file: scripts/bench/*.ts from the sources (jest), lib/scripts/bench/*.js compiled.
const BENCH_DIR = path.join(__dirname, 'bench');
const OUT = path.join(ROOT, 'artifacts', 'bench.json');

/** A section file as loaded: its run, or why it cannot run. */
export interface Section {
  file: string;
  name: string;
  run?: () => Promise<BenchRow[]>;
  error?: string;
}

/** A section's outcome: its rows, the time it took, or its error. */
export interface SectionResult {
  name: string;
  file: string;
  ms?: number;
  error?: string;
  results: BenchRow[];
}

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));
// A section module: .js (compiled, or any JavaScript) or .ts (a source loaded by ts-jest), not a declaration file.
const isModule = (f: string): boolean => /\.(js|ts)$/.test(f) && !f.endsWith('.d.ts');
const stem = (f: string): string => path.basename(f, path.extname(f));

export function loadSections(dir: string, only: string[]): Section[] {
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter(isModule).sort() : [];
  const sections: Section[] = [];
  for (const file of files) {
    const full = path.join(dir, file);
    let mod: { name?: unknown; run?: unknown } | undefined;
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- every file of the folder, found at run time
      mod = require(full) as typeof mod;
    } catch (e) {
      sections.push({ file, name: stem(file), error: `cannot load: ${e instanceof Error ? e.message : undefined}` });
      continue;
    }
    if (!mod || typeof mod.name !== 'string' || typeof mod.run !== 'function') {
      sections.push({ file, name: stem(file), error: 'does not export { name, run }' });
      continue;
    }
    sections.push({ file, name: mod.name, run: mod.run as Section['run'] });
  }
  return only.length > 0 ? sections.filter((s) => only.includes(s.name) || only.includes(stem(s.file))) : sections;
}

function validResults(results: unknown): results is BenchRow[] {
  return (
    Array.isArray(results) &&
    results.every(
      (r: Partial<BenchRow> | null | undefined) =>
        !!r &&
        typeof r.case === 'string' &&
        typeof r.value === 'number' &&
        Number.isFinite(r.value) &&
        typeof r.unit === 'string',
    )
  );
}

export async function runSections(sections: Section[]): Promise<SectionResult[]> {
  const out: SectionResult[] = [];
  for (const s of sections) {
    if (s.error || !s.run) {
      out.push({ name: s.name, file: s.file, error: s.error ?? 'does not export { name, run }', results: [] });
      continue;
    }
    const started = process.hrtime.bigint();
    try {
      const results: unknown = await s.run();
      if (!validResults(results))
        throw new Error('run() must resolve to [{ case: string, value: finite number, unit: string, note?: string }]');
      out.push({ name: s.name, file: s.file, ms: Number(process.hrtime.bigint() - started) / 1e6, results });
    } catch (e) {
      out.push({ name: s.name, file: s.file, error: errorText(e), results: [] });
    }
  }
  return out;
}

function formatValue(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toPrecision(4);
}

export function table(sections: SectionResult[]): string {
  const rows: string[][] = [['section', 'case', 'value', 'unit', 'note']];
  for (const s of sections) {
    if (s.error) rows.push([s.name, '(failed)', '', '', s.error]);
    for (const r of s.results) rows.push([s.name, r.case, formatValue(r.value), r.unit, r.note || '']);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => [...r[i]].length)));
  const line = (r: string[]): string =>
    r
      .map((c, i) => (i === 2 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

async function main(): Promise<void> {
  const sections = await runSections(loadSections(BENCH_DIR, process.argv.slice(2)));
  const doc = {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    cpus: os.cpus().length,
    sections,
  };
  console.log(table(sections));
  console.log();
  console.log(JSON.stringify(doc, null, 2));
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, `${JSON.stringify(doc, null, 2)}\n`);
  console.error(`bench: wrote ${path.relative(process.cwd(), OUT)}`);
  if (sections.length === 0) {
    console.error(`bench: no sections found in ${path.relative(process.cwd(), BENCH_DIR)}/`);
    process.exitCode = 1;
  }
  if (sections.some((s) => s.error)) process.exitCode = 1;
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
