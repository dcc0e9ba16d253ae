/**
 * The model behind a score tracker: which index the table is, the parent/child structure (parents become SUM
 * formulas where the index is additive) and the values the formulas will compute.
 */
import type { PlanRow, PlanTable } from '../plan/types';
import { fold } from '../text';

export type IndexKind = 'par' | 'sipas' | 'papi';
export const INDEX_NAME: Record<IndexKind, string> = { par: 'PAR INDEX', sipas: 'SIPAS', papi: 'PAPI' };

/** PAR INDEX and PAPI add up (a parent is the sum of its children); SIPAS does not. */
export const ADDITIVE: Record<IndexKind, boolean> = { par: true, sipas: false, papi: true };

/** The index a text names ("CHỈ SỐ CCHC (PAR INDEX)", "… Chỉ số Hài lòng - SIPAS"), null when it names none. */
export function indexInWords(text: string): IndexKind | null {
  return indexesInWords(text)[0] ?? null;
}

/** Every index a text names, PAPI first (its long name holds "hành chính"), then SIPAS, then PAR INDEX. */
export function indexesInWords(text: string): IndexKind[] {
  const words = fold(text);
  const out: IndexKind[] = [];
  if (/\bpapi\b|quan tri hanh chinh cong cap tinh/.test(words)) out.push('papi');
  if (/\bsipas\b|hai long/.test(words)) out.push('sipas');
  if (/\bpar\b|cchc|cai cach hanh chinh/.test(words)) out.push('par');
  return out;
}

export function indexKind(table: PlanTable): IndexKind {
  const named = indexInWords([table.sheet, ...(table.title ?? []), ...table.columns.map((c) => c.header)].join(' '));
  if (named) return named;
  const total = table.rows.find((r) => r.type === 'total');
  if (total && total.fields.max === 80) return 'papi';
  return 'par';
}

export interface ScoreNode {
  row: PlanRow | null;
  key: string;
  /** Indexes (into the node list) of the children. */
  children: number[];
  isTotal: boolean;
  /** Added by chiso (the table had no total row). */
  synthetic: boolean;
}

/**
 * Nodes in plan order with their children: by `parentKey`, else by `path` (the parent's path is the row's path
 * without its last label). A total row's children are the top-level rows. When the index is additive and the
 * table has no total row, one is added at the end.
 */
export function scoreNodes(table: PlanTable, kind: IndexKind): ScoreNode[] {
  const nodes: ScoreNode[] = table.rows.map((row) => ({
    row,
    key: row.key,
    children: [],
    isTotal: row.type === 'total',
    synthetic: false,
  }));
  const byKey = new Map<string, number>();
  nodes.forEach((n, i) => byKey.set(n.key, i));
  const byPath = new Map<string, number>();
  table.rows.forEach((r, i) => {
    if (r.path.length && !byPath.has(r.path.join('\u0001'))) byPath.set(r.path.join('\u0001'), i);
  });
  const parentOf = (i: number): number | undefined => {
    const row = table.rows[i];
    if (row.parentKey !== undefined) {
      const p = byKey.get(row.parentKey);
      if (p !== undefined && p !== i) return p;
    }
    if (row.path.length > 1) {
      const p = byPath.get(row.path.slice(0, -1).join('\u0001'));
      if (p !== undefined && p !== i && p < i) return p;
    }
    return undefined;
  };
  const parents = nodes.map((_, i) => parentOf(i));
  const totals = nodes.map((n, i) => (n.isTotal ? i : -1)).filter((i) => i >= 0);
  parents.forEach((p, i) => {
    if (p !== undefined && !nodes[i].isTotal) nodes[p].children.push(i);
  });
  const topLevel = nodes
    .map((_, i) => i)
    .filter((i) => !nodes[i].isTotal && (parents[i] === undefined || nodes[parents[i]].isTotal));
  if (totals.length === 0 && ADDITIVE[kind] && topLevel.length > 1) {
    nodes.push({ row: null, key: 'TOTAL', children: topLevel, isTotal: true, synthetic: true });
  } else if (totals.length) {
    // The first total row sums the top-level rows (a second total row, if any, stays as printed).
    nodes[totals[0]].children = topLevel;
  }
  return nodes;
}

export type ScoreField = 'max' | 'result' | 'target' | 'estimate';

/** Whether this node's `field` is a SUM of its children in the tracker. */
export function isSum(node: ScoreNode, field: ScoreField, kind: IndexKind): boolean {
  if (!ADDITIVE[kind] || node.children.length === 0) return false;
  // PAPI publishes each dimension and the total rounded on their own (3 × 3,33 prints as 9,99; the total is not
  // the sum of the rounded sub-dimensions): the printed maximum and last year's result are kept as published, so
  // the rank of the published total is the published rank. Targets and estimates (typed by officials) are sums.
  if (
    kind === 'papi' &&
    (field === 'max' || field === 'result') &&
    node.row &&
    typeof node.row.fields[field] === 'number'
  )
    return false;
  return true;
}

/**
 * PAPI: a parent whose last year's result is the published one shows that result as its estimate until an estimate
 * below it differs from last year's result (the sum of rounded sub-dimensions is not the published total: 43,7745
 * instead of 43,7747 would rank Hà Nội 30th instead of 29th with nothing typed). Then it is the sum.
 */
export function estimateFallsBack(node: ScoreNode, kind: IndexKind): boolean {
  return kind === 'papi' && isSum(node, 'estimate', kind) && !isSum(node, 'result', kind);
}

/** Excel's "=" on two cell values: an empty cell equals 0 and ""; text compares without regard to case. */
export function excelEquals(a: number | string | null, b: number | string | null): boolean {
  const blank = (x: number | string | null) => x === null || x === '';
  if (blank(a) || blank(b)) return (blank(a) || a === 0) && (blank(b) || b === 0);
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  return a === b;
}

/**
 * Values the formulas will compute, with leaves as given (`leaf`); null where a cell is empty or text. For the
 * estimate, `results` (the result column's values) drive the PAPI fall-back of `estimateFallsBack`.
 */
export function computeValues(
  nodes: ScoreNode[],
  kind: IndexKind,
  field: ScoreField,
  leaf: (node: ScoreNode) => number | string | null,
  results?: Array<number | string | null>,
): Array<number | string | null> {
  const memo = new Map<number, number | string | null>();
  const value = (i: number): number | string | null => {
    if (memo.has(i)) return memo.get(i)!;
    const n = nodes[i];
    let v: number | string | null;
    if (
      field === 'estimate' &&
      results &&
      estimateFallsBack(n, kind) &&
      n.children.every((c) => excelEquals(value(c), results[c] ?? null))
    ) {
      v = results[i] ?? null;
    } else if (isSum(n, field, kind)) {
      v = 0;
      for (const c of n.children) {
        const cv = value(c);
        if (typeof cv === 'number') v += cv;
      }
      v = Math.round(v * 1e9) / 1e9;
    } else v = leaf(n);
    memo.set(i, v);
    return v;
  };
  return nodes.map((_, i) => value(i));
}

/** What building a score tracker sheet found: read by the extras below its table, the summary and the stats. */
export interface ScoreSheetInfo {
  name: string;
  index: IndexKind;
  title: string;
  /** Sheet row of the (first) total row, and the computed totals. */
  totalRow: number;
  totals: Record<ScoreField, number | string | null>;
  cols: Record<ScoreField, string>;
  /** PAPI: projected rank and group of the totals (result, target, estimate). */
  papi?: {
    year: number;
    rank: Record<'result' | 'target' | 'estimate', number | null>;
    group: Record<'result' | 'target' | 'estimate', string | null>;
    /** Cells holding the rank and group of the estimate. */
    rankCell: string;
    groupCell: string;
  };
  kept: number;
  added: number;
  removed: number;
  loose: number;
}

/**
 * The total row's key as a tracker shows it: "TỔNG" (the plan's and JSON's key stays "TOTAL"). `keyOfShown` reads
 * it back, so a refresh and the roll-up match the row by key.
 */
export const shownKey = (key: string): string => key.replace(/^TOTAL/, 'TỔNG');
export const keyOfShown = (key: string): string => key.replace(/^TỔNG/, 'TOTAL');
