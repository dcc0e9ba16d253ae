/**
 * The catalogue that runs the custom functions, derived from the one spec (src/core/score/specs.ts): for each id,
 * its implementation = the boundary's coercion of each argument by the spec's kind (./boundary), then the core
 * function the spec names, then the result as Excel wants it (a date as a serial). Excel's entry (the JSDoc file
 * generated from the spec at build, scripts/functions-source.ts), the CLI and the tests all call `invoke`, so there
 * is one code path per function. test/functions/spec-types.test.ts checks at compile time that each spec's kinds
 * give exactly what its core function takes.
 */
import * as core from '../core/score';
import { FUNCTION_SPECS, RANGE_KINDS, type ArgKind, type FunctionSpec, type ResultKind } from '../core/score';
import * as b from './boundary';

export type { ResultKind };

/** How each kind of argument is coerced (the boundary function of that name). */
export const COERCE = {
  numRange: b.numRange,
  optNumRange: b.optNumRange,
  idRange: b.idRange,
  num: b.num,
  year: b.year,
  textOrNumber: b.textOrNumber,
  plain: b.plain,
  date: b.date,
  exactDate: b.exactDate,
} as const satisfies Record<ArgKind, (arg: string, raw: unknown) => unknown>;

/** A function as Excel (and the CLI) calls it: raw arguments in, a number or a text out, or an Excel error thrown. */
export type Impl = (...args: unknown[]) => number | string;

export interface CatalogueEntry {
  id: string;
  /** The implementation: the same `invoke` Excel's entry calls. */
  impl: Impl;
  /** Parameter names in order; the first `required` are required. */
  params: string[];
  required: number;
  /** Which parameters take a range (2-D). */
  ranges: string[];
  returns: ResultKind;
  /** A parameter that defaults to the clock when omitted (callers with their own clock, like the CLI, fill it). */
  clockParam?: string;
  /** The spec this entry derives from (help, labels, coercion kinds, the pane's example). */
  spec: FunctionSpec;
}

type CoreFn = (...args: unknown[]) => core.Result<number | string>;
const CORE = core as unknown as Record<string, CoreFn | undefined>;

function coreOf(spec: FunctionSpec): CoreFn {
  const fn = CORE[spec.fn];
  if (typeof fn !== 'function')
    throw new Error(`catalogue: ${spec.id} names ${spec.fn}, which src/core/score does not export`);
  return fn;
}

/** Runs one function of the spec on raw Excel arguments (the body of every Excel entry). */
function run(spec: FunctionSpec, fn: CoreFn, raw: readonly unknown[]): number | string {
  return b.call(() => {
    const args = spec.params.map((p, i) => {
      const v = COERCE[p.kind](p.name, raw[i]);
      // Omitted, the clock parameter is today: the function is declared volatile so Excel recalculates it daily.
      return v === null && p.name === spec.clockParam ? b.todayIso() : v;
    });
    const r = fn(...args);
    return spec.returns === 'date' ? b.serialOf(r as core.Result<string>) : r;
  });
}

function entryOf(spec: FunctionSpec): CatalogueEntry {
  const fn = coreOf(spec);
  const required = spec.params.findIndex((p) => p.optional);
  const impl: Impl = (...raw) => run(spec, fn, raw);
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

/** Runs the function `id` on raw Excel arguments: what each generated Excel entry calls. */
export function invoke(id: string, ...raw: unknown[]): number | string {
  const entry = findFunction(id);
  if (!entry) throw new Error(`catalogue: no function ${id}`);
  return entry.impl(...raw);
}
