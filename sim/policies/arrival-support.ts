/**
 * Arrival-quarter support: investment in the quarters where newcomers first settle. Language
 * courses, contacts and job counselling raise newcomers' chance of an income rise there; the
 * quarter's school and image tend to a higher level. The strength scales every effect.
 */
import type { CityPolicy } from '../city/policy-hooks.ts';
import type { CityState } from '../city/state.ts';
import { num } from '../params/spec.ts';
import { type LeverOptions, lever } from './lever.ts';
import { QuarterTargets, targetFields } from './targets.ts';
import { actsAt, timingFields } from './timing.ts';

export const arrivalSupportFields = {
  ...timingFields('Scales every effect of the programme (1 = as written, 0.5 = half of each).'),
  ...targetFields('arrivalQuarters', 0.2),
  newcomerMobility: num({
    unit: 'factor',
    default: 1.5,
    min: 0,
    max: 20,
    step: 0.1,
    meaning:
      'Multiplier on the chance of an income rise for newcomers (see behaviour.newcomerYears) living in a targeted quarter: language courses, contacts, recognition of qualifications.',
  }),
  residentMobility: num({
    unit: 'factor',
    default: 1.1,
    min: 0,
    max: 20,
    step: 0.1,
    meaning:
      'Multiplier on the chance of an income rise for every other household living in a targeted quarter.',
  }),
  schoolBonus: num({
    unit: 'quality 0-1',
    default: 0.15,
    min: 0,
    max: 1,
    step: 0.05,
    meaning: 'Added to the school quality a targeted quarter tends to.',
  }),
  imageBonus: num({
    unit: 'image 0-1',
    default: 0.1,
    min: 0,
    max: 1,
    step: 0.05,
    meaning: 'Added to the image a targeted quarter tends to.',
  }),
} as const;

export type ArrivalSupportOptions = LeverOptions<typeof arrivalSupportFields>;

export class ArrivalSupportPolicy implements CityPolicy {
  readonly name = 'arrivalSupport';
  readonly reasons = [] as const;
  private readonly targets: QuarterTargets;

  constructor(private readonly o: ArrivalSupportOptions) {
    this.targets = new QuarterTargets(o.target, o.targetShare);
  }

  private targeted(s: CityState, q: number): boolean {
    return q >= 0 && actsAt(this.o, s.tick) && this.targets.of(s.layout)[q] === 1;
  }

  mobilityFactor(s: CityState, h: number, q: number): number {
    if (!this.targeted(s, q)) return 1;
    const newcomer = s.tick - s.hh.arrivalTick[h]! < s.params.behaviour.newcomerYears * 12;
    const f = newcomer ? this.o.newcomerMobility : this.o.residentMobility;
    return 1 + this.o.strength * (f - 1);
  }

  /** The largest factor mobilityFactor returns this tick (1 when the programme does not act). */
  mostMobilityFactor(s: CityState): number {
    if (!actsAt(this.o, s.tick)) return 1;
    const f = Math.max(this.o.newcomerMobility, this.o.residentMobility);
    return 1 + this.o.strength * (f - 1);
  }

  schoolBonus(s: CityState, q: number): number {
    return this.targeted(s, q) ? this.o.strength * this.o.schoolBonus : 0;
  }

  imageBonus(s: CityState, q: number): number {
    return this.targeted(s, q) ? this.o.strength * this.o.imageBonus : 0;
  }
}

export const arrivalSupportLever = lever({
  type: 'arrivalSupport',
  meaning:
    "Arrival-quarter support: newcomers' upward mobility (language, contacts), school quality and image in the arrival quarters.",
  fields: arrivalSupportFields,
  build: (o) => new ArrivalSupportPolicy(o),
});
