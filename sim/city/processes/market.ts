/**
 * Quarters respond to demand and composition once per tick. Rents (private and owner segments) rise
 * where vacancy is below the target and fall where it is above. Images drift toward what the
 * quarter's status suggests against the city (plus any campaign); schools drift toward what the
 * share of low incomes suggests (plus any investment). O(quarters).
 */
import type { CityState } from '../state.ts';

const RENT_INDEX_MIN = 0.2;
const RENT_INDEX_MAX = 10;
const clamp01 = (x: number) => (x < 0 ? 0 : Math.min(x, 1));

export function adjustQuarters(s: CityState): void {
  const b = s.params.behaviour;
  const { quarterCounts: qc, layout } = s;
  const Q = layout.quarters.units;
  let housed = 0;
  let statusSum = 0;
  let lowSum = 0;
  for (let q = 0; q < Q; q++) {
    const n = qc.total[q]!;
    housed += n;
    statusSum += qc.status(q) * n;
    lowSum += qc.lowShare(q) * n;
  }
  const cityStatus = housed > 0 ? statusSum / housed : 0;
  const cityLow = housed > 0 ? lowSum / housed : 0;
  for (let q = 0; q < Q; q++) {
    const dwellings = s.quarterDwellings[q]!;
    if (dwellings > 0) {
      const gap = (b.targetVacancy - s.quarterVacant[q]! / dwellings) / b.targetVacancy;
      const change = b.rentSpeed * (gap < -1 ? -1 : Math.min(gap, 1));
      const next = s.rentIndex[q]! * (1 + change);
      s.rentIndex[q] = next < RENT_INDEX_MIN ? RENT_INDEX_MIN : Math.min(next, RENT_INDEX_MAX);
    }
    let imageBonus = 0;
    let schoolBonus = 0;
    for (const p of s.policies) {
      if (p.imageBonus) imageBonus += p.imageBonus(s, q);
      if (p.schoolBonus) schoolBonus += p.schoolBonus(s, q);
    }
    if (qc.total[q]! > 0) {
      const imageTarget = clamp01(
        layout.quarterImage0[q]! + b.imageStatusWeight * (qc.status(q) - cityStatus) + imageBonus,
      );
      s.image[q] = s.image[q]! + b.imageSpeed * (imageTarget - s.image[q]!);
      const schoolTarget = clamp01(
        layout.quarterSchool0[q]! - b.schoolCompositionWeight * (qc.lowShare(q) - cityLow) + schoolBonus,
      );
      s.school[q] = s.school[q]! + b.schoolSpeed * (schoolTarget - s.school[q]!);
    }
  }
}
