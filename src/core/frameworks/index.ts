/** Registry of the versioned index frameworks and the published PAPI data. */
import type { Framework, FrameworkId, FrameworkNode } from './types';
import { PAR_2024 } from './par-2024';
import { SIPAS_2024 } from './sipas-2024';
import { PAPI_2024 } from './papi-2024';
import { PAPI_CUTOFFS, PAPI_PUBLISHED, type PapiGroup, type PapiPublishedRow } from './papi-published';

export type { Framework, FrameworkId, FrameworkNode } from './types';
export { PAR_2024, SIPAS_2024, PAPI_2024 };
export { PAPI_PUBLISHED, PAPI_CUTOFFS, PAPI_GROUPS, PAPI_GROUPS_EN } from './papi-published';
export type { PapiGroup, PapiPublishedRow } from './papi-published';

/** Every framework the project carries, oldest version first within an id. */
export const FRAMEWORKS: readonly Framework[] = [PAR_2024, SIPAS_2024, PAPI_2024];

/** A framework by id and version; without a version, the latest one of that id. Undefined when unknown. */
export function getFramework(id: FrameworkId, version?: string): Framework | undefined {
  const ofId = FRAMEWORKS.filter((f) => f.id === id);
  if (version === undefined) return ofId[ofId.length - 1];
  return ofId.find((f) => f.version === version);
}

/** Depth-first list of every node with its depth (1 = top level) and parent id. */
export function flattenFramework(f: Framework): Array<{ node: FrameworkNode; depth: number; parent: string | null }> {
  const out: Array<{ node: FrameworkNode; depth: number; parent: string | null }> = [];
  const walk = (nodes: FrameworkNode[], depth: number, parent: string | null): void => {
    for (const node of nodes) {
      out.push({ node, depth, parent });
      if (node.children) walk(node.children, depth + 1, node.id);
    }
  };
  walk(f.nodes, 1, null);
  return out;
}

/** The node with this id, if any. */
export function findNode(f: Framework, id: string): FrameworkNode | undefined {
  return flattenFramework(f).find((e) => e.node.id === id)?.node;
}

/**
 * Published PAPI totals carry 4 decimals, so a total is ranked and grouped rounded to 4: one rule for PAPI.RANK /
 * PAPI.GROUP, the pane's what-if and the tracker (whose formulas use ROUND(total, PAPI_DECIMALS)). Rounding also
 * absorbs the float noise of sums computed in Excel.
 */
export const PAPI_DECIMALS = 4;

export function roundPapiTotal(total: number): number {
  return Math.round(total * 10 ** PAPI_DECIMALS) / 10 ** PAPI_DECIMALS;
}

/** Years with published PAPI data, ascending. */
export function papiYears(): number[] {
  return [...new Set(PAPI_PUBLISHED.map((r) => r.year))].sort((a, b) => a - b);
}

/** The published rows of one year (empty when the year is not published). */
export function papiRows(year: number): PapiPublishedRow[] {
  return PAPI_PUBLISHED.filter((r) => r.year === year);
}

/** The group cut-offs of a year, or undefined when the year is not published. */
export function papiCutoffs(year: number): Readonly<Record<PapiGroup, number>> | undefined {
  return PAPI_CUTOFFS[year];
}

/** What decides the PAPI year a plan's totals are ranked and grouped against. */
export interface PapiYearInputs {
  /** The years with published data to choose from (the tracker may carry its own copy). */
  published: readonly number[];
  /** The plan's year (its deadlines' year), when known. */
  planYear?: number | null;
  /** The year of the table's "result" column ("Kết quả 2024"): used only when the plan's year is unknown. */
  resultYear?: number | null;
  /** The year the official picked; used when it is published. */
  picked?: number | null;
}

/**
 * The one PAPI year rule (issue 18), for the tracker's rank and group formulas, the pane's what-if and the roll-up:
 * the official's pick when it is published; else the latest year published before the plan's year (a 2025 plan is
 * compared with the 2024 ranking, the last one known when it is written); without a plan year, the year after the
 * results' year stands for it; with neither, or when nothing is published before it, the latest published year.
 * Null only when nothing is published.
 */
export function papiCompareYear(p: PapiYearInputs): number | null {
  const years = [...new Set(p.published)].sort((a, b) => a - b);
  if (!years.length) return null;
  if (p.picked !== null && p.picked !== undefined && years.includes(p.picked)) return p.picked;
  const plan = p.planYear ?? (p.resultYear ? p.resultYear + 1 : null);
  const before = plan === null ? [] : years.filter((y) => y < plan);
  return before.length ? before[before.length - 1] : years[years.length - 1];
}
