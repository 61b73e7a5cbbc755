import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Metrics } from '../../sim/model.ts';
import { ScenarioError, resolveScenario } from '../../sim/scenario/resolve.ts';
import { type Scenario, scenarioFields } from '../../sim/scenario/spec.ts';
import { createSimulation, Simulation, type Snapshot, transferablesOf } from '../../sim/simulation.ts';
import { scenarioDocArb } from './arbitraries.ts';
import { harnesses } from './modes.ts';

/**
 * Indices bounded to [0, 1] by definition (Moran's I is not): their column prefixes. A bootstrap
 * bias (`.bias`) is a difference of two such values and may be negative.
 */
const BOUNDED = /^(D|H|isolation|exposure)\.(?!.*\.bias$)/;

/** Whether some category of some dimension has no household (then indices may be undefined). */
function someCategoryAbsent(sim: Simulation): boolean {
  const inputs = sim.model.measureInputs();
  return inputs.dimensions.some((d) => {
    const seen = new Set<number>();
    for (let h = 0; h < inputs.households; h++) seen.add(d.category[h]!);
    return seen.size < d.labels.length;
  });
}

/**
 * Metrics that are wrong, as `name=value`: a model metric that is not a finite number, an index
 * that is infinite or outside [0, 1] where bounded, or NaN (the documented "undefined", written as
 * an empty field) where every category is present. Moran's I is undefined whenever the shares do
 * not vary across units, which random small grids produce, so its NaN is only checked to be NaN.
 */
function badMetrics(m: Metrics, sim: Simulation): string[] {
  const own = new Set(Object.keys(sim.model.metrics()));
  const nanAllowed = someCategoryAbsent(sim);
  return Object.entries(m)
    .filter(([k, v]) => {
      if (typeof v !== 'number') return true;
      if (own.has(k)) return !Number.isFinite(v);
      if (Number.isNaN(v)) return !nanAllowed && !k.startsWith('moran.');
      return !Number.isFinite(v) || (BOUNDED.test(k) && (v < 0 || v > 1));
    })
    .map(([k, v]) => `${k}=${v}`);
}

/**
 * The simulation, or undefined when the model refuses the measures selection (a scale a small grid
 * lacks, an origin group a city lacks): that must be a ScenarioError naming `measures.*` or `outcomes.*`, which the CLI prints as a usage error.
 */
function simulationOrRefusal(scenario: Scenario, seed: number): Simulation | undefined {
  try {
    return createSimulation(scenario, seed);
  } catch (e) {
    if (!(e instanceof ScenarioError)) throw e;
    for (const p of e.problems) expect(p.path).toMatch(/^(measures|outcomes)\./);
    return undefined;
  }
}

describe.each(Object.keys(harnesses))('random valid %s scenarios', (mode) => {
  const harness = harnesses[mode]!;
  const docs = harness.docs ?? scenarioDocArb(mode, harness.narrow, harness.repairs);

  it('drawn documents are valid (all of them where repairs apply, most where draws are skipped)', () => {
    // Guards the generator itself: if a new cross-field rule appears, this names it.
    const drawn = fc.sample(docs, { numRuns: 300, seed: 8 });
    const invalid = drawn.map((d) => resolveScenario(d)).filter((r) => !r.ok);
    if (!harness.docs) expect(invalid.map((r) => !r.ok && r.problems)).toEqual([]);
    else expect(invalid.length).toBeLessThan(drawn.length / 2);
  });

  it('after every tick the invariants hold and no metric is NaN or infinite', () => {
    fc.assert(
      fc.property(docs, fc.integer({ min: 0, max: 2 ** 31 - 1 }), (doc, seed) => {
        const r = resolveScenario(doc);
        fc.pre(r.ok || !harness.docs);
        if (!r.ok) throw new Error(JSON.stringify(r.problems));
        const sim = simulationOrRefusal(r.scenario, seed);
        if (!sim) return;
        expect(harness.invariants(sim.model)).toEqual([]);
        expect(badMetrics(sim.metrics(), sim)).toEqual([]);
        for (let t = 0; t < 20 && !sim.done; t++) {
          const [m] = sim.advance(1);
          expect(badMetrics(m!, sim), `tick ${sim.tick}`).toEqual([]);
          expect(harness.invariants(sim.model), `tick ${sim.tick}`).toEqual([]);
        }
      }),
      { numRuns: harness.docs ? 40 : 120, seed: 81 },
    );
  });

  it('a snapshot taken at any tick, cloned as across a worker, continues identically', () => {
    fc.assert(
      fc.property(
        docs,
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 0, max: 12 }),
        (doc, seed, at) => {
          const r = resolveScenario(doc);
          fc.pre(r.ok || !harness.docs);
          if (!r.ok) throw new Error(JSON.stringify(r.problems));
          const scenario = { ...r.scenario, ticks: Math.min(r.scenario.ticks, 16) };
          const straight = simulationOrRefusal(scenario, seed);
          if (!straight) return;
          straight.advance(at);
          const snapshot = straight.snapshot();
          const copy = structuredClone(snapshot, { transfer: transferablesOf(snapshot) }) as Snapshot;
          const resumed = Simulation.restore(copy);
          expect(resumed.digest()).toBe(straight.digest());
          while (!straight.done) {
            const [a] = straight.advance(1);
            const [b] = resumed.advance(1);
            expect(b).toEqual(a);
            expect(resumed.digest()).toBe(straight.digest());
          }
          expect(resumed.done).toBe(true);
        },
      ),
      { numRuns: harness.docs ? 25 : 80, seed: 82 },
    );
  });
});

describe('modes covered by the property tests', () => {
  it('every mode that can be simulated has a harness (narrowing, repairs, invariant checker)', () => {
    const simulable = scenarioFields.mode.options.filter((mode) => {
      const r = resolveScenario({ mode, ticks: 0 });
      if (!r.ok) return true; // a mode whose defaults do not even validate is a bug worth a failure
      try {
        createSimulation(r.scenario);
        return true;
      } catch (e) {
        return !String(e).includes('no model registered');
      }
    });
    expect(simulable.filter((m) => !harnesses[m])).toEqual([]);
  });
});
