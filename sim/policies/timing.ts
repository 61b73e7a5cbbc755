/**
 * What every lever shares: when it acts (start tick, optional end tick) and how strongly. A lever
 * acts during tick t when start <= t and (end = 0 or t < end). The initial city is built at tick 0,
 * before any lever acts, so a lever never changes the starting city.
 */
import { MAX_TICKS } from '../params/limits.ts';
import { int, num } from '../params/spec.ts';

/** The timing fields of a lever, with what its strength means for that lever. */
export function timingFields(strengthMeaning: string) {
  return {
    start: int({
      unit: 'ticks',
      default: 1,
      min: 1,
      max: MAX_TICKS,
      meaning: 'First tick at which the policy acts (1 = from the first tick).',
    }),
    end: int({
      unit: 'ticks',
      default: 0,
      min: 0,
      max: MAX_TICKS,
      meaning: 'First tick at which the policy no longer acts; 0 = it never ends.',
    }),
    strength: num({ unit: 'share', default: 1, min: 0, max: 1, step: 0.05, meaning: strengthMeaning }),
  } as const;
}

export interface Timing {
  readonly start: number;
  readonly end: number;
  readonly strength: number;
}

/** Whether a lever with this timing acts during tick `tick`. */
export function actsAt(t: Timing, tick: number): boolean {
  return tick >= t.start && (t.end === 0 || tick < t.end) && t.strength > 0;
}

/**
 * A fixed pseudo-random number in [0, 1) for item i (a building, a quarter, a household): levers
 * use it to pick which items a partial strength covers, so the choice needs no random stream and is
 * the same after a snapshot is restored. (A 32-bit integer mix: multiply, xor-shift, twice.)
 */
export function itemHash(i: number, salt: number): number {
  let x = Math.imul(i ^ salt, 0x9e3779b1) >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b) >>> 0;
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35) >>> 0;
  x ^= x >>> 16;
  return (x >>> 0) / 4_294_967_296;
}
