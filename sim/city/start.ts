/**
 * The initial city (`city.start`). Both starts draw the same households (by the groups' shares; on
 * a city file, its counts of each group) and first do what institutions do: the authority places
 * asylum seekers still under the residence obligation, and social dwellings are let to eligible
 * households in random order (a waiting list of people who all registered at once). Then:
 * - "random": every other household, from the lowest income up (the most constrained first, so
 *   nobody is left with only dwellings it cannot get), takes a vacancy drawn uniformly among the
 *   private rentals it can afford and the owner-occupied dwellings it passes the mortgage rule for.
 *   Nothing about origin, neighbours or quarters enters: what segregation tick 0 shows comes from
 *   income and the housing stock alone.
 * - "settled": every other household, in random order, searches and chooses as movers do (one that
 *   finds nothing it can get in a few rounds is placed as in "random"); the model then runs
 *   `burnIn` ticks before the reported tick 0 (model.ts).
 * Once all are placed, initial households are linked to kin, mostly nearby (population.ts).
 * A household that can get nothing takes the cheapest vacancy left (it lives over its means, as
 * some households do); when more than START_OVERBURDEN_LIMIT of the households must, the scenario is
 * refused: its households do not fit its housing stock.
 */
import { FlagTree } from '../math/fenwick.ts';
import { apportion } from '../classic/engine.ts';
import { type Rng, shuffleInPlace } from '../rng.ts';
import { ScenarioError } from '../scenario/resolve.ts';
import { type Chooser, FOUND_NOTHING } from './choice.ts';
import { OWNER, PRIVATE } from './generate.ts';
import { LEGAL_OBLIGATION, SEARCH_HOMELESS } from './households.ts';
import { authorityDwelling, linkInitialKin, newHousehold } from './population.ts';
import type { CityState } from './state.ts';
import { populateObserved } from './real/observed-start.ts';

/**
 * Largest share of the initial households that may be placed above their means (rent above
 * maxRentBurden x income) before a start is refused: 16 % of German tenant households paid more
 * than 40 % of their income in rent in 2022 (Destatis, Mikrozensus-Zusatzerhebung Wohnen 2022).
 */
export const START_OVERBURDEN_LIMIT = 0.16;

/** Rounds of search an initial household gets (settled start) before it takes the cheapest dwelling it sees. */
const START_ROUNDS = 3;
/** Draws from the eligible households for each social dwelling before it is left vacant. */
const SOCIAL_TRIES = 64;

/** Create the initial households and place them as `city.start` says. */
export function populate(s: CityState, chooser: Chooser, rng: Rng): void {
  if (s.params.city.start === 'observed') {
    populateObserved(s, rng);
    return;
  }
  const hp = s.params.households;
  const sizes = initialGroupSizes(s);
  const total = sizes.reduce((a, n) => a + n, 0);
  sizes.forEach((n, g) => {
    const years = hp.groups[g]!.yearsSettled;
    for (let i = 0; i < n; i++) newHousehold(s, rng, g, -Math.floor(rng() * years * 12), false);
  });
  const random = s.params.city.start === 'random';
  const waiting = placeByAuthority(s, total, rng);
  const rest = letSocialHousing(s, chooser, waiting, random, rng);
  const overburdened = placeAtRandom(s, random ? rest : placeByChoice(s, chooser, rest, rng), rng);
  // Only the random start promises an affordable dwelling to everyone who can have one; a settled
  // start places by choice, and who is left over is the dynamics' business from then on.
  if (random && overburdened > START_OVERBURDEN_LIMIT * total) {
    const share = (overburdened / total) * 100;
    throw new ScenarioError([
      {
        path: 'city.start',
        value: s.params.city.start,
        allowed: `a housing stock the households fit: ${overburdened.toLocaleString('en')} of ${total.toLocaleString('en')} initial households (${share.toFixed(1)} %, more than ${START_OVERBURDEN_LIMIT * 100} %) find no vacancy they can afford and are eligible for (lower rents, raise incomes, add dwellings or lower occupancy)`,
      },
    ]);
  }
  linkInitialKin(s, rng);
  s.population0 = total;
}

/**
 * How many initial households each group has: a city file's counts (its areas' households by group,
 * at its scale), so that every start of a real city has the city's population and only where they
 * live differs; else the groups' shares of occupancy x the regular dwellings.
 */
function initialGroupSizes(s: CityState): number[] {
  const hp = s.params.households;
  const real = s.layout.real;
  if (real) {
    const G = hp.groups.length;
    const A = real.households.length / G;
    return hp.groups.map((_, g) => {
      let n = 0;
      for (let a = 0; a < A; a++) n += real.households[g * A + a]!;
      return n;
    });
  }
  return apportion(
    hp.groups.map((g) => g.share),
    Math.round(hp.occupancy * s.layout.regularDwellings),
  );
}

/** Asylum seekers under the obligation go where the authority puts them; the others are returned. */
function placeByAuthority(s: CityState, total: number, rng: Rng): Int32Array {
  const { hh } = s;
  const others: number[] = [];
  for (let h = 0; h < total; h++) {
    if (hh.legal[h] !== LEGAL_OBLIGATION) {
      others.push(h);
      continue;
    }
    const d = authorityDwelling(s, rng);
    // Nothing free: it waits for the authority, like an arriving asylum seeker.
    if (d >= 0) s.moveIn(h, d);
    else s.startSearch(h, SEARCH_HOMELESS);
  }
  return Int32Array.from(others);
}

/**
 * Let every social dwelling, in random order, to an eligible household drawn at random that can
 * get it (random start: that can afford it; settled: as the waiting list lets it, landlords'
 * refusals included). Returns the households still to place.
 */
function letSocialHousing(
  s: CityState,
  chooser: Chooser,
  waiting: Int32Array,
  random: boolean,
  rng: Rng,
): Int32Array {
  const { hh } = s;
  const b = s.params.behaviour;
  const eligible = waiting.filter((h) => hh.income[h]! <= b.socialIncomeLimit);
  let n = eligible.length;
  const social = s.socialVacancies.toArray();
  shuffleInPlace(rng, social);
  for (let i = 0; i < social.length && n > 0; i++) {
    const d = social[i]!;
    for (let t = 0; t < SOCIAL_TRIES; t++) {
      const k = Math.floor(rng() * n);
      const h = eligible[k]!;
      const ok = random
        ? s.rent(d) <= s.affordableRent(hh.income[h]!)
        : chooser.offerRefused(h, d, rng) === 0;
      if (!ok) continue;
      s.moveIn(h, d);
      eligible[k] = eligible[--n]!;
      break;
    }
  }
  return waiting.filter((h) => hh.dwelling[h]! < 0);
}

/** Dwellings of one market segment sorted by rent, with a flag tree of which are still vacant. */
class SortedVacancies {
  readonly byRent: Int32Array;
  readonly rents: Float64Array;
  readonly vacant: FlagTree;

  constructor(s: CityState, segment: number) {
    const ds: number[] = [];
    for (let i = 0; i < s.vacancies.size; i++) {
      const d = s.vacancies.items[i]!;
      if (s.layout.segment[d] === segment) ds.push(d);
    }
    ds.sort((a, b) => s.rent(a) - s.rent(b) || a - b);
    this.byRent = Int32Array.from(ds);
    this.rents = Float64Array.from(ds, (d) => s.rent(d));
    this.vacant = new FlagTree(ds.length);
    this.vacant.fill();
  }

  /** Vacant dwellings with rent at most `most`. */
  countUpTo(most: number): number {
    let lo = 0;
    let hi = this.rents.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.rents[mid]! <= most) lo = mid + 1;
      else hi = mid;
    }
    return this.vacant.countBelow(lo);
  }

  /** Take the k-th vacant dwelling in rent order. */
  take(k: number): number {
    const i = this.vacant.kth(k);
    this.vacant.clear(i);
    return this.byRent[i]!;
  }
}

/** The random start's market stage; returns how many households had to be placed above their means. */
function placeAtRandom(s: CityState, rest: Int32Array, rng: Rng): number {
  const { hh } = s;
  const b = s.params.behaviour;
  const ownerBurden = b.maxPriceToIncome / b.priceToRent;
  shuffleInPlace(rng, rest);
  // Lowest income first; ties keep the random order.
  const order = Array.from(rest).sort((x, y) => hh.income[x]! - hh.income[y]!);
  const privates = new SortedVacancies(s, PRIVATE);
  const owners = new SortedVacancies(s, OWNER);
  let overburdened = 0;
  for (const h of order) {
    const income = hh.income[h]!;
    const np = privates.countUpTo(s.affordableRent(income));
    const no = owners.countUpTo(Math.min(b.maxRentBurden, ownerBurden) * income);
    let d: number;
    if (np + no > 0) {
      const r = Math.floor(rng() * (np + no));
      d = r < np ? privates.take(r) : owners.take(r - np);
    } else {
      overburdened++;
      d = cheapestLeft(s, privates, owners);
      if (d < 0) continue;
    }
    s.moveIn(h, d);
  }
  return overburdened;
}

/** The cheapest vacancy left: private, owner-occupied, then social. -1 when the city is full. */
function cheapestLeft(s: CityState, privates: SortedVacancies, owners: SortedVacancies): number {
  const np = privates.vacant.countBelow(privates.vacant.size);
  const no = owners.vacant.countBelow(owners.vacant.size);
  if (
    np > 0 &&
    (no === 0 || privates.rents[privates.vacant.kth(0)]! <= owners.rents[owners.vacant.kth(0)]!)
  ) {
    return privates.take(0);
  }
  if (no > 0) return owners.take(0);
  return s.socialVacancies.size > 0 ? s.socialVacancies.items[0]! : -1;
}

/**
 * The settled start's market stage: search and choice, in random order. Returns the households that
 * found nothing they can get in a few rounds, for placeAtRandom.
 */
function placeByChoice(s: CityState, chooser: Chooser, rest: Int32Array, rng: Rng): Int32Array {
  const { hh } = s;
  shuffleInPlace(rng, rest);
  const failed: number[] = [];
  for (const h of rest) {
    hh.search[h] = SEARCH_HOMELESS;
    let d = FOUND_NOTHING;
    for (let round = 0; round < START_ROUNDS && d < 0; round++) d = chooser.search(h, rng);
    hh.search[h] = 0;
    if (d >= 0) s.moveIn(h, d);
    else failed.push(h);
  }
  return Int32Array.from(failed);
}
