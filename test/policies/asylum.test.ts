/** Asylum seekers: dispersed placement spreads them over the quarters; ending the obligation frees them. */
import { describe, expect, it } from 'vitest';
import { HOUSED, LEGAL_OBLIGATION } from '../../sim/city/households.ts';
import type { CityModel } from '../../sim/city/model.ts';
import { cityModel, policyScenario, runFor, SEEDS, summed } from './helpers.ts';

// More asylum seekers than the default city brings, so that a small city shows where they go.
const sections = {
  households: {
    groups: [
      { name: 'native', share: 0.8, arrivals: 2.5 },
      {
        name: 'refugee',
        share: 0.2,
        incomeMedian: 1500,
        arrivals: 3,
        leaveRate: 0.01,
        asylumShare: 1,
        discrimination: 0.3,
      },
    ],
  },
};

/** Coefficient of variation over the quarters of asylum seekers under the obligation per dwelling. */
function placementSpread(m: CityModel): number {
  const s = m.state;
  const Q = s.layout.quarters.units;
  const n = new Float64Array(Q);
  for (let h = 0; h < s.hh.highWater; h++) {
    if (s.hh.legal[h] === LEGAL_OBLIGATION && s.hh.status[h] === HOUSED)
      n[s.layout.dwellingQuarter[s.hh.dwelling[h]!]!]!++;
  }
  const rate = Array.from(n, (x, q) => x / s.quarterDwellings[q]!);
  const mean = rate.reduce((a, b) => a + b, 0) / Q;
  const sd = Math.sqrt(rate.reduce((a, r) => a + (r - mean) ** 2, 0) / Q);
  return sd / mean;
}

describe('asylum allocation', () => {
  it('dispersed placement spreads asylum seekers more evenly over the quarters than random placement', () => {
    for (const seed of SEEDS) {
      const dispersed = runFor(
        cityModel(policyScenario([{ type: 'asylum', placement: 'dispersed' }], sections), seed),
        36,
      );
      const random = runFor(cityModel(policyScenario([], sections), seed), 36);
      expect(placementSpread(dispersed)).toBeLessThan(0.7 * placementSpread(random));
    }
  });

  it('ending the residence obligation frees everyone under it and brings secondary moves forward', () => {
    for (const seed of SEEDS.slice(0, 2)) {
      const ended = cityModel(
        policyScenario([{ type: 'asylum', placement: 'random', obligationMonths: 0 }], sections),
        seed,
      );
      const moves = summed(ended, 12, 'secondaryMoves');
      const s = ended.state;
      let under = 0;
      for (let h = 0; h < s.hh.highWater; h++)
        if (s.hh.legal[h] === LEGAL_OBLIGATION && s.hh.arrivalTick[h]! < s.tick) under++;
      expect(under).toBe(0);
      expect(moves).toBeGreaterThan(
        2 * summed(cityModel(policyScenario([], sections), seed), 12, 'secondaryMoves'),
      );
    }
  });
});
