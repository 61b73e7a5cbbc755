/** The `policies` section: validation messages, defaults, and the groups a cap applies to. */
import { describe, expect, it } from 'vitest';
import { groupMask } from '../../sim/policies/groups.ts';
import { formatProblem } from '../../sim/params/validate.ts';
import { resolveScenario } from '../../sim/scenario/resolve.ts';

function problems(doc: Record<string, unknown>): string[] {
  const r = resolveScenario(doc);
  return r.ok ? [] : r.problems.map(formatProblem);
}

describe('policies section', () => {
  it('fills in every default of a lever from its type alone', () => {
    const r = resolveScenario({ mode: 'city', policies: [{ type: 'cap' }] });
    expect(r.ok && r.scenario.policies).toEqual([
      {
        type: 'cap',
        start: 1,
        end: 0,
        strength: 1,
        cap: 0.3,
        unit: 'building',
        socialOnly: true,
        groups: '',
      },
    ]);
  });

  it('names every problem at once, each as path: value: what is allowed', () => {
    expect(
      problems({
        mode: 'city',
        policies: [
          { type: 'cap', cap: 2 },
          { type: 'teleport' },
          { type: 'asylum', strength: -1, placment: 'x' },
        ],
      }),
    ).toEqual([
      'policies[0].cap: 2: a number from 0 to 1 (share)',
      'policies[1].type: "teleport": one of "cap", "socialHousing", "arrivalSupport", "antiDiscrimination", "schoolInvestment", "catchmentEnforcement", "imageCampaign", "ownershipSubsidy", "asylum"',
      'policies[2].placment: "x": no such key (did you mean "placement"?); known keys: start, end, strength, placement, obligationMonths',
      'policies[2].strength: -1: a number from 0 to 1 (share)',
    ]);
  });

  it('refuses an end tick not after the start and a capped group the city does not have', () => {
    expect(
      problems({ mode: 'city', policies: [{ type: 'cap', start: 10, end: 10, groups: 'eu, martians' }] }),
    ).toEqual([
      'policies[0].end: 10: 0 (never) or a tick after start (10)',
      'policies[0].groups: "eu, martians": comma-separated origin groups of this city (native, eu, established, refugee); "martians" is not one',
    ]);
  });

  it('refuses policies in a classic scenario', () => {
    expect(problems({ mode: 'classic', policies: [] })[0]).toMatch(/^policies: .*only in mode "city"/);
  });

  it('a cap applies to the named groups, or to every group not named native', () => {
    const groups = ['native', 'eu', 'established', 'refugee'];
    expect(Array.from(groupMask('', groups, 'native'))).toEqual([0, 1, 1, 1]);
    expect(Array.from(groupMask('refugee', groups, 'native'))).toEqual([0, 0, 0, 1]);
    expect(Array.from(groupMask('', groups, 'native, eu'))).toEqual([0, 0, 1, 1]);
  });
});
