/**
 * Where a social housing programme's units go: which private rental dwellings (of the city as
 * generated) it converts, in what order. "concentrated" and "newDevelopments" follow from the city
 * as generated; "dispersed" follows the rule the scenario names (`dispersal`), one of which reads
 * the city's state at the programme's start (which quarters are below the median share of low
 * incomes), so the policy decides that once and keeps it in its snapshot arrays.
 */
import { type CityLayout, PRIVATE, SOCIAL } from '../city/generate.ts';
import { HOUSING_TYPES } from '../city/params-city.ts';
import type { CityState } from '../city/state.ts';
import { didYouMean } from '../params/suggest.ts';
import type { Problem } from '../params/spec.ts';
import { namesOf } from './groups.ts';
import { itemHash } from './timing.ts';

export const PLACEMENTS = ['concentrated', 'dispersed', 'newDevelopments'] as const;
export const DISPERSALS = ['belowMedian', 'maxShare', 'rentalStock'] as const;

const SALT = 0x50c1;

/** The options the order depends on (a subset of the programme's). */
export interface PlacementOptions {
  readonly placement: (typeof PLACEMENTS)[number];
  readonly dispersal: (typeof DISPERSALS)[number];
  readonly maxShare: number;
  readonly quarterTypes: string;
  readonly newShare: number;
}

/** Whether the order needs the city's state at the start tick (the quarters below the median). */
export function needsStartState(o: PlacementOptions): boolean {
  return o.placement === 'dispersed' && o.dispersal === 'belowMedian';
}

/**
 * 1 for each quarter whose share of low-income households (band 0, of the housed) is below the
 * median of that share over the quarters with households; quarters without households count as
 * below (they have no low incomes). Read from the state now (the programme's start).
 */
export function belowMedianLowIncome(s: CityState): Uint8Array {
  const qc = s.quarterCounts;
  const Q = qc.units;
  const share = new Float64Array(Q);
  const occupied: number[] = [];
  for (let q = 0; q < Q; q++) {
    const n = qc.total[q]!;
    share[q] = n > 0 ? qc.band[q * 3]! / n : 0;
    if (n > 0) occupied.push(share[q]!);
  }
  occupied.sort((a, b) => a - b);
  const m = occupied.length;
  const median =
    m === 0 ? 0 : m % 2 === 1 ? occupied[(m - 1) / 2]! : (occupied[m / 2 - 1]! + occupied[m / 2]!) / 2;
  return Uint8Array.from(share, (x, q) => (qc.total[q]! === 0 || x < median ? 1 : 0));
}

/** 1 for each quarter of a housing type named in `text` (every quarter when it names none). */
export function quartersOfTypes(layout: CityLayout, text: string): Uint8Array {
  const named = namesOf(text);
  const Q = layout.quarters.units;
  if (named.length === 0) return new Uint8Array(Q).fill(1);
  const types = new Set(named.map((n) => HOUSING_TYPES.indexOf(n as never)));
  return Uint8Array.from({ length: Q }, (_, q) => (types.has(layout.quarterType[q]!) ? 1 : 0));
}

/**
 * Private rental dwellings (of the city as generated, `segment`) in the order the programme converts
 * them. For "dispersed", `eligible` marks the quarters the rule allows (belowMedian: from the state
 * at the start; otherwise every quarter), before the `quarterTypes` filter.
 */
export function conversionOrder(
  layout: CityLayout,
  segment: Uint8Array,
  o: PlacementOptions,
  eligible?: Uint8Array,
): Int32Array {
  const Q = layout.quarters.units;
  const privateIn = new Int32Array(Q);
  const socialIn = new Int32Array(Q);
  const rentSum = new Float64Array(Q);
  const dwellingsIn = new Int32Array(Q);
  for (let d = 0; d < layout.dwellings; d++) {
    const q = layout.dwellingQuarter[d]!;
    dwellingsIn[q]!++;
    rentSum[q]! += layout.baseRent[d]!;
    if (segment[d] === PRIVATE) privateIn[q]!++;
    if (segment[d] === SOCIAL) socialIn[q]!++;
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
    const types = quartersOfTypes(layout, o.quarterTypes);
    const allowed = (q: number) => types[q] === 1 && (eligible === undefined || eligible[q] === 1);
    // Within the allowed quarters, a fixed pseudo-random order: each gets units in proportion to its rentals.
    const order = privates
      .filter((d) => allowed(layout.dwellingQuarter[d]!))
      .sort((a, b) => itemHash(a, SALT) - itemHash(b, SALT) || a - b);
    if (o.dispersal !== 'maxShare') return Int32Array.from(order);
    // At most maxShare of a quarter's dwellings social, the social housing it already has counted.
    const room = Int32Array.from(dwellingsIn, (n, q) => Math.floor(o.maxShare * n + 1e-9) - socialIn[q]!);
    return Int32Array.from(
      order.filter((d) => {
        const q = layout.dwellingQuarter[d]!;
        return room[q]!-- > 0;
      }),
    );
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

/**
 * `quarterTypes` must name housing types the city has: one of HOUSING_TYPES (with a did-you-mean)
 * whose share of the city's dwellings (`city.types.<type>.share`) is above 0.
 */
export function quarterTypeProblems(text: string, cityTypes: readonly string[]): Problem[] {
  for (const name of namesOf(text)) {
    if (!(HOUSING_TYPES as readonly string[]).includes(name)) {
      return [
        {
          path: 'quarterTypes',
          value: text,
          allowed: `comma-separated housing types of quarters (${HOUSING_TYPES.join(', ')}); "${name}" is not one${didYouMean(name, HOUSING_TYPES)}`,
        },
      ];
    }
    if (!cityTypes.includes(name)) {
      return [
        {
          path: 'quarterTypes',
          value: text,
          allowed: `housing types this city has (${cityTypes.join(', ')}); it has no "${name}" quarters (city.types.${name}.share is 0)`,
        },
      ];
    }
  }
  return [];
}
