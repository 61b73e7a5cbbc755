/**
 * What becomes of a household that stays unhoused (an arrival who found nothing, a displaced
 * household who lost its dwelling, a returner): after households.unhousedMonths ticks without a
 * dwelling it leaves the city ("leave"), or is taken into emergency accommodation ("emergency"):
 * off the housing market, not on the raster, still searching. Called after each failed search, so
 * the work is O(1) per event. Asylum seekers under the residence obligation may not leave: they wait
 * for the authority to place them.
 */
import { LEGAL_OBLIGATION, UNHOUSED } from '../households.ts';
import { type CityState, LEFT_UNHOUSED } from '../state.ts';

/** Household h searched this tick and found nothing. */
export function afterFailedSearch(s: CityState, h: number): void {
  const { hh } = s;
  if (hh.status[h] !== UNHOUSED || hh.emergency[h] === 1 || hh.legal[h] === LEGAL_OBLIGATION) return;
  const hp = s.params.households;
  if (s.tick - hh.unhousedSince[h]! < hp.unhousedMonths) return;
  if (hp.unhoused === 'leave') {
    s.depart(h, LEFT_UNHOUSED);
  } else {
    hh.emergency[h] = 1;
    s.toEmergency++;
  }
}
