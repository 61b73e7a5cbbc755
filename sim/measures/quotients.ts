/**
 * Location quotients per unit, for maps: a category's share in the unit divided by its share in
 * the city (1 = as in the city, 2 = twice as concentrated). NaN for units without households or a
 * category absent from the city. Also each unit's local segregation score (mutual.ts), the map
 * layer whose population-weighted mean is M.
 */
import { Composition } from './composition.ts';
import type { MeasureInputs } from './inputs.ts';
import { localScores } from './mutual.ts';

/** Households of every unit of one scale by category along one dimension; undefined names give undefined. */
function unitsOf(inputs: MeasureInputs, dimension: string, scale: string): Composition | undefined {
  const d = inputs.dimensions.find((x) => x.name === dimension);
  const s = inputs.scales.find((x) => x.name === scale);
  if (!d || !s) return undefined;
  const cells = new Composition();
  cells.reset(inputs.width * inputs.height, d.labels.length);
  cells.count(inputs.cellOf, d.category, inputs.households);
  const c = new Composition();
  c.aggregate(cells, s.unitOfCell, s.units);
  return c;
}

/**
 * Local segregation score of every unit of one scale along one dimension (out[unit], NaN for
 * empty units): sum_m p_m|u ln(p_m|u / p_m), 0 for the city's mix; the weighted mean is M.
 */
export function localScoreTable(
  inputs: MeasureInputs,
  dimension: string,
  scale: string,
): Float64Array | undefined {
  const c = unitsOf(inputs, dimension, scale);
  return c ? localScores(c) : undefined;
}

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
  const c = unitsOf(inputs, dimension, scale);
  if (!c) return undefined;
  const k = c.categories;
  const units = c.rows;
  const one = new Float64Array(units);
  const out = new Float64Array(units * k);
  for (let m = 0; m < k; m++) {
    locationQuotients(c, m, one);
    for (let u = 0; u < units; u++) out[u * k + m] = one[u]!;
  }
  return out;
}
