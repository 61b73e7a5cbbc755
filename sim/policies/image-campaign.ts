/**
 * Image campaign (neighbourhood branding) after upgrading: the targeted quarters' image tends to a
 * higher level (an input to processes/image.ts). Image weighs in every household's choice and is
 * priced into rents (behaviour.imageCapitalisation), so a better image draws in other groups, raises
 * demand and rents, and pushes out those who can no longer pay (displacements.rentRise).
 */
import type { CityPolicy } from '../city/policy-hooks.ts';
import type { CityState } from '../city/state.ts';
import { num } from '../params/spec.ts';
import { type LeverOptions, lever } from './lever.ts';
import { QuarterTargets, targetFields } from './targets.ts';
import { actsAt, timingFields } from './timing.ts';

export const imageCampaignFields = {
  ...timingFields('Scales the image gain (1 = the full bonus).'),
  ...targetFields('lowestImage', 0.2),
  bonus: num({
    unit: 'image 0-1',
    default: 0.25,
    min: 0,
    max: 1,
    step: 0.05,
    meaning: 'Added to the image a targeted quarter tends to.',
  }),
} as const;

export type ImageCampaignOptions = LeverOptions<typeof imageCampaignFields>;

export class ImageCampaignPolicy implements CityPolicy {
  readonly name = 'imageCampaign';
  readonly reasons = [] as const;
  private readonly targets: QuarterTargets;

  constructor(private readonly o: ImageCampaignOptions) {
    this.targets = new QuarterTargets(o.target, o.targetShare);
  }

  imageBonus(s: CityState, q: number): number {
    return actsAt(this.o, s.tick) && this.targets.of(s.layout)[q] === 1 ? this.o.strength * this.o.bonus : 0;
  }
}

export const imageCampaignLever = lever({
  type: 'imageCampaign',
  meaning:
    "Image campaign (neighbourhood branding) after upgrading: the targeted quarters' image tends higher.",
  fields: imageCampaignFields,
  build: (o) => new ImageCampaignPolicy(o),
});
