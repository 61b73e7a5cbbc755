/** The scenario section `measures`: which segregation indices to compute, where, and how often. */
import { MAX_TICKS } from '../params/limits.ts';
import { bool, choice, int, num, type Problem, record, str, type Values } from '../params/spec.ts';
import { INDEX_IDS } from './registry.ts';

export const MAX_MEASURE_RADIUS = 50;

const measuresFields = {
  every: int({
    unit: 'ticks',
    default: 1,
    min: 0,
    max: MAX_TICKS,
    meaning:
      'Compute the indices at every tick divisible by this (tick 0 included); other ticks leave the columns empty. 0 turns the indices off.',
  }),
  indices: str({
    default: 'D,H',
    maxLength: 200,
    meaning: `Comma-separated indices to compute (see kiez measures): any of ${INDEX_IDS.join(', ')}; "all" for every one; "" for none.`,
  }),
  dimensions: str({
    default: 'all',
    maxLength: 500,
    meaning:
      'Comma-separated dimensions to measure along (classic: group; city: e.g. origin, income, milieu, tenure); "all" for every dimension the model has.',
  }),
  scales: str({
    default: 'all',
    maxLength: 500,
    meaning:
      'Comma-separated scales: container names (classic: block3, block5, block10, block25; city: block, quarter, district), person-centred radii as rN (e.g. r1, r2) and within parts as A-in-B (M and H of scale A inside the units of scale B, e.g. quarter-in-district); "all" for every container scale and the radii the model proposes (no within parts).',
  }),
  random: bool({
    default: false,
    meaning:
      'Also report each index under random allocation of the same households to the same places (columns ending in .random), to tell segregation from noise.',
  }),
  replicates: int({
    unit: 'permutations',
    default: 5,
    min: 1,
    max: 1000,
    meaning:
      'Random allocations behind the .random columns: their mean (.random), standard deviation (.random.sd) and the share at least as large as the index (.random.p).',
  }),
  interval: choice({
    options: ['none', 'bootstrap', 'permutation'],
    default: 'none',
    meaning:
      'Intervals for every index column: "bootstrap" resamples the households with replacement and reports the bootstrap bias and standard error (.bias, .se) and the percentile interval centred on the debiased index (.lower, .upper), as R segregation does; "permutation" reports the range the index takes under random allocation of the same households to the same places (.random.lower, .random.upper). Each replicate costs one computation of every selected index.',
  }),
  intervalReplicates: int({
    unit: 'replicates',
    default: 100,
    min: 2,
    max: 10_000,
    meaning:
      'Bootstrap samples or random allocations behind the intervals (percentile intervals need a few hundred for stable ends).',
  }),
  level: num({
    unit: 'share',
    default: 0.95,
    min: 0.5,
    max: 0.999,
    meaning: 'Coverage of the intervals: the central share of the replicate values between lower and upper.',
  }),
} as const;

export const measuresSpec = record({
  fields: measuresFields,
  meaning: 'Segregation indices reported per tick: which indices, dimensions and scales, and how often.',
  check: (v) => {
    const problems: Problem[] = [];
    for (const id of listOf(v.indices)) {
      if (id !== 'all' && !INDEX_IDS.includes(id)) {
        problems.push({
          path: 'indices',
          value: v.indices,
          allowed: `comma-separated indices among ${INDEX_IDS.join(', ')}, or "all" ("${id}" is not one)`,
        });
      }
    }
    for (const name of listOf(v.scales)) {
      const m = /^r(\d+)$/.exec(name);
      if (m && (Number(m[1]) < 1 || Number(m[1]) > MAX_MEASURE_RADIUS)) {
        problems.push({
          path: 'scales',
          value: v.scales,
          allowed: `radii r1 to r${MAX_MEASURE_RADIUS} ("${name}" is not one)`,
        });
      }
    }
    return problems;
  },
});

export type MeasuresSelection = Values<typeof measuresFields>;

/** Items of a comma-separated list, trimmed, empty items dropped. */
export function listOf(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
