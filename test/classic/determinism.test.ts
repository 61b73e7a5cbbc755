import { describe, expect, it } from 'vitest';
import {
  createSimulation,
  type Snapshot,
  Simulation,
  seriesDigest,
  transferablesOf,
} from '../../sim/simulation.ts';
import { classicScenario } from './scenario.ts';

describe('classic determinism', () => {
  it('the same scenario and seed give the same series and state, bit for bit', () => {
    const a = createSimulation(classicScenario({ size: 60 }), 42);
    const b = createSimulation(classicScenario({ size: 60 }), 42);
    const sa = [a.metrics(), ...a.advance(30)];
    const sb = [b.metrics(), ...b.advance(30)];
    expect(sb).toEqual(sa);
    expect(b.digest()).toBe(a.digest());
  });

  it('different seeds give different runs', () => {
    const a = createSimulation(classicScenario({ size: 30 }), 1);
    const b = createSimulation(classicScenario({ size: 30 }), 2);
    expect(b.digest()).not.toBe(a.digest());
  });

  it('pins the digest of the textbook run (seed 1): a change here means the numbers changed', () => {
    const sim = createSimulation(classicScenario({ size: 50, threshold: 0.375, vacancy: 0.1 }), 1);
    const series = [sim.metrics(), ...sim.advance(200)];
    expect({ ticks: sim.tick, series: seriesDigest(series), state: sim.digest() }).toMatchInlineSnapshot(`
      {
        "series": "0e4a5aef03f42072",
        "state": "b446674023f43718",
        "ticks": 11,
      }
    `);
  });

  it('snapshot and restore continue exactly as if never interrupted (random and nearest moves)', () => {
    for (const move of ['random', 'nearest'] as const) {
      const scenario = classicScenario(
        { size: 40, threshold: 0.6, move, stopWhenSettled: false },
        { ticks: 40 },
      );
      const straight = createSimulation(scenario, 9);
      straight.advance(20);
      const snapshot = straight.snapshot();
      const rest = straight.advance(20);

      // Through structured cloning with transfer, as across a worker boundary.
      const copy = structuredClone(snapshot, { transfer: transferablesOf(snapshot) }) as Snapshot;
      const resumed = Simulation.restore(copy);
      expect(resumed.tick).toBe(20);
      expect(resumed.advance(20)).toEqual(rest);
      expect(resumed.digest()).toBe(straight.digest());
    }
  });

  it('a snapshot is a copy: stepping the simulation afterwards does not change it', () => {
    const sim = createSimulation(classicScenario({ size: 20, stopWhenSettled: false }), 5);
    const snap = sim.snapshot();
    const before = (snap.state.arrays['agentCell'] as Int32Array).slice();
    sim.advance(5);
    expect(snap.state.arrays['agentCell']).toEqual(before);
  });
});
