import type { CityModel } from '../../sim/city/model.ts';
import { loadScenario } from '../../sim/scenario/resolve.ts';
import type { Scenario } from '../../sim/scenario/spec.ts';

/** A small city scenario (sections as written in a file), fast enough for many seeds in a test. */
export function cityScenario(sections: Record<string, Record<string, unknown>> = {}, ticks = 24): Scenario {
  const { city, households, behaviour, ...rest } = sections;
  return loadScenario({
    mode: 'city',
    ticks,
    city: { dwellings: 3000, dwellingsPerQuarter: 300, ...city },
    ...(households ? { households } : {}),
    ...(behaviour ? { behaviour } : {}),
    ...rest,
  });
}

/** The default groups with some fields changed, by group name. */
export function groupsWith(changes: Record<string, Record<string, unknown>>): Record<string, unknown>[] {
  const groups = loadScenario({ mode: 'city' }).households.groups;
  return groups.map((g) => ({ ...g, ...(changes[g.name] ?? {}) }));
}

/**
 * Dissimilarity of origin group g against all other housed households over the blocks:
 * 1/2 sum over blocks of |g_u / G - rest_u / R|. `origins` may be a permutation of the housed
 * households' origins (for the random baseline).
 */
export function blockDissimilarity(model: CityModel, g: number, origins?: Uint8Array): number {
  const inputs = model.measureInputs();
  const block = inputs.scales.find((s) => s.name === 'block')!;
  const origin = origins ?? inputs.dimensions.find((d) => d.name === 'origin')!.category;
  const mine = new Float64Array(block.units);
  const rest = new Float64Array(block.units);
  let a = 0;
  let b = 0;
  for (let i = 0; i < inputs.households; i++) {
    if (origin[i] === g) {
      mine[block.unitOfCell[inputs.cellOf[i]!]!]!++;
      a++;
    } else {
      rest[block.unitOfCell[inputs.cellOf[i]!]!]!++;
      b++;
    }
  }
  let d = 0;
  for (let u = 0; u < block.units; u++) d += Math.abs(mine[u]! / a - rest[u]! / b);
  return d / 2;
}

/** The housed households' origins, copied. */
export function housedOrigins(model: CityModel): Uint8Array {
  const inputs = model.measureInputs();
  return inputs.dimensions.find((d) => d.name === 'origin')!.category.slice(0, inputs.households);
}
