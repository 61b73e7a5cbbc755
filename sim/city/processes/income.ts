/**
 * Income change, once per tick for every household in the city (the pool abroad keeps its income):
 * a rise with a chance that depends on the household (education, newcomer) and on where it lives (an
 * arrival quarter's networks, the share of low incomes around it, its children's school): the
 * springboard or mobility-trap mechanism. A fall with a fixed chance. Households with a candidate
 * event are found by thinning (thinning.ts); the quarter factors are worked out once per tick, so
 * each candidate costs a few array reads.
 */
import type { Rng } from '../../rng.ts';
import { inCity } from '../households.ts';
import type { CityPolicy } from '../policy-hooks.ts';
import type { CityState } from '../state.ts';
import { forEachCandidate } from './thinning.ts';

export class IncomeProcess {
  private readonly s: CityState;
  /** Per quarter: 1 - povertyTrap x share of low incomes. */
  private readonly place: Float64Array;
  /** Per quarter: the school factor for households with children. */
  private readonly schoolFactor: Float64Array;
  private readonly hooks: readonly CityPolicy[];

  constructor(s: CityState) {
    this.s = s;
    this.place = new Float64Array(s.layout.quarters.units);
    this.schoolFactor = new Float64Array(s.layout.quarters.units);
    this.hooks = s.policies.filter((p) => p.mobilityFactor);
  }

  private prepare(): void {
    const s = this.s;
    const b = s.params.behaviour;
    for (let q = 0; q < this.place.length; q++) {
      this.place[q] = 1 - b.povertyTrap * s.quarterCounts.lowShare(q);
      this.schoolFactor[q] = Math.max(0, 1 + b.schoolMobility * (s.school[q]! - 0.5));
    }
  }

  /** Chance this tick that household h's income rises (quarter factors as of the last prepare). */
  riseChance(h: number): number {
    const s = this.s;
    const b = s.params.behaviour;
    const { hh, layout } = s;
    let p = b.upRate * Math.max(0, 1 + b.educationMobility * (hh.education[h]! - 1));
    const q = hh.quarter[h]!;
    if (s.tick - hh.arrivalTick[h]! < b.newcomerYears * 12) {
      p *= b.newcomerMobility;
      if (q >= 0 && layout.quarterArrival[q]) p *= b.arrivalQuarterMobility;
    }
    if (q >= 0) {
      p *= this.place[q]!;
      if (hh.children[h]) p *= this.schoolFactor[q]!;
    }
    for (let i = 0; i < this.hooks.length; i++) p *= this.hooks[i]!.mobilityFactor!(s, h, q);
    return p;
  }

  /** Upper bound of every household's rise chance this tick (1 when a policy hook may scale it unboundedly). */
  private mostRise(): number {
    let policy = 1;
    for (const p of this.hooks) {
      if (!p.mostMobilityFactor) return 1;
      policy *= p.mostMobilityFactor(this.s);
    }
    const b = this.s.params.behaviour;
    let place = 0;
    let school = 1;
    for (let q = 0; q < this.place.length; q++) {
      place = Math.max(place, this.place[q]!);
      school = Math.max(school, this.schoolFactor[q]!);
    }
    const newcomer = Math.max(1, b.newcomerMobility) * Math.max(1, b.arrivalQuarterMobility);
    return b.upRate * Math.max(1, 1 + b.educationMobility) * newcomer * Math.max(1, place) * school * policy;
  }

  run(rng: Rng): void {
    const s = this.s;
    const b = s.params.behaviour;
    const { hh } = s;
    this.prepare();
    forEachCandidate(rng, hh.highWater, Math.min(1, this.mostRise() + b.downRate), (h, u) => {
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
