/**
 * Making households: drawing a new household's attributes from its group's parameters, linking an
 * arriving chain migrant to kin of its group housed in the city, linking initial households to kin
 * (mostly nearby) once they are placed, and where the authority places asylum seekers. Placing the
 * initial population is in start.ts.
 */
import { exp, log } from '../math/portable.ts';
import { type Rng, randomNormal } from '../rng.ts';
import { OWNER } from './generate.ts';
import { HOUSED, LEGAL_OBLIGATION, UNHOUSED } from './households.ts';
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
  // Skills on arrival, grown since then at the base learning rate for initial households.
  const gap = 1 - gp.skillAtArrival;
  hh.skill[h] = gap > 0 ? 1 - gap * exp(-s.params.behaviour.skillLearning * (s.tick - arrivalTick)) : 1;
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

/**
 * Where the authority puts asylum seeker h while the residence obligation lasts, by default: a free
 * communal place (at random), else the cheapest of a sample of vacant rental dwellings (social or
 * private; never owner-occupied: authorities rent, they do not buy), else -1 (nothing free: it waits
 * and is tried again next tick). The authority pays; no affordability or landlord test applies.
 */
export function authorityDwelling(s: CityState, rng: Rng): number {
  const communal = s.communalVacancies;
  if (communal.size > 0) return communal.items[Math.floor(rng() * communal.size)]!;
  const social = s.socialVacancies;
  const market = s.vacancies;
  const total = social.size + market.size;
  if (total === 0) return -1;
  const wanted = s.params.behaviour.sampleSize;
  let best = -1;
  let bestRent = Number.POSITIVE_INFINITY;
  // Owner-occupied draws are passed over, so allow some more draws than the sample.
  for (let i = 0, seen = 0; i < wanted * 4 && seen < wanted; i++) {
    const r = Math.floor(rng() * total);
    const d = r < social.size ? social.items[r]! : market.items[r - social.size]!;
    if (s.layout.segment[d] === OWNER) continue;
    seen++;
    const rent = s.rent(d);
    if (rent < bestRent) {
      bestRent = rent;
      best = d;
    }
  }
  return best;
}

/** Where the authority places asylum seeker h: a policy's choice, else the default; -1 when none. */
export function placeAsylumSeeker(s: CityState, h: number, rng: Rng): number {
  for (let i = 0; i < s.policies.length; i++) {
    const d = s.policies[i]!.placeAsylum?.(s, h) ?? -1;
    if (d >= 0) return d;
  }
  return authorityDwelling(s, rng);
}
