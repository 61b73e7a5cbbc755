/**
 * Problems a built model finds, reported with those of the declaration. A few measure names (scales,
 * dimensions) can only be checked against the model, and a model is built only from a valid
 * scenario: without this, `"indices": "D,Q"` hid a bad `"scales"` until the first was fixed. When
 * every problem lies in the `measures` section, the scenario is resolved once more without the
 * fields at fault and its model (or a smaller replica of it) is built to find the rest.
 */
import type { Problem } from '../sim/params/spec.ts';
import { type ResolveOptions, resolveScenario, ScenarioError } from '../sim/scenario/resolve.ts';
import { createSimulation } from '../sim/simulation.ts';
import { replicaOf } from './replica.ts';

function isObject(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === 'object' && !Array.isArray(x);
}

export function laterProblems(
  value: unknown,
  found: readonly Problem[],
  options: ResolveOptions = {},
): Problem[] {
  if (found.length === 0 || !found.every((p) => p.path.startsWith('measures.'))) return [];
  if (!isObject(value) || !isObject(value['measures'])) return [];
  const faulty = new Set(found.map((p) => p.path.slice('measures.'.length).split(/[.[ ]/)[0]));
  const measures = Object.fromEntries(Object.entries(value['measures']).filter(([k]) => !faulty.has(k)));
  const r = resolveScenario({ ...value, measures }, options);
  if (!r.ok) return [];
  try {
    createSimulation(replicaOf(r.scenario) ?? r.scenario);
  } catch (e) {
    if (e instanceof ScenarioError) return e.problems.filter((p) => !found.some((f) => f.path === p.path));
    // A model that cannot be built for another reason says nothing about the names: left to `kiez run`.
  }
  return [];
}
