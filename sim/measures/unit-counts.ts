/**
 * Households by category in every unit of one scale, for the map's choropleth: per unit and
 * dimension, how many households of each category live there, and the city's totals, from which a
 * group's share or location quotient in each unit follows. Counted from the households themselves
 * (the map's cells show only their most common category). One pass per dimension.
 */
import type { MeasureInputs } from './inputs.ts';

export interface DimensionCounts {
  readonly dimension: string;
  readonly labels: readonly string[];
  /** Households of category m in unit u at u * labels.length + m. */
  readonly counts: Float64Array;
  /** Households of each category in the whole city. */
  readonly city: readonly number[];
}

export interface UnitCounts {
  readonly scale: string;
  readonly units: number;
  /** Housed households per unit. */
  readonly households: Float64Array;
  readonly dimensions: readonly DimensionCounts[];
}

/** Counts of every unit at container scale `scale`; undefined for an unknown scale. */
export function unitCounts(inputs: MeasureInputs, scale: string): UnitCounts | undefined {
  const s = inputs.scales.find((x) => x.name === scale);
  if (!s) return undefined;
  const n = inputs.households;
  const unitOf = new Int32Array(n);
  const households = new Float64Array(s.units);
  for (let h = 0; h < n; h++) {
    const u = s.unitOfCell[inputs.cellOf[h]!]!;
    unitOf[h] = u;
    if (u >= 0) households[u]!++;
  }
  const dimensions = inputs.dimensions.map((d) => {
    const k = d.labels.length;
    const counts = new Float64Array(s.units * k);
    const city = new Array<number>(k).fill(0);
    for (let h = 0; h < n; h++) {
      const m = d.category[h]!;
      city[m]!++;
      const u = unitOf[h]!;
      if (u >= 0) counts[u * k + m]!++;
    }
    return { dimension: d.name, labels: d.labels, counts, city };
  });
  return { scale, units: s.units, households, dimensions };
}

/** A category's share among each unit's households (NaN for an empty unit). */
export function unitShareOf(c: UnitCounts, dimension: number, category: number): Float64Array {
  const d = c.dimensions[dimension]!;
  const k = d.labels.length;
  const out = new Float64Array(c.units);
  for (let u = 0; u < c.units; u++) {
    const n = c.households[u]!;
    out[u] = n > 0 ? d.counts[u * k + category]! / n : Number.NaN;
  }
  return out;
}

/** A category's location quotient in each unit: its share there over its share in the city. */
export function unitQuotientOf(c: UnitCounts, dimension: number, category: number): Float64Array {
  const d = c.dimensions[dimension]!;
  let total = 0;
  for (const x of d.city) total += x;
  const cityShare = total > 0 ? d.city[category]! / total : Number.NaN;
  const share = unitShareOf(c, dimension, category);
  for (let u = 0; u < c.units; u++) share[u] = cityShare > 0 ? share[u]! / cityShare : Number.NaN;
  return share;
}
