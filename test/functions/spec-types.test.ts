/**
 * Each spec fits its core implementation, checked by the compiler (`npm run typecheck` covers the tests): the
 * values the boundary gives for the spec's parameter kinds, in order, are what the core function named by `fn`
 * takes, and its result is what `returns` says. This is what the hand-written wrappers' types checked before the
 * Excel entry was generated from the spec; a spec that names the wrong kind or function no longer compiles.
 */
import type * as core from '../../src/core/score';
import type { SPECS } from '../../src/core/score';
import type { COERCE } from '../../src/functions/catalogue';

type Spec = (typeof SPECS)[number];
/** What the check needs of a spec (looser than a spec, so that the test below can build a wrong one). */
interface Shape {
  fn: keyof typeof core;
  params: readonly { name: string; kind: keyof typeof COERCE }[];
  returns: string;
  clockParam?: string;
}
type Coerced = { [K in keyof typeof COERCE]: ReturnType<(typeof COERCE)[K]> };
/** A parameter's value as the core receives it: the clock parameter is never null (it defaults to today). */
type ArgOf<P, Clock> = P extends { name: Clock }
  ? string
  : P extends { kind: infer K extends keyof Coerced }
    ? Coerced[K]
    : never;
type Args<P extends readonly unknown[], Clock> = { -readonly [I in keyof P]: ArgOf<P[I], Clock> };
type ClockOf<S> = S extends { clockParam: infer C } ? C : never;
type ValueOf<S extends Shape> = S['returns'] extends 'number' ? number : string;
/** True when the core function takes the spec's arguments and gives the spec's result. */
type Fits<S extends Shape> = (typeof core)[S['fn']] extends (
  ...a: Extract<Args<S['params'], ClockOf<S>>, unknown[]>
) => core.Result<ValueOf<S>>
  ? true
  : false;
/** The ids of the specs that do not fit (never when all do). */
type Misfits<S = Spec> = S extends Spec ? (Fits<S> extends true ? never : S['id']) : never;

describe('the spec fits the core (compile time)', () => {
  it('every function: the coerced arguments are what the core takes, the result what the spec says', () => {
    // Fails to compile, naming the ids, if a spec does not fit its core function.
    const allFit: [Misfits] extends [never] ? true : Misfits = true;
    expect(allFit).toBe(true);
  });

  it('rejects a spec whose kind or result does not fit', () => {
    type Sipas = { fn: 'parSipas'; params: readonly [{ name: 'percent'; kind: 'num' }]; returns: 'number' };
    const right: Fits<Sipas> = true;
    const kind: Fits<Omit<Sipas, 'params'> & { params: readonly [{ name: 'percent'; kind: 'numRange' }] }> = false;
    const result: Fits<Omit<Sipas, 'returns'> & { returns: 'text' }> = false;
    const fn: Fits<Omit<Sipas, 'fn'> & { fn: 'papiGap' }> = false;
    expect([right, kind, result, fn]).toEqual([true, false, false, false]);
  });
});
