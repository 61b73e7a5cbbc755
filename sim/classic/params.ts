/** Parameters of the classic Schelling model (teaching and validation mode). */
import { sumToOneProblem } from '../params/checks.ts';
import { bool, choice, int, num, nums, type Problem, record, type Values } from '../params/spec.ts';

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
      'Number of agents; 0 means it follows from the vacancy share. Must leave at least one cell empty.',
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
    options: ['random', 'nearest'],
    default: 'random',
    meaning:
      'Where a discontented agent moves: "random" = a uniformly random empty cell (the classic rule); "nearest" = the nearest empty cell (by rings of the Moore metric, ties at random) where it would be content, staying put if there is none.',
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

/** Agents on the grid: the explicit count, or the cells left after the vacancy share. */
export function classicAgentCount(p: Pick<ClassicParams, 'size' | 'agents' | 'vacancy'>): number {
  return p.agents > 0 ? p.agents : Math.round(p.size * p.size * (1 - p.vacancy));
}
