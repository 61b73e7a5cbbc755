/**
 * Social housing programme: `units` private rental dwellings become social housing (rent-controlled,
 * let only to households under the income limit), delivered evenly over `buildTicks` from the start.
 * The city's number of dwellings is fixed, so a new social dwelling stands for new construction or
 * bought occupancy rights in private rental stock; sitting tenants stay, new lettings are
 * income-tested. Where the units go (`social-housing-placement.ts`):
 * - "concentrated": one estate, whole buildings (the estate quarter with the most private rental
 *   dwellings first, then the next);
 * - "dispersed": by the rule `dispersal` names, in the quarters of the `quarterTypes` listed:
 *   "belowMedian" into quarters below the city's median share of low incomes at the programme's
 *   start; "maxShare" anywhere, with at most `maxShare` social dwellings per quarter;
 *   "rentalStock" anywhere, in proportion to the private rental stock (so mostly where most rentals
 *   are: the old town and the estates);
 * - "newDevelopments": a required share (`newShare`) of every building in the quarters with the
 *   highest rents, where new developments go.
 * Which dwellings, and in what order, depends on the city as generated and, for "belowMedian", on
 * the quarters chosen at the start tick, which the policy keeps in its snapshot arrays; so the
 * programme is the same after a snapshot is restored. Delivered units stay social after the end
 * tick; a dwelling two programmes both plan is converted once.
 */
import { type CityLayout, SOCIAL } from '../city/generate.ts';
import { MAX_TICKS } from '../params/limits.ts';
import type { CityPolicy } from '../city/policy-hooks.ts';
import type { CityState } from '../city/state.ts';
import { choice, int, num, str } from '../params/spec.ts';
import { type LeverOptions, lever } from './lever.ts';
import {
  belowMedianLowIncome,
  conversionOrder,
  DISPERSALS,
  needsStartState,
  PLACEMENTS,
  quarterTypeProblems,
} from './social-housing-placement.ts';
import { timingFields } from './timing.ts';

export const socialHousingFields = {
  ...timingFields('Share of the planned units actually delivered.'),
  units: int({
    unit: 'dwellings',
    default: 1000,
    min: 1,
    max: 1_000_000,
    meaning:
      'Dwellings the programme turns into social housing (at most the private rental stock available).',
  }),
  buildTicks: int({
    unit: 'ticks',
    default: 60,
    min: 1,
    max: MAX_TICKS,
    meaning: 'The units are delivered evenly over this many ticks from the start tick.',
  }),
  placement: choice({
    options: PLACEMENTS,
    default: 'dispersed',
    meaning:
      '"concentrated" = whole buildings in one estate; "dispersed" = spread over the city by the rule dispersal names; "newDevelopments" = a required share of each building in the highest-rent quarters.',
  }),
  dispersal: choice({
    options: DISPERSALS,
    default: 'belowMedian',
    meaning:
      'For "dispersed", the rule that places the units: "belowMedian" = only into quarters whose share of low-income households at the programme\'s start is below the median over the city\'s quarters (the better-off half); "maxShare" = anywhere, but no quarter above maxShare social dwellings (its existing ones counted); "rentalStock" = anywhere in proportion to the private rental stock, so mostly into the old town and the estates, where most rentals are (about 64 % of the units in the baseline city).',
  }),
  maxShare: num({
    unit: 'share',
    default: 0.2,
    min: 0.01,
    max: 1,
    step: 0.01,
    meaning:
      'For dispersal "maxShare": highest share of a quarter\'s dwellings that may be social housing. Assumption: 0.2, a mixing target of the order of the 20-30 % shares of subsidised units that German cities require in new developments.',
  }),
  quarterTypes: str({
    default: '',
    maxLength: 200,
    meaning:
      'For "dispersed": comma-separated housing types of the quarters that may receive units (oldTown, upscale, estate, suburb, village; each must exist in the city); empty = every type.',
  }),
  newShare: num({
    unit: 'share',
    default: 0.3,
    min: 0.05,
    max: 1,
    step: 0.05,
    meaning: 'For "newDevelopments": share of the dwellings of each building that must be social housing.',
  }),
} as const;

export type SocialHousingOptions = LeverOptions<typeof socialHousingFields>;

/**
 * The housing segments of the city as generated, before any programme converted a dwelling: shared
 * by the programmes of one run, so that each plans from the same stock however many act and in
 * whatever order they first see the city (as built, or restored from a snapshot).
 */
export class GeneratedStock {
  private layout: CityLayout | undefined;
  private segment: Uint8Array = new Uint8Array(0);

  segmentsOf(layout: CityLayout): Uint8Array {
    if (this.layout !== layout) {
      this.layout = layout;
      this.segment = layout.segment.slice();
    }
    return this.segment;
  }
}

export class SocialHousingPolicy implements CityPolicy {
  readonly name = 'socialHousing';
  readonly reasons = [] as const;
  private layout: CityLayout | undefined;
  private order: Int32Array | undefined;
  /**
   * For "belowMedian": per quarter 0 = not decided yet, 1 = not chosen, 2 = chosen at the start
   * tick (a snapshot array: the state it was read from is gone after a restore).
   */
  private chosen: Uint8Array = new Uint8Array(0);
  /** Units planned (strength x units, at most what can be converted). */
  private planned = 0;
  /** Units delivered so far. */
  delivered = 0;

  constructor(
    private readonly o: SocialHousingOptions,
    private readonly stock: GeneratedStock = new GeneratedStock(),
  ) {}

  /** Units due by the end of tick `tick`. */
  due(tick: number): number {
    const { start, end, buildTicks } = this.o;
    const last = end === 0 ? tick : Math.min(tick, end - 1);
    if (last < start) return 0;
    return Math.round((this.planned * Math.min(buildTicks, last - start + 1)) / buildTicks);
  }

  /** The dwellings delivered so far (first `delivered` of the conversion order). */
  deliveredDwellings(): Int32Array {
    return (this.order ?? new Int32Array(0)).subarray(0, this.delivered);
  }

  arrays(s: CityState): Record<string, Uint8Array> {
    this.prepare(s.layout);
    return needsStartState(this.o) ? { chosenQuarters: this.chosen } : {};
  }

  beforeTick(s: CityState): void {
    this.prepare(s.layout);
    if (needsStartState(this.o) && s.tick >= this.o.start && this.chosen[0] === 0) {
      const below = belowMedianLowIncome(s);
      below.forEach((b, q) => {
        this.chosen[q] = b === 1 ? 2 : 1;
      });
    }
    this.deliverDue(s);
  }

  /** A restored city is generated afresh: deliver again what was delivered up to the snapshot's tick. */
  restored(s: CityState): void {
    this.prepare(s.layout);
    this.deliverDue(s);
  }

  /** A new city (as built or restored): fresh scratch; the order waits until it can be known. */
  private prepare(layout: CityLayout): void {
    if (this.layout === layout) return;
    this.layout = layout;
    this.chosen = new Uint8Array(layout.quarters.units);
    this.order = undefined;
    this.planned = 0;
    this.delivered = 0;
  }

  /** The conversion order, once it can be known (for "belowMedian": from the start tick on). */
  private orderFor(layout: CityLayout): Int32Array | undefined {
    if (this.order) return this.order;
    let eligible: Uint8Array | undefined;
    if (needsStartState(this.o)) {
      if (this.chosen.length === 0 || this.chosen[0] === 0) return undefined;
      eligible = this.chosen.map((c) => (c === 2 ? 1 : 0));
    }
    this.order = conversionOrder(layout, this.stock.segmentsOf(layout), this.o, eligible);
    this.planned = Math.min(this.order.length, Math.round(this.o.strength * this.o.units));
    return this.order;
  }

  private deliverDue(s: CityState): void {
    const { layout } = s;
    if (s.tick < this.o.start) return;
    const order = this.orderFor(layout);
    if (!order) return;
    const due = this.due(s.tick);
    const socialRent = s.params.city.socialRentFactor;
    for (; this.delivered < due; this.delivered++) {
      const d = order[this.delivered]!;
      // Another programme may have converted it already.
      if (layout.segment[d] !== SOCIAL) s.setDwellingHousing(d, SOCIAL, layout.baseRent[d]! * socialRent);
    }
  }
}

export const socialHousingLever = lever({
  type: 'socialHousing',
  meaning:
    'Social housing programme: private rental dwellings become social housing, concentrated in one estate, dispersed over the city, or as a required share of new developments.',
  fields: socialHousingFields,
  problems: (o, { housingTypes }) => quarterTypeProblems(o.quarterTypes, housingTypes),
  build: (o, { stock }) => new SocialHousingPolicy(o, stock),
});
