import { describe, expect, it } from 'vitest';
import { cityModel, policyScenario, runFor, SEEDS } from './helpers.ts';

const TICKS = 60;

function endMetrics(policies: Record<string, unknown>[], seed: number) {
  return runFor(cityModel(policyScenario(policies), seed), TICKS).metrics();
}

describe('catchment enforcement', () => {
  it("lowers the avoiders' share and the school segregation of low incomes (same seeds)", () => {
    for (const seed of SEEDS) {
      const on = endMetrics([{ type: 'catchmentEnforcement' }], seed);
      const off = endMetrics([], seed);
      expect(on['schoolAvoiders']!).toBeLessThan(0.8 * off['schoolAvoiders']!);
      expect(on['D.income=low.school']!).toBeLessThan(off['D.income=low.school']!);
      // The gap between school and residence is what avoidance adds; enforcement narrows it.
      const gap = (x: Record<string, number>) => x['D.income=low.school']! - x['D.income=low.catchment']!;
      expect(gap(on)).toBeLessThan(gap(off));
    }
  });

  it('at full strength every family that moves in while it acts attends its catchment school', () => {
    for (const seed of SEEDS) {
      const start = 13;
      const m = runFor(
        cityModel(policyScenario([{ type: 'catchmentEnforcement', start, end: 40 }]), seed),
        39,
      );
      const { hh } = m.state;
      let movedIn = 0;
      for (let h = 0; h < hh.highWater; h++) {
        if (hh.dwelling[h]! < 0 || hh.children[h] !== 1 || hh.lastMoveTick[h]! < start) continue;
        movedIn++;
        expect(hh.schoolAttended[h]).toBe(hh.quarter[h]);
      }
      expect(movedIn).toBeGreaterThan(20);
    }
  });

  it('at strength 0 changes nothing', () => {
    const a = endMetrics([{ type: 'catchmentEnforcement', strength: 0 }], 1);
    const b = endMetrics([], 1);
    expect(a).toEqual(b);
  });
});
