/**
 * The city's metrics for one tick, as a flat record with names a researcher can read: population
 * and flows, housing (vacancy, rents, burden), search and refusals by reason and group, tenure by
 * group, who lives in the arrival quarters, newcomers' income gain, and the counts of people by group
 * (people-counts.ts). One pass over the households.
 */
import type { Metrics } from '../model.ts';
import { OWNER, PRIVATE, SOCIAL } from './generate.ts';
import { FREE, HOUSED, SEARCH_NONE, UNHOUSED } from './households.ts';
import type { CityState } from './state.ts';

/**
 * `tallies` is scratch of length groups x 4 (housed per segment and in total, by group), reused
 * from tick to tick.
 */
export function cityMetrics(s: CityState, tallies: Float64Array): Metrics {
  const { hh, layout } = s;
  const G = s.groups;
  const t = tallies;
  t.fill(0);
  let population = 0;
  let housed = 0;
  let searching = 0;
  let rentSum = 0;
  let burdenSum = 0;
  let incomeSum = 0;
  let newcomers = 0;
  let gainSum = 0;
  let stillInArrivalQuarter = 0;
  // Arrays in locals: the loop runs over every slot, so each property load saved counts.
  const {
    status,
    income,
    arrivalTick,
    incomeAtArrival,
    search,
    origin,
    segment,
    quarter,
    arrivalQuarter,
    baseRent,
  } = hh;
  const rentIndex = s.rentIndex;
  const plainRent = !s.hasCostHooks;
  const unhousedBy = s.people.unhoused;
  unhousedBy.fill(0);
  const end = hh.highWater;
  for (let h = 0; h < end; h++) {
    const st = status[h]!;
    if (st === FREE) continue;
    population++;
    const inc = income[h]!;
    incomeSum += inc;
    const newcomer = arrivalTick[h]! > 0;
    if (newcomer) {
      newcomers++;
      gainSum += inc / incomeAtArrival[h]! - 1;
    }
    if (st !== HOUSED) {
      if (st === UNHOUSED) unhousedBy[origin[h]!]!++;
      continue;
    }
    housed++;
    if (search[h] !== SEARCH_NONE) searching++;
    const seg = segment[h]!;
    const q = quarter[h]!;
    const cost = !plainRent ? s.housingCost(h) : seg === SOCIAL ? baseRent[h]! : baseRent[h]! * rentIndex[q]!;
    rentSum += cost;
    burdenSum += cost / inc;
    const g = origin[h]! * 4;
    t[g + seg]!++;
    t[g + 3]!++;
    if (newcomer && q === arrivalQuarter[h]) stillInArrivalQuarter++;
  }
  const D = layout.dwellings;
  const m: Metrics = {
    tick: s.tick,
    population,
    housed,
    searching,
    unhoused: population - housed,
    arrivals: s.arrivals,
    departures: s.departures,
    populationChange: population - s.population0,
    arrivalsTotal: s.arrivalsTotal,
    departuresTotal: s.departuresTotal,
    notAdmitted: s.notAdmitted,
    authorityPlacements: s.authorityPlacements,
    secondaryMoves: s.secondaryMoves,
    moves: s.moves,
    displacements: s.displacements,
    'displacements.rentRise': s.displacedByRentRise,
    'displacements.incomeLoss': s.displacedByIncomeLoss,
    'displacements.atMoveIn': s.displacedAtMoveIn,
    becameUnhoused: s.becameUnhoused,
    vacancy: s.vacancies.size / D,
    meanRent: housed > 0 ? rentSum / housed : 0,
    meanRentBurden: housed > 0 ? burdenSum / housed : 0,
    meanIncome: population > 0 ? incomeSum / population : 0,
    incomeRises: s.rises,
    incomeFalls: s.falls,
    searchesEnded: s.searchesEnded,
    meanSearchTicks: s.searchesEnded > 0 ? s.searchTicksSum / s.searchesEnded : 0,
    newcomers,
    newcomerIncomeGain: newcomers > 0 ? gainSum / newcomers : 0,
    newcomersInFirstQuarter: newcomers > 0 ? stillInArrivalQuarter / newcomers : 0,
  };
  s.reasons.forEach((reason, r) => {
    for (let g = 0; g < G; g++) m[`refusals.${reason}.${s.groupNames[g]}`] = s.refusals[r * G + g]!;
    for (let g = 0; g < G; g++) m[`refusalLooks.${reason}.${s.groupNames[g]}`] = s.refusalLooks[r * G + g]!;
  });
  s.people.addTo(m);
  const segments = [
    ['social', SOCIAL],
    ['privateRent', PRIVATE],
    ['owner', OWNER],
  ] as const;
  for (let g = 0; g < G; g++) {
    const n = t[g * 4 + 3]!;
    for (const [name, seg] of segments)
      m[`tenure.${name}.${s.groupNames[g]}`] = n > 0 ? t[g * 4 + seg]! / n : 0;
  }
  const qc = s.quarterCounts;
  let inArrival = 0;
  for (let q = 0; q < layout.quarters.units; q++) if (layout.quarterArrival[q]) inArrival += qc.total[q]!;
  for (let g = 0; g < G; g++) {
    let n = 0;
    for (let q = 0; q < layout.quarters.units; q++) if (layout.quarterArrival[q]) n += qc.origin[q * G + g]!;
    m[`arrivalQuarters.share.${s.groupNames[g]}`] = inArrival > 0 ? n / inArrival : 0;
  }
  return m;
}
