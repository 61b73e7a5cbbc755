/**
 * The scenario section `policies` (city mode): a list of levers, each `{"type": ..., start, end,
 * strength, ...its own parameters}`. Each lever's parameters are declared in its own module.
 */
import { type Problem, type ValueOf, variants } from '../params/spec.ts';
import { antiDiscriminationFields } from './anti-discrimination.ts';
import { arrivalSupportFields } from './arrival-support.ts';
import { asylumFields } from './asylum.ts';
import { capFields } from './cap.ts';
import { catchmentEnforcementFields } from './catchment-enforcement.ts';
import { unknownGroups } from './groups.ts';
import { imageCampaignFields } from './image-campaign.ts';
import { ownershipSubsidyFields } from './ownership-subsidy.ts';
import { schoolInvestmentFields } from './school-investment.ts';
import { socialHousingFields } from './social-housing.ts';

export const MAX_POLICIES = 32;

export const policiesSpec = variants({
  maxItems: MAX_POLICIES,
  meaning:
    'Policy levers, each switched on at its start tick (and off at its end tick, if any) with a strength; several may act at once.',
  variants: {
    cap: capFields,
    socialHousing: socialHousingFields,
    arrivalSupport: arrivalSupportFields,
    antiDiscrimination: antiDiscriminationFields,
    schoolInvestment: schoolInvestmentFields,
    catchmentEnforcement: catchmentEnforcementFields,
    imageCampaign: imageCampaignFields,
    ownershipSubsidy: ownershipSubsidyFields,
    asylum: asylumFields,
  },
  variantMeanings: {
    cap: 'Cap / quota on migrant households per building or quarter (optionally only in social housing): a vacancy is refused (reason "cap") when the move-in would push the share over the cap.',
    socialHousing:
      'Social housing programme: private rental dwellings become social housing, concentrated in one estate, dispersed over the city, or as a required share of new developments.',
    arrivalSupport:
      'Arrival-quarter support: language courses, job counselling, school investment and image work in the arrival quarters (inputs to the skills, income, school and image mechanisms).',
    antiDiscrimination: 'Anti-discrimination enforcement: landlords refuse discriminated groups less often.',
    schoolInvestment: "School investment: the targeted quarters' schools tend to a higher quality.",
    catchmentEnforcement:
      'Catchment enforcement: middle- and high-income households with children avoid a weak catchment school less often (behaviour.schoolAvoidance x (1 - strength)).',
    imageCampaign:
      "Image campaign (neighbourhood branding) after upgrading: the targeted quarters' image tends higher.",
    ownershipSubsidy:
      'Home-ownership subsidy for lower incomes: eased eligibility and price support for owner-occupied dwellings.',
    asylum:
      'Allocation of asylum seekers (random or dispersed by a distribution key) and the length of the residence obligation.',
  },
});

export type PolicyValue = ValueOf<typeof policiesSpec>[number];

/** Rules that need the rest of the scenario: end after start, groups that exist. */
export function policyProblems(policies: readonly PolicyValue[], groupNames: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  policies.forEach((p, i) => {
    if (p.end !== 0 && p.end <= p.start) {
      problems.push({
        path: `policies[${i}].end`,
        value: p.end,
        allowed: `0 (never) or a tick after start (${p.start})`,
      });
    }
    if (p.type === 'cap') {
      const unknown = unknownGroups(p.groups, groupNames);
      if (unknown.length > 0) {
        problems.push({
          path: `policies[${i}].groups`,
          value: p.groups,
          allowed: `comma-separated origin groups of this city (${groupNames.join(', ')}); "${unknown[0]}" is not one`,
        });
      }
    }
  });
  return problems;
}
