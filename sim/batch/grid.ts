/**
 * The points of a sweep: in a grid the cartesian product of the axes, in a sampled design the rows
 * of design.ts; runs as replicates of points, each run's seed, the parts of a sharded sweep, and
 * each point's values set into a scenario document. Pure: the same sweep gives the same runs and
 * seeds on every machine.
 */
import { deriveSeed } from '../rng.ts';
import { designPointCount, type SampledDesign, sampleDesign } from './design.ts';
import { listAt, locate, setAt } from './paths.ts';
import { type Axis, type AxisValue, SCENARIO_AXIS, type Sweep } from './sweep.ts';

type PointsOf = Pick<Sweep, 'vary' | 'design' | 'seed'>;

/** Points of the grid: the product of the axis lengths (1 with no axis). */
export function pointCount(axes: readonly Axis[]): number {
  return axes.reduce((n, a) => n * a.values.length, 1);
}

/** Points of a sweep: of its grid, or of its sampled design. */
export function sweepPointCount(sweep: Pick<Sweep, 'vary' | 'design'>): number {
  if (sweep.design.method === 'grid') return pointCount(sweep.vary);
  return designPointCount(sweep.design, sweep.vary.length);
}

export function runCount(sweep: Pick<Sweep, 'vary' | 'replicates' | 'design'>): number {
  return sweepPointCount(sweep) * sweep.replicates;
}

const designs = new WeakMap<object, SampledDesign>();

/** The sampled design of a sweep (made once per sweep object). */
export function designOf(sweep: PointsOf): SampledDesign {
  let d = designs.get(sweep);
  if (!d) {
    const axes = sweep.vary.map((a) => ({
      path: a.path,
      from: a.range?.from ?? 0,
      to: a.range?.to ?? 0,
      integer: a.integer === true,
    }));
    d = sampleDesign(sweep.design, axes, sweep.seed);
    designs.set(sweep, d);
  }
  return d;
}

/** Values of each axis at a point of the sweep's grid or design. */
export function sweepPointValues(sweep: PointsOf, point: number): AxisValue[] {
  if (sweep.design.method === 'grid') return pointValues(sweep.vary, point);
  return [...designOf(sweep).values[point]!];
}

/** Values of each axis at a point; the last axis varies fastest. */
export function pointValues(axes: readonly Axis[], point: number): AxisValue[] {
  const out: AxisValue[] = new Array(axes.length);
  let rest = point;
  for (let i = axes.length - 1; i >= 0; i--) {
    const values = axes[i]!.values;
    out[i] = values[rest % values.length]!;
    rest = Math.floor(rest / values.length);
  }
  return out;
}

/** Run `run` is replicate `run % replicates` of point `floor(run / replicates)`. */
export function runPosition(
  sweep: Pick<Sweep, 'replicates'>,
  run: number,
): { point: number; replicate: number } {
  return { point: Math.floor(run / sweep.replicates), replicate: run % sweep.replicates };
}

/** The seed of a run, fixed by its index whatever order the runs complete in. */
export function runSeed(sweep: Pick<Sweep, 'seed' | 'seeds' | 'replicates'>, run: number): number {
  const index = sweep.seeds === 'per-replicate' ? run % sweep.replicates : run;
  return deriveSeed(sweep.seed, index);
}

/** The runs of part `index` (1-based) of `count`: every count-th run, so parts mix cheap and costly points. */
export function shardRuns(total: number, index: number, count: number): number[] {
  const out: number[] = [];
  for (let r = index - 1; r < total; r += count) out.push(r);
  return out;
}

/**
 * A copy of a scenario document with each axis's value set at its path (see paths.ts); items
 * switched off (`LIST[SEL].on` false) are left out after every value is set, so indices and names
 * refer to the base's lists. The `scenario` axis chose the document and is skipped here.
 */
export function withValues(
  doc: Record<string, unknown>,
  axes: readonly Axis[],
  values: readonly AxisValue[],
): Record<string, unknown> {
  const out = JSON.parse(JSON.stringify(doc)) as Record<string, unknown>;
  const off: { list: string[]; index: number }[] = [];
  axes.forEach((axis, i) => {
    if (axis.path === SCENARIO_AXIS) return;
    const target = locate(axis.path, doc);
    if ('problem' in target) throw new Error(`${axis.path}: ${target.problem}`);
    const value = values[i]!;
    if (target.kind === 'switch') {
      if (
        value === false &&
        !off.some((o) => o.index === target.index && o.list.join('.') === target.list.join('.'))
      )
        off.push(target);
      return;
    }
    setAt(out, target.parent, target.key, Array.isArray(value) ? [...value] : value);
  });
  // Highest index first, so removing one item leaves the indices of the others as they were.
  off.sort((a, b) => b.index - a.index);
  for (const { list, index } of off) listAt(out, list)?.splice(index, 1);
  return out;
}

/**
 * Axes that must be checked together: those in the same top-level section (a section's own rules
 * see only that section). Where sections validate independently, checking each group's
 * combinations covers every point of the grid at the cost of the sum, not the product, of the
 * groups' sizes. With rules across sections (`crossSections`: the city mode's, see
 * `crossSectionProblems`), or when the mode itself varies, all axes form one group.
 */
export function axisGroups(axes: readonly Axis[], crossSections: boolean): Axis[][] {
  if (axes.length === 0) return [];
  if (crossSections || axes.some((a) => a.path === 'mode' || a.path === SCENARIO_AXIS)) return [[...axes]];
  const groups = new Map<string, Axis[]>();
  for (const a of axes) {
    const section = a.path.split(/[.[]/)[0]!;
    const g = groups.get(section);
    if (g) g.push(a);
    else groups.set(section, [a]);
  }
  return [...groups.values()];
}
