/**
 * Every lever kiez knows, in the order the scenario's `type` lists them. Adding a lever is its own
 * file (fields, meaning, policy class and a `lever({...})` descriptor) plus one line here and its
 * German text (`ui/i18n/params-de-policies.ts`, `ui/i18n/param-labels.ts`); the schema, the docs,
 * the form, validation and `buildPolicy` follow from this list.
 */
import { antiDiscriminationLever } from './anti-discrimination.ts';
import { arrivalSupportLever } from './arrival-support.ts';
import { asylumLever } from './asylum.ts';
import { capLever } from './cap.ts';
import { catchmentEnforcementLever } from './catchment-enforcement.ts';
import { imageCampaignLever } from './image-campaign.ts';
import type { Lever } from './lever.ts';
import { ownershipSubsidyLever } from './ownership-subsidy.ts';
import { schoolInvestmentLever } from './school-investment.ts';
import { socialHousingLever } from './social-housing.ts';

export const LEVERS = [
  capLever,
  socialHousingLever,
  arrivalSupportLever,
  antiDiscriminationLever,
  schoolInvestmentLever,
  catchmentEnforcementLever,
  imageCampaignLever,
  ownershipSubsidyLever,
  asylumLever,
] as const;

export type LeverType = (typeof LEVERS)[number]['type'];

/** The descriptor of a lever type (the type is validated before this is asked). */
export function leverOf(type: string): Lever {
  const found = LEVERS.find((l) => l.type === type);
  if (!found) throw new Error(`no lever of type "${type}"`);
  return found as unknown as Lever;
}
