/** Concentration of disadvantage, springboard vs trap, quarter typology: hand-checkable cases. */
import { describe, expect, it } from 'vitest';
import { concentratedDisadvantage } from '../../sim/measures/disadvantage.ts';
import { springboard } from '../../sim/measures/springboard.ts';
import { quarterTypology, standardise } from '../../sim/measures/typology.ts';
import { stream } from '../../sim/rng.ts';

describe('concentration of disadvantage', () => {
  const profile = {
    quarters: 5,
    households: Int32Array.from([100, 100, 100, 0, 50]),
    migrant: Int32Array.from([60, 60, 10, 0, 30]),
    lowIncome: Int32Array.from([50, 20, 80, 0, 25]),
    school: Float64Array.from([0.2, 0.2, 0.1, 0.1, 0.3]),
  };
  const t = { migrantShare: 0.5, lowIncomeShare: 0.4, schoolQuality: 0.3 };

  it('flags only quarters where all three coincide (thresholds inclusive), never empty ones', () => {
    const flags = new Uint8Array(5);
    const r = concentratedDisadvantage(profile, t, flags);
    expect([...flags]).toEqual([1, 0, 0, 0, 1]);
    expect(r.quarters).toBe(2);
    expect(r.householdShare).toBeCloseTo(150 / 350, 15);
    expect(r.migrantShare).toBeCloseTo(90 / 160, 15);
  });

  it('a stricter school threshold removes the quarter at the limit', () => {
    const flags = new Uint8Array(5);
    expect(concentratedDisadvantage(profile, { ...t, schoolQuality: 0.25 }, flags).quarters).toBe(1);
  });
});

describe('springboard or trap', () => {
  // Six households; tick 60, follow-up 24, window 12: arrivals in (24, 36] are judged.
  const h = {
    slots: 6,
    present: Uint8Array.from([1, 1, 1, 1, 1, 0]),
    arrivalTick: Int32Array.from([30, 36, 25, 30, 40, 30]),
    income: Float64Array.from([1500, 1000, 1100, 900, 3000, 5000]),
    incomeAtArrival: Float64Array.from([1000, 1000, 1000, 1000, 1000, 1000]),
    arrivalQuarter: Int32Array.from([2, 2, 3, 2, 2, 2]),
    quarter: Int32Array.from([5, 2, 3, 4, 2, 2]),
  };
  const p = { tick: 60, followUp: 24, window: 12, minGain: 0.1 };

  it('splits the cohort into gained and left, gained and stayed, stuck, and moved without gain', () => {
    // Cohort: 0 (+50 %, left), 1 (0 %, stayed: stuck), 2 (+10 %, stayed), 3 (-10 %, left).
    // 4 arrived too late; 5 has left the city.
    const r = springboard(h, p);
    expect(r.cohort).toBe(4);
    expect(r.meanGain).toBeCloseTo((0.5 + 0 + 0.1 - 0.1) / 4, 15);
    expect(r.gained).toBe(0.5);
    expect(r.gainedLeft).toBe(0.25);
    expect(r.gainedStayed).toBe(0.25);
    expect(r.stuck).toBe(0.25);
    expect(r.movedWithoutGain).toBe(0.25);
  });

  it('can be restricted to households whose first quarter was an arrival quarter', () => {
    const arrivalQuarters = new Uint8Array(6);
    arrivalQuarters[2] = 1;
    const r = springboard({ ...h, arrivalQuarters }, p);
    expect(r.cohort).toBe(3);
    expect(r.stuck).toBeCloseTo(1 / 3, 15);
  });

  it('an empty cohort gives NaN shares, not zeros', () => {
    const r = springboard(h, { ...p, tick: 0 });
    expect(r.cohort).toBe(0);
    expect(r.gained).toBeNaN();
  });
});

describe('quarter typology', () => {
  // Three well separated clouds of quarters on two features, shuffled.
  const centres = [
    [0.1, 0.8],
    [0.5, 0.2],
    [0.9, 0.5],
  ];
  const rng = stream(3, 'test/typology');
  const truth: number[] = [];
  const rows: number[] = [];
  for (let q = 0; q < 30; q++) {
    const c = q % 3;
    truth.push(c);
    rows.push(centres[c]![0]! + (rng() - 0.5) * 0.05, centres[c]![1]! + (rng() - 0.5) * 0.05);
  }
  const profile = Float64Array.from(rows);
  const active = new Uint8Array(30).fill(1);
  active[29] = 0;
  const opts = { k: 3, restarts: 4, iterations: 50 };

  it('recovers well separated types, numbered by their first feature', () => {
    const t = quarterTypology(profile, 30, 2, active, stream(1, 'measures/typology'), opts);
    // Type numbers follow the first feature: centre 0 (0.1) -> 0, centre 1 (0.5) -> 1, centre 2 -> 2.
    expect([...t.type.subarray(0, 29)]).toEqual(truth.slice(0, 29));
    expect(t.type[29]).toBe(-1);
    expect([...t.sizes]).toEqual([10, 10, 9]);
  });

  it('gives the same labels whatever the seed (canonical numbering)', () => {
    const a = quarterTypology(profile, 30, 2, active, stream(1, 'x'), opts);
    const b = quarterTypology(profile, 30, 2, active, stream(99, 'x'), opts);
    expect([...b.type]).toEqual([...a.type]);
  });

  it('started from previous centroids, each type keeps its label as quarters drift', () => {
    const first = quarterTypology(profile, 30, 2, active, stream(1, 'x'), opts);
    // Swap the canonical order: previous centroids listed in reverse make the labels follow them.
    const reversed = new Float64Array(6);
    for (let c = 0; c < 3; c++) reversed.set(first.centroids.subarray(c * 2, c * 2 + 2), (2 - c) * 2);
    const drifted = profile.map((x, i) => x + (i % 2 === 0 ? 0.01 : -0.01));
    const next = quarterTypology(drifted, 30, 2, active, stream(2, 'x'), { ...opts, previous: reversed });
    expect([...next.type.subarray(0, 29)]).toEqual(truth.slice(0, 29).map((c) => 2 - c));
  });

  it('standardises each feature to mean 0 and sd 1 over active quarters; a constant feature becomes 0', () => {
    const z = standardise(Float64Array.from([1, 5, 3, 5, 5, 5, 100, 5]), 4, 2, Uint8Array.from([1, 1, 1, 0]));
    expect(z[0]).toBeCloseTo(-Math.sqrt(1.5), 12);
    expect(z[2]).toBeCloseTo(0, 12);
    expect(z[4]).toBeCloseTo(Math.sqrt(1.5), 12);
    expect([z[1], z[3], z[5], z[6], z[7]]).toEqual([0, 0, 0, 0, 0]);
  });
});
