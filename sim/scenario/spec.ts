/**
 * The scenario document: metadata, the mode, and one section per part of the model. Each section's
 * parameters are declared beside the code that uses them; this file only assembles them.
 */
import { MAX_SEED, MAX_TICKS } from '../params/limits.ts';
import { classicSpec } from '../classic/params.ts';
import { cityScenarioProblems } from '../city/params.ts';
import { behaviourSpec } from '../city/params-behaviour.ts';
import { cityLayoutSpec } from '../city/params-city.ts';
import { householdsSpec } from '../city/params-households.ts';
import { outcomesSpec } from '../measures/outcome-params.ts';
import { listOf, measuresSpec } from '../measures/params.ts';
import { choice, int, type Problem, record, str, type Values } from '../params/spec.ts';
import { leverScenario } from '../policies/build.ts';
import { policiesSpec, policyProblems } from '../policies/params.ts';

export const scenarioFields = {
  name: str({ default: 'untitled', maxLength: 200, meaning: 'Short name of the scenario.' }),
  description: str({ default: '', maxLength: 10_000, meaning: 'What the scenario shows, in plain words.' }),
  mode: choice({
    options: ['classic', 'city'],
    default: 'classic',
    meaning:
      '"classic" = Schelling model on a grid (teaching, validation); "city" = multidimensional household model.',
  }),
  seed: int({
    unit: 'seed',
    default: 1,
    min: 0,
    max: MAX_SEED,
    meaning: 'Seed of the run; the same scenario and seed give the same numbers bit for bit.',
  }),
  ticks: int({
    unit: 'ticks',
    default: 100,
    min: 0,
    max: MAX_TICKS,
    meaning: 'Number of ticks to run (a run may stop earlier when a model says it has settled).',
  }),
  classic: classicSpec,
  city: cityLayoutSpec,
  households: householdsSpec,
  behaviour: behaviourSpec,
  measures: measuresSpec,
  outcomes: outcomesSpec,
  policies: policiesSpec,
} as const;

/** Which sections belong to which mode; a section of another mode is refused. */
export const sectionModes: Record<string, readonly string[]> = {
  classic: ['classic'],
  city: ['city'],
  households: ['city'],
  behaviour: ['city'],
  outcomes: ['city'],
  policies: ['city'],
};

export const scenarioSpec = record({
  fields: scenarioFields,
  meaning: 'A kiez scenario.',
});

/**
 * A resolved scenario: every parameter present. Sections of the other mode hold their defaults and
 * are left out when the scenario is written (see `scenarioForOutput`).
 */
export type Scenario = Values<typeof scenarioFields>;

export function modeProblems(input: Record<string, unknown>, mode: string): Problem[] {
  const problems: Problem[] = [];
  for (const [section, modes] of Object.entries(sectionModes)) {
    if (Object.hasOwn(input, section) && !modes.includes(mode)) {
      problems.push({
        path: section,
        value: input[section],
        allowed: `only in mode ${modes.map((m) => `"${m}"`).join(' or ')}; this scenario's mode is "${mode}"`,
      });
    }
  }
  return problems;
}

/** Rules that need more than one section, checked once every section is valid. */
export function crossSectionProblems(s: Scenario): Problem[] {
  if (s.mode !== 'city') return [];
  const groups = s.households.groups.map((g) => g.name);
  return [
    ...cityScenarioProblems(s, s.ticks),
    ...policyProblems(s.policies, leverScenario(s)),
    ...nativeGroupProblems(s.outcomes.nativeGroups, groups),
  ];
}

/** `outcomes.nativeGroups` names origin groups: each must be one of the city's. */
function nativeGroupProblems(nativeGroups: string, groups: readonly string[]): Problem[] {
  const unknown = listOf(nativeGroups).filter((n) => !groups.includes(n));
  if (unknown.length === 0) return [];
  return [
    {
      path: 'outcomes.nativeGroups',
      value: nativeGroups,
      allowed: `comma-separated names among the origin groups ${groups.join(', ')} ("${unknown[0]}" is not one)`,
    },
  ];
}
