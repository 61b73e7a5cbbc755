/**
 * The scenario section `policies` (city mode): a list of levers, each `{"type": ..., start, end,
 * strength, ...its own parameters}`, declared from the levers' descriptors (`levers.ts`).
 */
import { type Problem, type ValueOf, variants } from '../params/spec.ts';
import type { LeverFields, LeverScenario } from './lever.ts';
import { LEVERS, leverOf } from './levers.ts';

export const MAX_POLICIES = 32;

type Levers = typeof LEVERS;

export const policiesSpec = variants({
  maxItems: MAX_POLICIES,
  meaning:
    'Policy levers, each switched on at its start tick (and off at its end tick, if any) with a strength; several may act at once.',
  variants: Object.fromEntries(LEVERS.map((l) => [l.type, l.fields])) as LeverFields<Levers>,
  variantMeanings: Object.fromEntries(LEVERS.map((l) => [l.type, l.meaning])) as {
    [K in keyof LeverFields<Levers>]: string;
  },
});

export type PolicyValue = ValueOf<typeof policiesSpec>[number];

/** Rules that need the rest of the scenario: end after start (every lever), then each lever's own. */
export function policyProblems(policies: readonly PolicyValue[], scenario: LeverScenario): Problem[] {
  const problems: Problem[] = [];
  policies.forEach((p, i) => {
    if (p.end !== 0 && p.end <= p.start) {
      problems.push({
        path: `policies[${i}].end`,
        value: p.end,
        allowed: `0 (never) or a tick after start (${p.start})`,
      });
    }
    const own = leverOf(p.type).problems?.(p as never, scenario) ?? [];
    for (const q of own) problems.push({ ...q, path: `policies[${i}].${q.path}` });
  });
  return problems;
}
