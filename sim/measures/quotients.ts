/**
 * Location quotients per unit, for maps: a category's share in the unit divided by its share in
 * the city (1 = as in the city, 2 = twice as concentrated). NaN for units without households or a
 * category absent from the city.
 */
import { Composition } from './composition.ts';
import type { MeasureInputs } from './inputs.ts';

export function locationQuotients(c: Composition, g: number, out: Float64Array): Float64Array {
  const { rows, categories: k, pop, popTotal, totals, total } = c;
  const city = total === 0 ? 0 : totals[g]! / total;
  for (let u = 0; u < rows; u++) {
    const t = popTotal[u]!;
    out[u] = t === 0 || city === 0 ? Number.NaN : pop[u * k + g]! / t / city;
  }
  return out;
}

/**
 * Location quotients of every category in every unit of one scale, for a map:
 * out[unit * categories + m]. Undefined names give undefined.
 */
export function quotientTable(
  inputs: MeasureInputs,
  dimension: string,
  scale: string,
): Float64Array | undefined {
  const d = inputs.dimensions.find((x) => x.name === dimension);
  const s = inputs.scales.find((x) => x.name === scale);
  if (!d || !s) return undefined;
  const k = d.labels.length;
  const cells = new Composition();
  cells.reset(inputs.width * inputs.height, k);
  cells.count(inputs.cellOf, d.category, inputs.households);
  const c = new Composition();
  c.aggregate(cells, s.unitOfCell, s.units);
  const one = new Float64Array(s.units);
  const out = new Float64Array(s.units * k);
  for (let m = 0; m < k; m++) {
    locationQuotients(c, m, one);
    for (let u = 0; u < s.units; u++) out[u * k + m] = one[u]!;
  }
  return out;
}
