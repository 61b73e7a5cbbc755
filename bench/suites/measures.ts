/**
 * Speed of the segregation indices: every index at every scale for a city-sized state (100,000
 * households on a 250 x 250 raster, four dimensions with 5, 3, 4 and 3 categories, blocks of 5,
 * quarters of 25 and districts of 125 cells, radii 1, 2 and 5), with one reused MeasuresContext as
 * in a run; the same on the city model itself (100,000 dwellings, six dimensions, after two ticks);
 * and the classic grid at L = 1000. Target: under 50 ms for the city. "all" includes M and the
 * local scores of the groups (Mgroup) since issue 16; a bootstrap replicate costs about one call.
 */
import { MeasuresContext } from '../../sim/measures/compute.ts';
import type { ContainerScale, MeasureInputs } from '../../sim/measures/inputs.ts';
import { measuresSpec } from '../../sim/measures/params.ts';
import { defaultsOf } from '../../sim/params/spec.ts';
import { loadScenario } from '../../sim/scenario/resolve.ts';
import { createSimulation } from '../../sim/simulation.ts';
import { stream } from '../../sim/rng.ts';
import { median, now, table } from '../stats.ts';

function squares(width: number, side: number, name: string): ContainerScale {
  const per = Math.ceil(width / side);
  const adjacencyStart = new Int32Array(per * per + 1);
  const adjacency: number[] = [];
  for (let u = 0; u < per * per; u++) {
    const x = u % per;
    const y = Math.floor(u / per);
    if (x > 0) adjacency.push(u - 1);
    if (x < per - 1) adjacency.push(u + 1);
    if (y > 0) adjacency.push(u - per);
    if (y < per - 1) adjacency.push(u + per);
    adjacencyStart[u + 1] = adjacency.length;
  }
  const unitOfCell = Int32Array.from(
    { length: width * width },
    (_, c) => Math.floor(Math.floor(c / width) / side) * per + Math.floor((c % width) / side),
  );
  return { name, units: per * per, unitOfCell, adjacencyStart, adjacency: Int32Array.from(adjacency) };
}

/** A synthetic city state: households in buildings, categories leaning by position (some segregation). */
function syntheticCity(households: number, width: number): MeasureInputs {
  const rng = stream(1, 'bench/measures');
  const cellOf = new Int32Array(households);
  for (let h = 0; h < households; h++) cellOf[h] = Math.floor(rng() * width * width);
  const dim = (name: string, k: number) => {
    const category = new Uint8Array(households);
    for (let h = 0; h < households; h++) {
      const x = (cellOf[h]! % width) / width;
      category[h] = rng() < 0.4 ? Math.min(k - 1, Math.floor(x * k)) : Math.floor(rng() * k);
    }
    return { name, labels: Array.from({ length: k }, (_, i) => `${name}${i}`), category };
  };
  return {
    households,
    width,
    height: width,
    torus: false,
    cellOf,
    dimensions: [dim('origin', 5), dim('income', 3), dim('milieu', 4), dim('tenure', 3)],
    scales: [squares(width, 5, 'block'), squares(width, 25, 'quarter'), squares(width, 125, 'district')],
    radii: [1, 2, 5],
  };
}

function timeIt(
  ctx: MeasuresContext,
  inputs: MeasureInputs,
  reps: number,
): { ms: number[]; columns: number } {
  const ms: number[] = [];
  let columns = 0;
  for (let i = 0; i < reps; i++) {
    const t0 = now();
    columns = Object.keys(ctx.compute(inputs, i)).length;
    ms.push(now() - t0);
  }
  return { ms, columns };
}

export async function run(): Promise<void> {
  const sel = defaultsOf(measuresSpec.fields);
  const city = syntheticCity(100_000, 250);
  const rows: (string | number)[][] = [];
  const configs: [string, MeasureInputs, Partial<typeof sel>][] = [
    ['city 100k: D,H', city, { indices: 'D,H' }],
    ['city 100k: all indices', city, { indices: 'all' }],
    ['city 100k: all, containers only', city, { indices: 'all', scales: 'block,quarter,district' }],
    ['city 100k: all, radii only', city, { indices: 'all', scales: 'r1,r2,r5' }],
    ['city 100k: D,H + random x5', city, { indices: 'D,H', random: true, replicates: 5 }],
    [
      'city 100k: M,Mgroup,H every scale + 3 within',
      city,
      { indices: 'M,Mgroup,H', scales: 'all,block-in-quarter,block-in-district,quarter-in-district' },
    ],
    ['city 100k: D,H + bootstrap x5', city, { indices: 'D,H', interval: 'bootstrap', intervalReplicates: 5 }],
  ];
  const classic = createSimulation(
    loadScenario({ mode: 'classic', classic: { size: 1000 }, measures: { every: 0 } }),
    1,
  ).model.measureInputs();
  const realCity = createSimulation(
    loadScenario({
      mode: 'city',
      city: { dwellings: 100_000 },
      measures: { every: 0 },
      outcomes: { every: 0 },
    }),
    1,
  );
  realCity.advance(2);
  const cityInputs = realCity.model.measureInputs();
  configs.push(['city model 100k dwellings: D,H (default)', cityInputs, {}]);
  configs.push(['city model 100k dwellings: all indices', cityInputs, { indices: 'all' }]);
  configs.push(['classic L=1000: D,H (default)', classic, {}]);
  configs.push(['classic L=1000: all indices', classic, { indices: 'all' }]);
  for (const [name, inputs, over] of configs) {
    const ctx = new MeasuresContext({ ...sel, ...over }, 1);
    timeIt(ctx, inputs, 3); // warm-up
    const { ms, columns } = timeIt(ctx, inputs, 10);
    rows.push([name, inputs.households, columns, median(ms), Math.min(...ms)]);
  }
  console.log('Segregation indices per call (one reused context), 10 calls after 3 warm-up calls.');
  console.log(
    `Reference: ${referenceMs().toFixed(1)} ms for 4 M multiply-adds over a Float64Array, timed alongside (scale the table by it on a busy machine).`,
  );
  table(['selection', 'households', 'columns', 'median ms', 'min ms'], rows);
}

/** A fixed loop timed beside the suite, to tell a slow machine (or a busy one) from slow code. */
function referenceMs(): number {
  const a = new Float64Array(1 << 22).fill(1);
  const ms: number[] = [];
  let sink = 0;
  for (let r = 0; r < 7; r++) {
    const t0 = now();
    for (let i = 0; i < a.length; i++) sink += a[i]! * 1.0000001;
    ms.push(now() - t0);
  }
  // Use the sum, so that the loop cannot be optimised away.
  if (sink === 0) console.log('');
  return median(ms);
}
