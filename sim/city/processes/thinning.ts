/**
 * Visiting only the households that have an event this tick. When every household's chance is at
 * most pMax, the slots with a candidate event are found by geometric skips (one draw per candidate
 * instead of one per household), and a candidate's event happens for real when a second uniform,
 * scaled to pMax, falls below its own chance: exact thinning, so the chances are what the
 * parameters say, while a tick over a million households draws a few tens of thousands of numbers.
 */
import { log } from '../../math/portable.ts';
import type { Rng } from '../../rng.ts';

/**
 * Calls visit(slot, u) for the candidate slots below `end`, with u uniform in [0, pMax): the event
 * of chance p happens when u < p. pMax >= 1 visits every slot.
 */
export function forEachCandidate(
  rng: Rng,
  end: number,
  pMax: number,
  visit: (slot: number, u: number) => void,
): void {
  if (!(pMax > 0)) return;
  if (pMax >= 1) {
    for (let h = 0; h < end; h++) visit(h, rng());
    return;
  }
  const logNot = log(1 - pMax);
  for (let h = skip(rng, logNot); h < end; h += 1 + skip(rng, logNot)) visit(h, rng() * pMax);
}

/** Failures before the next success, for success chance p = 1 - exp(logNot): geometric, by inversion. */
function skip(rng: Rng, logNot: number): number {
  return Math.floor(log(1 - rng()) / logNot);
}
