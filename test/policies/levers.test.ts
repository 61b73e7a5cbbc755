/**
 * Each lever's direct, mechanical effect, lever on vs off with the same seeds (common random
 * numbers), on a small city, for several seeds.
 */
import { describe, expect, it } from 'vitest';
import { OWNER } from '../../sim/city/generate.ts';
import type { CityModel } from '../../sim/city/model.ts';
import type { SocialHousingPolicy } from '../../sim/policies/social-housing.ts';
import { targetQuarters } from '../../sim/policies/targets.ts';
import { cityModel, policyScenario, runFor, SEEDS, summed } from './helpers.ts';

const TICKS = 60;
const run = (policies: Record<string, unknown>[], seed: number, sections = {}) =>
  runFor(cityModel(policyScenario(policies, sections), seed), TICKS);

/** Dissimilarity of low-income households against the rest over the quarters. */
function lowIncomeDissimilarity(m: CityModel): number {
  const qc = m.state.quarterCounts;
  let low = 0;
  let rest = 0;
  for (let q = 0; q < qc.units; q++) {
    low += qc.band[q * 3]!;
    rest += qc.total[q]! - qc.band[q * 3]!;
  }
  let d = 0;
  for (let q = 0; q < qc.units; q++) {
    const l = qc.band[q * 3]!;
    d += Math.abs(l / low - (qc.total[q]! - l) / rest);
  }
  return d / 2;
}

/** Quarters in which low-income households live in the programme's dwellings. */
function programmeQuarters(m: CityModel): number {
  const s = m.state;
  const p = s.policies[0] as SocialHousingPolicy;
  const quarters = new Set<number>();
  for (const d of p.deliveredDwellings()) {
    const h = s.occupant[d]!;
    if (h >= 0 && s.hh.incomeBand[h] === 0) quarters.add(s.layout.dwellingQuarter[d]!);
  }
  return quarters.size;
}

/** Mean of a quarter array over the quarters a lever targets. */
function targetedMean(values: Float64Array, marks: Uint8Array): number {
  let sum = 0;
  let n = 0;
  marks.forEach((t, q) => {
    if (t) {
      sum += values[q]!;
      n++;
    }
  });
  return sum / n;
}

describe('social housing programme', () => {
  const programme = (placement: string) => [{ type: 'socialHousing', placement, units: 300, buildTicks: 12 }];

  it('delivers the planned units evenly over the build period and converts private rental to social', () => {
    const m = run(programme('dispersed'), 1);
    const p = m.state.policies[0] as SocialHousingPolicy;
    expect(p.delivered).toBe(300);
    expect(p.due(6)).toBe(150);
    for (const d of p.deliveredDwellings()) expect(m.state.layout.segment[d]).toBe(0);
  });

  it('dispersed spreads low-income households over more quarters than concentrated (same seeds)', () => {
    for (const seed of SEEDS) {
      const concentrated = run(programme('concentrated'), seed);
      const dispersed = run(programme('dispersed'), seed);
      expect(programmeQuarters(concentrated)).toBe(1);
      // Converted dwellings keep their tenants until they move (about 9 % a year), and only then are
      // let from the waiting list: within 60 ticks low incomes live in a few of the dispersed quarters.
      expect(programmeQuarters(dispersed)).toBeGreaterThan(programmeQuarters(concentrated));
      // No assertion on D(low income): with 300 converted units in 60 ticks the difference between
      // the placements is within the spread over seeds (reported by `npm run levers`).
      expect(Number.isFinite(lowIncomeDissimilarity(dispersed))).toBe(true);
    }
  });
});

describe('arrival-quarter support', () => {
  /**
   * Income rises and newcomer-months among newcomers living in an arrival quarter at the start of
   * the month (a slot reused by an arrival in the same month is not counted).
   */
  function newcomerRises(policies: Record<string, unknown>[], seed: number): [number, number] {
    const m = cityModel(policyScenario(policies), seed);
    const { hh, layout } = m.state;
    const years = m.state.params.behaviour.newcomerYears;
    const before = new Float64Array(hh.capacity).fill(-1);
    let exposed = 0;
    let rises = 0;
    for (let t = 0; t < TICKS; t++) {
      before.fill(-1);
      for (let h = 0; h < hh.highWater; h++) {
        const d = hh.dwelling[h]!;
        const newcomer = m.state.tick + 1 - hh.arrivalTick[h]! < years * 12;
        if (d >= 0 && newcomer && layout.quarterArrival[layout.dwellingQuarter[d]!])
          before[h] = hh.income[h]!;
      }
      m.step();
      for (let h = 0; h < hh.highWater; h++) {
        if (before[h]! < 0 || hh.arrivalTick[h]! >= m.state.tick || hh.dwelling[h]! < 0) continue;
        exposed++;
        if (hh.income[h]! > before[h]!) rises++;
      }
    }
    return [rises, exposed];
  }

  it("raises newcomers' chance of an income rise in the arrival quarters through courses and counselling, over four seeds", () => {
    // Rises are rare (about 100 per run here) and the lever changes which households draw, so the
    // rates are compared summed over the seeds rather than seed by seed.
    const total = (policies: Record<string, unknown>[]) => {
      let rises = 0;
      let months = 0;
      for (const seed of SEEDS) {
        const [r, n] = newcomerRises(policies, seed);
        rises += r;
        months += n;
      }
      return rises / months;
    };
    const off = total([]);
    const inputs = { schoolBonus: 0, imageBonus: 0 };
    const withCourses = total([{ type: 'arrivalSupport', ...inputs, courses: 2, counselling: 0 }]);
    const withCounselling = total([{ type: 'arrivalSupport', ...inputs, courses: 0, counselling: 1 }]);
    // Seeds 1-4: 0.0088 without, 0.0126 with courses, 0.0172 with counselling.
    expect(withCourses).toBeGreaterThan(1.2 * off);
    expect(withCounselling).toBeGreaterThan(1.5 * off);
    // The lever reaches incomes only through its inputs: with all of them 0 nothing changes.
    expect(total([{ type: 'arrivalSupport', ...inputs, courses: 0, counselling: 0 }])).toBe(off);
    expect(total([{ type: 'arrivalSupport', strength: 0 }])).toBe(off);
  });

  it('raises school quality and image in the arrival quarters', () => {
    for (const seed of SEEDS.slice(0, 2)) {
      const on = run([{ type: 'arrivalSupport' }], seed);
      const off = run([], seed);
      const marks = targetQuarters(on.state.layout, 'arrivalQuarters', 0);
      expect(targetedMean(on.state.school, marks)).toBeGreaterThan(targetedMean(off.state.school, marks));
      expect(targetedMean(on.state.image, marks)).toBeGreaterThan(targetedMean(off.state.image, marks));
    }
  });
});

describe('anti-discrimination enforcement', () => {
  it('lowers refusals for discrimination against the same seeds without it', () => {
    for (const seed of SEEDS) {
      const on = summed(
        cityModel(policyScenario([{ type: 'antiDiscrimination' }]), seed),
        TICKS,
        'refusals.discrimination',
      );
      const off = summed(cityModel(policyScenario([]), seed), TICKS, 'refusals.discrimination');
      expect(on).toBeLessThan(0.7 * off);
    }
  });

  it('at full reduction leaves no refusal for discrimination', () => {
    const m = cityModel(policyScenario([{ type: 'antiDiscrimination', reduction: 1 }]), 1);
    expect(summed(m, 24, 'refusals.discrimination')).toBe(0);
  });
});

describe('school investment', () => {
  it('raises the school quality of the targeted quarters', () => {
    for (const seed of SEEDS) {
      const on = run([{ type: 'schoolInvestment' }], seed);
      const off = run([], seed);
      const marks = targetQuarters(on.state.layout, 'weakestSchools', 0.25);
      expect(targetedMean(on.state.school, marks)).toBeGreaterThan(
        targetedMean(off.state.school, marks) + 0.02,
      );
    }
  });
});

describe('image campaign', () => {
  it('raises the image of the targeted quarters', () => {
    for (const seed of SEEDS) {
      const on = run([{ type: 'imageCampaign' }], seed);
      const off = run([], seed);
      const marks = targetQuarters(on.state.layout, 'lowestImage', 0.2);
      expect(targetedMean(on.state.image, marks)).toBeGreaterThan(
        targetedMean(off.state.image, marks) + 0.02,
      );
    }
  });
});

describe('home-ownership subsidy', () => {
  /** Share of housed households with an income up to `limit` who live in owner-occupied dwellings. */
  function ownerShare(m: CityModel, limit: number): number {
    const { hh, layout } = m.state;
    let n = 0;
    let owners = 0;
    for (let h = 0; h < hh.highWater; h++) {
      const d = hh.dwelling[h]!;
      if (d < 0 || hh.income[h]! > limit) continue;
      n++;
      if (layout.segment[d] === OWNER) owners++;
    }
    return owners / n;
  }

  it('raises owner-occupation among the incomes it targets', () => {
    for (const seed of SEEDS) {
      const on = run([{ type: 'ownershipSubsidy' }], seed);
      const off = run([], seed);
      expect(ownerShare(on, 3500)).toBeGreaterThan(ownerShare(off, 3500));
    }
  });
});
