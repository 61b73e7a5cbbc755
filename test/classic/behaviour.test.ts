/** The classic model reproduces Schelling's published behaviour (see DOMAIN.md, Validation). */
import { describe, expect, it } from 'vitest';
import type { ClassicModel } from '../../sim/classic/engine.ts';
import { classicInvariantProblems } from '../../sim/classic/invariants.ts';
import { createSimulation } from '../../sim/simulation.ts';
import { classicScenario } from './scenario.ts';

const SEEDS = [1, 2, 3, 4, 5];

describe('classic Schelling behaviour', () => {
  it.each(SEEDS)('threshold 0: nothing moves (seed %i)', (seed) => {
    const sim = createSimulation(
      classicScenario({ threshold: 0, stopWhenSettled: false }, { ticks: 20 }),
      seed,
    );
    expect(sim.metrics()['discontentedShare']).toBe(0);
    const series = sim.advance(20);
    expect(series).toHaveLength(20);
    expect(series.every((m) => m['moves'] === 0 && m['settled'] === 1)).toBe(true);
  });

  it.each(SEEDS)(
    'threshold 3/8, two equal groups, 10%% vacancy: settles with similar share far above the threshold (seed %i)',
    (seed) => {
      const sim = createSimulation(classicScenario({ size: 50, threshold: 0.375, vacancy: 0.1 }), seed);
      const start = sim.metrics()['similarShare']!;
      sim.advance(200);
      const end = sim.metrics();
      expect(start).toBeGreaterThan(0.45);
      expect(start).toBeLessThan(0.55);
      expect(end['settled']).toBe(1);
      expect(end['similarShare']).toBeGreaterThanOrEqual(0.7);
      expect(sim.tick).toBeLessThan(100);
    },
  );

  it.each(SEEDS)('threshold 0.8 does not settle (seed %i)', (seed) => {
    const sim = createSimulation(classicScenario({ size: 40, threshold: 0.8 }, { ticks: 150 }), seed);
    const series = sim.advance(150);
    expect(series).toHaveLength(150);
    expect(series.every((m) => m['settled'] === 0)).toBe(true);
    expect(series.at(-1)!['discontentedShare']).toBeGreaterThan(0.05);
  });

  it('the nearest-content move rule settles and segregates too', () => {
    for (const seed of [1, 2, 3]) {
      const sim = createSimulation(classicScenario({ size: 40, threshold: 0.5, move: 'nearest' }), seed);
      sim.advance(200);
      expect(sim.metrics()['settled']).toBe(1);
      expect(sim.metrics()['similarShare']).toBeGreaterThan(0.7);
    }
  });

  it('a mover under the nearest rule lands where it is content', () => {
    const sim = createSimulation(classicScenario({ size: 30, threshold: 0.5, move: 'nearest' }), 7);
    const model = sim.model as ClassicModel;
    const before = model.agentCell.slice();
    sim.advance(1);
    // Each mover was content on arrival; later moves in the same tick can undo that for a few.
    let moved = 0;
    let content = 0;
    for (let a = 0; a < model.agents; a++) {
      if (model.agentCell[a] === before[a]) continue;
      moved++;
      if (model.isContentAt(model.agentCell[a]!, model.agentGroup[a]!)) content++;
    }
    expect(moved).toBeGreaterThan(0);
    expect(content / moved).toBeGreaterThan(0.8);
  });

  it('diversity-seeking agents (a ceiling on the similar share) end more mixed than the random start', () => {
    for (const seed of [1, 2, 3]) {
      const sim = createSimulation(
        classicScenario({ size: 40, threshold: 0.2, ceiling: 0.6 }, { ticks: 100 }),
        seed,
      );
      const start = sim.metrics()['similarShare']!;
      sim.advance(100);
      expect(sim.metrics()['similarShare']).toBeLessThan(start);
      expect(sim.metrics()['similarShare']).toBeLessThanOrEqual(0.6);
    }
  });

  it('per-group thresholds: a tolerant group moves less than an intolerant one', () => {
    const sim = createSimulation(
      classicScenario({ size: 50, threshold: [0.1, 0.6], stopWhenSettled: false }),
      3,
    );
    const model = sim.model as ClassicModel;
    const start = model.agentCell.slice();
    sim.advance(10);
    const movedShare = [0, 0];
    const sizes = [0, 0];
    for (let a = 0; a < model.agents; a++) {
      const g = model.agentGroup[a]!;
      sizes[g]!++;
      if (model.agentCell[a] !== start[a]) movedShare[g]!++;
    }
    expect(movedShare[0]! / sizes[0]!).toBeLessThan(movedShare[1]! / sizes[1]!);
  });

  it('invariants hold after every tick on torus and bounded grids, both rules, radius 1 and 2', () => {
    const variants = [
      { torus: true, radius: 1, move: 'random' as const },
      { torus: false, radius: 2, move: 'random' as const },
      { torus: true, radius: 2, move: 'nearest' as const, size: 10 },
      { torus: false, radius: 1, move: 'nearest' as const, rule: 'count' as const, minSimilar: 2 },
      { torus: true, radius: 1, shares: [0.5, 0.3, 0.2], threshold: 0.5 },
      { torus: true, radius: 1, move: 'walk' as const, threshold: 0.6 },
      { torus: true, radius: 1, move: 'walk' as const, threshold: 0.6, decide: 'atTickStart' as const },
      { torus: false, radius: 1, move: 'nearest' as const, threshold: 0.5, decide: 'atTickStart' as const },
      { torus: false, radius: 2, move: 'walk' as const, threshold: 0.6, walkStep: 3 },
      { torus: false, radius: 1, layout: 'blocks' as const, blockSize: 4, threshold: 0.5 },
    ];
    for (const v of variants) {
      const sim = createSimulation(
        classicScenario({ size: 20, stopWhenSettled: false, ...v }, { ticks: 15 }),
        11,
      );
      const model = sim.model as ClassicModel;
      expect(classicInvariantProblems(model)).toEqual([]);
      for (let t = 0; t < 15; t++) {
        sim.advance(1);
        expect(classicInvariantProblems(model), `${JSON.stringify(v)} tick ${t + 1}`).toEqual([]);
      }
    }
  });
});

describe('framework-comparison configurations (count rule)', () => {
  it('40x40 bounded grid, 1,000 agents needing 3 similar neighbours: settles', () => {
    for (const seed of [1, 2, 3]) {
      const sim = createSimulation(
        classicScenario(
          { size: 40, torus: false, agents: 1000, rule: 'count', minSimilar: 3 },
          { ticks: 500 },
        ),
        seed,
      );
      sim.advance(500);
      expect(sim.metrics()['settled']).toBe(1);
    }
  });

  it('100x100 bounded grid, 8,000 agents, radius 2, needing 8 similar neighbours: settles', () => {
    const sim = createSimulation(
      classicScenario(
        { size: 100, torus: false, agents: 8000, radius: 2, rule: 'count', minSimilar: 8 },
        { ticks: 1000 },
      ),
      1,
    );
    sim.advance(1000);
    expect(sim.metrics()['settled']).toBe(1);
  });
});
