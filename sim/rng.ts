/**
 * Seeded random streams. Every process of a run draws from its own named stream, derived from the
 * run's seed and the stream's name, so adding a process (or drawing more in one) never reshuffles
 * the numbers of another. Streams are seedrandom's Alea: fast, with a serialisable state for
 * snapshots. Nothing in sim/ may call Math.random.
 */
import seedrandom from 'seedrandom';
import { log } from './math/portable.ts';

export interface RngState {
  readonly c: number;
  readonly s0: number;
  readonly s1: number;
  readonly s2: number;
}

export interface Rng {
  /** Uniform in [0, 1), 32 bits of randomness. */
  (): number;
  state(): RngState;
}

/** A named stream of the run with seed `seed`. */
export function stream(seed: number, name: string): Rng {
  return seedrandom.alea(`kiez/${seed}/${name}`, { state: true }) as unknown as Rng;
}

/** A stream continuing exactly from a saved state. */
export function restoreStream(state: RngState): Rng {
  return seedrandom.alea('', { state: { ...state } as never }) as unknown as Rng;
}

/** Uniform integer in [0, n). */
export function randomInt(rng: Rng, n: number): number {
  return Math.floor(rng() * n);
}

/** In-place Fisher-Yates shuffle of the first `length` items. */
export function shuffleInPlace(rng: Rng, a: Int32Array | Uint32Array, length = a.length): void {
  for (let i = length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = a[i]!;
    a[i] = a[j]!;
    a[j] = t;
  }
}

/**
 * Standard normal by Marsaglia's polar method: only + - * /, sqrt and the portable log, so the
 * same draws give the same bits in every engine (Box-Muller would need Math.cos). No cached
 * spare, so a stream's state is all a snapshot needs.
 */
export function randomNormal(rng: Rng): number {
  for (;;) {
    const u = 2 * rng() - 1;
    const v = 2 * rng() - 1;
    const s = u * u + v * v;
    if (s > 0 && s < 1) return u * Math.sqrt((-2 * log(s)) / s);
  }
}

/**
 * Seed of run `index` in a family (a sweep, replicates) derived from a base seed: a 32-bit integer
 * hash, so that each run's seed is fixed by its index whatever the order the runs complete in.
 */
export function deriveSeed(baseSeed: number, index: number): number {
  const rng = seedrandom.alea(`kiez-derive/${baseSeed}/${index}`);
  return Math.floor(rng() * 2147483647);
}
