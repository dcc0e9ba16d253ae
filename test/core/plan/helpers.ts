/** Shared helpers for the reader tests: fixture paths, the scoring script, plan comparison. */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { extractJson } from '../../../src/cli/commands/extract';
import type { Plan, PlanTable } from '../../../src/core/plan/types';
import { normalizeLabel } from '../../../src/core/text';
import { EVAL_SCRIPT, PLAN_FIXTURES } from '../../support/fixtures';

export { EVAL_SCRIPT, ROOT } from '../../support/fixtures';

/** The two real plans with their truth files (the project's own copies). */
export const FIXTURES = PLAN_FIXTURES;

export interface EvalLine {
  table: string;
  items: number;
  rows: number;
  fields: number;
  structure: number;
  note: string;
}

/** Runs the scoring script on a plan; one line per truth table. */
export function evaluate(truthFile: string, plan: Plan, extra: string[] = []): { lines: EvalLine[]; raw: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chiso-eval-'));
  const out = path.join(dir, 'out.json');
  fs.writeFileSync(out, JSON.stringify(extractJson(plan, [])));
  try {
    const raw = execFileSync('python3', [EVAL_SCRIPT, truthFile, out, ...extra], { encoding: 'utf8' });
    const lines: EvalLine[] = [];
    for (const line of raw.split('\n')) {
      const m = /^(\S+) items=(\d+) rows=([\d.]+) fields=([\d.]+) structure=([\d.]+)\s*(.*)$/.exec(line.trim());
      if (m) lines.push({ table: m[1], items: +m[2], rows: +m[3], fields: +m[4], structure: +m[5], note: m[6] });
    }
    return { lines, raw };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export interface CompareOptions {
  /** Field keys not compared (e.g. a column the variant added). */
  ignoreFields?: string[];
  /** Compare keys/parents too (default true). */
  keys?: boolean;
}

/** Differences between two tables' rows (types, labels, paths, fields, deadlines); [] when the same. */
export function diffTables(a: PlanTable, b: PlanTable, opts: CompareOptions = {}): string[] {
  const ignore = new Set(opts.ignoreFields ?? []);
  const out: string[] = [];
  if (a.kind !== b.kind) out.push(`kind ${a.kind} ≠ ${b.kind}`);
  if (a.rows.length !== b.rows.length) out.push(`row count ${a.rows.length} ≠ ${b.rows.length}`);
  const n = Math.min(a.rows.length, b.rows.length);
  for (let i = 0; i < n && out.length < 20; i++) {
    const x = a.rows[i];
    const y = b.rows[i];
    const where = `#${i} (${x.label} ${String(Object.values(x.fields)[0] ?? '').slice(0, 30)})`;
    if (x.type !== y.type) out.push(`${where}: type ${x.type} ≠ ${y.type}`);
    if (normalizeLabel(x.label) !== normalizeLabel(y.label)) out.push(`${where}: label ${x.label} ≠ ${y.label}`);
    if (x.span !== y.span) out.push(`${where}: span ${x.span} ≠ ${y.span}`);
    if (JSON.stringify(x.path) !== JSON.stringify(y.path))
      out.push(`${where}: path ${x.path.join('/')} ≠ ${y.path.join('/')}`);
    if (opts.keys !== false && (x.key !== y.key || x.parentKey !== y.parentKey))
      out.push(`${where}: key ${x.key}<${x.parentKey} ≠ ${y.key}<${y.parentKey}`);
    const keys = new Set([...Object.keys(x.fields), ...Object.keys(y.fields)]);
    for (const k of keys) {
      if (ignore.has(k)) continue;
      if (JSON.stringify(x.fields[k] ?? null) !== JSON.stringify(y.fields[k] ?? null)) {
        out.push(
          `${where}: field ${k} ${JSON.stringify(x.fields[k])?.slice(0, 40)} ≠ ${JSON.stringify(y.fields[k])?.slice(0, 40)}`,
        );
      }
    }
    if (JSON.stringify(x.due ?? null) !== JSON.stringify(y.due ?? null))
      out.push(`${where}: due ${JSON.stringify(x.due)} ≠ ${JSON.stringify(y.due)}`);
  }
  return out;
}
