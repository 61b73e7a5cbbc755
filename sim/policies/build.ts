/** From the scenario's `policies` list to the policy objects the city model calls (each lever's descriptor builds its own). */
import type { CityPolicy } from '../city/policy-hooks.ts';
import type { Scenario } from '../scenario/spec.ts';
import { HOUSING_TYPES } from '../city/params-city.ts';
import type { LeverContext, LeverScenario } from './lever.ts';
import { leverOf } from './levers.ts';
import type { PolicyValue } from './params.ts';
import { GeneratedStock } from './social-housing.ts';

type ScenarioPart = Pick<Scenario, 'households' | 'outcomes' | 'city'>;

/** What a lever's rules and constructor read from the rest of the scenario. */
export function leverScenario(s: ScenarioPart): LeverScenario {
  return {
    groupNames: s.households.groups.map((g) => g.name),
    nativeGroups: s.outcomes.nativeGroups,
    housingTypes: HOUSING_TYPES.filter((t) => s.city.types[t].share > 0),
  };
}

function contextOf(s: ScenarioPart, stock: GeneratedStock): LeverContext {
  return { ...leverScenario(s), stock };
}

/** A fresh policy object per lever (policies keep per-run scratch, so never share them between runs). */
export function buildPolicy(
  p: PolicyValue,
  s: ScenarioPart,
  stock: GeneratedStock = new GeneratedStock(),
): CityPolicy {
  return leverOf(p.type).build(p as never, contextOf(s, stock));
}

export function cityPolicies(
  s: Pick<Scenario, 'policies' | 'households' | 'outcomes' | 'city'>,
): CityPolicy[] {
  const stock = new GeneratedStock();
  return s.policies.map((p) => buildPolicy(p, s, stock));
}
