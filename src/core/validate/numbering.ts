/**
 * Numbering among siblings: NUMBER_GAP (8.4 → 8.6), NUMBER_REPEAT (a number used for two different items),
 * NUMBER_ORDER (3 after 4), NUMBER_PREFIX ("II.3" under group I: probably I.3). All warnings: numbers are often wrong in real plans and the reader keys rows without them.
 *
 * Siblings are grouped by label kind and prefix ("8.x" under field 8). A number repeated on consecutive rows with
 * the same text is one item split over several rows (a criterion merged down its sub-requirements), not a repeat.
 * Plain numbers and Roman groups may restart at 1 in each group or run on through the table (7 after 6).
 */
import { makeIssue } from '../issues';
import type { Issue } from '../issues-types';
import type { PlanRow } from '../plan/types';
import { classifyLabel, fold, toRoman } from '../text';
import type { TableRule } from './rule';
import { displayLabel, mainText, type TableView } from './table';
import { fromRoman } from '../generate/numbering';
import { isDerivedTable } from '../plan/derived';

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i]] ?? 0;
    const next = ROMAN_VALUES[s[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

interface Numbered {
  row: PlanRow;
  kind: 'number' | 'dotted' | 'roman' | 'romanDotted' | 'letter';
  prefix: string;
  n: number;
  /** The row's title folded, computed when first needed. */
  readonly text: string;
}

const PREFIX_KINDS = new Set(['number', 'dotted', 'roman', 'romanDotted']);

/** "1.1" under group "I" is the Arabic form of "I.1" (officials and `chiso cascade` number that way): not wrong. */
function samePrefix(prefix: string, parentLabel: string): boolean {
  if (prefix === parentLabel) return true;
  const roman = fromRoman(parentLabel);
  return roman !== null && prefix === String(roman);
}

function numbered(row: PlanRow): Numbered | null {
  if (row.type === 'total') return null;
  const raw = typeof row.label === 'number' ? String(row.label) : typeof row.label === 'string' ? row.label : '';
  const info = classifyLabel(raw);
  const last = info.parts[info.parts.length - 1] ?? '';
  let n: number;
  let prefix = '';
  switch (info.kind) {
    case 'number':
      n = Number(last);
      break;
    case 'dotted':
    case 'romanDotted':
      n = Number(last);
      prefix = info.parts.slice(0, -1).join('.');
      break;
    case 'roman':
      n = romanValue(last);
      break;
    case 'letter':
      n = last.charCodeAt(0) - 64;
      break;
    default:
      return null;
  }
  if (!Number.isInteger(n) || n < 0) return null;
  let text: string | undefined;
  return {
    row,
    kind: info.kind,
    prefix,
    n,
    get text() {
      return (text ??= fold(mainText(row)));
    },
  };
}

function labelFor(kind: Numbered['kind'], prefix: string, n: number): string {
  if (kind === 'roman') return toRoman(n);
  if (kind === 'letter') return String.fromCharCode(64 + n);
  return prefix ? `${prefix}.${n}` : String(n);
}

function missingText(kind: Numbered['kind'], prefix: string, from: number, to: number): string {
  if (to - from >= 3) return `${labelFor(kind, prefix, from)}–${labelFor(kind, prefix, to)}`;
  const out: string[] = [];
  for (let i = from; i <= to; i++) out.push(labelFor(kind, prefix, i));
  return out.join(', ');
}

function depthOf(view: TableView, row: PlanRow): number {
  let d = 0;
  let p = view.parent(row);
  const seen = new Set<PlanRow>();
  while (p && !seen.has(p) && d < 50) {
    seen.add(p);
    d++;
    p = view.parent(p);
  }
  return d;
}

/**
 * Checks one run of same-kind, same-prefix siblings. `runOn`: where numbering continuing from an earlier group would
 * start. `checkStart`: whether a run that does not start at 1 (or at `runOn`) is a gap — not for the top level, where
 * a table may continue one on another sheet.
 */
function checkRun(view: TableView, items: Numbered[], runOn: number | undefined, checkStart: boolean): Issue[] {
  const issues: Issue[] = [];
  // One item split over consecutive rows keeps its number.
  const run = items.filter((it, i) => i === 0 || !(it.n === items[i - 1].n && it.text === items[i - 1].text));
  const present = new Set(run.map((it) => it.n));
  const { kind, prefix } = run[0];
  const min = Math.min(...run.map((it) => it.n));
  const restartsFrom = min === 0 ? 0 : 1;
  const base = !checkStart ? min : runOn !== undefined && min >= runOn ? runOn : restartsFrom;
  const first = new Map<number, Numbered>();
  let maxSoFar = base - 1;
  let prev: Numbered | undefined;
  for (const it of run) {
    const label = displayLabel(it.row.label);
    const cell = view.labelCell(it.row);
    const seen = first.get(it.n);
    if (seen) {
      if (seen.text !== it.text) {
        issues.push(makeIssue('NUMBER_REPEAT', view.sheet, cell, { label, firstRow: seen.row.row }));
      }
    } else if (it.n < maxSoFar) {
      issues.push(
        makeIssue('NUMBER_ORDER', view.sheet, cell, { label, prev: prev ? displayLabel(prev.row.label) : '' }),
      );
    } else if (it.n > maxSoFar + 1) {
      let from = maxSoFar + 1;
      while (from < it.n && present.has(from)) from++;
      let to = it.n - 1;
      while (to >= from && present.has(to)) to--;
      if (from <= to) {
        issues.push(
          makeIssue('NUMBER_GAP', view.sheet, cell, {
            label,
            prev: prev ? displayLabel(prev.row.label) : '',
            missing: missingText(kind, prefix, from, to),
          }),
        );
      }
    }
    if (!seen) first.set(it.n, it);
    maxSoFar = Math.max(maxSoFar, it.n);
    prev = it;
  }
  return issues;
}

export const numberingRule: TableRule = {
  id: 'numbering',
  scope: 'table',
  run(view) {
    const issues: Issue[] = [];
    // A derived table's headings keep its parent's numbers (plan/derived.ts): only its items are checked.
    const derived = isDerivedTable(view.table);
    // A Set: rows sharing a key share one list of children.
    const lists: PlanRow[][] = [...new Set([view.roots, ...view.rows.map((r) => view.children(r))])];
    lists.sort((a, b) => (a[0]?.row ?? 0) - (b[0]?.row ?? 0));
    /** Last number reached by plain numbers / Roman groups at each depth, for numbering that runs on. */
    const lastAt = new Map<string, number>();
    for (const list of lists) {
      if (list.length === 0) continue;
      const parent = view.parent(list[0]);
      const parentLabel = parent ? displayLabel(parent.label) : '';
      const prefixable = parentLabel !== '' && PREFIX_KINDS.has(classifyLabel(parentLabel).kind);
      const groups = new Map<string, Numbered[]>();
      for (const row of list) {
        if (derived && row.type !== 'item') continue;
        const it = numbered(row);
        if (!it) continue;
        // A single task that repeats its heading's number ("II.2" under "II.2") is the heading's own content.
        if (parentLabel !== '' && displayLabel(row.label) === parentLabel) continue;
        if (it.prefix !== '' && prefixable && !samePrefix(it.prefix, parentLabel)) {
          issues.push(
            makeIssue('NUMBER_PREFIX', view.sheet, view.labelCell(row), {
              label: displayLabel(row.label),
              parent: parentLabel,
              expected: `${parentLabel}.${it.n}`,
            }),
          );
        }
        // One spelling per heading, so "1.1", "I.2" and a corrected "II.3" count as one run under "I".
        if (it.prefix !== '' && prefixable) it.prefix = parentLabel;
        const key = `${it.kind}|${it.prefix}`;
        const g = groups.get(key) ?? [];
        g.push(it);
        groups.set(key, g);
      }
      for (const items of groups.values()) {
        const it0 = items[0];
        const runs = it0.kind === 'number' || it0.kind === 'roman' || it0.kind === 'letter';
        const depthKey = `${it0.kind}|${depthOf(view, it0.row)}`;
        const last = runs ? lastAt.get(depthKey) : undefined;
        const checkStart = parent !== undefined;
        issues.push(...checkRun(view, items, last !== undefined ? last + 1 : undefined, checkStart));
        if (runs) lastAt.set(depthKey, Math.max(...items.map((x) => x.n)));
      }
    }
    return issues;
  },
};
