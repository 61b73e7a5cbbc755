import { describe, expect, it } from 'vitest';
import { recordedTicks, runJob } from '../../sim/batch/run.ts';
import { createSimulation, seriesDigest } from '../../sim/simulation.ts';
import { classicScenario } from '../classic/scenario.ts';

describe('one run of a sweep', () => {
  const scenario = classicScenario({ size: 20, threshold: 0.5 }, { ticks: 12 });

  it('records tick 0 and every n-th tick, and always the last tick', () => {
    const r = runJob({ run: 0, point: 0, replicate: 0, seed: 4, scenario, every: 5, at: [] });
    expect(r.rows.map((row) => row[0])).toEqual([0, 5, 10, r.ticks].filter((t, i, a) => a.indexOf(t) === i));
    expect(r.metrics.slice(0, 4)).toEqual(['similarShare', 'discontentedShare', 'moves', 'settled']);
    expect(r.rows[0]!.length).toBe(r.metrics.length + 1);
  });

  it('a list of ticks replaces every; ticks past the end of the run are not invented', () => {
    const r = runJob({ run: 0, point: 0, replicate: 0, seed: 4, scenario, every: 1, at: [2, 3, 500] });
    expect(r.rows.map((row) => row[0])).toEqual([2, 3, r.ticks]);
    expect(recordedTicks({ every: 0, at: [] }, 7)).toEqual([7]);
    expect(recordedTicks({ every: 5, at: [] }, 10)).toEqual([0, 5, 10]);
    expect(recordedTicks({ every: 5, at: [] }, 0)).toEqual([0]);
    expect(recordedTicks({ every: 1, at: [9, 2, 2, 30] }, 12)).toEqual([2, 9, 12]);
  });

  it('its digests are those of the same scenario and seed run directly (what kiez run prints)', () => {
    const r = runJob({ run: 3, point: 1, replicate: 1, seed: 11, scenario, every: 0, at: [] });
    const sim = createSimulation(scenario, 11);
    const series = [sim.metrics(), ...sim.advance(scenario.ticks)];
    expect(r.seriesDigest).toBe(seriesDigest(series));
    expect(r.stateDigest).toBe(sim.digest());
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]![1]).toBe(series[series.length - 1]!['similarShare']);
  });
});
