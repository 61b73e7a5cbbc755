import { describe, expect, it } from 'vitest';
import { resolveScenario } from '../../sim/scenario/resolve.ts';
import { createSimulation } from '../../sim/simulation.ts';
import type { Metrics } from '../../sim/model.ts';
import { comparisonDocument, indexCadence } from '../../ui/compare/cadence.ts';

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

describe('a comparison document', () => {
  const load = () => ({ problem: { path: 'extends', value: '', allowed: 'no files here' } });
  it('adds a question’s indices to the scenario’s own and keeps everything else', () => {
    const doc = { mode: 'city', ticks: 120, city: { dwellings: 3000 }, measures: { indices: 'D,H' } };
    expect(comparisonDocument(doc, undefined, load, ['Dgroup'])).toEqual({
      ...doc,
      measures: { indices: 'D,H,Dgroup', every: 4 },
    });
    expect(comparisonDocument(doc, 24, load)).toEqual({ ...doc, ticks: 24 });
  });

  it('leaves classic scenarios and "all" indices alone', () => {
    const classic = { mode: 'classic', ticks: 120 };
    expect(comparisonDocument(classic, undefined, load, ['Dgroup'])).toEqual(classic);
    const all = { mode: 'city', ticks: 24, measures: { indices: 'all' } };
    expect(comparisonDocument(all, undefined, load, ['Dgroup'])).toEqual(all);
  });
});
