/** From the scenario's `policies` list to the policy objects the city model calls. */
import type { CityPolicy } from '../city/policy-hooks.ts';
import type { Scenario } from '../scenario/spec.ts';
import { AntiDiscriminationPolicy } from './anti-discrimination.ts';
import { ArrivalSupportPolicy } from './arrival-support.ts';
import { AsylumPolicy } from './asylum.ts';
import { CapPolicy } from './cap.ts';
import { CatchmentEnforcementPolicy } from './catchment-enforcement.ts';
import { groupMask } from './groups.ts';
import { ImageCampaignPolicy } from './image-campaign.ts';
import { OwnershipSubsidyPolicy } from './ownership-subsidy.ts';
import type { PolicyValue } from './params.ts';
import { SchoolInvestmentPolicy } from './school-investment.ts';
import { GeneratedStock, SocialHousingPolicy } from './social-housing.ts';

/** A fresh policy object per lever (policies keep per-run scratch, so never share them between runs). */
export function buildPolicy(
  p: PolicyValue,
  s: Pick<Scenario, 'households' | 'outcomes'>,
  stock: GeneratedStock = new GeneratedStock(),
): CityPolicy {
  switch (p.type) {
    case 'cap': {
      const names = s.households.groups.map((g) => g.name);
      return new CapPolicy(p, groupMask(p.groups, names, s.outcomes.nativeGroups));
    }
    case 'socialHousing':
      return new SocialHousingPolicy(p, stock);
    case 'arrivalSupport':
      return new ArrivalSupportPolicy(p);
    case 'antiDiscrimination':
      return new AntiDiscriminationPolicy(p);
    case 'schoolInvestment':
      return new SchoolInvestmentPolicy(p);
    case 'catchmentEnforcement':
      return new CatchmentEnforcementPolicy(p);
    case 'imageCampaign':
      return new ImageCampaignPolicy(p);
    case 'ownershipSubsidy':
      return new OwnershipSubsidyPolicy(p);
    case 'asylum':
      return new AsylumPolicy(p);
  }
}

export function cityPolicies(s: Pick<Scenario, 'policies' | 'households' | 'outcomes'>): CityPolicy[] {
  const stock = new GeneratedStock();
  return s.policies.map((p) => buildPolicy(p, s, stock));
}
