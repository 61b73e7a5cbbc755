/**
 * One round of search for every searching household, in random order: asylum seekers still under
 * the residence obligation are placed by the authority; everyone else searches and chooses (see
 * choice.ts). A voluntary mover who finds nothing keeps looking until it gives up; a displaced
 * household that finds nothing loses its dwelling and is counted unhoused; the unhoused, and
 * households that must leave communal accommodation, look again next tick (the unhoused until
 * they have been unhoused too long: unhoused.ts).
 */
import { type Rng, shuffleInPlace } from '../../rng.ts';
import { CHOSE_STAY, type Chooser, FOUND_NOTHING } from '../choice.ts';
import { FREE, LEGAL_OBLIGATION, SEARCH_FORCED, SEARCH_VOLUNTARY } from '../households.ts';
import { ENDED_GAVE_UP, ENDED_STAYED } from '../people-counts.ts';
import { placeAsylumSeeker } from '../population.ts';
import type { CityState } from '../state.ts';
import { afterFailedSearch } from './unhoused.ts';

export function searchRound(s: CityState, chooser: Chooser, order: Int32Array, rng: Rng): void {
  const { hh } = s;
  const n = s.searchers.size;
  order.set(s.searchers.items.subarray(0, n));
  shuffleInPlace(rng, order, n);
  const giveUp = s.params.behaviour.maxSearchTicks;
  for (let i = 0; i < n; i++) {
    const h = order[i]!;
    if (hh.status[h] === FREE || !s.searchers.has(h)) continue;
    const placed = hh.legal[h] === LEGAL_OBLIGATION;
    const target = placed ? placeAsylumSeeker(s, h, rng) : chooser.search(h, rng);
    if (target >= 0) {
      s.moveTo(h, target);
      if (placed) s.authorityPlacements++;
      continue;
    }
    if (target === CHOSE_STAY) {
      s.endSearch(h, ENDED_STAYED);
      continue;
    }
    if (target !== FOUND_NOTHING) continue;
    const kind = hh.search[h];
    if (kind === SEARCH_VOLUNTARY && s.tick - hh.searchSince[h]! + 1 >= giveUp) s.endSearch(h, ENDED_GAVE_UP);
    else if (kind === SEARCH_FORCED) s.becomeUnhoused(h);
    afterFailedSearch(s, h);
  }
}
