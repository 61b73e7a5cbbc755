/**
 * Dissimilarity of a set of categories against the rest at one container scale (Duncan's D,
 * ½ Σ |gᵢ/G − rᵢ/R|), from the measure inputs: how statistics offices report "foreigners vs the
 * rest" when the model's groups split foreigners into EU and non-EU. A pure function over the state
 * the measures see; NaN when either side is empty.
 */
import type { MeasureInputs } from '../../measures/inputs.ts';

export function setDissimilarity(
  inputs: MeasureInputs,
  dimension: string,
  members: readonly string[],
  scale: string,
): number {
  const dim = inputs.dimensions.find((d) => d.name === dimension);
  const sc = inputs.scales.find((s) => s.name === scale);
  if (!dim || !sc) throw new Error(`no dimension "${dimension}" or scale "${scale}" in the measure inputs`);
  const inSet = Uint8Array.from(dim.labels, (l) => (members.includes(l) ? 1 : 0));
  const g = new Float64Array(sc.units);
  const r = new Float64Array(sc.units);
  let G = 0;
  let R = 0;
  for (let i = 0; i < inputs.households; i++) {
    const u = sc.unitOfCell[inputs.cellOf[i]!]!;
    if (inSet[dim.category[i]!]) {
      g[u]!++;
      G++;
    } else {
      r[u]!++;
      R++;
    }
  }
  if (G === 0 || R === 0) return Number.NaN;
  let sum = 0;
  for (let u = 0; u < sc.units; u++) sum += Math.abs(g[u]! / G - r[u]! / R);
  return sum / 2;
}
