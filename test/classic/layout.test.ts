/** Starting layouts of the classic grid: random, segregated (halves, stripes, blocks) and drawn. */
import { describe, expect, it } from 'vitest';
import type { ClassicModel } from '../../sim/classic/engine.ts';
import { classicInvariantProblems } from '../../sim/classic/invariants.ts';
import { formatProblem } from '../../sim/params/validate.ts';
import { resolveScenario } from '../../sim/scenario/resolve.ts';
import { createSimulation } from '../../sim/simulation.ts';
import { classicScenario } from './scenario.ts';

function problemsOf(classic: Record<string, unknown>): string[] {
  const r = resolveScenario({ mode: 'classic', classic });
  return r.ok ? [] : r.problems.map(formatProblem);
}

function groupsByCell(model: ClassicModel): number[] {
  return [...model.cellGroup];
}

describe('segregated starting layouts', () => {
  it('halves: on a 10 x 10 grid with 10 % empty, group 1 holds 45 of rows 1-5 and group 2 45 of rows 6-10', () => {
    const sim = createSimulation(classicScenario({ size: 10, layout: 'halves', vacancy: 0.1 }), 3);
    const model = sim.model as ClassicModel;
    const cells = groupsByCell(model);
    const top = cells.slice(0, 50);
    const bottom = cells.slice(50);
    expect(top.filter((g) => g === 0)).toHaveLength(45);
    expect(top.filter((g) => g === 1)).toHaveLength(0);
    expect(bottom.filter((g) => g === 1)).toHaveLength(45);
    expect(bottom.filter((g) => g === 0)).toHaveLength(0);
    expect(classicInvariantProblems(model)).toEqual([]);
  });

  it('stripes of width 2 on an 8 x 8 grid: columns 1-2 and 5-6 are group 1, columns 3-4 and 7-8 group 2', () => {
    const sim = createSimulation(
      classicScenario({ size: 8, layout: 'stripes', blockSize: 2, vacancy: 0.125 }),
      1,
    );
    const model = sim.model as ClassicModel;
    model.cellGroup.forEach((g, c) => {
      if (g === 255) return;
      expect(g).toBe(Math.floor((c % 8) / 2) % 2);
    });
    expect(model.agents).toBe(56);
  });

  it('blocks of side 5 on a 10 x 10 grid make a checkerboard of four blocks', () => {
    const sim = createSimulation(classicScenario({ size: 10, layout: 'blocks', blockSize: 5 }), 2);
    const model = sim.model as ClassicModel;
    model.cellGroup.forEach((g, c) => {
      if (g === 255) return;
      const x = c % 10;
      const y = Math.floor(c / 10);
      expect(g).toBe((Math.floor(x / 5) + Math.floor(y / 5)) % 2);
    });
  });

  it('unequal shares in halves: bands follow the shares (70 % / 30 % of 100 cells)', () => {
    const sim = createSimulation(
      classicScenario({ size: 10, layout: 'halves', shares: [0.7, 0.3], vacancy: 0.1 }),
      4,
    );
    const cells = groupsByCell(sim.model as ClassicModel);
    expect(cells.slice(70).some((g) => g === 0)).toBe(false);
    expect(cells.slice(0, 70).some((g) => g === 1)).toBe(false);
  });

  it('a segregated layout that cannot hold the shares is refused with a plain message', () => {
    expect(
      problemsOf({ size: 10, layout: 'stripes', blockSize: 5, shares: [0.7, 0.3], vacancy: 0.1 }),
    ).toEqual([
      'classic.shares: [0.7,0.3]: shares that fit the "stripes" layout: its area for group 1 has 50 cells, too few for 63 agents (lower that group\'s share or the number of agents, or choose another blockSize or layout)',
    ]);
  });

  it('the same seed gives the same segregated start; another seed another', () => {
    const a = createSimulation(classicScenario({ size: 20, layout: 'blocks', blockSize: 4 }), 5);
    const b = createSimulation(classicScenario({ size: 20, layout: 'blocks', blockSize: 4 }), 5);
    const c = createSimulation(classicScenario({ size: 20, layout: 'blocks', blockSize: 4 }), 6);
    expect(b.digest()).toBe(a.digest());
    expect(c.digest()).not.toBe(a.digest());
  });
});

describe('a drawn layout (layout "grid")', () => {
  const drawn = ['AB...', 'AA...', '..B..', '...B.', '.....'].join('\n');

  it('puts the agents where the rows draw them and leaves the dots empty', () => {
    const sim = createSimulation(classicScenario({ size: 5, torus: false, layout: 'grid', grid: drawn }), 1);
    const model = sim.model as ClassicModel;
    expect(model.agents).toBe(6);
    expect([...model.cellGroup.slice(0, 7)]).toEqual([0, 1, 255, 255, 255, 0, 0]);
    expect(model.cellGroup[12]).toBe(1);
    expect(model.cellGroup[18]).toBe(1);
    expect(classicInvariantProblems(model)).toEqual([]);
  });

  it('accepts Windows line ends and a final newline', () => {
    const r = resolveScenario({
      mode: 'classic',
      classic: { size: 5, layout: 'grid', grid: `${drawn.replaceAll('\n', '\r\n')}\r\n` },
    });
    expect(r.ok).toBe(true);
  });

  it('a layout of the wrong size is refused, naming rows and the grid size', () => {
    expect(problemsOf({ size: 6, layout: 'grid', grid: drawn })).toEqual([
      'classic.grid: "5 rows": 6 rows of 6 symbols (the grid size); the layout has 5 rows',
    ]);
    expect(problemsOf({ size: 5, layout: 'grid', grid: drawn.replace('AB...', 'AB..') })).toEqual([
      'classic.grid row 1: "4 symbols": 5 symbols in every row (the grid size)',
    ]);
  });

  it('unknown symbols are refused with their row and column; a third group letter needs three shares', () => {
    expect(problemsOf({ size: 5, layout: 'grid', grid: drawn.replace('..B..', '..X.C') })).toEqual([
      'classic.grid row 3, column 3: "X": "." for an empty cell or one of "A", "B" (one letter per group)',
      'classic.grid row 3, column 5: "C": "." for an empty cell or one of "A", "B" (one letter per group)',
    ]);
    expect(
      problemsOf({ size: 5, layout: 'grid', shares: [0.4, 0.3, 0.3], grid: drawn.replace('..B..', '..C..') }),
    ).toEqual([]);
  });

  it('a full grid or one without agents is refused; a grid text without layout "grid" too', () => {
    expect(problemsOf({ size: 3, layout: 'grid', grid: 'AAB\nBAB\nABA' })).toEqual([
      'classic.grid: "9 agents": at least one empty cell ("."), so agents can move',
    ]);
    expect(problemsOf({ size: 3, layout: 'grid', grid: '...\n...\n...' })).toEqual([
      'classic.grid: "no agents": at least one agent (a group letter)',
    ]);
    expect(problemsOf({ size: 5, grid: drawn })).toEqual([
      `classic.grid: ${JSON.stringify(drawn)}: empty unless layout is "grid"`,
    ]);
  });
});
