import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../sim/params/validate.ts';
import { resolveScenario } from '../../sim/scenario/resolve.ts';
import { groupsWith } from './helpers.ts';

function problems(doc: Record<string, unknown>): string[] {
  const r = resolveScenario({ mode: 'city', ...doc });
  return r.ok ? [] : r.problems.map(formatProblem);
}

describe('city parameters', () => {
  it('accepts the defaults', () => {
    expect(problems({})).toEqual([]);
  });

  it('refuses group shares that do not sum to 1, naming the sum', () => {
    expect(problems({ households: { groups: groupsWith({ native: { share: 0.5 } }) } })).toEqual([
      'households.groups: [0.5,0.1,0.12,0.06]: group shares summing to 1 (they sum to 0.78)',
    ]);
  });

  it('refuses duplicate or malformed group names', () => {
    const groups = groupsWith({ eu: { name: 'native' }, refugee: { name: 'new arrivals' } });
    expect(problems({ households: { groups } })).toEqual([
      'households.groups[1].name: "native": a unique name of letters, digits, - and _, starting with a letter',
      'households.groups[3].name: "new arrivals": a unique name of letters, digits, - and _, starting with a letter',
    ]);
  });

  it('refuses native groups that are not origin groups of the city, before any model is built', () => {
    expect(problems({ outcomes: { nativeGroups: 'native,locals' } })).toEqual([
      'outcomes.nativeGroups: "native,locals": comma-separated names among the origin groups native, eu, established, refugee ("locals" is not one)',
    ]);
    const renamed = groupsWith({ native: { name: 'locals' } });
    expect(problems({ households: { groups: renamed } })[0]).toMatch(/^outcomes\.nativeGroups: "native": /);
    expect(problems({ households: { groups: renamed }, outcomes: { nativeGroups: 'locals' } })).toEqual([]);
  });

  it('refuses education and milieu shares that do not sum to 1', () => {
    expect(problems({ households: { groups: groupsWith({ eu: { education: [0.5, 0.5, 0.5] } }) } })).toEqual([
      'households.groups[1].education: [0.5,0.5,0.5]: shares summing to 1 (they sum to 1.5)',
    ]);
  });

  it('refuses housing types whose shares do not sum to 1', () => {
    expect(problems({ city: { types: { suburb: { share: 0.5 } } } })).toEqual([
      'city.types.oldTown.share: 0.25: shares of the housing types summing to 1 (they sum to 1.2)',
    ]);
  });

  it('refuses social plus owner shares of a housing type above 1', () => {
    expect(problems({ city: { types: { estate: { ownerShare: 0.9 } } } })).toEqual([
      'city.types.estate.ownerShare: 0.9: at most 0.8 (socialShare + ownerShare <= 1)',
    ]);
  });

  it('refuses values out of range and of the wrong kind, one line each', () => {
    expect(
      problems({
        city: { dwellings: 10 },
        behaviour: { choice: 'random', logitScale: Number.NaN, sampleSize: 2.5 },
      }),
    ).toEqual([
      'city.dwellings: 10: a whole number from 500 to 2000000 (dwellings)',
      'behaviour.sampleSize: 2.5: a whole number from 1 to 200 (vacancies)',
      'behaviour.choice: "random": one of "logit", "threshold"',
      'behaviour.logitScale: NaN: a number from 0 to 100 (1/utility)',
    ]);
  });

  // Projected month by month: native 13,968 at the start, 600 arriving a month, leaving at 0.0034 plus
  // the region's 0.00084 (0.00099 for its mix of household types x 0.85 above the low band): about
  // 141,500 + (13,968 - 141,500) e^(-0.00424 x 120) = 64,823; the other groups 6,184 in the city and
  // 279 in the pool abroad (mostly eu: half intend to return, 0.6 of them come back after 18 months).
  it('refuses arrivals the city cannot hold, before the run', () => {
    expect(
      problems({ ticks: 120, households: { groups: groupsWith({ native: { arrivals: 30 } }) } }),
    ).toEqual([
      'households.groups: "71,285 households (279 abroad) after 120 ticks": arrivals and leave rates that keep households in the city and abroad within 1.2 x the 20,000 dwellings (lower arrivals or raise leaveRate)',
    ]);
  });

  it('refuses leave rates that would empty the city, before the run', () => {
    const leave = { leaveRate: 0.1 };
    expect(
      problems({
        ticks: 60,
        households: { groups: groupsWith({ native: leave, eu: leave, established: leave, refugee: leave }) },
      }),
    ).toEqual([
      'households.groups: "about 975 households in the city after 60 ticks": arrivals and leave rates that do not empty the city (at least 0.25 households per dwelling; raise arrivals or lower leaveRate)',
    ]);
  });

  it('refuses city sections in a classic scenario', () => {
    const r = resolveScenario({ mode: 'classic', behaviour: { moveRate: 0.1 } });
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([
      'behaviour: {"moveRate":0.1}: only in mode "city"; this scenario\'s mode is "classic"',
    ]);
  });
});
