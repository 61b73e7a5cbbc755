/**
 * From a sweep file to a plan: the sweep validated, the base scenario resolved, and every point of
 * the grid checked against the declaration, all before any run starts. Every problem is reported at
 * once; a bad value shared by many points is reported once. Point scenarios are resolved when their
 * runs are handed out, so a sweep of a million runs does not hold a million scenarios.
 */
import { resolve } from 'node:path';
import type { RunJob } from '../../sim/batch/run.ts';
import {
  axisGroups,
  pointCount,
  pointValues,
  runCount,
  runPosition,
  runSeed,
  sweepPointCount,
  sweepPointValues,
  withValues,
} from '../../sim/batch/grid.ts';
import { locate } from '../../sim/batch/paths.ts';
import { parseColumns, unmatchedPatterns } from '../../sim/batch/columns.ts';
import { expandColumns } from '../../sim/measures/catalogue.ts';
import {
  type Axis,
  type AxisValue,
  SCENARIO_AXIS,
  type Sweep,
  validateSweep,
} from '../../sim/batch/sweep.ts';
import { Digest } from '../../sim/digest.ts';
import type { Problem } from '../../sim/params/spec.ts';
import { formatProblem, showValue } from '../../sim/params/validate.ts';
import { resolveScenario, ScenarioError, scenarioForOutput } from '../../sim/scenario/resolve.ts';
import type { Scenario } from '../../sim/scenario/spec.ts';
import { createSimulation } from '../../sim/simulation.ts';
import { KIEZ_VERSION } from '../../sim/version.ts';
import type { CityFileText } from '../../sim/city/real/city-file.ts';
import { withCityFile } from '../city-file.ts';
import { UsageError } from '../errors.ts';
import { type Cost, runCost } from '../cost.ts';
import { replicaOf } from '../replica.ts';
import type { ExpectedRun } from './store.ts';
import { type ExtendsOptions, fileLoaderFor, readDocument } from '../files.ts';

/** Most lines of problems printed for the points of a grid. */
const MAX_POINT_PROBLEMS = 20;

export interface Plan {
  readonly sweep: Sweep;
  /** The base scenario as resolved, with the sweep's ticks applied (the first, with a scenario axis). */
  readonly base: Scenario;
  /** The base as a document, onto which each point's values are set. */
  readonly baseDoc: Record<string, unknown>;
  /** With a scenario axis: each base as a document, by the name the axis gives it. */
  readonly baseDocs?: Readonly<Record<string, Record<string, unknown>>>;
  readonly totalRuns: number;
  /** The catalogued columns every run can write (the stable part of the table's header). */
  readonly columns: readonly string[];
  /** Digest of what fixes the numbers: kiez version, sweep definition, base scenario. */
  readonly fingerprint: string;
  /** The city file the base names (city.source), read once and handed to every run. */
  readonly cityFile?: CityFileText;
}

export function loadSweepFile(path: string, options: ExtendsOptions = {}): Plan {
  const doc = readDocument(path);
  if ('problem' in doc) throw UsageError.fromProblems([doc.problem], path);
  return planOf(doc.value, path, options);
}

/** The plan of a sweep document read from `path` (checked whole before any run, see the file's opening). */
export function planOf(value: unknown, path: string, options: ExtendsOptions = {}): Plan {
  const validated = validateSweep(value);
  const problems = [...validated.problems];
  let sweep = validated.sweep;
  const scenarioAxis = sweep.vary.find((a) => a.path === SCENARIO_AXIS);
  const refs = scenarioAxis ? (scenarioAxis.values as string[]) : sweep.base ? [sweep.base] : [];
  const bases: Scenario[] = [];
  for (const ref of refs) {
    const b = loadBase(ref, path, problems, options, scenarioAxis ? `vary.scenario (${ref})` : 'base');
    if (b) bases.push(b);
  }
  if (problems.length > 0 || bases.length !== refs.length || bases.length === 0)
    throw UsageError.fromProblems(problems, path);
  const docs = bases.map((b) => {
    if (sweep.ticks > 0) b.ticks = sweep.ticks;
    return scenarioForOutput(b);
  });
  sweep = checkPaths(sweep, refs, docs, path, scenarioAxis !== undefined);
  const baseDoc = docs[0]!;
  const baseDocs = scenarioAxis ? Object.fromEntries(refs.map((r, i) => [r, docs[i]!])) : undefined;
  checkPoints(sweep, baseDoc, baseDocs, path);
  const partial = { sweep, baseDoc, ...(baseDocs ? { baseDocs } : {}) };
  // A city file is read once, from the first base (a scenario axis over bases naming other city
  // files is refused: every run would need its own).
  const cityFiles = bases.map((b) => (withCityFile(b, path) as { cityFile?: CityFileText }).cityFile);
  const cityFile = cityFiles[0];
  if (cityFiles.some((f) => f !== undefined) && bases.some((b) => b.city.source !== bases[0]!.city.source)) {
    throw new UsageError(
      `${path}: vary.scenario: bases naming different city files (city.source); sweep each city on its own`,
    );
  }
  const plan: Plan = {
    ...partial,
    base: bases[0]!,
    totalRuns: runCount(sweep),
    columns: stableColumns(partial, bases),
    fingerprint: fingerprintOf(sweep, docs),
    ...(cityFile ? { cityFile } : {}),
  };
  const written = preflight(plan, path);
  const unmatched = unmatchedPatterns(parseColumns(sweep.record.columns), [...plan.columns, ...written]);
  if (unmatched.length > 0) throw new UsageError(unmatched.map((u) => `${path}: record.columns: ${u}`));
  return plan;
}

/**
 * Every varied path checked against every base it will be set into, one line per problem, with the
 * nearest parameter suggested; a lever's switch must take true and false. Returns the sweep with
 * each ranged axis told whether its parameter takes whole numbers.
 */
function checkPaths(
  sweep: Sweep,
  refs: readonly string[],
  docs: readonly Record<string, unknown>[],
  path: string,
  several: boolean,
): Sweep {
  const lines: string[] = [];
  const vary = sweep.vary.map((axis) => {
    if (axis.path === SCENARIO_AXIS) return axis;
    let integer = false;
    docs.forEach((doc, b) => {
      const t = locate(axis.path, doc);
      const where = several ? ` (in ${refs[b]})` : '';
      if ('problem' in t) {
        lines.push(`${path}: vary.${axis.path}${where}: ${t.problem}`);
        return;
      }
      if (t.kind === 'switch') {
        if (!axis.values.every((v) => typeof v === 'boolean'))
          lines.push(
            `${path}: vary.${axis.path}: ${showValue(axis.values)}: true (the item as in the base) or false (left out)`,
          );
        if (axis.range)
          lines.push(`${path}: vary.${axis.path}: a switch is a list [true, false], not a range`);
        return;
      }
      // A number, or a list of numbers that also takes one number for all (e.g. classic.threshold).
      const numeric = t.spec.kind === 'number' || (t.spec.kind === 'numbers' && t.spec.scalar === true);
      if (axis.range && !numeric)
        lines.push(
          `${path}: vary.${axis.path}: a ${t.spec.kind} parameter; a sampled design varies numbers only`,
        );
      if ((t.spec.kind === 'number' || t.spec.kind === 'numbers') && t.spec.integer) integer = true;
    });
    return axis.range ? { ...axis, integer } : axis;
  });
  if (lines.length > 0) throw new UsageError([...new Set(lines)].slice(0, MAX_POINT_PROBLEMS));
  return { ...sweep, vary };
}

/**
 * The sweep's base scenario, reached as `extends` is (the same confinement and the same messages):
 * a preset name or a file inside the sweep file's folder, or in a folder allowed by flag.
 */
function loadBase(
  ref: string,
  sweepPath: string,
  problems: Problem[],
  options: ExtendsOptions,
  field: string,
): Scenario | undefined {
  const r = resolveScenario({ extends: ref }, { source: resolve(sweepPath), load: fileLoaderFor(options) });
  if (r.ok) return r.scenario;
  for (const p of r.problems) {
    const path =
      p.path === 'extends'
        ? field
        : p.path.startsWith('extends (')
          ? `${field}${p.path.slice(7)}`
          : `${field} (${ref}) ${p.path}`;
    problems.push({ ...p, path });
  }
  return undefined;
}

/**
 * Check every point of the grid against the declaration before any run: each group of axes that
 * share a section is resolved at each of its combinations (see `axisGroups`), which covers every
 * point without resolving a million scenarios for a million-run sweep.
 */
function checkPoints(sweep: Sweep, doc: Record<string, unknown>, docs: Plan['baseDocs'], path: string): void {
  const seen = new Set<string>();
  const lines: string[] = [];
  let more = 0;
  // Only the classic mode has no rule across sections (crossSectionProblems in sim/scenario/spec.ts).
  const crossSections = doc['mode'] !== 'classic';
  const sampled = sweep.design.method !== 'grid';
  const groups = sampled ? [sweep.vary] : axisGroups(sweep.vary, crossSections);
  for (const axes of groups) {
    const combinations = sampled ? sweepPointCount(sweep) : pointCount(axes);
    for (let c = 0; c < combinations; c++) {
      const values = sampled ? sweepPointValues(sweep, c) : pointValues(axes, c);
      const r = resolveScenario(
        withValues(docAt({ baseDoc: doc, baseDocs: docs }, axes, values), axes, values),
      );
      if (r.ok) continue;
      for (const problem of r.problems) {
        const text = formatProblem(problem);
        if (seen.has(text)) continue;
        if (lines.length >= MAX_POINT_PROBLEMS) {
          more++;
          continue;
        }
        seen.add(text);
        lines.push(`${path}: vary: where ${describePoint(axes, values)}: ${text}`);
      }
    }
  }
  if (lines.length === 0) return;
  if (more > 0) lines.push(`${path}: vary: ${more} more problems at other points`);
  throw new UsageError(lines);
}

/**
 * Build the first run's model before any run starts: what only the model can check (e.g. indices
 * along a dimension it lacks) is then reported as bad input, not as a failure in a worker.
 */
function preflight(plan: Plan, path: string): string[] {
  const first = scenarioAt(plan, 0);
  const seed = runSeed(plan.sweep, 0);
  const where = describePoint(plan.sweep.vary, sweepPointValues(plan.sweep, 0));
  const replica = replicaOf(first);
  try {
    // A replica where the model is big: the names checked here do not depend on its size. Where
    // only the replica fails (a policy aimed at a far quarter), the full model decides.
    try {
      return Object.keys(createSimulation(replica ?? first, seed).metrics());
    } catch (e) {
      if (!replica || e instanceof ScenarioError) throw e;
      return Object.keys(createSimulation(first, seed).metrics());
    }
  } catch (e) {
    if (e instanceof ScenarioError) {
      throw new UsageError(e.problems.map((p) => `${path}: at ${where}: ${formatProblem(p)}`));
    }
    throw e;
  }
}

/** The resolved scenario of one point of the grid (checked by `checkPoints` before any run). */
export function scenarioAt(
  plan: Pick<Plan, 'sweep' | 'baseDoc' | 'baseDocs' | 'cityFile'>,
  point: number,
): Scenario {
  const values = sweepPointValues(plan.sweep, point);
  const r = resolveScenario(withValues(docAt(plan, plan.sweep.vary, values), plan.sweep.vary, values));
  if (!r.ok) throw new Error(`point ${point} does not resolve: ${r.problems.map(formatProblem).join('; ')}`);
  return plan.cityFile ? ({ ...r.scenario, cityFile: plan.cityFile } as Scenario) : r.scenario;
}

/** The base document of a point: the one its scenario axis names, or the one base. */
export function docAt(
  plan: Pick<Plan, 'baseDoc' | 'baseDocs'>,
  axes: readonly Axis[],
  values: readonly AxisValue[],
): Record<string, unknown> {
  const i = axes.findIndex((a) => a.path === SCENARIO_AXIS);
  return i >= 0 && plan.baseDocs ? plan.baseDocs[values[i] as string]! : plan.baseDoc;
}

export function describePoint(axes: readonly Axis[], values: readonly unknown[]): string {
  return axes.map((a, i) => `${a.path}=${showValue(values[i])}`).join(', ') || 'the base scenario';
}

function fingerprintOf(sweep: Sweep, bases: readonly Record<string, unknown>[]): string {
  // Name and description do not change a number, so parts may differ in them. One base is written
  // as before, so the folders of earlier sweeps still resume.
  const { name: _n, description: _d, ...definition } = sweep;
  const base = bases.length === 1 ? bases[0] : bases;
  const text = JSON.stringify({ kiez: KIEZ_VERSION, definition, base });
  return new Digest().text(text).hex();
}

/** The job of one run of the plan. */
export function jobOf(plan: Plan, run: number): RunJob {
  const { point, replicate } = runPosition(plan.sweep, run);
  return {
    run,
    point,
    replicate,
    seed: runSeed(plan.sweep, run),
    scenario: scenarioAt(plan, point),
    every: plan.sweep.record.every,
    at: plan.sweep.record.at,
    households: plan.sweep.record.households,
  };
}

/**
 * What each run of a plan must hold, for checking stored runs without running them again; the
 * ticks of each point are resolved once (a point's replicates share them).
 */
export function expectations(
  plan: Pick<Plan, 'sweep' | 'baseDoc' | 'baseDocs'>,
): (run: number) => ExpectedRun {
  const ticksOf = new Map<number, number>();
  return (run) => {
    const { point, replicate } = runPosition(plan.sweep, run);
    let ticks = ticksOf.get(point);
    if (ticks === undefined) {
      ticks = scenarioAt(plan, point).ticks;
      ticksOf.set(point, ticks);
    }
    const { every, at, households } = plan.sweep.record;
    const traces = households.sample > 0;
    return { run, seed: runSeed(plan.sweep, run), point, replicate, ticks, every, at, traces };
  };
}

/**
 * The catalogued columns of the bases and of up to 64 evenly spaced points (their origin groups and
 * typology types can differ), in catalogue order: see sim/batch/columns.ts.
 */
function stableColumns(
  plan: Pick<Plan, 'sweep' | 'baseDoc' | 'baseDocs'>,
  bases: readonly Scenario[],
): string[] {
  const points = sweepPointCount(plan.sweep);
  const sample = Math.min(points, COST_SAMPLE);
  const scenarios = [
    ...bases,
    ...Array.from({ length: sample }, (_, i) => scenarioAt(plan, Math.floor((i * points) / sample))),
  ];
  const lists = scenarios.map(expandColumns);
  const all = new Set(lists.flat());
  // Catalogue order, whatever scenario a name came from.
  const order = new Map<string, number>();
  for (const l of lists) {
    l.forEach((n, i) => {
      order.set(n, Math.min(order.get(n) ?? i, i));
    });
  }
  return [...all].sort((a, b) => order.get(a)! - order.get(b)!);
}

/** Points whose cost is estimated for a sweep: evenly spaced, so a grid over sizes is seen whole. */
const COST_SAMPLE = 64;

/**
 * The estimated cost of `runs` runs of a plan: the mean cost of up to 64 evenly spaced points times
 * the runs (core seconds), and the memory of the largest model (one per worker, see confirmCost).
 */
export function sweepCost(plan: Plan, runs: number): Cost {
  const points = sweepPointCount(plan.sweep);
  const sample = Math.min(points, COST_SAMPLE);
  let seconds = 0;
  let bytes = 0;
  for (let i = 0; i < sample; i++) {
    const c = runCost(scenarioAt(plan, Math.floor((i * points) / sample)));
    seconds += c.seconds;
    bytes = Math.max(bytes, c.bytes);
  }
  return { seconds: (seconds / sample) * runs, bytes };
}
