/**
 * The observed start (`city.start: "observed"`): each area of a city file gets the households its
 * data gives, by group exactly (layout.real.households), and its share on basic security
 * (transferShare) gets an income at most households.transferIncome; they are placed among the
 * area's own dwellings. Within an area: asylum seekers still under the residence obligation take
 * its communal places first; social dwellings go to eligible households (income within
 * socialIncomeLimit) drawn at random; owner-occupied homes to households that pass the mortgage
 * rule, drawn at random; everyone else takes a random dwelling left. Only who lives in which area is
 * data: who lives in which block of it is random, as nothing finer is known.
 */
import { exp } from '../../math/portable.ts';
import { type Rng, randomNormal, shuffleInPlace } from '../../rng.ts';
import { COMMUNAL, OWNER, PRIVATE, SOCIAL } from '../generate.ts';
import { LEGAL_OBLIGATION } from '../households.ts';
import { linkInitialKin, newHousehold } from '../population.ts';
import type { CityState } from '../state.ts';

/** Draws from a group's income distribution before a household's income is set to the bound. */
const INCOME_TRIES = 20;

export function populateObserved(s: CityState, rng: Rng): void {
  const { layout, hh } = s;
  const real = layout.real;
  if (!real) throw new Error('the observed start needs a city generated from a city file');
  const hp = s.params.households;
  const b = s.params.behaviour;
  const A = layout.quarters.units;
  const G = s.groups;
  const dwellingsOf: number[][] = Array.from({ length: A }, () => []);
  for (let d = 0; d < layout.dwellings; d++) dwellingsOf[layout.dwellingQuarter[d]!]!.push(d);
  const ownerBurden = Math.min(b.maxRentBurden, b.maxPriceToIncome / b.priceToRent);
  let total = 0;
  for (let a = 0; a < A; a++) {
    const members: number[] = [];
    for (let g = 0; g < G; g++) {
      const years = hp.groups[g]!.yearsSettled;
      const n = real.households[g * A + a]!;
      for (let i = 0; i < n; i++) {
        const h = newHousehold(s, rng, g, -Math.floor(rng() * years * 12), false);
        if (h >= 0) members.push(h);
      }
    }
    total += members.length;
    const order = Int32Array.from(members);
    shuffleInPlace(rng, order);
    const low = Math.round(real.transferShare[a]! * order.length);
    for (let i = 0; i < order.length; i++) setTransferIncome(s, rng, order[i]!, i < low);
    placeInArea(s, rng, order, dwellingsOf[a]!, ownerBurden);
  }
  linkInitialKin(s, rng);
  s.population0 = total;
}

/** Give h an income on basic security (at most transferIncome) or above it, from its group's distribution where it can. */
function setTransferIncome(s: CityState, rng: Rng, h: number, transfer: boolean): void {
  const { hh } = s;
  const limit = s.params.behaviour.transferIncome;
  let income = hh.income[h]!;
  for (let t = 0; t < INCOME_TRIES && income <= limit !== transfer; t++) income = redraw(s, rng, h);
  if (income <= limit !== transfer)
    income = transfer ? limit * (0.7 + 0.3 * rng()) : limit * (1.05 + 0.2 * rng());
  hh.income[h] = income;
  hh.incomeAtArrival[h] = income;
  hh.incomeBand[h] = s.bandOf(income);
}

/** Another income from h's group and education (as newHousehold draws it). */
function redraw(s: CityState, rng: Rng, h: number): number {
  const { hh } = s;
  const g = s.params.households.groups[hh.origin[h]!]!;
  const drawn =
    g.incomeMedian *
    exp(g.incomeSigma * randomNormal(rng)) *
    s.params.households.educationIncome[hh.education[h]!]!;
  return Math.max(s.params.behaviour.incomeFloor, drawn);
}

function placeInArea(
  s: CityState,
  rng: Rng,
  order: Int32Array,
  dwellings: readonly number[],
  ownerBurden: number,
): void {
  const { hh, layout } = s;
  const b = s.params.behaviour;
  const free = Int32Array.from(dwellings);
  shuffleInPlace(rng, free);
  const bySegment = (seg: number) => Array.from(free).filter((d) => layout.segment[d] === seg);
  const communal = bySegment(COMMUNAL);
  const social = bySegment(SOCIAL);
  const owner = bySegment(OWNER);
  const taken = new Set<number>();
  const placed = new Uint8Array(order.length);
  const put = (i: number, d: number) => {
    s.moveIn(order[i]!, d);
    taken.add(d);
    placed[i] = 1;
  };
  // Asylum seekers under the obligation: the area's communal places.
  order.forEach((h, i) => {
    if (hh.legal[h] === LEGAL_OBLIGATION && communal.length > 0) put(i, communal.pop()!);
  });
  // Social dwellings to the eligible, owner homes to those who pass the mortgage rule: each dwelling
  // to the next eligible household in the (random) order.
  let k = 0;
  for (const d of social) {
    while (k < order.length && (placed[k] || hh.income[order[k]!]! > b.socialIncomeLimit)) k++;
    if (k < order.length) put(k, d);
  }
  k = 0;
  for (const d of owner) {
    while (k < order.length && (placed[k] || s.rent(d) > ownerBurden * hh.income[order[k]!]!)) k++;
    if (k < order.length) put(k, d);
  }
  // Everyone else: a random dwelling left (private rentals first, then any other than communal).
  const rest = Array.from(free).filter((d) => !taken.has(d) && layout.segment[d] !== COMMUNAL);
  rest.sort((x, y) => Number(layout.segment[x] !== PRIVATE) - Number(layout.segment[y] !== PRIVATE));
  let r = 0;
  order.forEach((h, i) => {
    if (placed[i]) return;
    const d = r < rest.length ? rest[r++]! : communal.pop();
    if (d !== undefined) put(i, d);
  });
}
