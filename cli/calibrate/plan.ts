/**
 * From a calibration file to a plan, every check before any run: the document, the base scenario
 * (reached as a sweep reaches its base), each parameter path and range against the declaration,
 * every starting point and both ends of each range resolved as a scenario, and each target measure
 * and tick against the model built once. Also the run numbering: the run of replicate r at the
 * e-th point evaluated from start s, its seed (common random numbers) and its job.
 */
import { resolve } from 'node:path';
import { withValues } from '../../sim/batch/grid.ts';
import type { RunJob } from '../../sim/batch/run.ts';
import type { FreeParameter } from '../../sim/calibrate/procedure.ts';
import {
  type Calibration,
  checkParameters,
  lastTargetTick,
  targetTicks,
  validateCalibration,
} from '../../sim/calibrate/spec.ts';
import { Digest } from '../../sim/digest.ts';
import { INDEX_IDS } from '../../sim/measures/registry.ts';
import type { Problem } from '../../sim/params/spec.ts';
import { didYouMean } from '../../sim/params/suggest.ts';
import { formatProblem } from '../../sim/params/validate.ts';
import { deriveSeed } from '../../sim/rng.ts';
import { resolveScenario, ScenarioError, scenarioForOutput } from '../../sim/scenario/resolve.ts';
import type { Scenario } from '../../sim/scenario/spec.ts';
import { createSimulation } from '../../sim/simulation.ts';
import { KIEZ_VERSION } from '../../sim/version.ts';
import { type ExtendsOptions, fileLoaderFor, readDocument } from '../files.ts';
import type { CityFileText } from '../../sim/city/real/city-file.ts';
import { withCityFile } from '../city-file.ts';
import { UsageError } from '../errors.ts';
import { replicaOf } from '../replica.ts';
import type { ExpectedRun } from '../batch/store.ts';

export interface CalibrationPlan {
  readonly calibration: Calibration;
  readonly parameters: readonly FreeParameter[];
  /** The base scenario as a document, its ticks cut to the last tick a target needs. */
  readonly baseDoc: Record<string, unknown>;
  readonly base: Scenario;
  /** Ticks each run records (the targets' ticks; the last is always recorded). */
  readonly at: readonly number[];
  /** Points per start the numbering reserves: the search's budget, the fit and the Jacobian. */
  readonly block: number;
  readonly fingerprint: string;
  /** The city file the base names (city.source), read once and handed to every run. */
  readonly cityFile?: CityFileText;
}

const OUTCOME_PREFIXES = ['disadvantage', 'springboard', 'typology'];

export function loadCalibrationFile(path: string, options: ExtendsOptions = {}): CalibrationPlan {
  const doc = readDocument(path);
  if ('problem' in doc) throw UsageError.fromProblems([doc.problem], path);
  const { calibration, problems } = validateCalibration(doc.value);
  const bare = calibration.base ? loadBase(calibration.base, path, problems, options) : undefined;
  if (!bare) throw UsageError.fromProblems(problems, path);
  const loaded = withCityFile(bare, path);
  const { cityFile } = loaded as { cityFile?: CityFileText };
  const last = lastTargetTick(calibration.targets);
  // Runs end at the last tick a target needs: later ticks would change no moment.
  const baseDoc = { ...scenarioForOutput(loaded), ticks: last };
  const parameters = checkParameters(calibration, baseDoc, problems);
  // Every problem of the file at once: its own, its parameters', its targets'.
  const lines = [
    ...problems.map((p) => `${path}: ${formatProblem(p)}`),
    ...targetProblems(calibration, { ...loaded, ticks: last }, path),
  ];
  if (lines.length > 0) throw new UsageError(lines);
  checkPoints(calibration, parameters, baseDoc, path);
  const base = scenarioAt(
    { parameters, baseDoc, ...(cityFile ? { cityFile } : {}) },
    calibration.parameters.map((p) => p.starts[0]!),
  );
  const { name: _n, description: _d, ...definition } = calibration;
  const fingerprint = new Digest()
    .text(JSON.stringify({ kiez: KIEZ_VERSION, calibration: definition, base: baseDoc }))
    .hex();
  return {
    calibration,
    parameters,
    baseDoc,
    base,
    at: targetTicks(calibration.targets),
    block: calibration.method.maxEvaluations + 2 * parameters.length + 1,
    fingerprint,
    ...(cityFile ? { cityFile } : {}),
  };
}

/** The base, reached as `extends` and a sweep's base are (the same confinement and messages). */
function loadBase(
  ref: string,
  from: string,
  problems: Problem[],
  options: ExtendsOptions,
): Scenario | undefined {
  const r = resolveScenario({ extends: ref }, { source: resolve(from), load: fileLoaderFor(options) });
  if (r.ok) return r.scenario;
  for (const p of r.problems) {
    const at =
      p.path === 'extends'
        ? 'base'
        : p.path.startsWith('extends (')
          ? `base${p.path.slice(7)}`
          : `base (${ref}) ${p.path}`;
    problems.push({ ...p, path: at });
  }
  return undefined;
}

const axesOf = (parameters: readonly FreeParameter[]) =>
  parameters.map((p) => ({ path: p.path, values: [] }));

/** The resolved scenario at parameter values `theta` (checked by checkPoints before any run). */
export function scenarioAt(
  plan: Pick<CalibrationPlan, 'parameters' | 'baseDoc' | 'cityFile'>,
  theta: readonly number[],
): Scenario {
  const r = resolveScenario(withValues(plan.baseDoc, axesOf(plan.parameters), theta));
  if (!r.ok)
    throw new UsageError(
      r.problems.map((p) => `at ${describeTheta(plan.parameters, theta)}: ${formatProblem(p)}`),
    );
  return plan.cityFile ? ({ ...r.scenario, cityFile: plan.cityFile } as Scenario) : r.scenario;
}

export function describeTheta(parameters: readonly FreeParameter[], theta: readonly number[]): string {
  return parameters.map((p, i) => `${p.path}=${theta[i]}`).join(', ');
}

/** Every start, and each end of each range with the others at the first start, resolves. */
function checkPoints(
  c: Calibration,
  parameters: readonly FreeParameter[],
  doc: Record<string, unknown>,
  path: string,
) {
  const points: number[][] = [];
  for (let s = 0; s < c.starts; s++) points.push(c.parameters.map((p) => p.starts[s]!));
  const first = points[0]!;
  parameters.forEach((p, j) => {
    for (const end of [p.from, p.to]) points.push(first.map((x, i) => (i === j ? end : x)));
  });
  const lines = new Set<string>();
  for (const theta of points) {
    const r = resolveScenario(withValues(doc, axesOf(parameters), theta));
    if (r.ok) continue;
    for (const p of r.problems)
      lines.add(`${path}: parameters: at ${describeTheta(parameters, theta)}: ${formatProblem(p)}`);
  }
  if (lines.size > 0) throw new UsageError([...lines].slice(0, 20));
}

/** Each target names a measure the model reports, at ticks where it computes it: one line per problem. */
function targetProblems(c: Calibration, base: Scenario, path: string): string[] {
  const lines: string[] = [];
  let names: string[];
  try {
    names = Object.keys(createSimulation(replicaOf(base) ?? base, deriveSeed(c.seed, 0)).metrics());
  } catch (e) {
    if (e instanceof ScenarioError) throw UsageError.fromProblems(e.problems, `${path}: base`);
    throw e;
  }
  c.targets.forEach((t, i) => {
    const at = `${path}: targets[${i}].measure`;
    if (!names.includes(t.measure)) {
      lines.push(
        `${at}: ${JSON.stringify(t.measure)}: a measure the model reports${didYouMean(t.measure, names)}; see npx kiez measures`,
      );
      return;
    }
    const prefix = t.measure.split('.')[0]!;
    const every = INDEX_IDS.includes(prefix as never)
      ? base.measures.every
      : OUTCOME_PREFIXES.includes(prefix)
        ? base.mode === 'city'
          ? base.outcomes.every
          : 1
        : 1;
    const section = INDEX_IDS.includes(prefix as never) ? 'measures.every' : 'outcomes.every';
    const needed =
      t.tick !== null
        ? [t.tick]
        : Array.from({ length: t.window![1] - t.window![0] + 1 }, (_, k) => t.window![0] + k);
    const off = every === 0 || needed.some((k) => k % every !== 0);
    if (off) {
      lines.push(
        `${path}: targets[${i}]: ${t.measure} is computed only at ticks divisible by ${section} = ${every} of the base; choose such a tick, or set ${section} to 1 in the base`,
      );
    }
  });
  return lines;
}

/** The run of replicate `replicate` at the `evaluation`-th point from start `start`. */
export function runId(
  plan: Pick<CalibrationPlan, 'block' | 'calibration'>,
  start: number,
  evaluation: number,
  replicate: number,
): number {
  return (start * plan.block + evaluation) * plan.calibration.replicates + replicate;
}

export function jobAt(
  plan: CalibrationPlan,
  start: number,
  evaluation: number,
  replicate: number,
  scenario: Scenario,
): RunJob {
  return {
    run: runId(plan, start, evaluation, replicate),
    point: start * plan.block + evaluation,
    replicate,
    seed: deriveSeed(plan.calibration.seed, replicate),
    scenario,
    every: 0,
    at: plan.at,
  };
}

export function expectedAt(
  plan: CalibrationPlan,
  start: number,
  evaluation: number,
  replicate: number,
): ExpectedRun {
  return {
    run: runId(plan, start, evaluation, replicate),
    point: start * plan.block + evaluation,
    replicate,
    seed: deriveSeed(plan.calibration.seed, replicate),
    ticks: plan.base.ticks,
    every: 0,
    at: plan.at,
  };
}
