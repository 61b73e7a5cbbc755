/**
 * Home-ownership subsidy for lower incomes: for households with an income up to `incomeLimit`, a
 * share of the monthly owner cost of an owner-occupied dwelling is paid (subsidised loans, grants).
 * The lender counts the subsidised cost, so the subsidy eases the mortgage rule (eligibility) as
 * well as the burden; the strength scales it.
 */
import { OWNER } from '../city/generate.ts';
import type { CityPolicy } from '../city/policy-hooks.ts';
import type { CityState } from '../city/state.ts';
import { num } from '../params/spec.ts';
import { type LeverOptions, lever } from './lever.ts';
import { actsAt, timingFields } from './timing.ts';

export const ownershipSubsidyFields = {
  ...timingFields('Scales the subsidy and the eased eligibility (1 = as written).'),
  incomeLimit: num({
    unit: 'EUR/month',
    default: 3500,
    min: 0,
    max: 1_000_000,
    meaning: 'Households with a monthly income up to this are eligible for the subsidy.',
  }),
  subsidy: num({
    unit: 'share',
    default: 0.25,
    min: 0,
    max: 0.95,
    step: 0.05,
    meaning: 'Share of the monthly owner cost paid by the subsidy for eligible households.',
  }),
} as const;

export type OwnershipSubsidyOptions = LeverOptions<typeof ownershipSubsidyFields>;

export class OwnershipSubsidyPolicy implements CityPolicy {
  readonly name = 'ownershipSubsidy';
  readonly reasons = [] as const;

  constructor(private readonly o: OwnershipSubsidyOptions) {}

  private eligible(s: CityState, h: number): boolean {
    return actsAt(this.o, s.tick) && s.hh.income[h]! <= this.o.incomeLimit;
  }

  costFor(s: CityState, h: number, d: number, rent: number): number {
    if (s.layout.segment[d] !== OWNER || !this.eligible(s, h)) return rent;
    return rent * (1 - this.o.strength * this.o.subsidy);
  }
}

export const ownershipSubsidyLever = lever({
  type: 'ownershipSubsidy',
  meaning:
    'Home-ownership subsidy for lower incomes: eased eligibility and price support for owner-occupied dwellings.',
  fields: ownershipSubsidyFields,
  build: (o) => new OwnershipSubsidyPolicy(o),
});
