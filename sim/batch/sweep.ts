/**
 * The sweep document: a base scenario, parameters to vary (a full cartesian grid), replicates per
 * point, the ticks to record and a sweep seed; or, with `design`, a Latin hypercube, Sobol' or
 * Morris sample over ranges. Declared with the same builders as scenarios; `vary` is keyed by dotted
 * parameter path (sim/batch/paths.ts), which a fixed record cannot declare, so its shape is checked
 * here and its paths against each base scenario by the planner. Pure: no files, no threads.
 */
import { MAX_SEED, MAX_TICKS } from '../params/limits.ts';
import {
  choice,
  type Fields,
  int,
  num,
  nums,
  type Problem,
  record,
  type Spec,
  str,
  type Values,
} from '../params/spec.ts';
import { docTable } from '../params/docs.ts';
import { isPlainObject, validateFields } from '../params/validate.ts';
import { designProblem } from './design.ts';
import { runCount } from './grid.ts';
import { locate, parsePath } from './paths.ts';

/** Most runs in one sweep; run files are numbered with six digits. */
export const MAX_RUNS = 1_000_000;
/** Most households traced per run (record.households.sample). */
export const MAX_TRACED_HOUSEHOLDS = 10_000;
/** Most values along one varied parameter. */
export const MAX_AXIS_VALUES = 10_000;

export const sweepFields = {
  name: str({ default: 'sweep', maxLength: 200, meaning: 'Short name of the sweep.' }),
  description: str({ default: '', maxLength: 10_000, meaning: 'What the sweep asks, in plain words.' }),
  base: str({
    default: '',
    maxLength: 500,
    meaning:
      'The base scenario: a preset name, or a file path relative to the sweep file that stays inside its folder (other folders only with --allow-extends DIR). Required, unless vary.scenario lists the bases.',
  }),
  seed: int({
    unit: 'seed',
    default: 1,
    min: 0,
    max: MAX_SEED,
    meaning: 'Sweep seed; every run seed derives from it and the run index (or the replicate index).',
  }),
  seeds: choice({
    options: ['per-run', 'per-replicate'],
    default: 'per-run',
    meaning:
      '"per-run" = every run its own seed, deriveSeed(seed, run); "per-replicate" = replicate r uses deriveSeed(seed, r) at every point (common random numbers across points).',
  }),
  replicates: int({
    unit: 'runs',
    default: 1,
    min: 1,
    max: 100_000,
    meaning: 'Runs per point of the grid, each with its own seed.',
  }),
  ticks: int({
    unit: 'ticks',
    default: 0,
    min: 0,
    max: MAX_TICKS,
    meaning: "Ticks per run; 0 keeps the base scenario's ticks.",
  }),
  record: record({
    fields: {
      every: int({
        unit: 'ticks',
        default: 1,
        min: 1,
        max: MAX_TICKS,
        meaning: 'Record a row every N ticks (tick 0, N, 2N, ...).',
      }),
      at: nums({
        unit: 'ticks',
        default: [],
        min: 0,
        max: MAX_TICKS,
        minItems: 0,
        maxItems: 10_000,
        integer: true,
        meaning: 'Record exactly these ticks instead (when the list is not empty).',
      }),
      columns: str({
        default: '*',
        maxLength: 10_000,
        meaning:
          'Measures to write, as comma-separated glob patterns over measure names (* any characters, ? one; a leading ! leaves out what it matches), e.g. "D.origin.*,refusals.*,!*.random*". "*" = all.',
      }),
      households: record({
        fields: {
          sample: int({
            unit: 'households',
            default: 0,
            min: 0,
            max: MAX_TRACED_HOUSEHOLDS,
            meaning:
              'Households to trace per run into traces.csv: a seeded sample (stream "traces" of the run seed) of those present at tick 0; 0 = no traces. An assumption of kiez: households arriving later are not sampled.',
          }),
          every: int({
            unit: 'ticks',
            default: 0,
            min: 0,
            max: MAX_TICKS,
            meaning:
              'Trace every N ticks (tick 0, N, 2N, ... and the last); 0 = every record.every ticks, like the table.',
          }),
        },
        meaning:
          'Optional traces of a seeded sample of households over time: one row per run, tick and traced household still in the city, with every column of kiez run --state (dwelling, quarter, segment, rent, income, ...).',
      }),
    },
    meaning:
      'Which ticks get a row in the tidy CSV and which measures it holds; the last tick of every run is always recorded.',
  }),
  design: record({
    fields: {
      method: choice({
        options: ['grid', 'lhs', 'sobol', 'morris'],
        default: 'grid',
        meaning:
          '"grid" = every combination of the values in vary; "lhs" = a Latin hypercube of `samples` points; "sobol" = Saltelli\'s scheme for Sobol\' indices, samples x (k + 2) points for k parameters (samples a power of 2); "morris" = `samples` Morris trajectories of k + 1 points on `levels` levels. The sampled designs need every parameter in vary as a range {"from", "to"}.',
      }),
      samples: int({
        unit: 'points',
        default: 0,
        min: 0,
        max: 1_000_000,
        meaning:
          'lhs: points; sobol: base samples N (a power of 2); morris: trajectories. Not used by the grid.',
      }),
      levels: int({
        unit: 'levels',
        default: 4,
        min: 2,
        max: 1000,
        meaning: 'morris: levels of each range the trajectories move on (even).',
      }),
    },
    meaning:
      'How the points of the sweep are chosen; seeded by the sweep seed, so a file gives the same points everywhere.',
  }),
} as const;

export const varyMeaning =
  'Parameters to vary, keyed by dotted path (e.g. "classic.threshold", "policies[0].cap", "households.groups[refugee].arrivals", "policies[cap].on" to switch a lever on and off, or "scenario" with a list of base scenarios): a list of values, or a range {"from", "to", "step"} (for a sampled design {"from", "to"}). In a grid every combination is a point; the last parameter varies fastest.';

/** The reference table of the sweep file (`kiez sweep --help`, docs/researchers.md). */
export function sweepReference(): string {
  return `${docTable(sweepFields)}\n| \`vary\` |  | \`{}\` | object | ${varyMeaning} |`;
}

const rangeSpec = {
  from: num({ unit: '', default: 0, min: -1e9, max: 1e9, meaning: 'First value.' }),
  to: num({ unit: '', default: 0, min: -1e9, max: 1e9, meaning: 'Last value (included when reached).' }),
  step: num({ unit: '', default: 1, min: -1e9, max: 1e9, meaning: 'Increment, not 0.' }),
} as const;

/** A value a varied parameter takes: what a scenario file can hold for a leaf parameter. */
export type AxisValue = number | string | boolean | number[];

export interface Axis {
  /** Dotted path into the scenario, e.g. `classic.threshold`, or `scenario` (the base). */
  readonly path: string;
  /** The grid's values (empty for a range of a sampled design). */
  readonly values: readonly AxisValue[];
  /** A sampled design's range, and whether the parameter takes whole numbers (set by the planner). */
  readonly range?: { readonly from: number; readonly to: number };
  readonly integer?: boolean;
}

/** The axis whose values are base scenarios (file paths or preset names). */
export const SCENARIO_AXIS = 'scenario';

export type SweepSettings = Values<typeof sweepFields>;

export interface Sweep extends SweepSettings {
  readonly vary: readonly Axis[];
}

/** Validate a sweep document: every problem at once, and the sweep with defaults filled in. */
export function validateSweep(doc: unknown): { sweep: Sweep; problems: Problem[] } {
  const problems: Problem[] = [];
  const rest = isPlainObject(doc) ? { ...doc } : doc;
  let vary: unknown = {};
  if (isPlainObject(rest)) {
    delete rest['$schema'];
    vary = Object.hasOwn(rest, 'vary') ? rest['vary'] : {};
    delete rest['vary'];
  }
  // `vary` is checked apart (below), so the list of known top-level keys adds it back.
  const found: Problem[] = [];
  const settings = validateFields(sweepFields, rest, '', found);
  const known = [...Object.keys(sweepFields), 'vary'].join(', ');
  for (const p of found) {
    const unknownKey = !p.path.includes('.') && p.allowed.startsWith('no such key');
    problems.push(unknownKey ? { ...p, allowed: `no such key; known keys: ${known}` } : p);
  }
  const sampled = settings.design.method !== 'grid';
  const axes = validateVary(vary, sampled, problems);
  const scenarioAxis = axes.some((a) => a.path === SCENARIO_AXIS);
  if (isPlainObject(doc) && !settings.base && !scenarioAxis) {
    problems.push({
      path: 'base',
      value: doc['base'],
      allowed:
        'the file path (relative to the sweep file) or preset name of the base scenario (or vary.scenario, a list of them)',
    });
  }
  if (settings.base && scenarioAxis) {
    problems.push({
      path: 'base',
      value: settings.base,
      allowed: 'absent when vary.scenario lists the base scenarios (one or the other)',
    });
  }
  const bad = designProblem(settings.design, axes.length);
  if (bad && problems.length === 0) {
    const value =
      bad.path === 'vary' ? `${axes.length} parameters` : settings.design[bad.path.slice(7) as 'samples'];
    problems.push({ path: bad.path, value, allowed: bad.allowed });
  }
  const sweep: Sweep = { ...settings, vary: axes };
  if (problems.length === 0) {
    const runs = runCount(sweep);
    if (runs > MAX_RUNS) {
      problems.push({
        path: 'vary',
        value: `${runs} runs`,
        allowed: `at most ${MAX_RUNS} runs (points x replicates); split the sweep`,
      });
    }
  }
  return { sweep, problems };
}

function validateVary(vary: unknown, sampled: boolean, problems: Problem[]): Axis[] {
  if (!isPlainObject(vary)) {
    problems.push({ path: 'vary', value: vary, allowed: `an object: ${varyMeaning}` });
    return [];
  }
  const axes: Axis[] = [];
  for (const [key, given] of Object.entries(vary)) {
    const path = `vary.${key}`;
    if (key === SCENARIO_AXIS) {
      const files = scenarioValues(given, sampled, path, problems);
      if (files) axes.push({ path: key, values: files });
      continue;
    }
    const pathProblem = parameterPathProblem(key);
    if (pathProblem) {
      problems.push({ path, value: given, allowed: pathProblem });
      continue;
    }
    if (sampled) {
      const range = sampledRange(given, path, problems);
      if (range) axes.push({ path: key, values: [], range });
      continue;
    }
    const values = Array.isArray(given)
      ? listValues(given, path, problems)
      : rangeValues(given, path, problems);
    if (values) axes.push({ path: key, values });
  }
  return axes;
}

function scenarioValues(
  given: unknown,
  sampled: boolean,
  path: string,
  problems: Problem[],
): string[] | undefined {
  if (sampled) {
    problems.push({
      path,
      value: given,
      allowed: 'only in a grid (design "grid"): run one sampled sweep per base',
    });
    return undefined;
  }
  const ok =
    Array.isArray(given) &&
    given.length > 0 &&
    given.length <= 1000 &&
    given.every((v) => typeof v === 'string' && v.length > 0 && v.length <= 500) &&
    new Set(given).size === given.length;
  if (!ok) {
    problems.push({
      path,
      value: given,
      allowed: 'a list of 1 to 1000 different base scenarios (file paths or preset names)',
    });
    return undefined;
  }
  return given as string[];
}

/** A range of a sampled design: {"from", "to"} with from < to. */
function sampledRange(
  given: unknown,
  path: string,
  problems: Problem[],
): { from: number; to: number } | undefined {
  const ok = isPlainObject(given) && Object.keys(given).every((k) => k === 'from' || k === 'to');
  const from = ok ? given['from'] : undefined;
  const to = ok ? given['to'] : undefined;
  if (
    !ok ||
    typeof from !== 'number' ||
    typeof to !== 'number' ||
    !Number.isFinite(from) ||
    !Number.isFinite(to)
  ) {
    problems.push({
      path,
      value: given,
      allowed: 'a range {"from": A, "to": B} that the design samples within',
    });
    return undefined;
  }
  if (!(from < to)) {
    problems.push({
      path,
      value: given,
      allowed: `a range that is not empty: from below to (from ${from}, to ${to})`,
    });
    return undefined;
  }
  return { from, to };
}

function isAxisValue(x: unknown): x is AxisValue {
  if (typeof x === 'number') return Number.isFinite(x);
  if (typeof x === 'string') return x.length <= 500;
  if (typeof x === 'boolean') return true;
  return Array.isArray(x) && x.length <= 1000 && x.every((v) => typeof v === 'number' && Number.isFinite(v));
}

function listValues(given: unknown[], path: string, problems: Problem[]): AxisValue[] | undefined {
  if (given.length === 0 || given.length > MAX_AXIS_VALUES) {
    problems.push({ path, value: given, allowed: `a list of 1 to ${MAX_AXIS_VALUES} values` });
    return undefined;
  }
  const before = problems.length;
  given.forEach((v, i) => {
    if (!isAxisValue(v)) {
      problems.push({
        path: `${path}[${i}]`,
        value: v,
        allowed: 'a number, text, true/false, or a list of numbers',
      });
    }
  });
  return problems.length === before ? (given as AxisValue[]) : undefined;
}

function rangeValues(given: unknown, path: string, problems: Problem[]): number[] | undefined {
  if (!isPlainObject(given)) {
    problems.push({
      path,
      value: given,
      allowed: 'a list of values, or a range {"from": A, "to": B, "step": S}',
    });
    return undefined;
  }
  const before = problems.length;
  for (const key of ['from', 'to', 'step']) {
    if (!Object.hasOwn(given, key))
      problems.push({ path: `${path}.${key}`, value: undefined, allowed: 'a number' });
  }
  const r = validateFields(rangeSpec, given, path, problems);
  if (problems.length > before) return undefined;
  if (r.step === 0) {
    problems.push({ path: `${path}.step`, value: 0, allowed: 'a number other than 0' });
    return undefined;
  }
  const span = (r.to - r.from) / r.step;
  if (span < -1e-9) {
    problems.push({
      path,
      value: given,
      allowed: `a range that yields at least one run: from ${r.from}, steps of ${r.step} never reach ${r.to}`,
    });
    return undefined;
  }
  const count = Math.floor(span + 1e-9) + 1;
  if (count > MAX_AXIS_VALUES) {
    problems.push({
      path,
      value: given,
      allowed: `a range of at most ${MAX_AXIS_VALUES} values (it has ${count})`,
    });
    return undefined;
  }
  // Twelve significant digits: 0.1 + 2 * 0.1 is written 0.3, as the user meant.
  return Array.from({ length: count }, (_, i) => Number((r.from + i * r.step).toPrecision(12)));
}

/**
 * Why a dotted path does not name one parameter of the scenario declaration (undefined if it does,
 * or if it reaches into a list: that is checked against each base scenario by the planner, which
 * knows the items). The seed is not a parameter of a sweep: every run's seed derives from the sweep seed.
 */
export function parameterPathProblem(path: string): string | undefined {
  const steps = parsePath(path);
  if (steps?.some((s) => s.select !== undefined)) return undefined;
  const r = locate(path, {});
  return 'problem' in r ? r.problem : undefined;
}
