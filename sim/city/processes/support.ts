/**
 * What policies put into each quarter this tick, as state the mechanisms read: language and skills
 * courses (processes/skills.ts), job counselling (processes/income.ts), investment in the school
 * (processes/schools.ts) and an image campaign (processes/image.ts). Filled once per tick from the
 * policies' hooks, right after their `beforeTick`, so a mechanism never calls a policy: a lever acts
 * only through these inputs, and a lever whose inputs are all 0 leaves every number unchanged.
 * Derived from the policies and the tick, so not part of a snapshot. O(quarters x policies).
 */
import type { CityPolicy } from '../policy-hooks.ts';
import type { CityState } from '../state.ts';

export class QuarterSupport {
  /** Courses per quarter: added to the learning-rate factor of its residents. */
  readonly courses: Float32Array;
  /** Job counselling per quarter: job information for its newcomers. */
  readonly counselling: Float32Array;
  /** Investment per quarter: added to the quality its school tends to. */
  readonly schoolInvestment: Float32Array;
  /** Image campaign per quarter: added to the image it tends to. */
  readonly imageCampaign: Float32Array;
  private readonly s: CityState;
  private readonly policies: readonly CityPolicy[];

  constructor(s: CityState) {
    this.s = s;
    const Q = s.layout.quarters.units;
    this.courses = new Float32Array(Q);
    this.counselling = new Float32Array(Q);
    this.schoolInvestment = new Float32Array(Q);
    this.imageCampaign = new Float32Array(Q);
    this.policies = s.policies.filter((p) => p.courses || p.counselling || p.schoolBonus || p.imageBonus);
  }

  /** Read every policy's inputs for this tick. */
  update(): void {
    const s = this.s;
    for (let q = 0; q < this.courses.length; q++) {
      let courses = 0;
      let counselling = 0;
      let school = 0;
      let image = 0;
      for (const p of this.policies) {
        if (p.courses) courses += p.courses(s, q);
        if (p.counselling) counselling += p.counselling(s, q);
        if (p.schoolBonus) school += p.schoolBonus(s, q);
        if (p.imageBonus) image += p.imageBonus(s, q);
      }
      this.courses[q] = courses;
      this.counselling[q] = counselling;
      this.schoolInvestment[q] = school;
      this.imageCampaign[q] = image;
    }
  }

  /** Largest counselling of any quarter this tick (a bound for the income process's thinning). */
  mostCounselling(): number {
    let most = 0;
    for (let q = 0; q < this.counselling.length; q++) most = Math.max(most, this.counselling[q]!);
    return most;
  }
}
