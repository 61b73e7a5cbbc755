/**
 * The multiscale profile (Reardon et al. 2008): one index of one dimension as a function of scale,
 * over the person-centred radii 1..R and the container scales, in order of the size of the
 * environment the average household sees. One table instead of a handful of columns, for a chart
 * of segregation against scale (the modifiable areal unit problem made visible).
 */
import type { Metrics } from '../model.ts';
import { BoxCounts } from './boxsum.ts';
import { computeMeasures } from './compute.ts';
import type { MeasureInputs } from './inputs.ts';
import { MAX_MEASURE_RADIUS, type MeasuresSelection } from './params.ts';
import { INDICES, radiusName } from './registry.ts';

export interface ProfileRow {
  /** Scale name: a container scale or rN. */
  readonly scale: string;
  readonly kind: 'container' | 'radius';
  /** Households in the environment of the average household (its unit, or its box of radius r). */
  readonly households: number;
  /** The index, and its twins when the selection asks for them (.random, .lower, ...), by suffix. */
  readonly values: Readonly<Record<string, number>>;
}

export interface ProfileRequest {
  /** A column name without its scale, e.g. `H.origin`, `isolation.origin=refugee`, `D.income=low/high`. */
  readonly column: string;
  /** Largest radius: the profile runs over r1..rR. */
  readonly maxRadius: number;
}

/** Problems of a request for these inputs, as sentences (empty when it can be computed). */
export function profileProblems(inputs: MeasureInputs, req: ProfileRequest): string[] {
  const out: string[] = [];
  if (!(Number.isInteger(req.maxRadius) && req.maxRadius >= 1 && req.maxRadius <= MAX_MEASURE_RADIUS)) {
    out.push(`radius ${req.maxRadius}: a whole number from 1 to ${MAX_MEASURE_RADIUS}`);
  }
  const [prefix, rest] = splitColumn(req.column);
  const dim = rest.split('=')[0]!;
  if (!INDICES.some((d) => d.prefix === prefix)) {
    out.push(
      `"${req.column}": an index among ${[...new Set(INDICES.map((d) => d.prefix))].join(', ')} first`,
    );
  } else if (!inputs.dimensions.some((d) => d.name === dim)) {
    out.push(
      `"${req.column}": a dimension among ${inputs.dimensions.map((d) => d.name).join(', ')} after the index`,
    );
  }
  return out;
}

function splitColumn(column: string): [string, string] {
  const dot = column.indexOf('.');
  return dot < 0 ? [column, ''] : [column.slice(0, dot), column.slice(dot + 1)];
}

/**
 * The profile of `req.column`, finest environment first. `base` gives the other measures settings
 * (random baseline, intervals, seed-relevant tick); indices, dimensions and scales are set here.
 * Rows whose index is undefined keep NaN values.
 */
export function multiscaleProfile(
  inputs: MeasureInputs,
  req: ProfileRequest,
  base: MeasuresSelection,
  tick = 0,
  seed = 0,
): ProfileRow[] {
  const problems = profileProblems(inputs, req);
  if (problems.length > 0) throw new Error(problems.join('; '));
  const [prefix, rest] = splitColumn(req.column);
  const dimension = rest.split('=')[0]!;
  const ids = INDICES.filter((d) => d.prefix === prefix).map((d) => d.id);
  const radii = Array.from({ length: req.maxRadius }, (_, i) => i + 1);
  const scales = [...inputs.scales.map((s) => s.name), ...radii.map(radiusName)];
  const m: Metrics = computeMeasures(
    inputs,
    { ...base, every: 1, indices: ids.join(','), dimensions: dimension, scales: scales.join(',') },
    tick,
    seed,
  );
  const sizes = environmentSizes(inputs, radii);
  const rows: ProfileRow[] = scales.map((scale, i) => {
    const name = `${req.column}.${scale}`;
    const values: Record<string, number> = { '': m[name] ?? Number.NaN };
    for (const [k, v] of Object.entries(m)) if (k.startsWith(`${name}.`)) values[k.slice(name.length)] = v;
    return {
      scale,
      kind: i < inputs.scales.length ? 'container' : 'radius',
      households: sizes[i]!,
      values,
    };
  });
  // In order of size; ties (a box as large as the city, say) keep radii after containers.
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => a.r.households - b.r.households || a.i - b.i)
    .map((x) => x.r);
}

/**
 * Households in the environment of the average household at every container scale, then at every
 * radius: sum over environments of t_e^2 / T for units, sum over cells of t_c e_c / T for boxes.
 */
export function environmentSizes(inputs: MeasureInputs, radii: readonly number[]): number[] {
  const { width, height, households: n, cellOf } = inputs;
  const cells = new Int32Array(width * height);
  for (let h = 0; h < n; h++) cells[cellOf[h]!]!++;
  const out: number[] = [];
  for (const s of inputs.scales) {
    const t = new Float64Array(s.units);
    for (let c = 0; c < cells.length; c++) if (cells[c]! > 0) t[s.unitOfCell[c]!]! += cells[c]!;
    let sq = 0;
    for (let u = 0; u < s.units; u++) sq += t[u]! * t[u]!;
    out.push(n > 0 ? sq / n : Number.NaN);
  }
  const occupied = Int32Array.from(cells.keys()).filter((c) => cells[c]! > 0);
  const box = new BoxCounts();
  box.build(cells, width, height, 1);
  const env = new Int32Array(cells.length);
  const envTotal = new Int32Array(cells.length);
  for (const r of radii) {
    box.fill(env, envTotal, occupied, 0, occupied.length, r, inputs.torus);
    let s = 0;
    for (const c of occupied) s += cells[c]! * envTotal[c]!;
    out.push(n > 0 ? s / n : Number.NaN);
  }
  return out;
}
