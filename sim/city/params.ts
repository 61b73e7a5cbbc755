/**
 * The city mode's parameters as one object, and the checks that need more than one section: whether
 * the city can hold the households its flows bring, and whether the flows would empty it.
 */
import { exp } from '../math/portable.ts';
import type { Problem } from '../params/spec.ts';
import type { BehaviourParams } from './params-behaviour.ts';
import type { CityLayoutParams } from './params-city.ts';
import type { HouseholdParams } from './params-households.ts';

export interface CityParams {
  readonly city: CityLayoutParams;
  readonly households: HouseholdParams;
  readonly behaviour: BehaviourParams;
}

/** Household slots per dwelling: room for searching and unhoused households besides the housed. */
export const HOUSEHOLD_SLOTS_PER_DWELLING = 1.3;
/** Projected households per dwelling above which a scenario is refused before the run. */
const MOST_HOUSEHOLDS_PER_DWELLING = 1.2;
/** Projected households per dwelling below which the flows are said to empty the city. */
const FEWEST_HOUSEHOLDS_PER_DWELLING = 0.25;

export function householdCapacity(dwellings: number): number {
  return Math.ceil(dwellings * HOUSEHOLD_SLOTS_PER_DWELLING) + 16;
}

/** Expected households after `ticks` ticks from the flows alone (arrivals in, leave rates out). */
export function projectedHouseholds(p: CityParams, ticks: number): number {
  const d = p.city.dwellings;
  let total = 0;
  for (const g of p.households.groups) {
    const n0 = g.share * p.households.occupancy * d;
    const inflow = (g.arrivals * d) / 1000;
    const rate = g.leaveRate * (g.stayIntention + (1 - g.stayIntention) * p.behaviour.returnIntentionFactor);
    total += rate > 0 ? inflow / rate + (n0 - inflow / rate) * exp(-rate * ticks) : n0 + inflow * ticks;
  }
  return total;
}

export function cityScenarioProblems(p: CityParams, ticks: number): Problem[] {
  const d = p.city.dwellings;
  const asylum = p.households.groups.findIndex((g) => g.asylumShare > 0 && g.arrivals > 0);
  if (asylum >= 0 && p.city.communalPlacesPerQuarter === 0) {
    return [
      {
        path: 'city.communalPlacesPerQuarter',
        value: 0,
        allowed: `at least 1 while households.groups[${asylum}] (${p.households.groups[asylum]!.name}) brings asylum seekers (asylumShare > 0 and arrivals > 0): the authority needs communal places to put them in`,
      },
    ];
  }
  const projected = projectedHouseholds(p, ticks);
  const n = Math.round(projected).toLocaleString('en');
  if (projected > MOST_HOUSEHOLDS_PER_DWELLING * d) {
    return [
      {
        path: 'households.groups',
        value: `about ${n} households after ${ticks} ticks`,
        allowed: `arrivals and leave rates that keep households within ${MOST_HOUSEHOLDS_PER_DWELLING} x the ${d.toLocaleString('en')} dwellings (lower arrivals or raise leaveRate)`,
      },
    ];
  }
  if (projected < FEWEST_HOUSEHOLDS_PER_DWELLING * d) {
    return [
      {
        path: 'households.groups',
        value: `about ${n} households after ${ticks} ticks`,
        allowed: `arrivals and leave rates that do not empty the city (at least ${FEWEST_HOUSEHOLDS_PER_DWELLING} households per dwelling; raise arrivals or lower leaveRate)`,
      },
    ];
  }
  return [];
}
