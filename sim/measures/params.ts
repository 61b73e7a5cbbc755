/** The scenario section `measures`: which segregation indices to compute, where, and how often. */
import { bool, int, type Problem, record, str, type Values } from '../params/spec.ts';
import { INDEX_IDS } from './registry.ts';

export const MAX_MEASURE_RADIUS = 50;

const measuresFields = {
  every: int({
    unit: 'ticks',
    default: 1,
    min: 0,
    max: 100_000,
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
      'Comma-separated scales: container names (classic: block3, block5, block10, block25; city: block, quarter, district) and person-centred radii as rN (e.g. r1, r2); "all" for every container scale and the radii the model proposes.',
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
    meaning: 'Random allocations averaged for the .random columns.',
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
