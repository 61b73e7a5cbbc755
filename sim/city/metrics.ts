/**
 * The city's metrics for one tick, as a flat record with names a researcher can read: population
 * and flows, housing (vacancy, rents, burden), search and refusals by reason and group, tenure by
 * group, who lives in the arrival quarters, newcomers' income gain, the flows by reason and group
 * (departures, returners, the pool abroad, unhoused and emergency accommodation), and the counts of
 * people by group (people-counts.ts). One pass over the households.
 */
import type { Metrics } from '../model.ts';
import { COMMUNAL, OWNER, PRIVATE, SOCIAL } from './generate.ts';
import { ABROAD, HOUSED, SEARCH_NONE, UNHOUSED } from './households.ts';
import { type CityState, DEPARTURE_REASONS, SEGMENTS } from './state.ts';

/**
 * Tallies per group: housed per segment (0 .. SEGMENTS - 1), housed, unhoused, in emergency
 * accommodation, abroad.
 */
export const TALLIES = SEGMENTS + 4;
const T_HOUSED = SEGMENTS;
const T_UNHOUSED = SEGMENTS + 1;
const T_EMERGENCY = SEGMENTS + 2;
const T_ABROAD = SEGMENTS + 3;

/** `tallies` is scratch of length groups x TALLIES, reused from tick to tick. */
export function cityMetrics(s: CityState, tallies: Float64Array): Metrics {
  const { hh, layout } = s;
  const G = s.groups;
  const t = tallies;
  const {
    population,
    housed,
    searching,
    rentSum,
    burdenSum,
    paying,
    incomeSum,
    newcomers,
    gainSum,
    stillInArrivalQuarter,
  } = householdPass(s, t);
  const D = layout.regularDwellings;
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
    returners: s.returners,
    abroad: s.abroad.size,
    emergency: 0,
    toEmergency: s.toEmergency,
    authorityPlacements: s.authorityPlacements,
    secondaryMoves: s.secondaryMoves,
    moves: s.moves,
    moveRate: housed > 0 ? (12 * s.moves) / housed : 0,
    rentalTurnover: rentalTurnover(s),
    displacements: s.displacements,
    'displacements.rentRise': s.displacedByRentRise,
    'displacements.incomeLoss': s.displacedByIncomeLoss,
    'displacements.atMoveIn': s.displacedAtMoveIn,
    becameUnhoused: s.becameUnhoused,
    vacancy: s.vacantDwellings() / D,
    ...segmentVacancy(s),
    communalOccupied: communalOccupied(s),
    waitingList: s.waitingList.length(hh),
    meanRent: paying > 0 ? rentSum / paying : 0,
    meanRentBurden: paying > 0 ? burdenSum / paying : 0,
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
    ['communal', COMMUNAL],
  ] as const;
  for (let g = 0; g < G; g++) {
    const n = t[g * TALLIES + T_HOUSED]!;
    for (const [name, seg] of segments)
      m[`tenure.${name}.${s.groupNames[g]}`] = n > 0 ? t[g * TALLIES + seg]! / n : 0;
  }
  let emergencyAll = 0;
  for (let g = 0; g < G; g++) {
    const name = s.groupNames[g]!;
    m[`emergency.${name}`] = t[g * TALLIES + T_EMERGENCY]!;
    m[`abroad.${name}`] = t[g * TALLIES + T_ABROAD]!;
    m[`returners.${name}`] = s.returnersBy[g]!;
    emergencyAll += t[g * TALLIES + T_EMERGENCY]!;
  }
  m['emergency'] = emergencyAll;
  DEPARTURE_REASONS.forEach((reason, r) => {
    let all = 0;
    for (let g = 0; g < G; g++) {
      const x = s.departuresBy[r * G + g]!;
      m[`departures.${reason}.${s.groupNames[g]}`] = x;
      all += x;
    }
    m[`departures.${reason}`] = all;
  });
  m['departures.regionWithChildren'] = s.regionFamilies;
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

/**
 * The one pass over every household slot: the tallies (filled in), the counts and the sums, in
 * household order. A small function of its own, so that it is optimised on its own feedback and
 * the metric record built around it (about 200 named columns) does not share its optimised code.
 */
function householdPass(s: CityState, t: Float64Array) {
  const { hh } = s;
  const G = s.groups;
  t.fill(0);
  let population = 0;
  let housed = 0;
  let searching = 0;
  let rentSum = 0;
  let burdenSum = 0;
  let paying = 0;
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
    emergency,
  } = hh;
  const plainRent = !s.hasCostHooks;
  const factor = rentFactors(s);
  const unhousedBy = s.people.unhoused;
  unhousedBy.fill(0);
  const end = hh.highWater;
  // Housed households by origin and segment (g * SEGMENTS + segment), counted as integers and
  // added into the tallies after the loop: the loop runs over every slot, so each step saved counts.
  const housedBy = new Int32Array(G * SEGMENTS);
  let unhoused = 0;
  for (let h = 0; h < end; h++) {
    const st = status[h]!;
    if (st === HOUSED) {
      const inc = income[h]!;
      incomeSum += inc;
      const q = quarter[h]!;
      if (arrivalTick[h]! > 0) {
        newcomers++;
        gainSum += inc / incomeAtArrival[h]! - 1;
        if (q === arrivalQuarter[h]) stillInArrivalQuarter++;
      }
      if (search[h] !== SEARCH_NONE) searching++;
      const seg = segment[h]!;
      housedBy[origin[h]! * SEGMENTS + seg]!++;
      // Rents and burdens are of the housing stock: in communal accommodation the authority pays.
      if (seg === COMMUNAL) continue;
      // One multiplication, no branch on the segment (a social rent times 1 is the rent, exactly).
      const cost = plainRent ? baseRent[h]! * factor[q * SEGMENTS + seg]! : s.housingCost(h);
      paying++;
      rentSum += cost;
      burdenSum += cost / inc;
    } else if (st === UNHOUSED) {
      unhoused++;
      const o = origin[h]!;
      const g = o * TALLIES;
      t[g + T_UNHOUSED]!++;
      if (emergency[h]) t[g + T_EMERGENCY]!++;
      const inc = income[h]!;
      incomeSum += inc;
      if (arrivalTick[h]! > 0) {
        newcomers++;
        gainSum += inc / incomeAtArrival[h]! - 1;
      }
      unhousedBy[o]!++;
    } else if (st === ABROAD) {
      t[origin[h]! * TALLIES + T_ABROAD]!++;
    }
  }
  for (let g = 0; g < G; g++) {
    for (let seg = 0; seg < SEGMENTS; seg++) {
      const n = housedBy[g * SEGMENTS + seg]!;
      t[g * TALLIES + seg] = n;
      t[g * TALLIES + T_HOUSED]! += n;
      housed += n;
    }
  }
  population = housed + unhoused;
  return {
    population,
    housed,
    searching,
    rentSum,
    burdenSum,
    paying,
    incomeSum,
    newcomers,
    gainSum,
    stillInArrivalQuarter,
  };
}

/**
 * What a base rent is multiplied by now, by quarter and segment (q * SEGMENTS + segment), as
 * CityState.costOf does: the quarter's rent index, its price index for owner-occupied dwellings,
 * 1 for social rents (fixed) and communal places.
 */
function rentFactors(s: CityState): Float64Array {
  const Q = s.layout.quarters.units;
  const factors = new Float64Array(Q * SEGMENTS);
  for (let q = 0; q < Q; q++) {
    const o = q * SEGMENTS;
    factors[o + SOCIAL] = 1;
    factors[o + PRIVATE] = s.rentIndex[q]!;
    factors[o + OWNER] = s.priceIndex[q]!;
    factors[o + COMMUNAL] = 1;
  }
  return factors;
}

/** Vacancy of each segment of the housing stock: vacant / dwellings of that segment, city-wide. */
function segmentVacancy(s: CityState): Metrics {
  const Q = s.layout.quarters.units;
  const out: Metrics = {};
  for (const [name, seg] of [
    ['social', SOCIAL],
    ['privateRent', PRIVATE],
    ['owner', OWNER],
  ] as const) {
    let n = 0;
    let v = 0;
    for (let q = 0; q < Q; q++) {
      n += s.quarterSegmentDwellings[q * SEGMENTS + seg]!;
      v += s.quarterSegmentVacant[q * SEGMENTS + seg]!;
    }
    out[`vacancy.${name}`] = n > 0 ? v / n : 0;
  }
  return out;
}

/** Share of communal places occupied (0 when the city has none). */
function communalOccupied(s: CityState): number {
  const places = s.layout.communalPlaces;
  return places > 0 ? (places - s.communalVacancies.size) / places : 0;
}

/**
 * Tenant turnover, annualised: households moving into social or private rental dwellings this tick
 * (from inside the city or from outside) x 12, per rental dwelling. What the Techem tenant-change
 * figures measure (share of rented flats changing tenants a year).
 */
function rentalTurnover(s: CityState): number {
  const Q = s.layout.quarters.units;
  let rental = 0;
  for (let q = 0; q < Q; q++) {
    rental +=
      s.quarterSegmentDwellings[q * SEGMENTS + SOCIAL]! + s.quarterSegmentDwellings[q * SEGMENTS + PRIVATE]!;
  }
  return rental > 0 ? (12 * s.rentalMoveIns) / rental : 0;
}
