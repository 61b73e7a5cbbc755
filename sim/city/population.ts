/**
 * Making households: drawing a new household's attributes from its group's parameters, linking an
 * arriving chain migrant to kin of its group housed in the city, placing the initial population (by
 * the same search and choice that movers use, so the city starts sorted by income and tenure the way
 * its rules sort it), and then linking initial households to kin, mostly nearby.
 */
import { exp, log } from '../math/portable.ts';
import { apportion } from '../classic/engine.ts';
import { type Rng, randomNormal, shuffleInPlace } from '../rng.ts';
import { type Chooser, FOUND_NOTHING } from './choice.ts';
import { HOUSED, LEGAL_OBLIGATION, SEARCH_HOMELESS, UNHOUSED } from './households.ts';
import type { CityState } from './state.ts';

/** Tries at drawing a household of the same group as kin (nearby, then anywhere) before giving up. */
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
  hh.unhousedSince[h] = s.tick;
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
  // Initial households are linked to kin after they are placed (linkInitialKin), so nearness is real.
  if (newcomer && rng() < gp.chainShare && linkAnywhere(s, rng, h)) hh.chain[h] = 1;
  return h;
}

/** Link h to a random housed household of its group anywhere in the city; false when none was found. */
function linkAnywhere(s: CityState, rng: Rng, h: number): boolean {
  const { hh } = s;
  const g = hh.origin[h]!;
  for (let i = 0; i < KIN_TRIES && hh.highWater > 1; i++) {
    const k = Math.floor(rng() * hh.highWater);
    if (k !== h && hh.status[k] === HOUSED && hh.origin[k] === g) {
      hh.link(h, k);
      return true;
    }
  }
  return false;
}

/**
 * Link housed household h to a housed household of its group, most likely nearby: each try draws a
 * distance from an exponential distribution of mean households.kinLinkDistance and a random cell
 * within it (a point uniform in the disk, by rejection from the square: no trigonometry, so the
 * numbers are the same on every engine), then a random dwelling of that cell; after KIN_TRIES misses,
 * anywhere in the city.
 */
function linkNearby(s: CityState, rng: Rng, h: number): boolean {
  const { hh, layout } = s;
  const mean = s.params.households.kinLinkDistance;
  const d0 = hh.dwelling[h]!;
  const c0 = layout.dwellingCell[d0]!;
  const w = layout.width;
  const x0 = c0 % w;
  const y0 = Math.floor(c0 / w);
  const g = hh.origin[h]!;
  for (let i = 0; i < KIN_TRIES; i++) {
    const r = -mean * log(1 - rng());
    const dx = (2 * rng() - 1) * r;
    const dy = (2 * rng() - 1) * r;
    if (dx * dx + dy * dy > r * r) continue;
    const x = Math.round(x0 + dx);
    const y = Math.round(y0 + dy);
    if (x < 0 || y < 0 || x >= w || y >= layout.height) continue;
    const c = y * w + x;
    const first = layout.cellStart[c]!;
    const n = layout.cellStart[c + 1]! - first;
    if (n === 0) continue;
    const k = s.occupant[first + Math.floor(rng() * n)]!;
    if (k >= 0 && k !== h && hh.origin[k] === g) {
      hh.link(h, k);
      return true;
    }
  }
  return linkAnywhere(s, rng, h);
}

/** Give kinShare of the placed initial households a kin link, mostly nearby (linkNearby). */
export function linkInitialKin(s: CityState, rng: Rng): void {
  const { hh } = s;
  const groups = s.params.households.groups;
  for (let h = 0; h < hh.highWater; h++) {
    if (hh.status[h] === HOUSED && rng() < groups[hh.origin[h]!]!.kinShare) linkNearby(s, rng, h);
  }
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
  linkInitialKin(s, rng);
  s.population0 = total;
}
