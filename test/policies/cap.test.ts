/** The cap refuses for reason "cap" and never lets a capped household take a unit over the cap. */
import { describe, expect, it } from 'vitest';
import type { CityPolicy } from '../../sim/city/policy-hooks.ts';
import type { CityState } from '../../sim/city/state.ts';
import { CapPolicy } from '../../sim/policies/cap.ts';
import { cityModel, policyScenario, runFor, SEEDS, summed } from './helpers.ts';

const TICKS = 36;

/** Records, for every vacancy the cap lets through, the capped share the unit would have after the move-in. */
class Observer implements CityPolicy {
  readonly name = 'observer';
  readonly reasons = [];
  worst = 0;
  checked = 0;
  constructor(
    private readonly cap: CapPolicy,
    private readonly capped: Uint8Array,
  ) {}
  readonly refuse = (s: CityState, h: number, d: number): number => {
    if (!this.capped[s.hh.origin[h]!] || !this.cap.governs(s, d)) return 0;
    const from = s.hh.dwelling[h]!;
    if (from >= 0 && this.cap.unitOf(s, from) === this.cap.unitOf(s, d)) return 0;
    const [n, total] = this.cap.counts(s, d);
    this.worst = Math.max(this.worst, (n + 1) / (total + 1));
    this.checked++;
    return 0;
  };
}

describe('cap on migrant households', () => {
  it.each(['building', 'quarter'] as const)(
    'per %s: refuses for reason cap only when switched on, for capped groups only',
    (unit) => {
      const on = policyScenario([{ type: 'cap', unit, cap: 0.3, socialOnly: unit === 'building' }]);
      const off = policyScenario([]);
      for (const seed of SEEDS.slice(0, 2)) {
        const m = cityModel(on, seed);
        const refused = { native: 0, other: 0 };
        runFor(m, TICKS, (x) => {
          const metrics = x.metrics();
          refused.native += metrics['refusals.cap.native']!;
          for (const g of ['eu', 'established', 'refugee']) refused.other += metrics[`refusals.cap.${g}`]!;
        });
        expect(refused.other).toBeGreaterThan(0);
        expect(refused.native).toBe(0);
        expect(summed(cityModel(off, seed), TICKS, 'refusals.cap')).toBe(0);
      }
    },
  );

  it.each(['building', 'quarter'] as const)(
    'per %s: every vacancy it lets a capped household take keeps the unit at or under the cap',
    (unit) => {
      const scenario = policyScenario([{ type: 'cap', unit, cap: 0.3, socialOnly: false }]);
      for (const seed of SEEDS.slice(0, 2)) {
        const model = cityModel(scenario, seed);
        const cap = model.state.policies[0] as CapPolicy;
        const observer = new Observer(cap, Uint8Array.from([0, 1, 1, 1]));
        // The observer runs after the cap: it sees exactly the vacancies the cap let through.
        const watched = cityModel(scenario, seed, [observer]);
        runFor(watched, TICKS);
        expect(observer.checked).toBeGreaterThan(100);
        expect(observer.worst).toBeLessThanOrEqual(0.3 + 1e-12);
      }
    },
  );

  it('leaves fewer social-housing buildings over the cap than without it (same seeds)', () => {
    const on = policyScenario([{ type: 'cap', cap: 0.3 }]);
    const off = policyScenario([]);
    const overCap = (m: ReturnType<typeof cityModel>): number => {
      const cap = new CapPolicy(
        { start: 1, end: 0, strength: 1, cap: 0.3, unit: 'building', socialOnly: true, groups: '' },
        Uint8Array.from([0, 1, 1, 1]),
      );
      const s = m.state;
      const seen = new Set<number>();
      let over = 0;
      for (let d = 0; d < s.layout.dwellings; d++) {
        const b = s.layout.dwellingBuilding[d]!;
        if (seen.has(b) || !cap.governs(s, d)) continue;
        seen.add(b);
        const [n, total] = cap.counts(s, d);
        if (total > 0 && n / total > 0.3) over++;
      }
      return over;
    };
    for (const seed of SEEDS) {
      const a = overCap(runFor(cityModel(on, seed), 60));
      const b = overCap(runFor(cityModel(off, seed), 60));
      expect(a).toBeLessThan(b);
    }
  });
});
