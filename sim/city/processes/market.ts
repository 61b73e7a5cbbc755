/**
 * Quarters respond to demand and composition once per tick. Private rents and owner-occupied
 * prices adjust, each in its own segment of each quarter, to the gap between the segment's vacancy
 * and its natural vacancy rate (Rosen & Smith 1983: where few dwellings stand empty, demand exceeds
 * supply and prices rise; where many do, they fall), on top of a general trend of rents and prices
 * against incomes. Social rents stay fixed (the waiting list rations them). Images and what rents
 * make of them: image.ts; schools: schools.ts. O(quarters).
 */
import { exp, log } from '../../math/portable.ts';
import { OWNER, PRIVATE } from '../generate.ts';
import { SEGMENTS, type CityState } from '../state.ts';

/** Bounds of a quarter's rent and price indices. */
export const RENT_INDEX_MIN = 0.2;
export const RENT_INDEX_MAX = 10;

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
  const Q = s.layout.quarters.units;
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
  }
}
