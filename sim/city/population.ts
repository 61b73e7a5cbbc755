/**
 * Making households: drawing a new household's attributes from its group's parameters, linking it
 * to kin, and placing the initial population (by the same search and choice that movers use, so the
 * city starts sorted by income and tenure the way its rules sort it).
 */
import { exp } from '../math/portable.ts';
import { apportion } from '../classic/engine.ts';
import { type Rng, randomNormal, shuffleInPlace } from '../rng.ts';
import { type Chooser, FOUND_NOTHING } from './choice.ts';
import { FREE, LEGAL_OBLIGATION, SEARCH_HOMELESS, UNHOUSED } from './households.ts';
import type { CityState } from './state.ts';

/** Tries at drawing a random household of the same group as kin before giving up. */
const KIN_TRIES = 20;

function categorical(rng: Rng, shares: readonly number[]): number {
  let r = rng();
  for (let i = 0; i < shares.length - 1; i++) {
    r -= shares[i]!;
    if (r < 0) return i;
  }
  return shares.length - 1;
}

/**
 * A new household of group g that arrived at `arrivalTick` (not yet housed), or -1 when every slot is
 * taken. `newcomer`: it arrives during the run (entry income, may be an asylum seeker).
 */
export function newHousehold(
  s: CityState,
  rng: Rng,
  g: number,
  arrivalTick: number,
  newcomer: boolean,
): number {
  const { hh } = s;
  const h = hh.take();
  if (h < 0) return -1;
  const gp = s.params.households.groups[g]!;
  const hp = s.params.households;
  hh.status[h] = UNHOUSED;
  hh.origin[h] = g;
  hh.arrivalTick[h] = arrivalTick;
  const education = categorical(rng, gp.education);
  hh.education[h] = education;
  hh.milieu[h] = categorical(rng, gp.milieu);
  hh.children[h] = rng() < gp.children ? 1 : 0;
  hh.stay[h] = rng() < gp.stayIntention ? 1 : 0;
  const entry = newcomer ? gp.newcomerIncomeFactor : 1;
  const drawn = gp.incomeMedian * exp(gp.incomeSigma * randomNormal(rng)) * hp.educationIncome[education]!;
  const income = Math.max(s.params.behaviour.incomeFloor, drawn * entry);
  hh.incomeBand[h] = s.bandOf(income);
  hh.income[h] = income;
  hh.incomeAtArrival[h] = income;
  // Asylum seekers under a residence obligation: arrivals during the run, and initial households
  // whose obligation has not yet ended.
  const asylum = rng() < gp.asylumShare;
  const end = arrivalTick + hp.obligationMonths;
  if (asylum && end > s.tick) {
    hh.legal[h] = LEGAL_OBLIGATION;
    hh.obligationEnd[h] = end;
  }
  if (rng() < gp.kinShare) {
    for (let i = 0; i < KIN_TRIES && hh.highWater > 1; i++) {
      const k = Math.floor(rng() * hh.highWater);
      if (k !== h && hh.status[k] !== FREE && hh.origin[k] === g) {
        hh.link(h, k);
        break;
      }
    }
  }
  return h;
}

/** A random vacancy (the authority placing an asylum seeker), or -1 when there is none. */
export function authorityDwelling(s: CityState, rng: Rng): number {
  const pool = s.vacancies;
  return pool.size === 0 ? -1 : pool.items[Math.floor(rng() * pool.size)]!;
}

/** Where the authority places asylum seeker h: a policy's choice, else a random vacancy; -1 when none. */
export function placeAsylumSeeker(s: CityState, h: number, rng: Rng): number {
  for (let i = 0; i < s.policies.length; i++) {
    const d = s.policies[i]!.placeAsylum?.(s, h) ?? -1;
    if (d >= 0) return d;
  }
  return authorityDwelling(s, rng);
}

/** Rounds of search an initial household gets before it takes the cheapest dwelling it sees. */
const START_ROUNDS = 3;

function cheapestOfSample(s: CityState, rng: Rng, n: number): number {
  let best = -1;
  for (let i = 0; i < n; i++) {
    const d = authorityDwelling(s, rng);
    if (best < 0 || s.rent(d) < s.rent(best)) best = d;
  }
  return best;
}

/** Create the initial households by group shares and place them, in random order, by search and choice. */
export function populate(s: CityState, chooser: Chooser, rng: Rng): void {
  const { hh } = s;
  const hp = s.params.households;
  const total = Math.round(hp.occupancy * s.layout.dwellings);
  const sizes = apportion(
    hp.groups.map((g) => g.share),
    total,
  );
  sizes.forEach((n, g) => {
    const years = hp.groups[g]!.yearsSettled;
    for (let i = 0; i < n; i++) newHousehold(s, rng, g, -Math.floor(rng() * years * 12), false);
  });
  const order = new Int32Array(total);
  for (let i = 0; i < total; i++) order[i] = i;
  shuffleInPlace(rng, order);
  for (let i = 0; i < total; i++) {
    const h = order[i]!;
    hh.search[h] = SEARCH_HOMELESS;
    let d = hh.legal[h] === LEGAL_OBLIGATION ? authorityDwelling(s, rng) : FOUND_NOTHING;
    for (let round = 0; round < START_ROUNDS && d < 0; round++) d = chooser.search(h, rng);
    // At the start everyone has a home: a household that can get nothing takes the cheapest of a sample.
    if (d < 0) d = cheapestOfSample(s, rng, s.params.behaviour.sampleSize);
    hh.search[h] = 0;
    s.moveIn(h, d);
  }
  s.population0 = total;
}
