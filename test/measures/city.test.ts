/** The measures and outcomes in a city run. */
import { describe, expect, it } from 'vitest';
import type { CityModel } from '../../sim/city/model.ts';
import { FREE, HOUSED } from '../../sim/city/households.ts';
import { loadScenario, ScenarioError } from '../../sim/scenario/resolve.ts';
import { createSimulation, Simulation } from '../../sim/simulation.ts';

const city = (extra: Record<string, unknown> = {}) =>
  loadScenario({ mode: 'city', ticks: 12, city: { dwellings: 2000 }, ...extra });

describe('measures of the city', () => {
  it('report every dimension at every container scale and radius, and the outcome measures', () => {
    const sim = createSimulation(city(), 1);
    const m = sim.metrics();
    const inputs = sim.model.measureInputs();
    const scales = [...inputs.scales.map((s) => s.name), ...inputs.radii.map((r) => `r${r}`)];
    expect(scales).toContain('quarter');
    for (const d of inputs.dimensions) {
      for (const s of scales) {
        expect(m[`D.${d.name}.${s}`], `D.${d.name}.${s}`).toBeTypeOf('number');
        expect(m[`H.${d.name}.${s}`], `H.${d.name}.${s}`).toBeTypeOf('number');
      }
    }
    for (const k of ['disadvantage.quarters', 'springboard.cohort', 'typology.type1.quarters']) {
      expect(m[k], k).toBeTypeOf('number');
    }
  });

  it('count concentrated disadvantage as a recount from the household arrays does', () => {
    const thresholds = { migrantShare: 0.2, lowIncomeShare: 0.2, schoolQuality: 0.7 };
    const sim = createSimulation(city({ outcomes: { disadvantage: thresholds } }), 2);
    sim.advance(6);
    const m = sim.metrics();
    const s = (sim.model as CityModel).state;
    const Q = s.layout.quarters.units;
    const n = new Array<number>(Q).fill(0);
    const migrant = new Array<number>(Q).fill(0);
    const low = new Array<number>(Q).fill(0);
    for (let h = 0; h < s.hh.highWater; h++) {
      if (s.hh.status[h] !== HOUSED) continue;
      const q = s.layout.dwellingQuarter[s.hh.dwelling[h]!]!;
      n[q]!++;
      if (s.groupNames[s.hh.origin[h]!] !== 'native') migrant[q]!++;
      if (s.hh.incomeBand[h] === 0) low[q]!++;
    }
    let expected = 0;
    for (let q = 0; q < Q; q++) {
      if (n[q]! > 0 && migrant[q]! / n[q]! >= 0.2 && low[q]! / n[q]! >= 0.2 && s.school[q]! <= 0.7)
        expected++;
    }
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(Q);
    expect(m['disadvantage.quarters']).toBe(expected);
    expect(s.hh.status.subarray(0, s.hh.highWater).some((x) => x !== FREE)).toBe(true);
  });

  it('a restored snapshot continues with identical indices, baselines and outcomes', () => {
    const scenario = city({ measures: { indices: 'D,isolation,moran', random: true, replicates: 2 } });
    const straight = createSimulation(scenario, 3);
    straight.advance(5);
    const snap = straight.snapshot();
    const rest = straight.advance(5);
    expect(Simulation.restore(snap).advance(5)).toEqual(rest);
  });

  it('an unknown native group is refused with the scenario, before a run is created', () => {
    expect(() => createSimulation(city({ outcomes: { nativeGroups: 'natives' } }))).toThrow(ScenarioError);
  });
});
