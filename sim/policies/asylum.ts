/**
 * Allocation of asylum seekers and the residence obligation. Without the policy the authority puts
 * an asylum seeker into a free communal place, else into the cheapest of a sample of vacant rental
 * dwellings (population.ts). "dispersed" places each one in a communal place or vacant rental or
 * social dwelling (never an owner-occupied one) of the quarter with the fewest asylum seekers under
 * the obligation per dwelling (a distribution key), spreading them over the city; the strength is the share of
 * placements made by the key. `obligationMonths` changes how long the obligation lasts for everyone
 * still under it (0 ends it: they may choose their home, e.g. near kin, from the next tick).
 */
import { OWNER } from '../city/generate.ts';
import { HOUSED, LEGAL_OBLIGATION } from '../city/households.ts';
import type { CityPolicy } from '../city/policy-hooks.ts';
import type { CityState } from '../city/state.ts';
import { choice, int } from '../params/spec.ts';
import { type LeverOptions, lever } from './lever.ts';
import { actsAt, itemHash, timingFields } from './timing.ts';

export const asylumFields = {
  ...timingFields('Share of the authority\'s placements made by the distribution key (for "dispersed").'),
  placement: choice({
    options: ['random', 'dispersed'],
    default: 'dispersed',
    meaning:
      '"random" = as without the policy (a communal place, else the cheapest of a sample of rental vacancies); "dispersed" = a communal place or rental vacancy in the quarter with the fewest asylum seekers under the obligation per dwelling.',
  }),
  obligationMonths: int({
    unit: 'ticks',
    default: -1,
    min: -1,
    max: 600,
    meaning:
      'While the policy acts, the residence obligation lasts this many ticks after arrival (0 = it ends at once); -1 = as households.obligationMonths.',
  }),
} as const;

const SALT = 0xa5e1;

export type AsylumOptions = LeverOptions<typeof asylumFields>;

export class AsylumPolicy implements CityPolicy {
  readonly name = 'asylum';
  readonly reasons = [] as const;
  /** Asylum seekers under the obligation housed in each quarter (counted each tick, kept at placements). */
  private placed = new Int32Array(0);

  constructor(private readonly o: AsylumOptions) {}

  beforeTick(s: CityState): void {
    if (!actsAt(this.o, s.tick)) return;
    const { hh } = s;
    const months = this.o.obligationMonths;
    if (months >= 0) {
      for (let h = 0; h < hh.highWater; h++) {
        if (hh.legal[h] === LEGAL_OBLIGATION) hh.obligationEnd[h] = hh.arrivalTick[h]! + months;
      }
    }
    if (this.o.placement !== 'dispersed') return;
    const Q = s.layout.quarters.units;
    if (this.placed.length !== Q) this.placed = new Int32Array(Q);
    this.placed.fill(0);
    for (let h = 0; h < hh.highWater; h++) {
      if (hh.legal[h] === LEGAL_OBLIGATION && hh.status[h] === HOUSED) {
        this.placed[s.layout.dwellingQuarter[hh.dwelling[h]!]!]!++;
      }
    }
  }

  /** The dwelling the authority gives asylum seeker h, or -1 to leave it to the authority's default. */
  placeAsylum(s: CityState, h: number): number {
    if (this.o.placement !== 'dispersed' || !actsAt(this.o, s.tick) || this.placed.length === 0) return -1;
    if (this.o.strength < 1 && itemHash(h ^ (s.hh.arrivalTick[h]! << 8), SALT) >= this.o.strength) return -1;
    const { layout } = s;
    let best = -1;
    let bestLoad = Number.POSITIVE_INFINITY;
    // Communal places first (ties go to them), then rental and social vacancies; never owner-occupied.
    for (const pool of [s.communalVacancies, s.socialVacancies, s.vacancies]) {
      for (let i = 0; i < pool.size; i++) {
        const d = pool.items[i]!;
        if (layout.segment[d] === OWNER) continue;
        const q = layout.dwellingQuarter[d]!;
        const load = this.placed[q]! / Math.max(1, s.quarterDwellings[q]!);
        if (load < bestLoad) {
          bestLoad = load;
          best = d;
        }
      }
    }
    if (best >= 0) this.placed[layout.dwellingQuarter[best]!]!++;
    return best;
  }
}

export const asylumLever = lever({
  type: 'asylum',
  meaning:
    'Allocation of asylum seekers (random or dispersed by a distribution key) and the length of the residence obligation.',
  fields: asylumFields,
  build: (o) => new AsylumPolicy(o),
});
