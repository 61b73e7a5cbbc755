/**
 * Computing the selected indices for one state: a context holds the plan and every scratch buffer,
 * so that measuring tick after tick allocates nothing but the output record. The random baseline
 * re-allocates the households (all their categories together) to the same places by a seeded
 * permutation, drawn from the stream `measures/random` of a seed derived from the run's seed and the
 * tick: the baseline at a tick does not depend on what was measured before, so a restored snapshot
 * gives the same numbers.
 */
import type { Metrics } from '../model.ts';
import { ScenarioError } from '../scenario/resolve.ts';
import { deriveSeed, shuffleInPlace, stream } from '../rng.ts';
import { BoxCounts } from './boxsum.ts';
import { Composition } from './composition.ts';
import type { MeasureInputs } from './inputs.ts';
import { type Aggregation, aggregationOrder } from './nesting.ts';
import { SLICE } from './row-sums.ts';
import type { MeasuresSelection } from './params.ts';
import { makePlan, type Plan, type PlannedDimension, selectionProblems, shapeOf } from './plan.ts';
import type { IndexScratch } from './registry.ts';

export class MeasuresContext {
  readonly selection: MeasuresSelection;
  readonly seed: number;
  private plan: Plan | undefined;
  /** The container scales to count, finest first, each from the cells or from a finer scale. */
  private aggregations: Aggregation[] = [];
  /** One composition per container scale (a coarser one is added up from a finer one). */
  private units: Composition[] = [];
  private readonly cells = new Composition();
  private readonly box = new BoxCounts();
  private share = new Float64Array(0);
  private values = new Float64Array(0);
  private baseline = new Float64Array(0);
  private once = new Float64Array(0);
  private perm = new Int32Array(0);
  private shuffled: Uint8Array[] = [];

  constructor(selection: MeasuresSelection, seed: number) {
    this.selection = selection;
    this.seed = seed;
  }

  /** Whether any index is selected at all. */
  get active(): boolean {
    return this.selection.every > 0 && this.selection.indices.trim().length > 0;
  }

  /** Whether the indices are due at this tick. */
  due(tick: number): boolean {
    return this.active && tick % this.selection.every === 0;
  }

  /** The plan for these inputs; a ScenarioError names dimensions or scales the inputs lack. */
  planFor(inputs: MeasureInputs): Plan {
    if (this.plan?.shape === shapeOf(inputs)) return this.plan;
    const problems = selectionProblems(this.selection, inputs);
    if (problems.length > 0) throw new ScenarioError(problems);
    this.plan = makePlan(this.selection, inputs);
    const wanted = new Set(
      this.plan.dimensions.flatMap((d) =>
        d.containers.flatMap((c) => (c.parent ? [c.scale, c.parent.scale] : [c.scale])),
      ),
    );
    this.aggregations = aggregationOrder(inputs.scales, [...wanted]);
    this.units = inputs.scales.map(() => new Composition());
    this.values = new Float64Array(this.plan.columns.length);
    this.baseline = new Float64Array(this.plan.columns.length);
    this.once = new Float64Array(this.plan.columns.length);
    return this.plan;
  }

  /**
   * Add the selected index columns for this state to `out` (callers check `due`). Undefined values
   * (NaN from the index functions) are left out.
   */
  compute(inputs: MeasureInputs, tick: number, out: Metrics = {}): Metrics {
    const plan = this.planFor(inputs);
    this.measure(plan, inputs, null, this.values);
    const random = this.selection.random;
    if (random) this.randomBaseline(plan, inputs, tick);
    // Each random twin right beside its index; an undefined value (NaN) is left out of the record:
    // an empty CSV field, never a NaN.
    for (const c of plan.columns) {
      const v = this.values[c.slot]!;
      if (!Number.isNaN(v)) out[c.name] = v;
      const b = this.baseline[c.slot]!;
      if (random && !Number.isNaN(b)) out[c.randomName] = b;
    }
    return out;
  }

  private randomBaseline(plan: Plan, inputs: MeasureInputs, tick: number): void {
    const n = inputs.households;
    const reps = this.selection.replicates;
    const rng = stream(deriveSeed(this.seed, tick), 'measures/random');
    if (this.perm.length < n) this.perm = new Int32Array(n);
    if (this.shuffled.length !== inputs.dimensions.length || (this.shuffled[0]?.length ?? 0) < n) {
      this.shuffled = inputs.dimensions.map(() => new Uint8Array(n));
    }
    const sum = this.baseline.fill(0);
    const once = this.once;
    for (let rep = 0; rep < reps; rep++) {
      const perm = this.perm;
      for (let h = 0; h < n; h++) perm[h] = h;
      shuffleInPlace(rng, perm, n);
      for (const d of plan.dimensions) {
        const src = inputs.dimensions[d.dimension]!.category;
        const dst = this.shuffled[d.dimension]!;
        for (let h = 0; h < n; h++) dst[h] = src[perm[h]!]!;
      }
      this.measure(plan, inputs, this.shuffled, once);
      for (let i = 0; i < sum.length; i++) sum[i]! += once[i]!;
    }
    for (let i = 0; i < sum.length; i++) sum[i]! /= reps;
  }

  /** Compute every planned column into `values`, from the inputs' categories or replacements. */
  private measure(
    plan: Plan,
    inputs: MeasureInputs,
    categories: Uint8Array[] | null,
    values: Float64Array,
  ): void {
    plan.dimensions.forEach((d, i) => {
      const category = categories ? categories[d.dimension]! : inputs.dimensions[d.dimension]!.category;
      this.measureDimension(d, inputs, category, values, i > 0);
    });
  }

  private measureDimension(
    d: PlannedDimension,
    inputs: MeasureInputs,
    category: Uint8Array,
    values: Float64Array,
    again: boolean,
  ): void {
    const k = d.categories;
    const { width, height, torus } = inputs;
    // Households by raster cell, counted once: the containers add cells (or finer units) up. After
    // the first dimension the households per cell are known.
    const c = this.cells;
    if (again) c.recount(inputs.cellOf, category, inputs.households, k);
    else {
      c.reset(width * height, k);
      c.count(inputs.cellOf, category, inputs.households);
    }
    for (const a of this.aggregations) {
      const source = a.from < 0 ? c : this.units[a.from]!;
      this.units[a.scale]!.aggregate(source, a.unitOfRow, inputs.scales[a.scale]!.units);
    }
    for (const ps of d.containers) {
      const scale = inputs.scales[ps.scale]!;
      if (this.share.length < scale.units) this.share = new Float64Array(scale.units);
      const u = this.units[ps.scale]!;
      const p = ps.parent;
      if (p && this.share.length < inputs.scales[p.scale]!.units) {
        this.share = new Float64Array(inputs.scales[p.scale]!.units);
      }
      const scratch: IndexScratch = p
        ? { scale, share: this.share, parent: this.units[p.scale]!, parentOf: p.unitOf }
        : { scale, share: this.share };
      u.sums.of(u, ps.sums);
      for (const col of ps.columns) values[col.slot] = col.fn(u, scratch);
    }
    if (d.radii.length === 0) return;
    this.box.build(c.pop, width, height, k);
    const scratch: IndexScratch = { scale: undefined, share: this.share };
    const n = c.occupiedCount;
    for (const ps of d.radii) {
      const env = c.separateEnv();
      c.envChanged();
      // Environments a slice at a time, each summed while it is still in cache.
      if (c.sums.begin(c, ps.sums)) {
        for (let from = 0; from < n; from += SLICE) {
          const to = Math.min(n, from + SLICE);
          this.box.fill(env, c.envTotal, c.occupied, from, to, ps.radius, torus);
          c.sums.add(c, from, to);
        }
        c.sums.end();
      }
      for (const col of ps.columns) values[col.slot] = col.fn(c, scratch);
    }
  }
}

/** One-off computation of the selected indices (tests, scripts); a run keeps a MeasuresContext. */
export function computeMeasures(
  inputs: MeasureInputs,
  selection: MeasuresSelection,
  tick = 0,
  seed = 0,
): Metrics {
  return new MeasuresContext(selection, seed).compute(inputs, tick);
}
