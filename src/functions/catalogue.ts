/**
 * The catalogue as data for callers other than Excel (the CLI, tests), derived from the one spec
 * (src/core/score/specs.ts): id → implementation (the JSDoc wrapper Excel calls), parameters and result kind.
 * The registry test checks it against the metadata generated from functions.ts.
 */
import { FUNCTION_SPECS, RANGE_KINDS, type FunctionSpec, type ResultKind } from '../core/score';
import * as fns from './functions';

export type { ResultKind };

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
  /** The spec this entry derives from (Vietnamese help, labels, coercion kinds). */
  spec: FunctionSpec;
}

const IMPLS = fns as unknown as Record<string, CatalogueEntry['impl'] | undefined>;

function entryOf(spec: FunctionSpec): CatalogueEntry {
  const impl = IMPLS[spec.fn];
  if (typeof impl !== 'function')
    throw new Error(`catalogue: ${spec.id} names ${spec.fn}, which functions.ts does not export`);
  const required = spec.params.findIndex((p) => p.optional);
  return {
    id: spec.id,
    impl,
    params: spec.params.map((p) => p.name),
    required: required < 0 ? spec.params.length : required,
    ranges: spec.params.filter((p) => RANGE_KINDS.includes(p.kind)).map((p) => p.name),
    returns: spec.returns,
    ...(spec.clockParam ? { clockParam: spec.clockParam } : {}),
    spec,
  };
}

export const CATALOGUE: readonly CatalogueEntry[] = FUNCTION_SPECS.map(entryOf);

/** The entry of an id, case-insensitive (Excel ignores case in function names). */
export function findFunction(name: string): CatalogueEntry | undefined {
  const up = name.trim().toUpperCase();
  return CATALOGUE.find((e) => e.id === up);
}
