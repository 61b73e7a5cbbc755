/**
 * Quarters' images, once per tick. The image moves toward `quarterImage0 + imageStatusWeight x
 * (status - the city's) + imageSchoolWeight x (school quality - the city's mean school) + campaign`,
 * closing `imageSpeed` of the gap a tick (status: share of high minus low incomes; the campaign
 * from QuarterSupport). Every household weighs the image when it chooses (choice.ts), so a better
 * image draws demand: the quarter's vacancies fill, and the market raises its rents (market.ts,
 * the vacancy gap, which runs before this). Landlords and sellers also price the reputation itself:
 * a quarter's rent and price indices change by `imageCapitalisation` x its image's change (in a
 * tight market, where every quarter's vacancy gap already drives rents up at `rentSpeed`, this is
 * the channel through which an image shows in rents). The rise displaces those who can no longer
 * pay (displacements.rentRise): the gentrification risk of upgrading and image campaigns. A weaker
 * school lowers the image, and so rents, the same way. No randomness; O(quarters).
 */
import type { CityState } from '../state.ts';
import { RENT_INDEX_MAX, RENT_INDEX_MIN } from './market.ts';
import type { QuarterSupport } from './support.ts';

const clamp01 = (x: number) => (x < 0 ? 0 : Math.min(x, 1));
const clampIndex = (x: number) => (x < RENT_INDEX_MIN ? RENT_INDEX_MIN : Math.min(x, RENT_INDEX_MAX));

export function updateImages(s: CityState, support: QuarterSupport): void {
  const b = s.params.behaviour;
  const { quarterCounts: qc, layout } = s;
  const Q = layout.quarters.units;
  let housed = 0;
  let statusSum = 0;
  let schoolSum = 0;
  for (let q = 0; q < Q; q++) {
    const n = qc.total[q]!;
    housed += n;
    statusSum += qc.status(q) * n;
    schoolSum += s.school[q]! * n;
  }
  if (housed === 0) return;
  const cityStatus = statusSum / housed;
  const citySchool = schoolSum / housed;
  const campaign = support.imageCampaign;
  for (let q = 0; q < Q; q++) {
    if (qc.total[q]! === 0) continue;
    const target = clamp01(
      layout.quarterImage0[q]! +
        b.imageStatusWeight * (qc.status(q) - cityStatus) +
        b.imageSchoolWeight * (s.school[q]! - citySchool) +
        campaign[q]!,
    );
    const change = b.imageSpeed * (target - s.image[q]!);
    s.image[q] = s.image[q]! + change;
    if (b.imageCapitalisation !== 0 && change !== 0) {
      const f = 1 + b.imageCapitalisation * change;
      s.rentIndex[q] = clampIndex(s.rentIndex[q]! * f);
      s.priceIndex[q] = clampIndex(s.priceIndex[q]! * f);
    }
  }
}
