/** Parameters of the classic Schelling model (teaching and validation mode). */
import { sumToOneProblem } from '../params/checks.ts';
import { bool, choice, int, num, nums, type Problem, record, str, type Values } from '../params/spec.ts';
import { LAYOUTS, parseLayoutGrid, segregatedLayoutProblems } from './layout.ts';

export const MAX_CLASSIC_GROUPS = 8;
export const MAX_CLASSIC_RADIUS = 5;

const classicFields = {
  size: int({
    unit: 'cells',
    default: 50,
    min: 3,
    max: 4000,
    step: 10,
    meaning: 'Side L of the square grid; the grid has L x L cells.',
  }),
  torus: bool({
    default: true,
    meaning:
      'Whether the grid wraps around at its edges (a torus); otherwise cells at the border have fewer neighbours.',
  }),
  shares: nums({
    unit: 'share',
    default: [0.5, 0.5],
    min: 0,
    max: 1,
    minItems: 2,
    maxItems: MAX_CLASSIC_GROUPS,
    meaning: 'Share of agents in each group (one entry per group, summing to 1).',
  }),
  vacancy: num({
    unit: 'share',
    default: 0.1,
    min: 0.001,
    max: 0.99,
    step: 0.01,
    meaning: 'Share of cells left empty. Ignored when agents is set.',
  }),
  agents: int({
    unit: 'agents',
    default: 0,
    min: 0,
    max: 16_000_000,
    meaning:
      'Number of agents; 0 means it follows from the vacancy share. Must leave at least one cell empty. Ignored when layout is "grid".',
  }),
  layout: choice({
    options: LAYOUTS,
    default: 'random',
    meaning:
      'Starting layout: "random" = agents on random cells, groups mixed (the classic start); "halves" = one band of rows per group, sized by the shares (two halves for two equal groups); "stripes" = columns blockSize wide, groups in turn; "blocks" = squares of side blockSize, groups in turn (a checkerboard of blocks for two groups); "grid" = the cells written in `grid`. In the segregated layouts the empty cells are spread at random within each group\'s area. A segregated start is the Parable of the Polygons\' test of history (Hart and Case 2014, ncase.me/polygons).',
  }),
  blockSize: int({
    unit: 'cells',
    default: 5,
    min: 1,
    max: 4000,
    step: 1,
    meaning:
      'Width of the stripes and side of the blocks of the "stripes" and "blocks" layouts (assumption: 5, so that grids of 50 or 60 cells, as in the presets, hold an even number of stripes and of blocks and two equal groups get equal areas).',
  }),
  grid: str({
    default: '',
    maxLength: 1_100_000,
    meaning:
      'Layout "grid": one line per grid row (size lines of size symbols): "." an empty cell, "A" an agent of the first group, "B" of the second, and so on. Sets the number of agents and where they start; vacancy and agents are ignored. `kiez run --layout FILE` reads it from a text file.',
  }),
  radius: int({
    unit: 'cells',
    default: 1,
    min: 1,
    max: MAX_CLASSIC_RADIUS,
    meaning: 'Radius of the Moore neighbourhood: 1 gives the 8 surrounding cells, 2 gives 24.',
  }),
  rule: choice({
    options: ['share', 'count'],
    default: 'share',
    meaning:
      'Contentment rule: "share" = similar / occupied neighbours >= threshold (no occupied neighbour counts as content); "count" = similar neighbours >= minSimilar.',
  }),
  threshold: nums({
    unit: 'share',
    default: [0.375],
    min: 0,
    max: 1,
    minItems: 1,
    maxItems: MAX_CLASSIC_GROUPS,
    scalar: true,
    meaning:
      'Share rule: least share of similar agents among occupied neighbours an agent accepts; one value for all groups or one per group.',
  }),
  ceiling: num({
    unit: 'share',
    default: 1,
    min: 0,
    max: 1,
    step: 0.05,
    meaning:
      'Share rule: most share of similar neighbours an agent accepts (below 1 makes agents seek diversity); 1 = no upper limit.',
  }),
  minSimilar: int({
    unit: 'agents',
    default: 3,
    min: 0,
    max: (2 * MAX_CLASSIC_RADIUS + 1) * (2 * MAX_CLASSIC_RADIUS + 1) - 1,
    meaning: 'Count rule: least number of similar neighbours an agent accepts.',
  }),
  move: choice({
    options: ['random', 'nearest', 'walk'],
    default: 'random',
    meaning:
      'Where a discontented agent moves: "random" = a uniformly random empty cell (the classic rule); "nearest" = the nearest empty cell (by rings of the Moore metric, ties at random) where it would be content, staying put if there is none; "walk" = NetLogo Segregation\'s local move (Wilensky 1997, find-new-spot): a jump in a uniformly random direction over a uniformly random distance below walkStep cells, repeated from where it landed until the cell there is empty, or is the agent\'s own (then it stays); on a bounded grid a jump past the edge is drawn again. Whether the agent is content at the new cell plays no part.',
  }),
  walkStep: num({
    unit: 'cells',
    default: 10,
    min: 1,
    max: 100,
    step: 1,
    meaning:
      'Move "walk": the longest single jump, in cells (NetLogo Segregation: fd random-float 10, so 10).',
  }),
  similarMeasure: choice({
    options: ['meanOfRatios', 'ratioOfSums', 'polygons'],
    default: 'meanOfRatios',
    meaning:
      'How similarShare is counted: "meanOfRatios" = the mean over agents of similar / occupied neighbours, agents without occupied neighbours left out (Schelling 1971; kiez\'s default); "ratioOfSums" = all agents\' similar neighbours over all their occupied neighbours (NetLogo Segregation\'s "% similar"); "polygons" = the mean of the ratios with an agent without neighbours counted as 1, and a further metric segregationS = 2 x (similarShare - 1/2) (the Parable of the Polygons, Hart and Case 2014).',
  }),
  decide: choice({
    options: ['onTurn', 'atTickStart'],
    default: 'onTurn',
    meaning:
      'When an agent decides to move: "onTurn" = when its turn comes in the tick\'s random order, from the grid as it is then (earlier moves of the tick count); "atTickStart" = the agents discontented at the start of the tick move, in random order, even if earlier moves of the tick made them content (NetLogo Segregation: ask turtles with [not happy?]).',
  }),
  stopWhenSettled: bool({
    default: true,
    meaning: 'End the run at the first tick after which no agent is discontented.',
  }),
} as const;

export const classicSpec = record({
  fields: classicFields,
  meaning: 'The classic Schelling model on a square grid.',
  check: (v) => {
    const problems: Problem[] = [];
    problems.push(...sumToOneProblem('shares', v.shares, v.shares, 'shares'));
    if (v.threshold.length !== 1 && v.threshold.length !== v.shares.length) {
      problems.push({
        path: 'threshold',
        value: v.threshold,
        allowed: `one value, or one per group (${v.shares.length})`,
      });
    }
    const low = Math.max(...v.threshold);
    if (v.rule === 'share' && v.ceiling < low) {
      problems.push({ path: 'ceiling', value: v.ceiling, allowed: `at least the threshold (${low})` });
    }
    const cells = v.size * v.size;
    if (v.layout === 'grid') {
      const parsed = parseLayoutGrid(v.grid, v.size, v.shares.length);
      if (!parsed.ok) return [...problems, ...parsed.problems];
    }
    const agents = classicAgentCount(v);
    if (agents >= cells) {
      problems.push({
        path: v.agents > 0 ? 'agents' : 'vacancy',
        value: v.agents > 0 ? v.agents : v.vacancy,
        allowed: `at most ${cells - 1} agents on a ${v.size} x ${v.size} grid (at least one empty cell)`,
      });
    }
    if (agents < v.shares.length) {
      problems.push({
        path: v.agents > 0 ? 'agents' : 'size',
        value: v.agents > 0 ? v.agents : v.size,
        allowed: `room for at least one agent per group (${v.shares.length})`,
      });
    }
    if (
      (v.layout === 'halves' || v.layout === 'stripes' || v.layout === 'blocks') &&
      agents < cells &&
      cells <= 16_000_000
    ) {
      problems.push(...segregatedLayoutProblems(v.layout, v.size, v.blockSize, v.shares, agents));
    }
    if (v.layout !== 'grid' && v.grid !== '') {
      problems.push({ path: 'grid', value: v.grid, allowed: 'empty unless layout is "grid"' });
    }
    if (cells > 16_000_000) {
      problems.push({ path: 'size', value: v.size, allowed: 'at most 16,000,000 cells (size 4000)' });
    }
    if (v.torus && v.size < 2 * v.radius + 1) {
      problems.push({
        path: 'size',
        value: v.size,
        allowed: `at least ${2 * v.radius + 1} on a torus with radius ${v.radius}, so no neighbour is counted twice`,
      });
    }
    const neighbours = (2 * v.radius + 1) * (2 * v.radius + 1) - 1;
    if (v.rule === 'count' && v.minSimilar > neighbours) {
      problems.push({
        path: 'minSimilar',
        value: v.minSimilar,
        allowed: `at most ${neighbours}, the neighbourhood size at radius ${v.radius}`,
      });
    }
    return problems;
  },
});

export type ClassicParams = Values<typeof classicFields>;

/**
 * Agents on the grid: those drawn in a "grid" layout, else the explicit count, else the cells left
 * after the vacancy share.
 */
export function classicAgentCount(
  p: Pick<ClassicParams, 'size' | 'agents' | 'vacancy'> & Partial<Pick<ClassicParams, 'layout' | 'grid'>>,
): number {
  if (p.layout === 'grid') {
    let n = 0;
    for (const ch of p.grid ?? '') if (ch !== '.' && ch > ' ') n++;
    return n;
  }
  return p.agents > 0 ? p.agents : Math.round(p.size * p.size * (1 - p.vacancy));
}
