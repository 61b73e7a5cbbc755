/**
 * The city mode's parameters as one object, and the checks that need more than one section: whether
 * the household slots can hold the households its flows bring (in the city and in the pool abroad,
 * which keeps its slots), and whether the flows would empty the city.
 */
import { exp, log } from '../math/portable.ts';
import type { Problem } from '../params/spec.ts';
import type { CityFileText } from './real/city-file.ts';
import type { BehaviourParams } from './params-behaviour.ts';
import { preferenceProblems } from './params-preferences.ts';
import type { CityLayoutParams } from './params-city.ts';
import type { GroupParams, HouseholdParams } from './params-households.ts';

export interface CityParams {
  readonly city: CityLayoutParams;
  readonly households: HouseholdParams;
  readonly behaviour: BehaviourParams;
  /** The texts of the city file named by city.source, attached by whoever read them (sim/ reads no files). */
  readonly cityFile?: CityFileText;
}

/** Household slots per dwelling: room for unhoused households and the pool abroad besides the housed. */
export const HOUSEHOLD_SLOTS_PER_DWELLING = 1.3;
/** Projected households per dwelling above which a scenario is refused before the run. */
const MOST_HOUSEHOLDS_PER_DWELLING = 1.2;
/** Projected households per dwelling below which the flows are said to empty the city. */
const FEWEST_HOUSEHOLDS_PER_DWELLING = 0.25;

export function householdCapacity(dwellings: number): number {
  return Math.ceil(dwellings * HOUSEHOLD_SLOTS_PER_DWELLING) + 16;
}

/** Standard normal distribution function (Abramowitz & Stegun 7.1.26, error below 1.5e-7). */
function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** Share of a group's households above the low income band (log-normal incomes by education). */
function shareAboveLowBand(g: GroupParams, hp: HouseholdParams): number {
  const low = hp.incomeBands[0]!;
  let share = 0;
  g.education.forEach((e, i) => {
    const median = g.incomeMedian * hp.educationIncome[i]!;
    share +=
      e * (g.incomeSigma > 0 ? 1 - normalCdf(log(low / median) / g.incomeSigma) : median >= low ? 1 : 0);
  });
  return share;
}

/**
 * Expected households after `ticks` ticks from the flows alone, in the city and in the pool abroad:
 * per group and month, leave rates and the region rate take households out, circularShare of
 * those leaving to return go to the pool, 1 / monthsAbroad of the pool come back, arrivals come in.
 * Leaving unhoused is not projected (it depends on the market).
 */
export function projectedHouseholds(p: CityParams, ticks: number): { inCity: number; abroad: number } {
  const d = p.city.dwellings;
  const f = p.behaviour.returnIntentionFactor;
  let inCity = 0;
  let abroad = 0;
  for (const g of p.households.groups) {
    let n = g.share * p.households.occupancy * d;
    let a = 0;
    const inflow = (g.arrivals * d) / 1000;
    const returning = (1 - g.stayIntention) * g.leaveRate * f;
    const region =
      shareAboveLowBand(g, p.households) *
      (g.regionRate[0]! * (1 - g.children) + g.regionRate[1]! * g.children);
    const out = Math.min(1, g.leaveRate * g.stayIntention + returning + region);
    const toPool = returning * g.circularShare;
    const back = 1 / g.monthsAbroad;
    for (let t = 0; t < ticks; t++) {
      const gone = out * n;
      const pooled = toPool * n;
      const came = back * a;
      n += inflow + came - gone;
      a += pooled - came;
    }
    inCity += n;
    abroad += a;
  }
  return { inCity, abroad };
}

export function cityScenarioProblems(p: CityParams, ticks: number): Problem[] {
  const preferences = preferenceProblems(
    p.behaviour.groupPreferences,
    p.households.groups.map((g) => g.name),
  );
  if (preferences.length > 0) return preferences;
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
  const { inCity, abroad } = projectedHouseholds(p, ticks);
  const projected = inCity + abroad;
  const n = Math.round(projected).toLocaleString('en');
  if (projected > MOST_HOUSEHOLDS_PER_DWELLING * d) {
    return [
      {
        path: 'households.groups',
        value: `${n} households (${Math.round(abroad).toLocaleString('en')} abroad) after ${ticks} ticks`,
        allowed: `arrivals and leave rates that keep households in the city and abroad within ${MOST_HOUSEHOLDS_PER_DWELLING} x the ${d.toLocaleString('en')} dwellings (lower arrivals or raise leaveRate)`,
      },
    ];
  }
  if (inCity < FEWEST_HOUSEHOLDS_PER_DWELLING * d) {
    return [
      {
        path: 'households.groups',
        value: `about ${Math.round(inCity).toLocaleString('en')} households in the city after ${ticks} ticks`,
        allowed: `arrivals and leave rates that do not empty the city (at least ${FEWEST_HOUSEHOLDS_PER_DWELLING} households per dwelling; raise arrivals or lower leaveRate)`,
      },
    ];
  }
  return [];
}
