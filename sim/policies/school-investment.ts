/**
 * School investment in disadvantaged quarters: the targeted quarters' schools tend to a higher
 * quality (staff, language support, all-day programmes): an input to processes/schools.ts, where
 * quality also follows the pupils. The school then weighs in households' choices and avoidance, in
 * the quarter's image and in the children's chances of an income rise, as any school does.
 */
import type { CityPolicy } from '../city/policy-hooks.ts';
import type { CityState } from '../city/state.ts';
import { num } from '../params/spec.ts';
import { type LeverOptions, lever } from './lever.ts';
import { QuarterTargets, targetFields } from './targets.ts';
import { actsAt, timingFields } from './timing.ts';

export const schoolInvestmentFields = {
  ...timingFields('Scales the quality gain (1 = the full bonus).'),
  ...targetFields('weakestSchools', 0.25),
  bonus: num({
    unit: 'quality 0-1',
    default: 0.2,
    min: 0,
    max: 1,
    step: 0.05,
    meaning: "Added to the quality a targeted quarter's school tends to.",
  }),
} as const;

export type SchoolInvestmentOptions = LeverOptions<typeof schoolInvestmentFields>;

export class SchoolInvestmentPolicy implements CityPolicy {
  readonly name = 'schoolInvestment';
  readonly reasons = [] as const;
  private readonly targets: QuarterTargets;

  constructor(private readonly o: SchoolInvestmentOptions) {
    this.targets = new QuarterTargets(o.target, o.targetShare);
  }

  schoolBonus(s: CityState, q: number): number {
    return actsAt(this.o, s.tick) && this.targets.of(s.layout)[q] === 1 ? this.o.strength * this.o.bonus : 0;
  }
}

export const schoolInvestmentLever = lever({
  type: 'schoolInvestment',
  meaning: "School investment: the targeted quarters' schools tend to a higher quality.",
  fields: schoolInvestmentFields,
  build: (o) => new SchoolInvestmentPolicy(o),
});
