/**
 * Anti-discrimination enforcement (testing, complaints, sanctions): landlords refuse households of
 * discriminated groups less often. The chance of a discriminatory refusal is multiplied by
 * 1 - strength x reduction.
 */
import { PRIVATE } from '../city/generate.ts';
import type { CityPolicy } from '../city/policy-hooks.ts';
import type { CityState } from '../city/state.ts';
import { choice, num } from '../params/spec.ts';
import { type LeverOptions, lever } from './lever.ts';
import { actsAt, timingFields } from './timing.ts';

export const antiDiscriminationFields = {
  ...timingFields('How thoroughly the law is enforced (1 = the full reduction).'),
  reduction: num({
    unit: 'share',
    default: 0.6,
    min: 0,
    max: 1,
    step: 0.05,
    meaning:
      'Share by which the chance of a discriminatory refusal falls at full strength (1 = no discrimination).',
  }),
  segments: choice({
    options: ['private', 'all'],
    default: 'all',
    meaning:
      'Landlords covered: "private" = private rental and owner-occupied sales only; "all" = social landlords too.',
  }),
} as const;

export type AntiDiscriminationOptions = LeverOptions<typeof antiDiscriminationFields>;

export class AntiDiscriminationPolicy implements CityPolicy {
  readonly name = 'antiDiscrimination';
  readonly reasons = [] as const;

  constructor(private readonly o: AntiDiscriminationOptions) {}

  discriminationFactor(s: CityState, _h: number, d: number): number {
    if (!actsAt(this.o, s.tick)) return 1;
    if (this.o.segments === 'private' && s.layout.segment[d]! < PRIVATE) return 1;
    return 1 - this.o.strength * this.o.reduction;
  }
}

export const antiDiscriminationLever = lever({
  type: 'antiDiscrimination',
  meaning: 'Anti-discrimination enforcement: landlords refuse discriminated groups less often.',
  fields: antiDiscriminationFields,
  build: (o) => new AntiDiscriminationPolicy(o),
});
