import type { FunctionName } from '../../src/core/score';
import { CATALOGUE, type Impl } from '../../src/functions/catalogue';
/** Calling catalogue functions as Excel would, and reading what they give back. */
export type Outcome = { value: number | string } | { code: string; message: string };

interface CfError extends Error {
  code: string;
}

/** Calls a custom function; a thrown CustomFunctions.Error becomes { code, message }; anything else is rethrown. */
export function excel(fn: (...args: never[]) => number | string, ...args: unknown[]): Outcome {
  try {
    return { value: (fn as (...a: unknown[]) => number | string)(...args) };
  } catch (e) {
    const cf = (globalThis as unknown as { CustomFunctions: { Error: new (...a: never[]) => CfError } })
      .CustomFunctions;
    if (e instanceof cf.Error) return { code: e.code, message: e.message };
    throw e;
  }
}

/** A column as Excel passes a range: one value per row, as a 2-D array. */
export const col = (...values: unknown[]): unknown[][] => values.map((v) => [v]);

/** The catalogue's implementations by their spec's function name: `fns.parScore` is what PAR.SCORE runs in Excel. */
export const fns = Object.fromEntries(CATALOGUE.map((e) => [e.spec.fn, e.impl])) as Record<FunctionName, Impl>;
