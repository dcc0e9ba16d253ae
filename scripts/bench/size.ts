// Bench section: gzip sizes of the built add-in (needs `npm run build`; dist/ must exist).
// The pane's first load is every local script that taskpane.html's loader starts (its boot list: functions.js,
// taskpane.js and any eager chunk); chunks loaded later by dynamic import() are reported apart.
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import type { BenchRow } from '../lib/bench-util';
import { pageBoot } from '../lib/check-page';
import { ROOT } from '../lib/root';

const DIST = path.join(ROOT, 'dist');

function gz(file: string): number {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

function pageScripts(dist: string): string[] {
  const html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
  const boot = pageBoot(html);
  if (!boot) throw new Error('dist/taskpane.html has no chiso-boot script list: rebuild with `npm run build`');
  return boot.scripts
    .filter((src) => !/^https?:/.test(src))
    .map((src) => src.replace(/^\.?\//, '').replace(/[?#].*$/, ''));
}

function listJs(dir: string, base = dir): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return listJs(full, base);
    return e.name.endsWith('.js') ? [path.relative(base, full)] : [];
  });
}

// async: a missing build rejects, as every section's run reports its failure.
// eslint-disable-next-line @typescript-eslint/require-await
export async function run(dist = DIST): Promise<BenchRow[]> {
  for (const f of ['functions.js', 'taskpane.js', 'taskpane.html']) {
    if (!fs.existsSync(path.join(dist, f))) throw new Error(`dist/${f} is missing: run \`npm run build\` first`);
  }
  const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB raw`;
  const raw = (f: string): number => fs.statSync(path.join(dist, f)).size;
  const eager = pageScripts(dist);
  const lazy = listJs(dist).filter((f) => !eager.includes(f));
  const sum = (files: string[], fn: (file: string) => number): number =>
    files.reduce((a, f) => a + fn(path.join(dist, f)), 0);
  return [
    {
      case: 'functions.js (gzip)',
      value: gz(path.join(dist, 'functions.js')),
      unit: 'bytes',
      note: kb(raw('functions.js')),
    },
    {
      case: 'taskpane.js (gzip)',
      value: gz(path.join(dist, 'taskpane.js')),
      unit: 'bytes',
      note: kb(raw('taskpane.js')),
    },
    {
      case: 'pane first load (gzip)',
      value: sum(eager, gz),
      unit: 'bytes',
      note: `${eager.join(' + ')}; office.js from the CDN not counted`,
    },
    { case: 'lazy chunks (gzip)', value: sum(lazy, gz), unit: 'bytes', note: `${lazy.length} file(s)` },
  ];
}

export const name = 'size';
