/** Changing the rules of a running classic grid, and moving agents by hand, as a seminar does. */
import { describe, expect, it } from 'vitest';
import type { ClassicModel } from '../../sim/classic/engine.ts';
import { classicInvariantProblems } from '../../sim/classic/invariants.ts';
import { formatProblem } from '../../sim/params/validate.ts';
import { createSimulation, Simulation } from '../../sim/simulation.ts';
import { classicScenario } from './scenario.ts';

describe('live changes of the rules', () => {
  it('a new threshold applies from the next tick: agents stay put and the tick count goes on', () => {
    const sim = createSimulation(classicScenario({ size: 40, threshold: 0.3 }, { ticks: 500 }), 2);
    sim.advance(200);
    expect(sim.metrics()['settled']).toBe(1);
    const settledAt = sim.tick;
    const before = sim.digest();
    expect(sim.done).toBe(true);
    expect(sim.retune({ threshold: 0.6 })).toEqual([]);
    // The state is as it was (same digest); only the rules changed, so some agents are discontented now.
    expect(sim.tick).toBe(settledAt);
    expect(sim.digest()).toBe(before);
    expect(sim.metrics()['discontentedShare']).toBeGreaterThan(0.05);
    expect(sim.done).toBe(false);
    sim.advance(1);
    expect(sim.tick).toBe(settledAt + 1);
    expect(sim.metrics()['moves']).toBeGreaterThan(0);
    expect(sim.scenario.classic.threshold).toEqual([0.6]);
  });

  it('a change the declaration does not allow is refused and changes nothing', () => {
    const sim = createSimulation(classicScenario({ size: 20, threshold: 0.5 }), 1);
    const digest = sim.digest();
    expect(sim.retune({ ceiling: 0.3 }).map(formatProblem)).toEqual([
      'classic.ceiling: 0.3: at least the threshold (0.5)',
    ]);
    expect(sim.retune({ threshold: 1.5 }).map(formatProblem)).toEqual([
      'classic.threshold: 1.5: a number from 0 to 1 (share)',
    ]);
    expect(sim.retune({ size: 30 }).map(formatProblem)).toEqual([
      'classic.size: 30: only threshold, ceiling, rule, minSimilar, move, walkStep, similarMeasure, decide, stopWhenSettled can change on a running grid; reset to change the rest',
    ]);
    expect(sim.scenario.classic.threshold).toEqual([0.5]);
    expect(sim.digest()).toBe(digest);
  });

  it('a snapshot after a change carries the new rules: the restored run continues exactly', () => {
    const sim = createSimulation(classicScenario({ size: 30, threshold: 0.3, stopWhenSettled: false }), 4);
    sim.advance(5);
    sim.retune({ threshold: 0.7, move: 'walk' });
    const snap = sim.snapshot();
    const rest = sim.advance(10);
    const resumed = Simulation.restore(structuredClone(snap));
    expect(resumed.advance(10)).toEqual(rest);
    expect(resumed.digest()).toBe(sim.digest());
  });
});

describe('moving an agent by hand', () => {
  // Bounded 5 x 5: an A with two B neighbours is discontented at 50 %; the empty corner at row 5 is far away.
  const drawn = ['BAB..', '.B...', '.....', '.....', '....A'].join('\n');
  const hand = () =>
    createSimulation(
      classicScenario({ size: 5, torus: false, layout: 'grid', grid: drawn, threshold: 0.5 }, { ticks: 10 }),
      1,
    );

  it("updates the mover's, its old and its new neighbours' contentment and counts as a move", () => {
    const sim = hand();
    const model = sim.model as ClassicModel;
    // A at cell 1 has B, B, B around it: discontented. The Bs beside it are content (B's and an A).
    expect(model.isContentAt(1, 0)).toBe(false);
    expect(model.isContentAt(24, 0)).toBe(true);
    expect(sim.metrics()['moves']).toBe(0);
    // Drag the A from cell 1 next to the other A (cell 23): the Bs lose their A neighbour.
    expect(sim.moveByHand(1, 23)).toBeUndefined();
    expect(model.cellGroup[1]).toBe(255);
    expect(model.cellGroup[23]).toBe(0);
    expect(model.isContentAt(23, 0)).toBe(true);
    expect(model.grid.similarAt(24, 0)).toBe(1);
    expect(model.grid.occupiedAt(0)).toBe(1);
    expect(sim.metrics()['moves']).toBe(1);
    expect(sim.metrics()['discontentedShare']).toBe(0);
    expect(classicInvariantProblems(model)).toEqual([]);
    expect(sim.tick).toBe(0);
  });

  it('a drag onto an occupied cell, from an empty cell or off the grid is refused and changes nothing', () => {
    const sim = hand();
    const digest = sim.digest();
    expect(sim.moveByHand(1, 2)).toBe('cell 2 is occupied: an agent can only move to an empty cell');
    expect(sim.moveByHand(3, 4)).toBe('cell 3 is empty: there is no agent to move');
    expect(sim.moveByHand(1, 25)).toBe('cell 25 is not on the 5 x 5 grid');
    expect(sim.moveByHand(1, 1)).toBe('the agent is already there');
    expect(sim.digest()).toBe(digest);
    expect(sim.metrics()['moves']).toBe(0);
  });
});
