import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { FUNCTION_SPECS, type FunctionName } from '../../src/core/score';
import { CATALOGUE, type Impl } from '../../src/functions/catalogue';
import { functionsSource } from '../../scripts/functions-source';
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

/**
 * What Excel counts a function's arguments by: the metadata (functions.json) custom-functions-metadata generates
 * from the Excel entry the build generates (scripts/functions-source.ts), as the webpack plugin does. Parameters
 * and how many are required, by the spec's function name.
 */
export async function shippedArity(): Promise<Record<FunctionName, { params: number; required: number }>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chiso-arity-'));
  const file = path.join(dir, 'functions.ts');
  fs.writeFileSync(file, functionsSource(FUNCTION_SPECS, './catalogue'));
  try {
    const r = await generateCustomFunctionsMetadata(file);
    if (r.errors.length) throw new Error('custom-functions-metadata errors:\n' + r.errors.join('\n'));
    const meta = JSON.parse(r.metadataJson) as {
      functions: Array<{ id: string; parameters: Array<{ optional?: boolean }> }>;
    };
    return Object.fromEntries(
      FUNCTION_SPECS.map((spec) => {
        const f = meta.functions.find((m) => m.id === spec.id);
        if (!f) throw new Error(`the metadata has no ${spec.id}`);
        return [spec.fn, { params: f.parameters.length, required: f.parameters.filter((p) => !p.optional).length }];
      }),
    ) as Record<FunctionName, { params: number; required: number }>;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
