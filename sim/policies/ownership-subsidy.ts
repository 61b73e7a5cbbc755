/**
 * Home-ownership subsidy for lower incomes: households with an income up to `incomeLimit` may buy
 * with a smaller income than the market asks (subsidised loans, equity grants: the least income for
 * an owner-occupied dwelling falls toward `minIncome`), and a share of their monthly owner cost is
 * paid for them. The strength scales both.
 */
import { OWNER } from '../city/generate.ts';
import type { CityPolicy } from '../city/policy-hooks.ts';
import type { CityState } from '../city/state.ts';
import { num } from '../params/spec.ts';
import { actsAt, type Timing, timingFields } from './timing.ts';

export const ownershipSubsidyFields = {
  ...timingFields('Scales the subsidy and the eased eligibility (1 = as written).'),
  incomeLimit: num({
    unit: 'EUR/month',
    default: 3500,
    min: 0,
    max: 1_000_000,
    meaning: 'Households with a monthly income up to this are eligible for the subsidy.',
  }),
  minIncome: num({
    unit: 'EUR/month',
    default: 2000,
    min: 0,
    max: 1_000_000,
    meaning:
      'Least income with which an eligible household can buy (replaces behaviour.ownerMinIncome for them when lower).',
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

export interface OwnershipSubsidyOptions extends Timing {
  readonly incomeLimit: number;
  readonly minIncome: number;
  readonly subsidy: number;
}

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

  ownerMinIncome(s: CityState, h: number, least: number): number {
    if (!this.eligible(s, h) || this.o.minIncome >= least) return least;
    return least - this.o.strength * (least - this.o.minIncome);
  }
}
