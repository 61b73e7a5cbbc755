/**
 * Social housing programme: `units` private rental dwellings become social housing (rent-controlled,
 * let only to households under the income limit), delivered evenly over `buildTicks` from the start.
 * The city's number of dwellings is fixed, so a new social dwelling stands for new construction or
 * bought occupancy rights in private rental stock; sitting tenants stay, new lettings are
 * income-tested. Where the units go:
 * - "concentrated": one estate, whole buildings (the estate quarter with the most private rental
 *   dwellings first, then the next);
 * - "dispersed": spread over the whole city in proportion to its private rental stock;
 * - "newDevelopments": a required share (`newShare`) of every building in the quarters with the
 *   highest rents, where new developments go.
 * Which dwellings, and in what order, depends only on the city as generated, so the programme is the
 * same after a snapshot is restored. Delivered units stay social after the end tick; a dwelling two
 * programmes both plan is converted once.
 */
import { MAX_TICKS } from '../params/limits.ts';
import { type CityLayout, PRIVATE, SOCIAL } from '../city/generate.ts';
import { HOUSING_TYPES } from '../city/params-city.ts';
import type { CityPolicy } from '../city/policy-hooks.ts';
import type { CityState } from '../city/state.ts';
import { choice, int, num } from '../params/spec.ts';
import { itemHash, type Timing, timingFields } from './timing.ts';

export const PLACEMENTS = ['concentrated', 'dispersed', 'newDevelopments'] as const;
type Placement = (typeof PLACEMENTS)[number];

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
      '"concentrated" = whole buildings in one estate; "dispersed" = spread over the city; "newDevelopments" = a required share of each building in the highest-rent quarters.',
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

const SALT = 0x50c1;

export interface SocialHousingOptions extends Timing {
  readonly units: number;
  readonly buildTicks: number;
  readonly placement: Placement;
  readonly newShare: number;
}

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

/** Private rental dwellings (of the city as generated, `segment`) in the order the programme converts them. */
export function conversionOrder(
  layout: CityLayout,
  segment: Uint8Array,
  o: SocialHousingOptions,
): Int32Array {
  const Q = layout.quarters.units;
  const privateIn = new Int32Array(Q);
  const rentSum = new Float64Array(Q);
  const dwellingsIn = new Int32Array(Q);
  for (let d = 0; d < layout.dwellings; d++) {
    const q = layout.dwellingQuarter[d]!;
    dwellingsIn[q]!++;
    rentSum[q]! += layout.baseRent[d]!;
    if (segment[d] === PRIVATE) privateIn[q]!++;
  }
  const privates: number[] = [];
  for (let d = 0; d < layout.dwellings; d++) if (segment[d] === PRIVATE) privates.push(d);
  const quarterRank = new Int32Array(Q);
  const rankBy = (key: (q: number) => number) => {
    const order = Array.from({ length: Q }, (_, q) => q).sort((a, b) => key(a) - key(b) || a - b);
    order.forEach((q, i) => {
      quarterRank[q] = i;
    });
  };
  if (o.placement === 'dispersed') {
    privates.sort((a, b) => itemHash(a, SALT) - itemHash(b, SALT) || a - b);
    return Int32Array.from(privates);
  }
  if (o.placement === 'concentrated') {
    const estate = HOUSING_TYPES.indexOf('estate');
    rankBy((q) => (layout.quarterType[q] === estate ? 0 : 1) * layout.dwellings - privateIn[q]!);
    privates.sort(
      (a, b) => quarterRank[layout.dwellingQuarter[a]!]! - quarterRank[layout.dwellingQuarter[b]!]! || a - b,
    );
    return Int32Array.from(privates);
  }
  // New developments: the highest-rent quarters first; in each building, its first newShare of dwellings.
  rankBy((q) => -(dwellingsIn[q]! > 0 ? rentSum[q]! / dwellingsIn[q]! : 0));
  const chosen: number[] = [];
  for (const d of privates) {
    const c = layout.dwellingCell[d]!;
    const size = layout.cellStart[c + 1]! - layout.cellStart[c]!;
    if (d - layout.cellStart[c]! < Math.max(1, Math.round(o.newShare * size))) chosen.push(d);
  }
  chosen.sort(
    (a, b) => quarterRank[layout.dwellingQuarter[a]!]! - quarterRank[layout.dwellingQuarter[b]!]! || a - b,
  );
  return Int32Array.from(chosen);
}

export class SocialHousingPolicy implements CityPolicy {
  readonly name = 'socialHousing';
  readonly reasons = [] as const;
  private layout: CityLayout | undefined;
  private order: Int32Array = new Int32Array(0);
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
    return this.order.subarray(0, this.delivered);
  }

  beforeTick(s: CityState): void {
    this.deliverDue(s);
  }

  /** A restored city is generated afresh: deliver again what was delivered up to the snapshot's tick. */
  restored(s: CityState): void {
    this.deliverDue(s);
  }

  private deliverDue(s: CityState): void {
    const { layout } = s;
    if (this.layout !== layout) {
      this.layout = layout;
      this.order = conversionOrder(layout, this.stock.segmentsOf(layout), this.o);
      this.planned = Math.min(this.order.length, Math.round(this.o.strength * this.o.units));
      this.delivered = 0;
    }
    const due = this.due(s.tick);
    const socialRent = s.params.city.socialRentFactor;
    for (; this.delivered < due; this.delivered++) {
      const d = this.order[this.delivered]!;
      // Another programme may have converted it already.
      if (layout.segment[d] !== SOCIAL) s.setDwellingHousing(d, SOCIAL, layout.baseRent[d]! * socialRent);
    }
  }
}
