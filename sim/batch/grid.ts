/**
 * The grid of a sweep: points as the cartesian product of the axes, runs as replicates of points,
 * each run's seed, the parts of a sharded sweep, and each point's values set into a scenario
 * document. Pure: the same sweep gives the same runs and seeds on every machine.
 */
import { isPlainObject } from '../params/validate.ts';
import { deriveSeed } from '../rng.ts';
import type { Axis, AxisValue, Sweep } from './sweep.ts';

/** Points of the grid: the product of the axis lengths (1 with no axis). */
export function pointCount(axes: readonly Axis[]): number {
  return axes.reduce((n, a) => n * a.values.length, 1);
}

export function runCount(sweep: Pick<Sweep, 'vary' | 'replicates'>): number {
  return pointCount(sweep.vary) * sweep.replicates;
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

/** A copy of a scenario document with each axis's value set at its dotted path. */
export function withValues(
  doc: Record<string, unknown>,
  axes: readonly Axis[],
  values: readonly AxisValue[],
): Record<string, unknown> {
  const out = JSON.parse(JSON.stringify(doc)) as Record<string, unknown>;
  axes.forEach((axis, i) => {
    const parts = axis.path.split('.');
    let node: Record<string, unknown> = out;
    for (const key of parts.slice(0, -1)) {
      const next = node[key];
      node = isPlainObject(next) ? next : (node[key] = {});
    }
    const value = values[i]!;
    node[parts[parts.length - 1]!] = Array.isArray(value) ? [...value] : value;
  });
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
  if (crossSections || axes.some((a) => a.path === 'mode')) return [[...axes]];
  const groups = new Map<string, Axis[]>();
  for (const a of axes) {
    const section = a.path.split('.')[0]!;
    const g = groups.get(section);
    if (g) g.push(a);
    else groups.set(section, [a]);
  }
  return [...groups.values()];
}
