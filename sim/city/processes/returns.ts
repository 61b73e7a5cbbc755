/**
 * Return from the pool abroad (circular migration): each tick every household abroad comes back
 * with chance 1 / monthsAbroad of its group, as a returner that arrives unhoused and searches like an
 * arrival (state.comeBack). Candidates are found by thinning over the pool (thinning.ts) and
 * collected first, because bringing one back reorders the pool.
 */
import type { Rng } from '../../rng.ts';
import type { CityState } from '../state.ts';
import { forEachCandidate } from './thinning.ts';

/** `scratch` has room for every household slot; it is overwritten. */
export function returns(s: CityState, rng: Rng, scratch: Int32Array): void {
  const pool = s.abroad;
  if (pool.size === 0) return;
  const groups = s.params.households.groups;
  const { origin } = s.hh;
  let most = 0;
  for (const g of groups) most = Math.max(most, 1 / g.monthsAbroad);
  let n = 0;
  forEachCandidate(rng, pool.size, most, (i, u) => {
    const h = pool.items[i]!;
    if (u < 1 / groups[origin[h]!]!.monthsAbroad) scratch[n++] = h;
  });
  for (let i = 0; i < n; i++) s.comeBack(scratch[i]!);
}
