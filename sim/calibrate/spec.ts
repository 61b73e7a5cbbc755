/**
 * The calibration document: a base scenario (as a sweep names it), the parameters to fit with their
 * ranges and starting points, the targets (a measure at a tick or as a window mean, an observed
 * value with a standard error or a weight), replicates and the optimiser's settings. Declared with
 * the same builders as scenarios and sweeps; `parameters` is keyed by parameter path and checked
 * against the scenario declaration and the base scenario (`checkParameters`). Pure.
 */
import { docRows, docTable } from '../params/docs.ts';
import { int, num, type Problem, record, str, type Values } from '../params/spec.ts';
import { describeNumber, isPlainObject, joinPath, validateFields } from '../params/validate.ts';
import { numberParameter } from './parameters.ts';
import type { FreeParameter, Method } from './procedure.ts';

/** Most starting points (each a search of its own). */
export const MAX_STARTS = 100;
/** Most parameters fitted at once and most targets. */
export const MAX_PARAMETERS = 20;
export const MAX_TARGETS = 200;

export const methodFields = {
  maxEvaluations: int({
    unit: 'points',
    default: 60,
    min: 3,
    max: 10_000,
    meaning:
      'Most points the Nelder–Mead search evaluates from one start, restarts included (each over every replicate); the Jacobian adds 2 per parameter.',
  }),
  restarts: int({
    unit: 'searches',
    default: 2,
    min: 0,
    max: 20,
    meaning:
      'Times a converged search is started again from its best point with a fresh simplex (while that improves the distance), within maxEvaluations: a simplex on a simulated, rough surface can collapse early.',
  }),
  initialStep: num({
    unit: 'share of range',
    default: 0.15,
    min: 0.001,
    max: 0.5,
    meaning: 'Edge of the initial simplex along each parameter, as a share of its range.',
  }),
  tolerance: num({
    unit: 'share of range',
    default: 0.01,
    min: 1e-6,
    max: 0.5,
    meaning:
      'The search stops when every vertex of the simplex lies within this share of each range of the best one.',
  }),
  jacobianStep: num({
    unit: 'share of range',
    default: 0.05,
    min: 0.001,
    max: 0.25,
    meaning:
      'Half-width of the central differences that give the Jacobian of the moments at the fit, as a share of each range (one-sided at a bound).',
  }),
} as const;

export const calibrationFields = {
  name: str({ default: 'calibration', maxLength: 200, meaning: 'Short name of the calibration.' }),
  description: str({ default: '', maxLength: 10_000, meaning: 'What is fitted to what, in plain words.' }),
  base: str({
    default: '',
    maxLength: 500,
    meaning:
      'The base scenario: a preset name, or a file path relative to the calibration file that stays inside its folder (other folders only with --allow-extends DIR). Required.',
  }),
  seed: int({
    unit: 'seed',
    default: 1,
    min: 0,
    max: 2_147_483_647,
    meaning:
      'Calibration seed: replicate r uses deriveSeed(seed, r) at every point and from every start (common random numbers).',
  }),
  replicates: int({
    unit: 'runs',
    default: 5,
    min: 1,
    max: 1000,
    meaning:
      'Runs per evaluated point; the simulated moments are their means. At least 2 for an uncertainty; about 30 for intervals of +-1.96 se to hold their coverage.',
  }),
  method: record({
    fields: methodFields,
    meaning: 'The simulated method of moments: Nelder–Mead on the weighted distance, sandwich uncertainty.',
  }),
} as const;

export const targetFields = {
  measure: str({
    default: '',
    maxLength: 200,
    meaning: 'A metric or index the model reports (a column of kiez run, e.g. moveRate, D.origin.quarter).',
  }),
  tick: int({
    unit: 'ticks',
    default: 0,
    min: 0,
    max: 100_000,
    meaning: 'The tick whose value is the moment (give tick, or from and to).',
  }),
  from: int({ unit: 'ticks', default: 0, min: 0, max: 100_000, meaning: 'First tick of a window mean.' }),
  to: int({
    unit: 'ticks',
    default: 0,
    min: 0,
    max: 100_000,
    meaning: 'Last tick of a window mean (included).',
  }),
  observed: num({ unit: '', default: 0, min: -1e12, max: 1e12, meaning: 'The observed value. Required.' }),
  se: num({
    unit: '',
    default: 1,
    min: 1e-12,
    max: 1e12,
    meaning:
      'Standard error of the observed value: the weight is 1 / se^2 and the se enters the uncertainty.',
  }),
  weight: num({
    unit: '',
    default: 1,
    min: 1e-12,
    max: 1e12,
    meaning:
      'Weight in the distance instead of a standard error: the observed value is then taken as one realisation of the model.',
  }),
} as const;

export const rangeFields = {
  from: num({ unit: '', default: 0, min: -1e12, max: 1e12, meaning: 'Lower end of the search range.' }),
  to: num({ unit: '', default: 0, min: -1e12, max: 1e12, meaning: 'Upper end of the search range.' }),
} as const;

export const parametersMeaning =
  'Parameters to fit, keyed by dotted path (any number parameter of npx kiez params): {"from": A, "to": B, "start": X} with the range inside the declared one; "start" one value or a list (one start each; every list the same length).';
export const targetsMeaning =
  'The moments to match, a list of {"measure", "tick" (or "from" and "to"), "observed", "se" (or "weight")}.';

/** The reference table of the calibration file (`kiez calibrate --help`, docs/calibration.md). */
export function calibrationReference(): string {
  return [
    docTable(calibrationFields),
    `| \`parameters\` |  | \`{}\` | object | ${parametersMeaning} |`,
    `| \`targets\` |  | \`[]\` | 1-${MAX_TARGETS} objects | ${targetsMeaning} |`,
    ...docRows(targetFields, 'targets[]'),
  ].join('\n');
}

export interface Target {
  readonly measure: string;
  /** The tick, or null for a window mean. */
  readonly tick: number | null;
  /** First and last tick of a window mean, or null. */
  readonly window: readonly [number, number] | null;
  readonly observed: number;
  readonly se?: number | undefined;
  readonly weight: number;
}

export interface ParameterRange {
  readonly path: string;
  readonly from: number;
  readonly to: number;
  /** One value per start. */
  readonly starts: readonly number[];
}

export type CalibrationSettings = Values<typeof calibrationFields>;

export interface Calibration extends Omit<CalibrationSettings, 'method'> {
  readonly method: Method;
  readonly parameters: readonly ParameterRange[];
  readonly targets: readonly Target[];
  /** Number of starting points. */
  readonly starts: number;
}

/** Validate a calibration document on its own (the base scenario checks follow in checkParameters). */
export function validateCalibration(doc: unknown): { calibration: Calibration; problems: Problem[] } {
  const problems: Problem[] = [];
  const rest = isPlainObject(doc) ? { ...doc } : doc;
  let parameters: unknown = {};
  let targets: unknown = [];
  if (isPlainObject(rest)) {
    delete rest['$schema'];
    parameters = Object.hasOwn(rest, 'parameters') ? rest['parameters'] : undefined;
    targets = Object.hasOwn(rest, 'targets') ? rest['targets'] : undefined;
    delete rest['parameters'];
    delete rest['targets'];
  }
  const found: Problem[] = [];
  const settings = validateFields(calibrationFields, rest, '', found);
  const known = [...Object.keys(calibrationFields), 'parameters', 'targets'].join(', ');
  for (const p of found) {
    const unknownKey = !p.path.includes('.') && p.allowed.startsWith('no such key');
    problems.push(unknownKey ? { ...p, allowed: `no such key; known keys: ${known}` } : p);
  }
  if (isPlainObject(doc) && !settings.base) {
    problems.push({
      path: 'base',
      value: doc['base'],
      allowed: 'the file path (relative to the calibration file) or preset name of the base scenario',
    });
  }
  const ranges = validateRanges(parameters, problems);
  const starts = Math.max(1, ...ranges.map((r) => r.starts.length));
  for (const r of ranges) {
    if (r.starts.length !== 1 && r.starts.length !== starts) {
      problems.push({
        path: `parameters.${r.path}.start`,
        value: r.starts,
        allowed: `one value, or a list of ${starts} (as long as the longest start list)`,
      });
    }
  }
  const full = ranges.map((r) => ({
    ...r,
    starts: r.starts.length === 1 ? new Array(starts).fill(r.starts[0]) : r.starts,
  }));
  const calibration: Calibration = {
    ...settings,
    parameters: full,
    targets: validateTargets(targets, problems),
    starts,
  };
  return { calibration, problems };
}

function validateRanges(given: unknown, problems: Problem[]): ParameterRange[] {
  const count = isPlainObject(given) ? Object.keys(given).length : 0;
  if (!isPlainObject(given) || count === 0 || count > MAX_PARAMETERS) {
    problems.push({
      path: 'parameters',
      value: given,
      allowed: `an object of 1 to ${MAX_PARAMETERS} parameters: ${parametersMeaning}`,
    });
    return [];
  }
  const out: ParameterRange[] = [];
  for (const [path, spec] of Object.entries(given)) {
    const at = `parameters.${path}`;
    const before = problems.length;
    if (!isPlainObject(spec)) {
      problems.push({ path: at, value: spec, allowed: '{"from": A, "to": B, "start": X or [X1, X2, ...]}' });
      continue;
    }
    for (const key of ['from', 'to', 'start']) {
      if (!Object.hasOwn(spec, key))
        problems.push({ path: `${at}.${key}`, value: undefined, allowed: 'a number' });
    }
    const { start, ...bounds } = spec;
    const r = validateFields(rangeFields, bounds, at, problems);
    const list = Array.isArray(start) ? start : [start];
    if (list.length === 0 || list.length > MAX_STARTS) {
      problems.push({
        path: `${at}.start`,
        value: start,
        allowed: `a number or a list of 1 to ${MAX_STARTS} numbers`,
      });
    }
    list.forEach((x, i) => {
      if (typeof x !== 'number' || !Number.isFinite(x)) {
        problems.push({
          path: Array.isArray(start) ? joinPath(`${at}.start`, i) : `${at}.start`,
          value: x,
          allowed: 'a number',
        });
      }
    });
    if (problems.length > before) continue;
    if (!(r.to > r.from)) {
      problems.push({ path: at, value: spec, allowed: `a range with "to" above "from" (${r.from})` });
      continue;
    }
    list.forEach((x, i) => {
      if ((x as number) < r.from || (x as number) > r.to) {
        problems.push({
          path: Array.isArray(start) ? joinPath(`${at}.start`, i) : `${at}.start`,
          value: x,
          allowed: `a start inside the range ${r.from} to ${r.to}`,
        });
      }
    });
    if (problems.length === before) out.push({ path, from: r.from, to: r.to, starts: list as number[] });
  }
  return out;
}

function validateTargets(given: unknown, problems: Problem[]): Target[] {
  if (!Array.isArray(given) || given.length === 0 || given.length > MAX_TARGETS) {
    problems.push({
      path: 'targets',
      value: given,
      allowed: `a list of 1 to ${MAX_TARGETS} targets: ${targetsMeaning}`,
    });
    return [];
  }
  const out: Target[] = [];
  given.forEach((item, i) => {
    const at = joinPath('targets', i);
    const before = problems.length;
    const t = validateFields(targetFields, item, at, problems);
    const has = (k: string) => isPlainObject(item) && Object.hasOwn(item, k);
    if (!t.measure)
      problems.push({
        path: `${at}.measure`,
        value: isPlainObject(item) ? item['measure'] : item,
        allowed: 'the name of a measure (npx kiez measures)',
      });
    if (!has('observed'))
      problems.push({ path: `${at}.observed`, value: undefined, allowed: 'a number: the observed value' });
    const window = has('from') || has('to');
    if (has('tick') === window || (window && !(has('from') && has('to')))) {
      problems.push({ path: at, value: item, allowed: 'either "tick", or "from" and "to" (a window mean)' });
    } else if (window && t.to < t.from) {
      problems.push({ path: `${at}.to`, value: t.to, allowed: `a tick at or after "from" (${t.from})` });
    }
    if (has('se') === has('weight')) {
      problems.push({
        path: at,
        value: item,
        allowed: 'either "se" (a standard error) or "weight", not both, not neither',
      });
    }
    if (problems.length > before) return;
    out.push({
      measure: t.measure,
      tick: window ? null : t.tick,
      window: window ? [t.from, t.to] : null,
      observed: t.observed,
      ...(has('se') ? { se: t.se } : {}),
      weight: has('se') ? 1 / (t.se * t.se) : t.weight,
    });
  });
  return out;
}

/**
 * Check the parameters against the scenario declaration and the base scenario: each path names a
 * number parameter, and its range lies inside the declared one. Returns the free parameters.
 */
export function checkParameters(
  calibration: Calibration,
  baseDoc: Record<string, unknown>,
  problems: Problem[],
): FreeParameter[] {
  const out: FreeParameter[] = [];
  for (const r of calibration.parameters) {
    const at = `parameters.${r.path}`;
    const found = numberParameter(r.path, baseDoc);
    if ('problem' in found) {
      problems.push({ path: at, value: { from: r.from, to: r.to }, allowed: found.problem });
      continue;
    }
    const spec = found.spec;
    if (r.from < spec.min || r.to > spec.max) {
      problems.push({
        path: at,
        value: { from: r.from, to: r.to },
        allowed: `a range inside the declared one: ${describeNumber(spec)}`,
      });
      continue;
    }
    out.push({ path: r.path, from: r.from, to: r.to, integer: spec.integer === true });
  }
  return out;
}

/** The ticks a run must record for the targets: each tick, and every tick of each window. */
export function targetTicks(targets: readonly Target[]): number[] {
  const ticks = new Set<number>();
  for (const t of targets) {
    if (t.tick !== null) ticks.add(t.tick);
    else for (let k = t.window![0]; k <= t.window![1]; k++) ticks.add(k);
  }
  return [...ticks].sort((a, b) => a - b);
}

/** The latest tick any target needs. */
export function lastTargetTick(targets: readonly Target[]): number {
  return Math.max(0, ...targets.map((t) => (t.tick !== null ? t.tick : t.window![1])));
}
