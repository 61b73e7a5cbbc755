/**
 * The similar-share conventions of the three tools a seminar meets (kiez, NetLogo, the Parable of
 * the Polygons), on a hand-checked drawing, and the lesson each reference teaches.
 */
import { describe, expect, it } from 'vitest';
import type { ClassicModel } from '../../sim/classic/engine.ts';
import { deriveSeed } from '../../sim/rng.ts';
import { createSimulation } from '../../sim/simulation.ts';
import { classicScenario } from './scenario.ts';

/*
 * On this bounded 5 x 5 drawing the agents' (similar, occupied) neighbours are, row by row:
 * A(1,1) (2,3), B(2,1) (0,3), A(5,1) isolated, A(1,2) (2,3), A(2,2) (2,4), B(3,3) (1,2), B(4,4) (1,1).
 * Mean of ratios without the isolated agent: (2/3 + 0 + 2/3 + 1/2 + 1/2 + 1) / 6 = 5/9.
 * Ratio of sums: (2 + 0 + 2 + 2 + 1 + 1) / (3 + 3 + 3 + 4 + 2 + 1) = 8/16 = 1/2.
 * Polygons (isolated counts as 1): (10/3 + 1) / 7 = 13/21, and S = 2 (13/21 - 1/2) = 5/21.
 */
const drawn = ['AB..A', 'AA...', '..B..', '...B.', '.....'].join('\n');

function similarBy(similarMeasure: string): Record<string, number> {
  const sim = createSimulation(
    classicScenario({ size: 5, torus: false, layout: 'grid', grid: drawn, similarMeasure }),
    1,
  );
  return sim.metrics();
}

describe('similar-share conventions on a hand-checked drawing', () => {
  it('mean of ratios (kiez, Schelling) leaves the isolated agent out: 5/9', () => {
    const m = similarBy('meanOfRatios');
    expect(m['similarShare']).toBeCloseTo(5 / 9, 12);
    expect(m['segregationS']).toBeUndefined();
  });

  it('ratio of sums (NetLogo\'s "% similar"): 8/16 = 1/2', () => {
    expect(similarBy('ratioOfSums')['similarShare']).toBe(0.5);
  });

  it('the Polygons count the isolated agent as 1: 13/21, and S = 2(x - 1/2) = 5/21', () => {
    const m = similarBy('polygons');
    expect(m['similarShare']).toBeCloseTo(13 / 21, 12);
    expect(m['segregationS']).toBeCloseTo(5 / 21, 12);
  });

  it('the default convention is the mean of ratios, so default outputs keep their digests', () => {
    const sim = createSimulation(classicScenario({ size: 5, torus: false, layout: 'grid', grid: drawn }), 1);
    expect(sim.metrics()['similarShare']).toBeCloseTo(5 / 9, 12);
    expect(Object.keys(sim.metrics()).slice(0, 5)).toEqual([
      'tick',
      'similarShare',
      'discontentedShare',
      'moves',
      'settled',
    ]);
    expect(sim.metrics()['segregationS']).toBeUndefined();
  });
});

const SEEDS = Array.from({ length: 30 }, (_, i) => deriveSeed(18, i));

describe("the Parable of the Polygons' lesson: history matters, diversity demand mixes", () => {
  // The Polygons' grid: 20 x 20, bounded, 20 % empty; their conventions (isolated = 1, S = 2(x - 1/2)).
  const polygons = (seed: number) =>
    createSimulation(
      classicScenario(
        { size: 20, torus: false, vacancy: 0.2, layout: 'halves', threshold: 0, similarMeasure: 'polygons' },
        { ticks: 1000 },
      ),
      seed,
    );

  it('a segregated start with bias 0 stays exactly as segregated: nothing moves, S unchanged (30 seeds)', () => {
    for (const seed of SEEDS) {
      const sim = polygons(seed);
      const start = sim.metrics()['segregationS']!;
      expect(start).toBeGreaterThan(0.85);
      const series = sim.advance(50);
      expect(series.every((m) => m['moves'] === 0)).toBe(true);
      expect(sim.metrics()['segregationS']).toBe(start);
    }
  });

  it('adding a diversity demand (ceiling 0.8) on the running grid brings S to 0.13 or less (30 seeds)', () => {
    for (const seed of SEEDS) {
      const sim = polygons(seed);
      sim.advance(5);
      expect(sim.retune({ ceiling: 0.8 })).toEqual([]);
      sim.advance(1000);
      expect(sim.metrics()['settled']).toBe(1);
      expect(sim.metrics()['segregationS']).toBeLessThanOrEqual(0.13);
    }
  });
});

describe("NetLogo Segregation's random-walk move", () => {
  // NetLogo's defaults: a 51 x 51 wrapping world, density 95 %, ratio-of-sums "% similar", the
  // unhappy decided at the start of the tick.
  const netlogo = (threshold: number, seed: number) =>
    createSimulation(
      classicScenario(
        {
          size: 51,
          vacancy: 0.05,
          threshold,
          move: 'walk',
          decide: 'atTickStart',
          similarMeasure: 'ratioOfSums',
        },
        { ticks: 300 },
      ),
      seed,
    );

  it('at 70 % wanted it is still churning at tick 300 in at least 24 of 30 runs', () => {
    let churning = 0;
    for (const seed of SEEDS) {
      const sim = netlogo(0.7, seed);
      sim.advance(300);
      if (sim.metrics()['settled'] === 0) churning++;
    }
    expect(churning).toBeGreaterThanOrEqual(24);
  });

  it('at 30 % wanted it settles with about 70 % similar or more, as in NetLogo (5 seeds)', () => {
    for (const seed of SEEDS.slice(0, 5)) {
      const sim = netlogo(0.3, seed);
      sim.advance(300);
      expect(sim.metrics()['settled']).toBe(1);
      expect(sim.metrics()['similarShare']).toBeGreaterThan(0.7);
    }
  });

  it('a walker lands much nearer its old cell than a random mover (within 10 cells: over 40 % against under 20 %)', () => {
    const nearShare = (move: string) => {
      const sim = createSimulation(
        classicScenario({ size: 60, threshold: 0.5, move, stopWhenSettled: false }),
        3,
      );
      const model = sim.model as ClassicModel;
      const before = model.agentCell.slice();
      sim.advance(1);
      let moved = 0;
      let near = 0;
      for (let a = 0; a < model.agents; a++) {
        const to = model.agentCell[a]!;
        if (to === before[a]) continue;
        moved++;
        if (model.grid.distance(before[a]!, to) <= 10) near++;
        expect(model.cellAgent[to]).toBe(a);
      }
      expect(moved).toBeGreaterThan(100);
      return near / moved;
    };
    // With 10 % empty cells a walk takes about ten jumps of under 10 cells each before it lands.
    expect(nearShare('walk')).toBeGreaterThan(0.4);
    expect(nearShare('random')).toBeLessThan(0.2);
  });
});

describe('deciding at the start of the tick (NetLogo) or on each turn (kiez)', () => {
  it('atTickStart: every agent discontented when the tick began moves (random empty cells: 2,250 agents, exact)', () => {
    for (const seed of [1, 2, 3]) {
      const sim = createSimulation(
        classicScenario({ size: 50, threshold: 0.5, decide: 'atTickStart', stopWhenSettled: false }),
        seed,
      );
      const model = sim.model as ClassicModel;
      const unhappy = model.countDiscontented();
      sim.advance(1);
      expect(sim.metrics()['moves']).toBe(unhappy);
    }
  });

  it('onTurn: some discontented agents are made content by earlier moves and stay', () => {
    for (const seed of [1, 2, 3]) {
      const sim = createSimulation(
        classicScenario({ size: 50, threshold: 0.5, stopWhenSettled: false }),
        seed,
      );
      const unhappy = (sim.model as ClassicModel).countDiscontented();
      sim.advance(1);
      expect(sim.metrics()['moves']).toBeLessThan(unhappy);
    }
  });
});
