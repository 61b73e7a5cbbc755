/**
 * Preferences by origin group: weights on the own and other groups' shares, linear or with
 * tolerance thresholds. Asymmetric preferences move segregation the way the literature says, from a
 * random start so that the change is the dynamics' (3,000 dwellings, 60 ticks, three seeds); bad
 * entries are refused in one line each.
 */
import { describe, expect, it } from 'vitest';
import type { UnitCounts } from '../../sim/city/composition.ts';
import { GroupPreferences } from '../../sim/city/choice.ts';
import { CityModel } from '../../sim/city/model.ts';
import { formatProblem } from '../../sim/params/validate.ts';
import { loadScenario, resolveScenario } from '../../sim/scenario/resolve.ts';

/** Multigroup D over origin groups of the units in `c` (Reardon & Firebaugh 2002). */
function originD(c: UnitCounts): number {
  const G = c.groups;
  const totals = new Float64Array(G);
  for (let u = 0; u < c.units; u++) for (let g = 0; g < G; g++) totals[g]! += c.origin[u * G + g]!;
  const T = totals.reduce((a, b) => a + b, 0);
  const I = totals.reduce((a, x) => a + (x / T) * (1 - x / T), 0);
  let dev = 0;
  for (let u = 0; u < c.units; u++) {
    const t = c.total[u]!;
    for (let g = 0; g < G && t > 0; g++) dev += t * Math.abs(c.origin[u * G + g]! / t - totals[g]! / T);
  }
  return dev / (2 * T * I);
}

/** Majority households avoid blocks where a minority passes its tolerance (the baseline preset's). */
const avoidance = (tolerance: number) => ({
  group: 'native',
  form: 'threshold',
  ownWeight: 0,
  others: [
    { group: 'refugee', weight: -1.5, threshold: tolerance },
    { group: 'established', weight: -1, threshold: tolerance },
    { group: 'eu', weight: -0.5, threshold: tolerance },
  ],
});
const coEthnic = [
  { group: 'refugee', form: 'threshold', ownWeight: 1, ownThreshold: 0.1 },
  { group: 'established', form: 'threshold', ownWeight: 1, ownThreshold: 0.15 },
];

/** D(origin, block) after 60 ticks from a random start, for seeds 1-3. */
function blockD(behaviour: Record<string, unknown>): number[] {
  return [1, 2, 3].map((seed) => {
    const s = loadScenario({
      mode: 'city',
      ticks: 60,
      city: { dwellings: 3000, dwellingsPerQuarter: 300, start: 'random' },
      measures: { every: 0 },
      outcomes: { every: 0 },
      behaviour: { ownOriginWeight: 0, ...behaviour },
    });
    const m = new CityModel(s, seed);
    for (let t = 0; t < 60; t++) m.step();
    return originD(m.state.blockCounts);
  });
}

function problems(behaviour: Record<string, unknown>): string[] {
  const r = resolveScenario({ mode: 'city', behaviour });
  return r.ok ? [] : r.problems.map(formatProblem);
}

describe('preferences by group', () => {
  it('a group without an entry keeps the general weights, linear, with no weight on other groups', () => {
    const s = loadScenario({
      mode: 'city',
      behaviour: { ownOriginWeight: 2, groupPreferences: [avoidance(0.2)] },
    });
    const p = new GroupPreferences(s.behaviour, ['native', 'eu', 'established', 'refugee']);
    expect(Array.from(p.own)).toEqual([0, 2, 2, 2]);
    expect(Array.from(p.threshold)).toEqual([1, 0, 0, 0]);
    expect(Array.from(p.hasOthers)).toEqual([1, 0, 0, 0]);
    expect(Array.from(p.other.subarray(0, 4))).toEqual([0, -0.5, -1, -1.5]);
    expect(Array.from(p.otherThreshold.subarray(0, 4))).toEqual([0, 0.2, 0.2, 0.2]);
  });

  it('majority avoidance above a tolerance threshold raises D(origin, block) over no preference, every seed', () => {
    const none = blockD({});
    const avoiding = blockD({ groupPreferences: [avoidance(0.15)] });
    avoiding.forEach((d, i) => {
      expect(d).toBeGreaterThan(none[i]! + 0.02);
    });
  });

  it('a more tolerant majority (threshold 0.6) segregates less than an intolerant one (0.15), every seed', () => {
    const strict = blockD({ groupPreferences: [avoidance(0.15)] });
    const tolerant = blockD({ groupPreferences: [avoidance(0.6)] });
    tolerant.forEach((d, i) => {
      expect(d).toBeLessThan(strict[i]!);
    });
  });

  it("minorities' wish for some co-ethnic presence adds to the majority's avoidance, every seed", () => {
    const majority = blockD({ groupPreferences: [avoidance(0.15)] });
    const both = blockD({ groupPreferences: [avoidance(0.15), ...coEthnic] });
    both.forEach((d, i) => {
      expect(d).toBeGreaterThan(majority[i]!);
    });
  });

  it('refuses an unknown group (with a suggestion), a repeated one and a threshold outside 0-1, one line each', () => {
    expect(
      problems({
        groupPreferences: [
          { group: 'refugees', ownWeight: 1 },
          { group: 'native', others: [{ group: 'natve', weight: -1 }, { group: 'native' }] },
          { group: 'native' },
        ],
      }),
    ).toEqual([
      'behaviour.groupPreferences[0].group: "refugees": an origin group of this city (native, eu, established, refugee) (did you mean "refugee"?)',
      'behaviour.groupPreferences[1].others[0].group: "natve": an origin group of this city (native, eu, established, refugee) (did you mean "native"?)',
      'behaviour.groupPreferences[1].others[1].group: "native": a group other than "native" (its own share has ownWeight) and not listed before',
      'behaviour.groupPreferences[2].group: "native": a group without an entry before this one',
    ]);
    expect(
      problems({
        groupPreferences: [
          { group: 'eu', ownThreshold: 1.2, others: [{ group: 'native', threshold: -0.1 }] },
        ],
      }),
    ).toEqual([
      'behaviour.groupPreferences[0].ownThreshold: 1.2: a number from 0 to 1 (share)',
      'behaviour.groupPreferences[0].others[0].threshold: -0.1: a number from 0 to 1 (share)',
    ]);
  });
});
