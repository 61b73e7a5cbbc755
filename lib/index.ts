/**
 * The package entry for Node (`import { createSimulation, loadScenarioFile } from 'kiez'`): the pure
 * library of `sim/index.ts`, and the one thing that needs a file system: loading a scenario file
 * with its `extends` chain (presets by bare name, relative files inside the file's own folder).
 */
import { resolveScenarioFile } from '../cli/files.ts';
import { ScenarioError } from '../sim/scenario/resolve.ts';
import type { Scenario } from '../sim/scenario/spec.ts';

export * from '../sim/index.ts';

export interface LoadOptions {
  /** Fields merged over the file's top level before it is resolved (e.g. `{ ticks: 60, seed: 3 }`). */
  readonly overrides?: Record<string, unknown>;
  /** Folders whose scenarios any scenario may extend, besides the file's own folder and the presets. */
  readonly allowExtends?: readonly string[];
}

/**
 * Read, resolve and validate a scenario file, following `extends` as `kiez run` does; `path` may be
 * a shipped preset's bare name (`"baseline"`). Throws a ScenarioError listing every problem.
 */
export function loadScenarioFile(path: string, options: LoadOptions = {}): Scenario {
  const r = resolveScenarioFile(path, options.overrides ?? {}, { allow: options.allowExtends ?? [] });
  if (!r.ok) throw new ScenarioError(r.problems, path);
  return r.scenario;
}
