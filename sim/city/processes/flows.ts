/**
 * Flows across the city's boundary. Departures: each household leaves (moves away, returns,
 * emigrates) with its group's leave rate, higher for those intending to return (see thinning.ts). Arrivals: each group
 * brings its expected number of households per tick (the whole part every tick, the fraction by
 * chance); asylum seekers are placed by the authority, the others start searching at once.
 */
import type { Rng } from '../../rng.ts';
import { FREE, LEGAL_OBLIGATION, SEARCH_HOMELESS } from '../households.ts';
import { newHousehold, placeAsylumSeeker } from '../population.ts';
import type { CityState } from '../state.ts';
import { forEachCandidate } from './thinning.ts';

export function departures(s: CityState, rng: Rng): void {
  const { hh } = s;
  const groups = s.params.households.groups;
  const factor = s.params.behaviour.returnIntentionFactor;
  let most = 0;
  for (const g of groups) most = Math.max(most, g.leaveRate * Math.max(1, factor));
  forEachCandidate(rng, hh.highWater, most, (h, u) => {
    if (hh.status[h] === FREE) return;
    if (u < groups[hh.origin[h]!]!.leaveRate * (hh.stay[h] ? 1 : factor)) s.depart(h);
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
