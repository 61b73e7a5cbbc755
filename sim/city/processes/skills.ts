/**
 * Language and skills acquired over time, once per tick for every household in the city below full
 * command (skill < 1): the gap to 1 closes by `skillLearning` x (1 + `contactLearning` x share of
 * other groups among the households of its block + the courses offered in its quarter). Unhoused
 * households learn at the base rate (no neighbours, no course place). The income process reads the
 * same rate (`skillGain`): skills gained turn into better jobs. No randomness; O(households), with
 * the arrays read through locals since it visits every slot. The pool abroad keeps its skills.
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

/**
 * Every household's skills after this tick's learning; returns the largest skill gain any household
 * in the city can make in the tick that follows (a bound for the income process's thinning).
 */
export function learnSkills(s: CityState, support: QuarterSupport): number {
  const { hh } = s;
  const b = s.params.behaviour;
  const base = b.skillLearning;
  if (base === 0) return 0;
  const contact = b.contactLearning;
  const courses = support.courses;
  const { skill, status, dwelling, quarter, origin } = hh;
  const G = s.groups;
  const block = s.layout.dwellingBlock;
  const bTotal = s.blockCounts.total;
  const bOrigin = s.blockCounts.origin;
  const qTotal = s.quarterCounts.total;
  const qOrigin = s.quarterCounts.origin;
  let mostCourses = 0;
  for (let q = 0; q < courses.length; q++) mostCourses = Math.max(mostCourses, courses[q]!);
  const mostRate = Math.min(1, base * (1 + contact + mostCourses));
  let mostGap = 0;
  for (let h = 0; h < hh.highWater; h++) {
    const x = skill[h]!;
    if (x >= 1) continue;
    const st = status[h]!;
    let rate = base;
    if (st === HOUSED) {
      // Share of its own group among the other households of its block (else its quarter).
      const u = block[dwelling[h]!]!;
      let own = 0;
      if (bTotal[u]! > 1) own = (bOrigin[u * G + origin[h]!]! - 1) / (bTotal[u]! - 1);
      else {
        const q = quarter[h]!;
        if (qTotal[q]! > 1) own = (qOrigin[q * G + origin[h]!]! - 1) / (qTotal[q]! - 1);
      }
      rate = Math.min(1, base * (1 + contact * (1 - own) + courses[quarter[h]!]!));
    } else if (st !== UNHOUSED) {
      continue;
    }
    const next = Math.min(1, x + rate * (1 - x));
    skill[h] = next;
    // skill[] holds a Float32: read back what was stored.
    const gap = 1 - skill[h]!;
    if (gap > mostGap) mostGap = gap;
  }
  return mostRate * mostGap;
}
