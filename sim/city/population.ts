/**
 * Making households: drawing a new household's attributes from its group's parameters, linking it
 * to kin, and where the authority places asylum seekers. Placing the initial population is in
 * start.ts.
 */
import { exp } from '../math/portable.ts';
import type { Rng } from '../rng.ts';
import { randomNormal } from '../rng.ts';
import { OWNER } from './generate.ts';
import { FREE, LEGAL_OBLIGATION, UNHOUSED } from './households.ts';
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
