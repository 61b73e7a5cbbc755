/**
 * Issue 19: a seeded, time-bounded fuzz in `npm test` (2,000 mutated scenario documents read as the
 * command line reads them, 200 mutated snapshots restored), and ten times as many with
 * `npm run fuzz` (FUZZ_SCALE=10). The counts are printed for the record.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../sim/scenario/resolve.ts';
import { createSimulation, type Snapshot } from '../../sim/simulation.ts';
import { fuzzScenarioFiles } from './fuzz.ts';
import { fuzzSnapshots } from './snapshot-hostile.ts';

const SCALE = Math.max(1, Number(process.env['FUZZ_SCALE'] ?? 1));
const SEED = Number(process.env['FUZZ_SEED'] ?? 1919);
const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();

function snapshotOf(doc: object): Snapshot {
  const sim = createSimulation(loadScenario(doc), 3);
  sim.advance(4);
  return sim.snapshot();
}

describe(`fuzz (x${SCALE}, seed ${SEED})`, () => {
  it(
    `${2000 * SCALE} mutated scenario files: clear refusals or finite runs, no crash, hang, NaN or quoted secret`,
    () => {
      const { counts, failures } = fuzzScenarioFiles(2000 * SCALE, SEED);
      console.log(`scenario files: ${JSON.stringify(counts)}`);
      expect(failures.slice(0, 5)).toEqual([]);
      expect(counts.cases).toBe(2000 * SCALE);
      expect(counts.refused).toBeGreaterThan(counts.cases / 2);
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
    },
    600_000 * SCALE,
  );

  it(
    `${200 * SCALE} mutated snapshots: refused by field or restored to a finite run`,
    () => {
      const bases = [
        snapshotOf({ mode: 'classic', ticks: 30, classic: { size: 20 } }),
        snapshotOf({ mode: 'city', ticks: 30, city: { dwellings: 1000, dwellingsPerQuarter: 250 } }),
      ];
      const { counts, failures } = fuzzSnapshots(bases, 200 * SCALE, SEED);
      console.log(`snapshots: ${JSON.stringify(counts)}`);
      expect(failures.slice(0, 5)).toEqual([]);
      expect(counts.cases).toBe(200 * SCALE);
    },
    600_000 * SCALE,
  );
});
