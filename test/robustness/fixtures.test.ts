/**
 * Every bug found by the robustness tests becomes a named scenario in test/fixtures, run here with
 * the check that failed. Each fixture is an ordinary scenario file: `kiez run` reproduces it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Metrics } from '../../sim/model.ts';
import { loadScenario } from '../../sim/scenario/resolve.ts';
import { createSimulation } from '../../sim/simulation.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');

function runFixture(name: string): Metrics[] {
  const scenario = loadScenario(JSON.parse(readFileSync(resolve(FIXTURES, `${name}.json`), 'utf8')));
  const sim = createSimulation(scenario);
  return [sim.metrics(), ...sim.advance(scenario.ticks)];
}

describe('fixtures of bugs found', () => {
  it('issue-dissimilarity-above-one: D stays within [0, 1] at full separation on a nearly empty grid', () => {
    const above = runFixture('issue-dissimilarity-above-one').flatMap((m) =>
      Object.entries(m)
        .filter(([k, v]) => /^[DH]\./.test(k) && (v < 0 || v > 1))
        .map(([k, v]) => `tick ${m['tick']}: ${k}=${v}`),
    );
    expect(above).toEqual([]);
  });
});
