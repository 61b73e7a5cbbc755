/**
 * Which school a household's children attend when it moves in: the catchment school of its quarter,
 * unless a middle- or high-income household avoids a weak catchment school (below
 * `schoolAvoidanceQuality`) for the best school among the adjacent quarters, with chance
 * `schoolAvoidance` times every policy's `schoolAvoidanceFactor` (catchment enforcement). Draws
 * from the stream `city/school` only when avoidance is possible, so with avoidance 0 no number is
 * drawn and every other process is unchanged.
 */
import type { Rng } from '../rng.ts';
import type { CityState } from './state.ts';

/** Quarter whose school household h attends after moving into quarter q (-1 without children). */
export function schoolFor(s: CityState, h: number, q: number, rng: Rng): number {
  const { hh } = s;
  if (hh.children[h] !== 1) return -1;
  const b = s.params.behaviour;
  if (hh.incomeBand[h] === 0 || b.schoolAvoidance === 0 || s.school[q]! >= b.schoolAvoidanceQuality) return q;
  const best = bestAdjacentSchool(s, q);
  if (best < 0) return q;
  let chance = b.schoolAvoidance;
  for (let i = 0; i < s.policies.length; i++) {
    const f = s.policies[i]!.schoolAvoidanceFactor;
    if (f) chance *= f.call(s.policies[i], s, h);
  }
  if (chance <= 0) return q;
  return rng() < chance ? best : q;
}

/** The adjacent quarter with the best school, if better than q's own (lowest index on ties), else -1. */
export function bestAdjacentSchool(s: CityState, q: number): number {
  const { adjacencyStart, adjacency } = s.layout.quarters;
  let best = -1;
  let quality = s.school[q]!;
  for (let i = adjacencyStart[q]!; i < adjacencyStart[q + 1]!; i++) {
    const r = adjacency[i]!;
    if (s.school[r]! > quality) {
      best = r;
      quality = s.school[r]!;
    }
  }
  return best;
}
