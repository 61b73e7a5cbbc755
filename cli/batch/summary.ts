/**
 * One line that says what a planned sweep will do: runs, how its points are chosen, and its
 * estimated cost, for `kiez sweep --dry-run` and `kiez validate SWEEP.json`.
 */
import { sweepPointCount } from '../../sim/batch/grid.ts';
import { SCENARIO_AXIS } from '../../sim/batch/sweep.ts';
import { isPlainObject } from '../../sim/params/validate.ts';
import { describeCost } from '../cost.ts';
import { type Plan, sweepCost } from './plan.ts';

/** Keys only a sweep file has: a document with one of them is validated as a sweep. */
const SWEEP_KEYS = ['vary', 'base', 'design', 'replicates', 'seeds'];

export function looksLikeSweep(doc: unknown): boolean {
  return isPlainObject(doc) && SWEEP_KEYS.some((k) => Object.hasOwn(doc, k));
}

export function sweepSummary(plan: Plan, runs: number, workers: number): string {
  const { sweep } = plan;
  const points = sweepPointCount(sweep);
  const k = sweep.vary.length;
  const how =
    sweep.design.method === 'grid'
      ? `a grid of ${points} point${points === 1 ? '' : 's'}${k > 0 ? ` over ${sweep.vary.map((a) => `${a.path} (${a.values.length})`).join(' x ')}` : ''}`
      : sweep.design.method === 'sobol'
        ? `Saltelli's Sobol' design: N = ${sweep.design.samples} x (${k} parameters + 2) = ${points} points`
        : sweep.design.method === 'morris'
          ? `Morris: ${sweep.design.samples} trajectories x (${k} parameters + 1) = ${points} points on ${sweep.design.levels} levels`
          : `a Latin hypercube of ${points} points over ${k} parameters`;
  const bases = sweep.vary.find((a) => a.path === SCENARIO_AXIS)?.values.length ?? 1;
  const cost = sweepCost(plan, runs);
  return (
    `${runs} runs (${how}, ${sweep.replicates} replicate${sweep.replicates === 1 ? '' : 's'} each` +
    `${bases > 1 ? `, ${bases} base scenarios` : ''}, ${plan.base.ticks} ticks); estimated ` +
    `${describeCost(cost, Math.max(1, Math.min(workers, runs)))} per worker (a rough figure from measured costs per dwelling or cell)`
  );
}
