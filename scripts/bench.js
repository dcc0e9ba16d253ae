#!/usr/bin/env node
// Runs every benchmark section in scripts/bench/*.js — each exports { name, run: async () => [{ case, value, unit, note? }] } —
// prints a table and a JSON document, and writes the JSON to artifacts/bench.json.
// Sections that read compiled code need `npm run build:cli` (lib/); size.js needs `npm run build` (dist/).
// Usage: node scripts/bench.js [section-name …]   (exit 1 when a section fails; the others still run)
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const BENCH_DIR = path.join(__dirname, 'bench');
const OUT = path.join(ROOT, 'artifacts', 'bench.json');

function loadSections(dir, only) {
  const files = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.js'))
        .sort()
    : [];
  const sections = [];
  for (const file of files) {
    const full = path.join(dir, file);
    let mod;
    try {
      mod = require(full);
    } catch (e) {
      sections.push({ file, name: path.basename(file, '.js'), error: `cannot load: ${e && e.message}` });
      continue;
    }
    if (!mod || typeof mod.name !== 'string' || typeof mod.run !== 'function') {
      sections.push({ file, name: path.basename(file, '.js'), error: 'does not export { name, run }' });
      continue;
    }
    sections.push({ file, name: mod.name, run: mod.run });
  }
  return only.length > 0
    ? sections.filter((s) => only.includes(s.name) || only.includes(path.basename(s.file, '.js')))
    : sections;
}

function validResults(results) {
  return (
    Array.isArray(results) &&
    results.every(
      (r) =>
        r &&
        typeof r.case === 'string' &&
        typeof r.value === 'number' &&
        Number.isFinite(r.value) &&
        typeof r.unit === 'string',
    )
  );
}

async function runSections(sections) {
  const out = [];
  for (const s of sections) {
    if (s.error) {
      out.push({ name: s.name, file: s.file, error: s.error, results: [] });
      continue;
    }
    const started = process.hrtime.bigint();
    try {
      const results = await s.run();
      if (!validResults(results))
        throw new Error('run() must resolve to [{ case: string, value: finite number, unit: string, note?: string }]');
      out.push({ name: s.name, file: s.file, ms: Number(process.hrtime.bigint() - started) / 1e6, results });
    } catch (e) {
      out.push({ name: s.name, file: s.file, error: (e && e.message) || String(e), results: [] });
    }
  }
  return out;
}

function formatValue(v) {
  return Number.isInteger(v) ? String(v) : v.toPrecision(4);
}

function table(sections) {
  const rows = [['section', 'case', 'value', 'unit', 'note']];
  for (const s of sections) {
    if (s.error) rows.push([s.name, '(failed)', '', '', s.error]);
    for (const r of s.results) rows.push([s.name, r.case, formatValue(r.value), r.unit, r.note || '']);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => [...r[i]].length)));
  const line = (r) =>
    r
      .map((c, i) => (i === 2 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

async function main() {
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
    console.error('bench: no sections found in scripts/bench/');
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

module.exports = { loadSections, runSections, table };
