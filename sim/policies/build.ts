/** From the scenario's `policies` list to the policy objects the city model calls (each lever's descriptor builds its own). */
import type { CityPolicy } from '../city/policy-hooks.ts';
import type { Scenario } from '../scenario/spec.ts';
import type { LeverContext } from './lever.ts';
import { leverOf } from './levers.ts';
import type { PolicyValue } from './params.ts';
import { GeneratedStock } from './social-housing.ts';

type ScenarioPart = Pick<Scenario, 'households' | 'outcomes'>;

function contextOf(s: ScenarioPart, stock: GeneratedStock): LeverContext {
  return { groupNames: s.households.groups.map((g) => g.name), nativeGroups: s.outcomes.nativeGroups, stock };
}

/** A fresh policy object per lever (policies keep per-run scratch, so never share them between runs). */
export function buildPolicy(
  p: PolicyValue,
  s: ScenarioPart,
  stock: GeneratedStock = new GeneratedStock(),
): CityPolicy {
  return leverOf(p.type).build(p as never, contextOf(s, stock));
}

export function cityPolicies(s: Pick<Scenario, 'policies' | 'households' | 'outcomes'>): CityPolicy[] {
  const stock = new GeneratedStock();
  return s.policies.map((p) => buildPolicy(p, s, stock));
}
