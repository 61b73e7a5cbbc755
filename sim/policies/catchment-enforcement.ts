/**
 * Catchment enforcement: fewer middle- and high-income households get their children into another
 * quarter's school than their own (stricter catchment rules, fewer exemptions and false addresses).
 * The chance of avoiding a weak catchment school (behaviour.schoolAvoidance) is multiplied by
 * 1 - strength while the lever acts; strength 1 = every child attends the catchment school.
 */
import type { CityPolicy } from '../city/policy-hooks.ts';
import type { CityState } from '../city/state.ts';
import { type LeverOptions, lever } from './lever.ts';
import { actsAt, timingFields } from './timing.ts';

export const catchmentEnforcementFields = {
  ...timingFields(
    'Share of catchment-school avoidance the enforcement prevents (1 = every child attends the catchment school).',
  ),
} as const;

export type CatchmentEnforcementOptions = LeverOptions<typeof catchmentEnforcementFields>;

export class CatchmentEnforcementPolicy implements CityPolicy {
  readonly name = 'catchmentEnforcement';
  readonly reasons = [] as const;

  constructor(private readonly o: CatchmentEnforcementOptions) {}

  schoolAvoidanceFactor(s: CityState, _h: number): number {
    return actsAt(this.o, s.tick) ? 1 - this.o.strength : 1;
  }
}

export const catchmentEnforcementLever = lever({
  type: 'catchmentEnforcement',
  meaning:
    'Catchment enforcement: middle- and high-income households with children avoid a weak catchment school less often (behaviour.schoolAvoidance x (1 - strength)).',
  fields: catchmentEnforcementFields,
  build: (o) => new CatchmentEnforcementPolicy(o),
});
