/**
 * Income change, once per tick for every household in the city (the pool abroad keeps its income):
 * a fall with a fixed chance, and a rise with a chance that follows from state the model keeps, not
 * from who the household is labelled as or which policy is on:
 *
 *   (upRate x education factor x (1 - skillMobility x (1 - skills))   language and skills (skills.ts)
 *    + skillPayoff x skills gained this tick)                           catch-up as skills grow
 *     x (1 - jobAccess x distance of its quarter from the centre)  access to jobs
 *     x (1 - povertyTrap x share of low incomes around it)        neighbours' job leads
 *     x co-ethnic network, for groups arriving with skills below 1 (own-group share around it):
 *         newcomer (within newcomerYears): 1 + networkHelp x own share + counselling in its quarter
 *         later:                           1 - networkBind x own share
 *       (a newcomer of a group without such a network: 1 + counselling)
 *     x (1 + schoolMobility x (quality of the school its children attend - 0.5)), with children
 *
 * So the springboard (rises of newcomers, moving on) and the trap (no rise, staying) differ between
 * quarters through their composition, schools, distance and support, with no per-quarter constant;
 * a policy reaches the process only through QuarterSupport's arrays and the schools it changes.
 * Candidates are found by thinning (thinning.ts) against a bound worked out once per tick.
 */
import type { Rng } from '../../rng.ts';
import { HOUSED, inCity } from '../households.ts';
import type { CityState } from '../state.ts';
import type { QuarterSupport } from './support.ts';
import { skillGain } from './skills.ts';
import { lowShareAround, ownShareAround } from './surroundings.ts';
import { forEachCandidate } from './thinning.ts';

export class IncomeProcess {
  private readonly s: CityState;
  private readonly support: QuarterSupport;
  /** Per quarter: 1 - jobAccess x distance from the centre (static). */
  private readonly access: Float64Array;
  /** Per group: 1 when it arrives with skills below 1, so a co-ethnic network helps and binds. */
  private readonly network: Uint8Array;

  constructor(s: CityState, support: QuarterSupport) {
    this.s = s;
    this.support = support;
    const b = s.params.behaviour;
    const d = s.layout.quarterCentreDistance;
    this.access = new Float64Array(d.length);
    for (let q = 0; q < d.length; q++) this.access[q] = Math.max(0, 1 - b.jobAccess * Math.min(1, d[q]!));
    this.network = Uint8Array.from(s.params.households.groups, (g) => (g.skillAtArrival < 1 ? 1 : 0));
  }

  /** Chance this tick that household h's income rises. */
  riseChance(h: number): number {
    const s = this.s;
    const b = s.params.behaviour;
    const { hh } = s;
    let p = b.upRate * Math.max(0, 1 + b.educationMobility * (hh.education[h]! - 1));
    p *= 1 - b.skillMobility * (1 - hh.skill[h]!);
    if (b.skillPayoff !== 0) p += b.skillPayoff * skillGain(s, this.support.courses, h);
    if (hh.status[h] !== HOUSED) return p;
    const q = hh.quarter[h]!;
    p *= this.access[q]! * (1 - b.povertyTrap * lowShareAround(s, h));
    const newcomer = s.tick - hh.arrivalTick[h]! < b.newcomerYears * 12;
    const counselling = newcomer ? this.support.counselling[q]! : 0;
    if (this.network[hh.origin[h]!] === 1) {
      const own = ownShareAround(s, h);
      p *= newcomer ? 1 + b.networkHelp * own + counselling : 1 - b.networkBind * own;
    } else {
      p *= 1 + counselling;
    }
    const school = hh.schoolAttended[h]!;
    if (school >= 0) p *= Math.max(0, 1 + b.schoolMobility * (s.school[school]! - 0.5));
    return p;
  }

  /**
   * Upper bounds of every household's rise chance this tick: [without the skill payoff (holds for a
   * household at full skills), with it, given the largest skill gain any household can make].
   */
  private mostRise(mostGain: number): [number, number] {
    const b = this.s.params.behaviour;
    let school = 0;
    for (let q = 0; q < this.s.school.length; q++) school = Math.max(school, this.s.school[q]!);
    const schoolFactor = Math.max(1, 1 + b.schoolMobility * (school - 0.5));
    const place = schoolFactor * (1 + b.networkHelp + this.support.mostCounselling());
    const base = b.upRate * Math.max(1, 1 + b.educationMobility);
    return [base * place, (base + b.skillPayoff * mostGain) * place];
  }

  /** One tick of income change; `mostGain` bounds the skill gain of any household (learnSkills). */
  run(rng: Rng, mostGain: number): void {
    const s = this.s;
    const b = s.params.behaviour;
    const { hh } = s;
    const [skilled, most] = this.mostRise(mostGain);
    // A household at full skills whose draw is above its own bound has no event: skip the lookups.
    const nothing = skilled + b.downRate;
    forEachCandidate(rng, hh.highWater, Math.min(1, most + b.downRate), (h, u) => {
      if (u >= nothing && hh.skill[h]! >= 1) return;
      if (!inCity(hh.status[h]!)) return;
      const up = this.riseChance(h);
      if (u < up) {
        s.setIncome(h, hh.income[h]! * (1 + b.upStep));
        s.rises++;
      } else if (u < up + b.downRate) {
        s.setIncome(h, Math.max(b.incomeFloor, hh.income[h]! * (1 - b.downStep)));
        s.falls++;
      }
    });
  }
}
