import { describe, expect, it } from 'vitest';
import { resolveScenario } from '../../sim/scenario/resolve.ts';
import { createSimulation } from '../../sim/simulation.ts';
import type { Metrics } from '../../sim/model.ts';
import { indexCadence } from '../../ui/compare/cadence.ts';

function run(every: number): { last: Metrics; digest: string; rows: Metrics[] } {
  const r = resolveScenario({ mode: 'city', ticks: 8, city: { dwellings: 3000 }, measures: { every } });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  const sim = createSimulation(r.scenario, 5);
  const rows: Metrics[] = [];
  sim.advance(8, (m) => rows.push(m));
  return { last: rows.at(-1)!, digest: sim.digest(), rows };
}

describe('index cadence of a comparison', () => {
  it('is the largest divisor of the run length up to a thirtieth of it', () => {
    expect(indexCadence(120)).toBe(4);
    expect(indexCadence(100)).toBe(2);
    expect(indexCadence(600)).toBe(20);
    expect(indexCadence(24)).toBe(1);
    expect(indexCadence(97)).toBe(1);
  });

  it('changes neither the run nor the end values, only the ticks between', () => {
    const every = run(1);
    const fourth = run(4);
    expect(fourth.digest).toBe(every.digest);
    expect(fourth.last).toEqual(every.last);
    expect(fourth.rows[2]!['D.origin.quarter']).toBeUndefined();
    expect(every.rows[2]!['D.origin.quarter']).toBeTypeOf('number');
  });
});
