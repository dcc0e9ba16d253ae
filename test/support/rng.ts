/**
 * The tests' seeded PRNG: the same seed gives the same sequence on every run, so a failing property case
 * reproduces. The generator itself (mulberry32) is scripts/lib/prng.ts, shared with the bench scripts.
 */
import * as shared from '../../scripts/lib/prng';

export type Rng = () => number;

/** A generator of floats in [0, 1) from a 32-bit seed. */
export function prng(seed: number): Rng {
  return shared.prng(seed);
}

/** One element of `list`, chosen by `rnd`. */
export function pick<T>(rnd: Rng, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)];
}
