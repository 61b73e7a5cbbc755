/**
 * Computing the selected indices for one state: a context holds the plan and every scratch buffer,
 * so that measuring tick after tick allocates nothing but the output record. The random baseline
 * re-allocates the households (all their categories together) to the same places by a seeded
 * permutation, drawn from the stream `measures/random` of a seed derived from the run's seed and the
 * tick: the baseline at a tick does not depend on what was measured before, so a restored snapshot
 * gives the same numbers. Intervals draw from streams of their own (`measures/bootstrap`,
 * `measures/permutation`) of the same seed, so asking for them changes no other number.
 */
import type { Metrics } from '../model.ts';
import { ScenarioError } from '../scenario/resolve.ts';
import { deriveSeed, type Rng, shuffleInPlace, stream } from '../rng.ts';
import { BoxCounts } from './boxsum.ts';
import { Composition } from './composition.ts';
import type { MeasureInputs } from './inputs.ts';
import { type Aggregation, aggregationOrder } from './nesting.ts';
import { SLICE } from './row-sums.ts';
import type { MeasuresSelection } from './params.ts';
import { makePlan, type Plan, type PlannedDimension, selectionProblems, shapeOf } from './plan.ts';
import type { IndexScratch } from './registry.ts';
import { ReplicateValues } from './replicates.ts';

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
  private spread = new Float64Array(0);
  private pValue = new Float64Array(0);
  private lower = new Float64Array(0);
  private upper = new Float64Array(0);
  private bias = new Float64Array(0);
  private bootSe = new Float64Array(0);
  private once = new Float64Array(0);
  private readonly reps = new ReplicateValues();
  private perm = new Int32Array(0);
  private cellOf = new Int32Array(0);
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
    const cols = this.plan.columns.length;
    this.baseline = new Float64Array(cols);
    this.spread = new Float64Array(cols);
    this.pValue = new Float64Array(cols);
    this.lower = new Float64Array(cols);
    this.upper = new Float64Array(cols);
    this.bias = new Float64Array(cols);
    this.bootSe = new Float64Array(cols);
    this.once = new Float64Array(cols);
    return this.plan;
  }

  /**
   * Add the selected index columns for this state to `out` (callers check `due`), with the random
   * baseline and the intervals when selected. Undefined values (NaN from the index functions) are
   * left out.
   */
  compute(inputs: MeasureInputs, tick: number, out: Metrics = {}): Metrics {
    const plan = this.planFor(inputs);
    this.measure(plan, inputs, null, null, this.values);
    const sel = this.selection;
    const cols = plan.columns.length;
    const random = sel.random;
    if (random) {
      this.permutations(plan, inputs, stream(deriveSeed(this.seed, tick), 'measures/random'), sel.replicates);
      this.reps.mean(this.baseline);
      this.reps.sd(this.spread);
      this.reps.pUpper(this.values, this.pValue);
    }
    const interval = sel.interval;
    if (interval !== 'none') {
      // Streams of their own: asking for intervals never changes the .random columns.
      const rng = stream(deriveSeed(this.seed, tick), `measures/${interval}`);
      if (interval === 'bootstrap') this.bootstrap(plan, inputs, rng, sel.intervalReplicates);
      else this.permutations(plan, inputs, rng, sel.intervalReplicates);
      this.reps.quantile((1 - sel.level) / 2, this.lower);
      this.reps.quantile((1 + sel.level) / 2, this.upper);
      if (interval === 'bootstrap') {
        // As R segregation: the bias is the bootstrap mean minus the index, and the percentile
        // interval is moved by twice the bias, to centre it on the debiased estimate (index - bias).
        this.reps.mean(this.bias);
        this.reps.sd(this.bootSe);
        for (let i = 0; i < cols; i++) {
          const b = this.bias[i]! - this.values[i]!;
          this.bias[i] = b;
          // Kept within the index's range (a debiased D near 0 would otherwise reach below it).
          const [lo, hi] = plan.columns[i]!.range;
          this.lower[i] = Math.min(Math.max(this.lower[i]! - 2 * b, lo), hi);
          this.upper[i] = Math.min(Math.max(this.upper[i]! - 2 * b, lo), hi);
        }
      }
    }
    const put = (name: string, v: number) => {
      if (!Number.isNaN(v)) out[name] = v;
    };
    // Each twin right beside its index; an undefined value (NaN) is left out of the record: an
    // empty CSV field, never a NaN.
    for (let i = 0; i < cols; i++) {
      const c = plan.columns[i]!;
      put(c.name, this.values[i]!);
      if (interval === 'bootstrap') {
        put(c.twins.lower, this.lower[i]!);
        put(c.twins.upper, this.upper[i]!);
        put(c.twins.bias, this.bias[i]!);
        put(c.twins.se, this.bootSe[i]!);
      }
      if (random) {
        put(c.randomName, this.baseline[i]!);
        put(c.twins.sd, this.spread[i]!);
        put(c.twins.p, this.pValue[i]!);
      }
      if (interval === 'permutation') {
        put(c.twins.randomLower, this.lower[i]!);
        put(c.twins.randomUpper, this.upper[i]!);
      }
    }
    return out;
  }

  /** Room for a copy of every dimension's categories (and the cells) of n households. */
  private scratchFor(inputs: MeasureInputs): void {
    const n = inputs.households;
    if (this.perm.length < n) this.perm = new Int32Array(n);
    if (this.cellOf.length < n) this.cellOf = new Int32Array(n);
    if (this.shuffled.length !== inputs.dimensions.length || (this.shuffled[0]?.length ?? 0) < n) {
      this.shuffled = inputs.dimensions.map(() => new Uint8Array(n));
    }
  }

  /**
   * `reps` seeded random allocations of the households (all their categories together) to the
   * same places, each measured into the replicate values.
   */
  private permutations(plan: Plan, inputs: MeasureInputs, rng: Rng, reps: number): void {
    const n = inputs.households;
    this.scratchFor(inputs);
    this.reps.reset(reps, plan.columns.length);
    for (let rep = 0; rep < reps; rep++) {
      const perm = this.perm;
      for (let h = 0; h < n; h++) perm[h] = h;
      shuffleInPlace(rng, perm, n);
      this.pick(plan, inputs, perm);
      this.measure(plan, inputs, null, this.shuffled, this.once);
      this.reps.set(rep, this.once);
    }
  }

  /**
   * `reps` bootstrap samples: n households drawn with replacement (each with its place and all its
   * categories), each measured into the replicate values.
   */
  private bootstrap(plan: Plan, inputs: MeasureInputs, rng: Rng, reps: number): void {
    const n = inputs.households;
    this.scratchFor(inputs);
    this.reps.reset(reps, plan.columns.length);
    const { perm, cellOf } = this;
    for (let rep = 0; rep < reps; rep++) {
      for (let h = 0; h < n; h++) perm[h] = Math.floor(rng() * n);
      for (let h = 0; h < n; h++) cellOf[h] = inputs.cellOf[perm[h]!]!;
      this.pick(plan, inputs, perm);
      this.measure(plan, inputs, cellOf, this.shuffled, this.once);
      this.reps.set(rep, this.once);
    }
  }

  /** shuffled[d][h] = category of household pick[h] along each planned dimension d. */
  private pick(plan: Plan, inputs: MeasureInputs, pick: Int32Array): void {
    const n = inputs.households;
    for (const d of plan.dimensions) {
      const src = inputs.dimensions[d.dimension]!.category;
      const dst = this.shuffled[d.dimension]!;
      for (let h = 0; h < n; h++) dst[h] = src[pick[h]!]!;
    }
  }

  /**
   * Compute every planned column into `values`, from the inputs' cells and categories or
   * replacements of them (a permutation replaces the categories, a bootstrap sample both).
   */
  private measure(
    plan: Plan,
    inputs: MeasureInputs,
    cellOf: Int32Array | null,
    categories: Uint8Array[] | null,
    values: Float64Array,
  ): void {
    const at = cellOf ? { ...inputs, cellOf } : inputs;
    plan.dimensions.forEach((d, i) => {
      const category = categories ? categories[d.dimension]! : inputs.dimensions[d.dimension]!.category;
      this.measureDimension(d, at, category, values, i > 0);
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
