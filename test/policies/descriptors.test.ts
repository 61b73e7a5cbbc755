/** One descriptor per lever: the policies list, its meanings, validation and building all come from `levers.ts`. */
import { describe, expect, it } from 'vitest';
import { defaultsOf } from '../../sim/params/spec.ts';
import { formatProblem } from '../../sim/params/validate.ts';
import { buildPolicy } from '../../sim/policies/build.ts';
import { LEVERS, leverOf } from '../../sim/policies/levers.ts';
import { policiesSpec } from '../../sim/policies/params.ts';
import { resolveScenario } from '../../sim/scenario/resolve.ts';
import { paramLabels } from '../../ui/i18n/param-labels.ts';
import { policiesDe } from '../../ui/i18n/params-de-policies.ts';

describe('lever descriptors', () => {
  it('the policies list declares exactly the levers of levers.ts, in order, with their fields and meanings', () => {
    expect(Object.keys(policiesSpec.variants)).toEqual(LEVERS.map((l) => l.type));
    for (const l of LEVERS) {
      expect(policiesSpec.variants[l.type]).toBe(l.fields);
      expect(policiesSpec.variantMeanings[l.type]).toBe(l.meaning);
    }
  });

  it("a lever's resolved options are its declared fields' defaults, and its descriptor builds a policy of its type", () => {
    for (const l of LEVERS) {
      const r = resolveScenario({ mode: 'city', policies: [{ type: l.type }] });
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      expect(r.scenario.policies[0]).toEqual({ type: l.type, ...defaultsOf(l.fields) });
      expect(buildPolicy(r.scenario.policies[0]!, r.scenario).name).toBe(l.type);
    }
  });

  it("a lever's own rule reports its path under the lever's index", () => {
    const r = resolveScenario({
      mode: 'city',
      policies: [{ type: 'asylum' }, { type: 'cap', groups: 'refuge' }],
    });
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([
      'policies[1].groups: "refuge": comma-separated origin groups of this city (native, eu, established, refugee); "refuge" is not one',
    ]);
  });

  it('every lever has its German help and its form label', () => {
    for (const l of LEVERS) {
      expect(policiesDe[`policies[type=${l.type}]`], l.type).toBeTruthy();
      expect(paramLabels[`type:${l.type}`], l.type).toBeTruthy();
    }
  });

  it('asking for a lever type nobody declared is an error naming it', () => {
    expect(() => leverOf('teleport')).toThrow('no lever of type "teleport"');
  });
});
