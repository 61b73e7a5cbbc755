/**
 * Flows across the city's boundary. Departures: each household leaves with its group's leave rate,
 * higher for those intending to return (see thinning.ts); of those, circularShare go to the pool
 * abroad (returns.ts brings them back), the rest are gone for good. Housed households above the low
 * income band also move out to the surrounding region at their group's regionRate by household type
 * (suburbanisation). One uniform decides both: leaving first, then the region. Arrivals: each group
 * brings its expected number of households per tick (the whole part every tick, the fraction by
 * chance); asylum seekers are placed by the authority, the others start searching at once.
 */
import type { Rng } from '../../rng.ts';
import { HOUSED, LEGAL_OBLIGATION, SEARCH_HOMELESS, UNHOUSED } from '../households.ts';
import { newHousehold, placeAsylumSeeker } from '../population.ts';
import { type CityState, LEFT_ELSEWHERE, LEFT_REGION, LEFT_RETURN } from '../state.ts';
import { forEachCandidate } from './thinning.ts';

export function departures(s: CityState, rng: Rng): void {
  const { hh } = s;
  const groups = s.params.households.groups;
  const factor = s.params.behaviour.returnIntentionFactor;
  let most = 0;
  for (const g of groups) {
    const region = Math.max(g.regionRate[0]!, g.regionRate[1]!);
    most = Math.max(most, g.leaveRate * Math.max(1, factor) + region);
  }
  forEachCandidate(rng, hh.highWater, most, (h, u) => {
    const st = hh.status[h]!;
    if (st !== HOUSED && st !== UNHOUSED) return;
    const g = groups[hh.origin[h]!]!;
    const stays = hh.stay[h] === 1;
    const leave = g.leaveRate * (stays ? 1 : factor);
    if (u < leave) {
      if (stays) s.depart(h, LEFT_ELSEWHERE);
      else if (rng() < g.circularShare) s.goAbroad(h);
      else s.depart(h, LEFT_RETURN);
      return;
    }
    if (st === HOUSED && hh.incomeBand[h]! > 0 && u < leave + g.regionRate[hh.children[h]!]!) {
      s.depart(h, LEFT_REGION);
    }
  });
}

export function arrivals(s: CityState, rng: Rng): void {
  const groups = s.params.households.groups;
  const perThousand = s.layout.dwellings / 1000;
  for (let g = 0; g < groups.length; g++) {
    const expected = groups[g]!.arrivals * perThousand;
    const n = Math.floor(expected) + (rng() < expected - Math.floor(expected) ? 1 : 0);
    for (let i = 0; i < n; i++) {
      const h = newHousehold(s, rng, g, s.tick, true);
      if (h < 0) {
        s.notAdmitted++;
        continue;
      }
      s.arrivals++;
      s.arrivalsTotal++;
      if (s.hh.legal[h] === LEGAL_OBLIGATION) {
        const d = placeAsylumSeeker(s, h, rng);
        if (d >= 0) {
          s.moveIn(h, d);
          s.hh.lastMoveTick[h] = s.tick;
          s.authorityPlacements++;
          continue;
        }
      }
      s.startSearch(h, SEARCH_HOMELESS);
    }
  }
}
