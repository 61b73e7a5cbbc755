/**
 * The mechanisms behind springboard and trap, schools and gentrification (issue 13): schools as
 * places whose quality follows their pupils, avoidance that feeds a spiral and the levers that break
 * it, skills and networks behind income rises, and image campaigns that raise rents and displace.
 */
import { describe, expect, it } from 'vitest';
import { BANDS } from '../../sim/city/composition.ts';
import { HOUSED } from '../../sim/city/households.ts';
import type { CityModel } from '../../sim/city/model.ts';
import { ownShareAround } from '../../sim/city/processes/surroundings.ts';
import { targetQuarters } from '../../sim/policies/targets.ts';
import { cityModel, policyScenario, runFor, SEEDS, stateDigest } from '../policies/helpers.ts';

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Mean of a quarter array over the marked quarters. */
function over(values: ArrayLike<number>, marks: Uint8Array): number {
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

/** The quarter whose school has the most pupils' families (a well-defined school to test). */
function biggestSchool(m: CityModel): number {
  const p = m.schoolPlaces.pupils;
  let best = 0;
  for (let q = 1; q < p.length; q++) if (p[q]! > p[best]!) best = q;
  return best;
}

/** The quality the school of q tends to now, worked out by hand from the pupils' families. */
function targetByHand(m: CityModel, q: number): number {
  const s = m.state;
  const { hh } = s;
  let all = 0;
  let low = 0;
  let here = 0;
  let lowHere = 0;
  for (let h = 0; h < hh.highWater; h++) {
    if (hh.status[h] !== HOUSED || hh.schoolAttended[h]! < 0) continue;
    all++;
    if (hh.incomeBand[h] === 0) low++;
    if (hh.schoolAttended[h] === q) {
      here++;
      if (hh.incomeBand[h] === 0) lowHere++;
    }
  }
  const t =
    s.layout.quarterSchool0[q]! - s.params.behaviour.schoolCompositionWeight * (lowHere / here - low / all);
  return Math.min(1, Math.max(0, t));
}

describe('schools as places', () => {
  it("a school's quality is what its pupils' composition says (schoolSpeed 1, checked by hand)", () => {
    const m = cityModel(policyScenario([], { behaviour: { schoolSpeed: 1 } }), 1);
    runFor(m, 3);
    const q = biggestSchool(m);
    expect(m.state.school[q]).toBeCloseTo(targetByHand(m, q), 12);
  });

  it("a school's quality falls when its pupils' families become poorer", () => {
    const a = cityModel(policyScenario([], { behaviour: { schoolSpeed: 1 } }), 2);
    const b = cityModel(policyScenario([], { behaviour: { schoolSpeed: 1 } }), 2);
    runFor(a, 2);
    runFor(b, 2);
    const q = biggestSchool(b);
    const { hh } = b.state;
    // Every family whose children attend school q loses its income (counts kept in step by setIncome).
    let moved = 0;
    for (let h = 0; h < hh.highWater; h++) {
      if (hh.status[h] === HOUSED && hh.schoolAttended[h] === q && hh.incomeBand[h]! > 0) {
        b.state.setIncome(h, 700);
        moved++;
      }
    }
    expect(moved).toBeGreaterThan(10);
    a.schoolPlaces.run();
    b.schoolPlaces.run();
    expect(b.schoolPlaces.pupilBand[q * BANDS]).toBe(b.schoolPlaces.pupils[q]);
    expect(b.state.school[q]).toBeCloseTo(targetByHand(b, q), 12);
    expect(b.state.school[q]!).toBeLessThan(a.state.school[q]! - 0.05);
  });

  /** Mean quality at tick 60 of the schools that start weak (below the avoidance threshold). */
  function weakSchools(policies: Record<string, unknown>[], avoidance: number, seed: number): number {
    const m = cityModel(policyScenario(policies, { behaviour: { schoolAvoidance: avoidance } }), seed);
    const weak = Uint8Array.from(m.state.layout.quarterSchool0, (x) => (x < 0.5 ? 1 : 0));
    runFor(m, 60);
    return over(m.state.school, weak);
  }

  it('avoidance weakens the weak schools (the spiral), investment and catchment enforcement hold it back, over four seeds', () => {
    const none = mean(SEEDS.map((s) => weakSchools([], 0, s)));
    const avoided = mean(SEEDS.map((s) => weakSchools([], 0.9, s)));
    const enforced = mean(
      SEEDS.map((s) => weakSchools([{ type: 'catchmentEnforcement', strength: 1 }], 0.9, s)),
    );
    const invested = mean(
      SEEDS.map((s) =>
        weakSchools([{ type: 'schoolInvestment', target: 'weakestSchools', targetShare: 0.5 }], 0.9, s),
      ),
    );
    // Seeds 1-4: 0.335 without avoidance, 0.253 with, 0.272 enforced, 0.304 invested.
    expect(avoided).toBeLessThan(none - 0.04);
    expect(enforced).toBeGreaterThan(avoided + 0.01);
    expect(invested).toBeGreaterThan(avoided + 0.03);
  });
});

/** Of the newcomers of the run still housed at the end, the share whose income rose since arrival. */
function gainedShare(m: CityModel): [number, number] {
  const { hh } = m.state;
  let n = 0;
  let gained = 0;
  for (let h = 0; h < hh.highWater; h++) {
    if (hh.status[h] !== HOUSED || hh.arrivalTick[h]! <= 0) continue;
    n++;
    if (hh.income[h]! > hh.incomeAtArrival[h]! * 1.01) gained++;
  }
  return [gained, n];
}

describe('springboard or trap from causes', () => {
  const TICKS = 60;
  const share = (policies: Record<string, unknown>[], behaviour = {}) => {
    let gained = 0;
    let n = 0;
    for (const seed of SEEDS) {
      const [g, k] = gainedShare(runFor(cityModel(policyScenario(policies, { behaviour }), seed), TICKS));
      gained += g;
      n += k;
    }
    return gained / n;
  };

  it('arrival-quarter support raises the share of newcomers whose income rose, through courses and counselling, over four seeds', () => {
    const off = share([]);
    const on = share([{ type: 'arrivalSupport', schoolBonus: 0, imageBonus: 0 }]);
    // Seeds 1-4, 60 ticks: 0.208 without, 0.241 with courses and counselling alone.
    expect(on).toBeGreaterThan(off + 0.01);
  });

  it('a lever whose inputs are all 0 leaves every number as without it: the income process has no per-policy multiplier', () => {
    for (const seed of SEEDS.slice(0, 2)) {
      const zero = { type: 'arrivalSupport', courses: 0, counselling: 0, schoolBonus: 0, imageBonus: 0 };
      const a = runFor(cityModel(policyScenario([zero]), seed), 24);
      const b = runFor(cityModel(policyScenario([]), seed), 24);
      expect(stateDigest(a)).toBe(stateDigest(b));
    }
  });

  it('the co-ethnic network helps newcomers early and binds the settled later: rise chance x (1 + help x own share), x (1 - bind x own share)', () => {
    // Same seed, no burn-in: the same city at tick 0, only the network parameters differ.
    const model = (behaviour: Record<string, number>) =>
      cityModel(
        policyScenario([], { city: { dwellings: 3000, dwellingsPerQuarter: 300, burnIn: 0 }, behaviour }),
        3,
      );
    const none = model({ networkHelp: 0, networkBind: 0 });
    const both = model({ networkHelp: 2, networkBind: 0.5 });
    const s = none.state;
    const { hh } = s;
    const network = s.params.households.groups.map((g) => g.skillAtArrival < 1);
    let newcomers = 0;
    let settled = 0;
    for (let h = 0; h < hh.highWater; h++) {
      if (hh.status[h] !== HOUSED || !network[hh.origin[h]!]) continue;
      const own = ownShareAround(s, h);
      if (own === 0) continue;
      const base = none.income.riseChance(h);
      const newcomer = s.tick - hh.arrivalTick[h]! < s.params.behaviour.newcomerYears * 12;
      expect(both.income.riseChance(h)).toBeCloseTo(base * (newcomer ? 1 + 2 * own : 1 - 0.5 * own), 14);
      if (newcomer) newcomers++;
      else settled++;
    }
    expect(newcomers).toBeGreaterThan(20);
    expect(settled).toBeGreaterThan(100);
  });
});

describe('gentrification', () => {
  /** Rent index of the campaigned quarters at the end, and rent-rise displacements there over the run. */
  function campaign(policies: Record<string, unknown>[], seed: number, behaviour = {}): [number, number] {
    const m = cityModel(policyScenario(policies, { behaviour }), seed);
    const s = m.state;
    const marks = targetQuarters(s.layout, 'lowestImage', 0.2);
    // Count the displacements state.ts files under rent rise, where the household lives.
    let displaced = 0;
    const note = s.noteDisplacement.bind(s);
    s.noteDisplacement = (h: number) => {
      const before = s.displacedByRentRise;
      note(h);
      if (s.displacedByRentRise > before && marks[s.hh.quarter[h]!] === 1) displaced++;
    };
    runFor(m, 60);
    return [over(s.rentIndex, marks), displaced];
  }

  it('an image campaign raises rents and rent-rise displacement in the campaigned quarters, over four seeds', () => {
    const lever = [{ type: 'imageCampaign', target: 'lowestImage', targetShare: 0.2, bonus: 0.25 }];
    let displacedOff = 0;
    let displacedOn = 0;
    let gain = 0;
    let plainGain = 0;
    for (const seed of SEEDS) {
      const [rentOff, dOff] = campaign([], seed);
      const [rentOn, dOn] = campaign(lever, seed);
      // Through vacancies alone (no capitalisation) the campaign shows little in a tight market.
      const [plainOff] = campaign([], seed, { imageCapitalisation: 0 });
      const [plainOn] = campaign(lever, seed, { imageCapitalisation: 0 });
      gain += rentOn / rentOff - 1;
      plainGain += plainOn / plainOff - 1;
      displacedOff += dOff;
      displacedOn += dOn;
    }
    // Seeds 1-4: rents of the campaigned quarters +5.3, +4.5, +3.1, +2.2 % after 60 ticks (through
    // vacancies alone -1.8, +0.4, -0.1, -0.1 %); rent-rise displacements there 50 without, 53 with.
    expect(gain / SEEDS.length).toBeGreaterThan(0.025);
    expect(gain).toBeGreaterThan(plainGain + 0.1);
    expect(displacedOn).toBeGreaterThan(displacedOff);
  });
});
