/**
 * Schools as places, once per tick: each quarter's school has its pupils (the children of the housed
 * families attending it, after any avoidance: `hh.schoolAttended`), a composition (pupils' families
 * by income band and origin) and a quality that moves toward what its composition and any
 * investment suggest: `quarterSchool0 - schoolCompositionWeight x (share of low incomes among its
 * pupils' families - the same share over all pupils) + investment`, closing `schoolSpeed` of the gap
 * a tick. Families read the quality when they choose a dwelling (choice.ts) and when they decide to
 * avoid the catchment school (school-choice.ts), the quarter's image reads it (image.ts), and the
 * children's chances read it (income.ts). So avoidance by better-off families leaves a weak school
 * poorer than its catchment, weaker still, and more avoided: the spiral that investment (a higher
 * target) or catchment enforcement (less avoidance) can break. A school without pupils tends to its
 * start quality plus investment. No randomness; O(households + quarters).
 */
import { BANDS } from '../composition.ts';
import { HOUSED } from '../households.ts';
import type { CityState } from '../state.ts';
import type { QuarterSupport } from './support.ts';

const clamp01 = (x: number) => (x < 0 ? 0 : Math.min(x, 1));

export class Schools {
  private readonly s: CityState;
  private readonly support: QuarterSupport;
  /** Pupils' families per school (the households with children attending it). */
  readonly pupils: Int32Array;
  /** Pupils' families per school and income band, `[q * BANDS + band]`. */
  readonly pupilBand: Int32Array;
  /** Pupils' families per school and origin group, `[q * groups + g]`. */
  readonly pupilOrigin: Int32Array;

  constructor(s: CityState, support: QuarterSupport) {
    this.s = s;
    this.support = support;
    const Q = s.layout.quarters.units;
    this.pupils = new Int32Array(Q);
    this.pupilBand = new Int32Array(Q * BANDS);
    this.pupilOrigin = new Int32Array(Q * s.groups);
  }

  /** Count every school's pupils' families now (arrays read through locals: it visits every slot). */
  count(): void {
    const { hh } = this.s;
    const G = this.s.groups;
    const { pupils, pupilBand, pupilOrigin } = this;
    const { status, schoolAttended, incomeBand, origin } = hh;
    pupils.fill(0);
    pupilBand.fill(0);
    pupilOrigin.fill(0);
    for (let h = 0; h < hh.highWater; h++) {
      const q = schoolAttended[h]!;
      if (q < 0 || status[h] !== HOUSED) continue;
      pupils[q]!++;
      pupilBand[q * BANDS + incomeBand[h]!]!++;
      pupilOrigin[q * G + origin[h]!]!++;
    }
  }

  /** Share of low incomes among the families of school q's pupils (0 without pupils). */
  lowShare(q: number): number {
    const n = this.pupils[q]!;
    return n > 0 ? this.pupilBand[q * BANDS]! / n : 0;
  }

  /** Count the pupils, then move every school's quality toward its target. */
  run(): void {
    const s = this.s;
    const b = s.params.behaviour;
    this.count();
    let all = 0;
    let low = 0;
    for (let q = 0; q < this.pupils.length; q++) {
      all += this.pupils[q]!;
      low += this.pupilBand[q * BANDS]!;
    }
    const cityLow = all > 0 ? low / all : 0;
    const invest = this.support.schoolInvestment;
    for (let q = 0; q < this.pupils.length; q++) {
      const composition = this.pupils[q]! > 0 ? b.schoolCompositionWeight * (this.lowShare(q) - cityLow) : 0;
      const target = clamp01(s.layout.quarterSchool0[q]! - composition + invest[q]!);
      s.school[q] = s.school[q]! + b.schoolSpeed * (target - s.school[q]!);
    }
  }
}
