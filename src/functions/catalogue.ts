/**
 * The catalogue as data for callers other than Excel (the CLI, tests): id → implementation, parameters and
 * result kind. A test checks it against the metadata generated from functions.ts (same ids, same parameters).
 */
import * as fns from './functions';

export type ResultKind = 'number' | 'text' | 'date';

export interface CatalogueEntry {
  id: string;
  /** The exported implementation (the same function Excel calls). */
  impl: (...args: unknown[]) => number | string;
  /** Parameter names in order; the first `required` are required. */
  params: string[];
  required: number;
  /** Which parameters take a range (2-D). */
  ranges: string[];
  returns: ResultKind;
  /** A parameter that defaults to the clock when omitted (callers with their own clock, like the CLI, fill it). */
  clockParam?: string;
}

export const CATALOGUE: readonly CatalogueEntry[] = [
  { id: 'PAR.SCORE', impl: fns.parScore as CatalogueEntry['impl'], params: ['points', 'ids', 'maxima'], required: 1, ranges: ['points', 'ids', 'maxima'], returns: 'number' },
  { id: 'PAR.GAP', impl: fns.parGap as CatalogueEntry['impl'], params: ['points', 'maxima', 'ids'], required: 2, ranges: ['points', 'maxima', 'ids'], returns: 'number' },
  { id: 'PAR.RATIO', impl: fns.parRatio, params: ['done', 'planned', 'maxPoints', 'threshold'], required: 3, ranges: [], returns: 'number' },
  { id: 'PAR.SIPAS', impl: fns.parSipas, params: ['percent', 'maxPoints'], required: 1, ranges: [], returns: 'number' },
  { id: 'PAPI.GAP', impl: fns.papiGap, params: ['score', 'target', 'year'], required: 2, ranges: [], returns: 'number' },
  { id: 'PAPI.RANK', impl: fns.papiRank, params: ['score', 'year'], required: 1, ranges: [], returns: 'number' },
  { id: 'PAPI.GROUP', impl: fns.papiGroup, params: ['score', 'year'], required: 1, ranges: [], returns: 'text' },
  { id: 'CCHC.DEADLINE', impl: fns.cchcDeadline, params: ['text', 'year'], required: 1, ranges: [], returns: 'date' },
  { id: 'CCHC.STATUS', impl: fns.cchcStatus, params: ['due', 'done', 'today', 'soonDays'], required: 1, ranges: [], returns: 'text', clockParam: 'today' },
];

/** The entry of an id, case-insensitive (Excel ignores case in function names). */
export function findFunction(name: string): CatalogueEntry | undefined {
  const up = name.trim().toUpperCase();
  return CATALOGUE.find((e) => e.id === up);
}
