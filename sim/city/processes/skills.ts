/**
 * Language and skills acquired over time, once per tick for every household in the city below full
 * command (skill < 1): the gap to 1 closes by `skillLearning` x (1 + `contactLearning` x share of
 * other groups among the households of its block + the courses offered in its quarter). Unhoused
 * households learn at the base rate (no neighbours, no course place). The income process reads the
 * same rate (`skillGain`): skills gained turn into better jobs. No randomness; O(households). The
 * pool abroad keeps its skills.
 */
import { HOUSED, UNHOUSED } from '../households.ts';
import type { CityState } from '../state.ts';
import type { QuarterSupport } from './support.ts';
import { ownShareAround } from './surroundings.ts';

/** Share of its gap to full skills that household h (in the city) closes per tick now. */
export function learningRate(s: CityState, courses: Float32Array, h: number): number {
  const b = s.params.behaviour;
  const { hh } = s;
  if (hh.status[h] !== HOUSED) return b.skillLearning;
  const rate =
    b.skillLearning * (1 + b.contactLearning * (1 - ownShareAround(s, h)) + courses[hh.quarter[h]!]!);
  return Math.min(rate, 1);
}

/** Skills household h gains per tick now (0 at full command). */
export function skillGain(s: CityState, courses: Float32Array, h: number): number {
  const gap = 1 - s.hh.skill[h]!;
  return gap > 0 ? learningRate(s, courses, h) * gap : 0;
}

export function learnSkills(s: CityState, support: QuarterSupport): void {
  const { hh } = s;
  if (s.params.behaviour.skillLearning === 0) return;
  const courses = support.courses;
  for (let h = 0; h < hh.highWater; h++) {
    const skill = hh.skill[h]!;
    if (skill >= 1) continue;
    const status = hh.status[h]!;
    if (status !== HOUSED && status !== UNHOUSED) continue;
    const next = skill + learningRate(s, courses, h) * (1 - skill);
    hh.skill[h] = Math.min(next, 1);
  }
}
