/**
 * Arrival-quarter support: investment in the quarters where newcomers first settle. It gives the
 * mechanisms inputs, never an income multiplier: language and skills courses there (residents learn
 * faster: processes/skills.ts), job counselling (newcomers' job information, beside their co-ethnic
 * network: processes/income.ts), investment in the quarters' schools (processes/schools.ts) and work
 * on their image (processes/image.ts). Incomes, moves and rents follow from those mechanisms. The
 * strength scales every input.
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
  courses: num({
    unit: 'factor',
    default: 1,
    min: 0,
    max: 10,
    step: 0.1,
    meaning:
      "Language and skills courses in a targeted quarter: added to its residents' learning-rate factor (behaviour.skillLearning x (1 + contact + this)); 1 = with the courses they learn as fast again. Assumption: integration courses (600 hours of German) were the strongest correlate of refugees' progress besides contact (BAMF Brief Analysis 1|2019).",
  }),
  counselling: num({
    unit: 'share',
    default: 0.3,
    min: 0,
    max: 10,
    step: 0.05,
    meaning:
      "Job counselling in a targeted quarter: job information for its newcomers, added to what their co-ethnic network gives (a newcomer's network factor is 1 + behaviour.networkHelp x own-group share + this). Assumption.",
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

  courses(s: CityState, q: number): number {
    return this.targeted(s, q) ? this.o.strength * this.o.courses : 0;
  }

  counselling(s: CityState, q: number): number {
    return this.targeted(s, q) ? this.o.strength * this.o.counselling : 0;
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
    'Arrival-quarter support: language courses, job counselling, school investment and image work in the arrival quarters (inputs to the skills, income, school and image mechanisms).',
  fields: arrivalSupportFields,
  build: (o) => new ArrivalSupportPolicy(o),
});
