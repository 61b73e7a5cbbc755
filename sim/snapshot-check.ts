/**
 * Checks a snapshot before and after `Simulation.restore()` builds from it, generically over models:
 * the snapshot is held against what a fresh model of the same scenario and seed saves (array names,
 * kinds and finiteness, scalars, random-stream states), restoring and saving again must give the
 * snapshot back (which catches arrays of the wrong length), the model's invariants must hold and
 * its metrics must be finite where a fresh model's are. Nothing here names a model's arrays, so a
 * model that gains or renames arrays is checked without a change here. Every fault is a Problem
 * (`state.arrays.income: "Float64Array of 500 values": ...`), never a TypeError and never a run
 * that goes on to NaN metrics.
 */
import { checkInvariants } from './city/invariants.ts';
import type { CityModel } from './city/model.ts';
import type { ClassicModel } from './classic/engine.ts';
import { classicInvariantProblems } from './classic/invariants.ts';
import type { Metrics, Model, ModelState, TypedArray } from './model.ts';
import type { MeasureInputs } from './measures/inputs.ts';
import type { NumberSpec, Problem } from './params/spec.ts';
import { describeNumber, isPlainObject, joinPath } from './params/validate.ts';
import type { RngState } from './rng.ts';
import { resolveScenario, ScenarioError, scenarioForOutput } from './scenario/resolve.ts';
import { type Scenario, scenarioFields } from './scenario/spec.ts';

export const SNAPSHOT_FORMAT = 'kiez-snapshot/1';

/** What `Simulation.restore()` builds from, once the snapshot's plain parts passed. */
export interface CheckedSnapshot {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly state: ModelState;
  readonly outcomes: Record<string, TypedArray> | undefined;
}

/** The parts of a built simulation the checks read. */
export interface Restorable {
  readonly model: Model;
  readonly outcomes?: { save(): Record<string, TypedArray> } | undefined;
}

export type Build = (
  scenario: Scenario,
  seed: number,
  state?: ModelState,
  outcomes?: Record<string, TypedArray>,
) => Restorable;

/** The invariant checkers of the models (tests run them after every tick; a restore runs them once). */
const invariants: Partial<Record<Scenario['mode'], (m: Model) => string[]>> = {
  classic: (m) => classicInvariantProblems(m as ClassicModel),
  city: (m) => checkInvariants(m as CityModel),
};

/**
 * Scalars that bound loops over an array (a high-water mark, a free-list count), by mode: each must
 * be a whole number from 0 to that array's length, or a restored run would loop far past its arrays.
 * Names the model no longer saves are skipped, so a renamed scalar weakens this check, not the restore.
 */
const boundedScalars: Partial<Record<Scenario['mode'], Readonly<Record<string, string>>>> = {
  city: { highWater: 'status', freeCount: 'status' },
};

const ARRAY_KINDS = [
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
] as const;

function kindOf(x: unknown): string | undefined {
  return ARRAY_KINDS.find((k) => x instanceof k)?.name;
}

/** A value as messages show it: arrays by kind and length, never their content. */
function shown(x: unknown): unknown {
  const kind = kindOf(x);
  if (kind) return `${kind} of ${(x as TypedArray).length} values`;
  if (Array.isArray(x)) return `a list of ${x.length} items`;
  if (isPlainObject(x)) return 'an object';
  return x;
}

function firstNonFinite(a: TypedArray): number {
  if (!(a instanceof Float64Array || a instanceof Float32Array)) return -1;
  for (let i = 0; i < a.length; i++) if (!Number.isFinite(a[i]!)) return i;
  return -1;
}

/** The same names, each holding an array of the same kind as in the reference, with finite numbers where it has them. */
function checkArrays(
  given: unknown,
  reference: Record<string, TypedArray>,
  path: string,
  problems: Problem[],
): void {
  if (!isPlainObject(given)) {
    problems.push({ path, value: shown(given), allowed: 'an object of typed arrays' });
    return;
  }
  const names = unknownNames(given, reference, path, 'array', problems);
  for (const name of names) {
    const want = reference[name]!;
    const x = given[name];
    const at = joinPath(path, name);
    if (kindOf(x) !== kindOf(want)) {
      problems.push({ path: at, value: shown(x), allowed: `a ${kindOf(want)}` });
      continue;
    }
    const a = x as TypedArray;
    const bad = firstNonFinite(a);
    if (bad >= 0 && firstNonFinite(want) < 0) {
      problems.push({ path: joinPath(at, bad), value: a[bad], allowed: 'a finite number' });
    }
  }
}

/** Names in `given` that the fresh model does not keep, one problem each; returns the model's names. */
function unknownNames(
  given: Record<string, unknown>,
  reference: Record<string, unknown>,
  path: string,
  what: 'array' | 'scalar',
  problems: Problem[],
): string[] {
  const names = Object.keys(reference);
  for (const name of Object.keys(given)) {
    if (!Object.hasOwn(reference, name))
      problems.push({
        path: joinPath(path, name),
        value: shown(given[name]),
        allowed: `no such ${what}; this model keeps ${names.join(', ') || 'none'}`,
      });
  }
  return names;
}

function checkScalars(given: unknown, reference: Record<string, number>, problems: Problem[]): void {
  const path = 'state.scalars';
  if (!isPlainObject(given)) {
    problems.push({ path, value: shown(given), allowed: 'an object of numbers' });
    return;
  }
  const names = unknownNames(given, reference, path, 'scalar', problems);
  for (const name of names) {
    const x = given[name];
    const finite = Number.isFinite(reference[name]);
    if (typeof x !== 'number' || (finite && !Number.isFinite(x))) {
      problems.push({
        path: joinPath(path, name),
        value: shown(x),
        allowed: finite ? 'a finite number' : 'a number',
      });
    }
  }
}

function checkBounds(
  mode: Scenario['mode'],
  state: ModelState,
  reference: ModelState,
  problems: Problem[],
): void {
  for (const [scalar, array] of Object.entries(boundedScalars[mode] ?? {})) {
    const bound = reference.arrays[array]?.length;
    if (bound === undefined || !Object.hasOwn(reference.scalars, scalar)) continue;
    const x = state.scalars[scalar]!;
    if (!Number.isInteger(x) || x < 0 || x > bound)
      problems.push({
        path: joinPath('state.scalars', scalar),
        value: x,
        allowed: `a whole number from 0 to ${bound} (the length of ${array})`,
      });
  }
}

/** The state of seedrandom's Alea as it is ever found: a carry from 0 to 2091639 and three fractions in [0, 1). */
function checkRng(given: unknown, reference: Record<string, RngState>, problems: Problem[]): void {
  const path = 'state.rng';
  if (!isPlainObject(given)) {
    problems.push({ path, value: shown(given), allowed: 'an object of random-stream states' });
    return;
  }
  const names = Object.keys(reference);
  for (const name of Object.keys(given)) {
    if (!Object.hasOwn(reference, name))
      problems.push({
        path: joinPath(path, name),
        value: shown(given[name]),
        allowed: `no such random stream; this model draws from ${names.join(', ')}`,
      });
  }
  for (const name of names) {
    const st = given[name];
    const at = joinPath(path, name);
    if (!isPlainObject(st)) {
      problems.push({ path: at, value: shown(st), allowed: 'a random-stream state {c, s0, s1, s2}' });
      continue;
    }
    const c = st['c'];
    if (typeof c !== 'number' || !Number.isInteger(c) || c < 0 || c > 2091639)
      problems.push({ path: joinPath(at, 'c'), value: c, allowed: 'a whole number from 0 to 2091639' });
    for (const k of ['s0', 's1', 's2']) {
      const s = st[k];
      if (typeof s !== 'number' || !(s >= 0 && s < 1))
        problems.push({ path: joinPath(at, k), value: s, allowed: 'a number from 0 to 1 (below 1)' });
    }
  }
}

/** The plain parts: format, scenario, seed, and the state's outline. Throws ScenarioError. */
export function checkSnapshotOutline(snapshot: unknown): CheckedSnapshot {
  const problems: Problem[] = [];
  if (!isPlainObject(snapshot) || snapshot['format'] !== SNAPSHOT_FORMAT) {
    const format = isPlainObject(snapshot) ? snapshot['format'] : shown(snapshot);
    throw new ScenarioError(
      [
        {
          path: 'format',
          value: format,
          allowed: `"${SNAPSHOT_FORMAT}" (a snapshot made by Simulation.snapshot())`,
        },
      ],
      'snapshot',
    );
  }
  // A snapshot holds the resolved scenario, with the sections of other modes too.
  const given = snapshot['scenario'];
  const r = resolveScenario(isPlainObject(given) ? scenarioForOutput(given as unknown as Scenario) : given);
  if (!r.ok) {
    throw new ScenarioError(
      r.problems.map((p) => ({ ...p, path: `scenario${p.path.startsWith('[') ? '' : '.'}${p.path}` })),
      'snapshot',
    );
  }
  const seedSpec = scenarioFields.seed as NumberSpec;
  const seed = snapshot['seed'];
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < seedSpec.min || seed > seedSpec.max) {
    problems.push({ path: 'seed', value: shown(seed), allowed: describeNumber(seedSpec) });
  }
  const state = snapshot['state'];
  if (!isPlainObject(state)) problems.push({ path: 'state', value: shown(state), allowed: 'a model state' });
  else {
    const tickSpec = scenarioFields.ticks as NumberSpec;
    const tick = state['tick'];
    if (typeof tick !== 'number' || !Number.isInteger(tick) || tick < 0 || tick > tickSpec.max)
      problems.push({ path: 'state.tick', value: shown(tick), allowed: describeNumber(tickSpec) });
  }
  const outcomes = snapshot['outcomes'];
  if (outcomes !== undefined && !isPlainObject(outcomes))
    problems.push({
      path: 'outcomes',
      value: shown(outcomes),
      allowed: 'an object of typed arrays, or none',
    });
  if (problems.length > 0) throw new ScenarioError(problems, 'snapshot');
  return {
    scenario: r.scenario,
    seed: seed as number,
    state: state as unknown as ModelState,
    outcomes: outcomes as Record<string, TypedArray> | undefined,
  };
}

/**
 * Build the simulation a snapshot holds, or throw a ScenarioError listing what is wrong with it.
 * `build` makes a simulation (fresh without a state, restored with one).
 */
export function restoreChecked<S extends Restorable>(
  snapshot: unknown,
  build: (...a: Parameters<Build>) => S,
): S {
  const snap = checkSnapshotOutline(snapshot);
  const fresh = build(snap.scenario, snap.seed);
  const reference = fresh.model.save();
  const problems: Problem[] = [];
  checkArrays(snap.state.arrays, reference.arrays, 'state.arrays', problems);
  checkScalars(snap.state.scalars, reference.scalars, problems);
  if (problems.length === 0) checkBounds(snap.scenario.mode, snap.state, reference, problems);
  checkRng(snap.state.rng, reference.rng, problems);
  const referenceOutcomes = fresh.outcomes?.save();
  if (snap.outcomes !== undefined && referenceOutcomes)
    checkArrays(snap.outcomes, referenceOutcomes, 'outcomes', problems);
  if (problems.length > 0) throw new ScenarioError(problems, 'snapshot');

  let restored: S;
  try {
    restored = build(snap.scenario, snap.seed, snap.state, snap.outcomes);
  } catch (e) {
    if (e instanceof ScenarioError) throw e;
    throw new ScenarioError(lengthProblems(snap.state, reference, e), 'snapshot');
  }
  problems.push(...roundTripProblems(snap.state, restored.model.save(), reference));
  if (problems.length === 0) problems.push(...consistencyProblems(snap.scenario.mode, restored, fresh));
  if (problems.length > 0) throw new ScenarioError(problems, 'snapshot');
  return restored;
}

/** When building failed: the arrays whose length differs from a fresh model's, or the builder's reason. */
function lengthProblems(state: ModelState, reference: ModelState, e: unknown): Problem[] {
  const out: Problem[] = [];
  for (const [name, want] of Object.entries(reference.arrays)) {
    const a = state.arrays[name]!;
    if (a.length > want.length)
      out.push({
        path: joinPath('state.arrays', name),
        value: shown(a),
        allowed: `at most ${want.length} values, the length of this array in the model of this scenario`,
      });
  }
  if (out.length > 0) return out;
  const reason = e instanceof Error ? e.message : String(e);
  return [
    { path: 'state', value: 'not restorable', allowed: `a state of the model of this scenario (${reason})` },
  ];
}

/** Restoring then saving gives the snapshot back, unless an array did not fit the model. */
function roundTripProblems(given: ModelState, again: ModelState, reference: ModelState): Problem[] {
  const out: Problem[] = [];
  for (const name of Object.keys(reference.arrays)) {
    const a = given.arrays[name]!;
    const b = again.arrays[name];
    const path = joinPath('state.arrays', name);
    if (!b || b.length !== a.length) {
      out.push({
        path,
        value: shown(a),
        allowed: `${b?.length ?? 0} values, the length of this array in the model of this scenario`,
      });
      continue;
    }
    for (let i = 0; i < a.length; i++) {
      if (!Object.is(a[i], b[i])) {
        out.push({
          path: joinPath(path, i),
          value: a[i],
          allowed:
            'a value this model keeps as it is (it is changed on restore, so the state is not one this model makes)',
        });
        break;
      }
    }
  }
  for (const name of Object.keys(reference.scalars)) {
    if (!Object.is(given.scalars[name], again.scalars[name]))
      out.push({
        path: joinPath('state.scalars', name),
        value: given.scalars[name],
        allowed: `a value this model keeps as it is (it becomes ${again.scalars[name]} on restore)`,
      });
  }
  return out;
}

/** What the measures would trip over: a household outside the raster, or a category beyond its labels. */
function inputProblem(m: MeasureInputs): string | undefined {
  const cells = m.width * m.height;
  if (!(m.households <= m.cellOf.length)) return `${m.households} households but ${m.cellOf.length} places`;
  for (let h = 0; h < m.households; h++) {
    const c = m.cellOf[h]!;
    if (!(c >= 0 && c < cells))
      return `household ${h} in cell ${c} outside the ${m.width} x ${m.height} raster`;
  }
  for (const d of m.dimensions) {
    const n = d.labels.length;
    for (let h = 0; h < m.households; h++) {
      if (d.category[h]! >= n)
        return `household ${h} has ${d.name} category ${d.category[h]}, beyond the ${n} categories`;
    }
  }
  return undefined;
}

/** The model's invariants hold, and its metrics are finite wherever a fresh model's are. */
function consistencyProblems(mode: Scenario['mode'], restored: Restorable, fresh: Restorable): Problem[] {
  let found: string[];
  try {
    found = invariants[mode]?.(restored.model) ?? [];
  } catch (e) {
    found = [`the consistency check itself failed (${e instanceof Error ? e.message : String(e)})`];
  }
  if (found.length > 0) {
    return [
      {
        path: 'state',
        value: `${found.length}${found.length >= 5 ? ' or more' : ''} inconsistencies`,
        allowed: `a consistent state of the model (first: ${found[0]})`,
      },
    ];
  }
  let metrics: Metrics;
  try {
    const inputs = inputProblem(restored.model.measureInputs());
    if (inputs)
      return [
        { path: 'state', value: 'inconsistent', allowed: `a consistent state of the model (${inputs})` },
      ];
    metrics = restored.model.metrics();
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return [
      {
        path: 'state',
        value: 'not measurable',
        allowed: `a state whose metrics can be computed (${reason})`,
      },
    ];
  }
  const expected = fresh.model.metrics();
  const out: Problem[] = [];
  for (const [name, v] of Object.entries(expected)) {
    if (Number.isFinite(v) && !Number.isFinite(metrics[name])) {
      out.push({
        path: 'state',
        value: `metric ${name} = ${metrics[name]}`,
        allowed: 'a state whose metrics are finite numbers',
      });
      break;
    }
  }
  return out;
}
