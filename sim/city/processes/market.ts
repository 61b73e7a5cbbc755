/**
 * Quarters respond to demand and composition once per tick. Private rents and owner-occupied
 * prices adjust, each in its own segment of each quarter, to the gap between the segment's vacancy
 * and its natural vacancy rate (Rosen & Smith 1983: where few dwellings stand empty, demand exceeds
 * supply and prices rise; where many do, they fall), on top of a general trend of rents and prices
 * against incomes. Social rents stay fixed (the waiting list rations them). Images drift toward
 * what the quarter's status suggests against the city (plus any campaign); schools drift toward
 * what the share of low incomes suggests (plus any investment). O(quarters).
 */
import { exp, log } from '../../math/portable.ts';
import { OWNER, PRIVATE } from '../generate.ts';
import { SEGMENTS, type CityState } from '../state.ts';

const RENT_INDEX_MIN = 0.2;
const RENT_INDEX_MAX = 10;
const clamp01 = (x: number) => (x < 0 ? 0 : Math.min(x, 1));

/** The index of one segment of one quarter after a tick: vacancy gap and trend. */
function adjusted(
  index: number,
  dwellings: number,
  vacant: number,
  target: number,
  speed: number,
  trend: number,
): number {
  let next = index * trend;
  if (dwellings > 0) {
    const gap = (target - vacant / dwellings) / target;
    next *= 1 + speed * (gap < -1 ? -1 : Math.min(gap, 1));
  }
  return next < RENT_INDEX_MIN ? RENT_INDEX_MIN : Math.min(next, RENT_INDEX_MAX);
}

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
  const trend = exp(log(1 + b.rentTrend) / 12);
  const dw = s.quarterSegmentDwellings;
  const vac = s.quarterSegmentVacant;
  for (let q = 0; q < Q; q++) {
    const pr = q * SEGMENTS + PRIVATE;
    const ow = q * SEGMENTS + OWNER;
    s.rentIndex[q] = adjusted(s.rentIndex[q]!, dw[pr]!, vac[pr]!, b.targetVacancy, b.rentSpeed, trend);
    s.priceIndex[q] = adjusted(
      s.priceIndex[q]!,
      dw[ow]!,
      vac[ow]!,
      b.ownerTargetVacancy,
      b.priceSpeed,
      trend,
    );
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
