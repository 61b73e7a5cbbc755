/**
 * Hostile snapshots for the restore tests: mutations of a real snapshot's state (arrays dropped,
 * cut, lengthened, of another kind, with NaN or out-of-range values; ticks, scalars and random
 * states replaced by hostile numbers; the scenario or the seed replaced).
 */
import fc from 'fast-check';
import type { Metrics, TypedArray } from '../../sim/model.ts';
import { formatProblem } from '../../sim/params/validate.ts';
import { ScenarioError } from '../../sim/scenario/resolve.ts';
import { Simulation, type Snapshot } from '../../sim/simulation.ts';

const HOSTILE_NUMBERS = [Number.NaN, Infinity, -Infinity, -1, 0.5, 1e308, -0, 2 ** 31, 2 ** 53 + 1, 1e9];
const HOSTILE_THINGS: unknown[] = [undefined, null, '7', [], {}, [1, 2, 3], true, new Uint8Array(3)];

export type SnapshotMutation =
  | { op: 'tick'; value: unknown }
  | { op: 'seed'; value: unknown }
  | { op: 'dropArray'; at: number }
  | { op: 'cutArray'; at: number; keep: number }
  | { op: 'growArray'; at: number; extra: number }
  | { op: 'retypeArray'; at: number }
  | { op: 'poke'; at: number; index: number; value: number }
  | { op: 'scalar'; at: number; value: unknown }
  | { op: 'rng'; at: number; key: 'c' | 's0' | 's1' | 's2' | 'all'; value: unknown }
  | { op: 'extraArray'; name: string }
  | { op: 'scenario'; path: 'ticks' | 'mode' | 'whole'; value: unknown }
  | { op: 'outcomes'; value: unknown };

const anyNumber = fc.oneof(fc.constantFrom(...HOSTILE_NUMBERS), fc.integer({ min: -5, max: 300 }));
const anything = fc.oneof(anyNumber, fc.constantFrom(...HOSTILE_THINGS));

export const snapshotMutationArb: fc.Arbitrary<SnapshotMutation> = fc.oneof(
  fc.record({ op: fc.constant('tick' as const), value: anything }),
  fc.record({ op: fc.constant('seed' as const), value: anything }),
  fc.record({ op: fc.constant('dropArray' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('cutArray' as const),
    at: fc.nat(),
    keep: fc.double({ min: 0, max: 0.99, noNaN: true }),
  }),
  fc.record({ op: fc.constant('growArray' as const), at: fc.nat(), extra: fc.integer({ min: 1, max: 50 }) }),
  fc.record({ op: fc.constant('retypeArray' as const), at: fc.nat() }),
  {
    arbitrary: fc.record({
      op: fc.constant('poke' as const),
      at: fc.nat(),
      index: fc.nat(),
      value: anyNumber,
    }),
    weight: 4,
  },
  fc.record({ op: fc.constant('scalar' as const), at: fc.nat(), value: anything }),
  fc.record({
    op: fc.constant('rng' as const),
    at: fc.nat(),
    key: fc.constantFrom('c' as const, 's0' as const, 's1' as const, 's2' as const, 'all' as const),
    value: anything,
  }),
  fc.record({
    op: fc.constant('extraArray' as const),
    name: fc.constantFrom('__proto__', 'extra', 'constructor'),
  }),
  fc.record({
    op: fc.constant('scenario' as const),
    path: fc.constantFrom('ticks' as const, 'mode' as const, 'whole' as const),
    value: anything,
  }),
  fc.record({ op: fc.constant('outcomes' as const), value: anything }),
);

type Mutable = { -readonly [K in keyof Snapshot]: Snapshot[K] } & Record<string, unknown>;

function pick<T>(record: Record<string, T>, at: number): [string, T] | undefined {
  const keys = Object.keys(record);
  if (keys.length === 0) return undefined;
  const k = keys[at % keys.length]!;
  return [k, record[k]!];
}

/** A structured clone of `snapshot` with the mutations applied (as a worker would receive it). */
export function mutateSnapshot(snapshot: Snapshot, mutations: readonly SnapshotMutation[]): unknown {
  const s = structuredClone(snapshot) as Mutable;
  const state = s.state as unknown as {
    tick: unknown;
    arrays: Record<string, unknown>;
    scalars: Record<string, unknown>;
    rng: Record<string, Record<string, unknown>>;
  };
  const arrays = state.arrays;
  for (const m of mutations) {
    switch (m.op) {
      case 'tick':
        state.tick = m.value;
        break;
      case 'seed':
        (s as Record<string, unknown>)['seed'] = m.value;
        break;
      case 'dropArray': {
        const hit = pick(arrays, m.at);
        if (hit) delete arrays[hit[0]];
        break;
      }
      case 'cutArray': {
        const hit = pick(arrays, m.at);
        if (hit && ArrayBuffer.isView(hit[1]))
          arrays[hit[0]] = (hit[1] as TypedArray).slice(
            0,
            Math.floor((hit[1] as TypedArray).length * m.keep),
          );
        break;
      }
      case 'growArray': {
        const hit = pick(arrays, m.at);
        if (hit && ArrayBuffer.isView(hit[1])) {
          const a = hit[1] as TypedArray;
          const b = new (a.constructor as new (n: number) => TypedArray)(a.length + m.extra);
          b.set(a as never);
          arrays[hit[0]] = b;
        }
        break;
      }
      case 'retypeArray': {
        const hit = pick(arrays, m.at);
        if (hit && ArrayBuffer.isView(hit[1])) {
          const a = hit[1] as TypedArray;
          arrays[hit[0]] =
            a instanceof Float64Array ? Int32Array.from(a) : Float64Array.from(a as ArrayLike<number>);
        }
        break;
      }
      case 'poke': {
        const hit = pick(arrays, m.at);
        if (hit && ArrayBuffer.isView(hit[1])) {
          const a = hit[1] as TypedArray;
          if (a.length > 0) a[m.index % a.length] = m.value;
        }
        break;
      }
      case 'scalar': {
        const hit = pick(state.scalars, m.at);
        if (hit) state.scalars[hit[0]] = m.value;
        break;
      }
      case 'rng': {
        const hit = pick(state.rng, m.at);
        if (hit) {
          if (m.key === 'all') state.rng[hit[0]] = m.value as Record<string, unknown>;
          else if (hit[1] !== null && typeof hit[1] === 'object') hit[1][m.key] = m.value;
        }
        break;
      }
      case 'extraArray':
        Object.defineProperty(arrays, m.name, {
          value: new Float64Array(2),
          enumerable: true,
          configurable: true,
          writable: true,
        });
        break;
      case 'scenario':
        if (m.path === 'whole') s['scenario'] = m.value as never;
        else if (s['scenario'] !== null && typeof s['scenario'] === 'object')
          (s['scenario'] as unknown as Record<string, unknown>)[m.path] = m.value;
        break;
      case 'outcomes':
        s['outcomes'] = m.value as never;
        break;
    }
  }
  return s;
}

export interface SnapshotFuzzCounts {
  cases: number;
  refused: number;
  restored: number;
  crashes: number;
  /** Cases that took longer than HANG_MS (a synchronous loop cannot be interrupted, only timed). */
  hangs: number;
  nan: number;
}

export const HANG_MS = 5000;

/** Restore each mutated snapshot; a refusal must be clear lines, a restore must run on with finite metrics. */
export function fuzzSnapshots(
  bases: readonly Snapshot[],
  runs: number,
  seed: number,
): { counts: SnapshotFuzzCounts; failures: string[] } {
  const counts: SnapshotFuzzCounts = { cases: 0, refused: 0, restored: 0, crashes: 0, hangs: 0, nan: 0 };
  const failures: string[] = [];
  const one = (snap: Snapshot, mutations: SnapshotMutation[]): void => {
    const hostile = mutateSnapshot(snap, mutations);
    let sim: Simulation;
    try {
      sim = Simulation.restore(hostile as Snapshot);
    } catch (e) {
      if (!(e instanceof ScenarioError)) {
        counts.crashes++;
        failures.push(`${JSON.stringify(mutations)}: ${String(e)}`);
        return;
      }
      counts.refused++;
      for (const p of e.problems) {
        const line = formatProblem(p);
        if (/[\r\n]/.test(line) || !/^[^\s].*: .+: \S.*$/.test(line)) failures.push(`unclear: ${line}`);
      }
      return;
    }
    counts.restored++;
    let metrics: Metrics[];
    try {
      metrics = sim.advance(3);
    } catch (e) {
      counts.crashes++;
      failures.push(`after restore ${JSON.stringify(mutations)}: ${String(e)}`);
      return;
    }
    const bad = metrics.flatMap((m) => Object.entries(m).filter(([, v]) => !Number.isFinite(v)));
    if (bad.length > 0) {
      counts.nan++;
      failures.push(`NaN after restore ${JSON.stringify(mutations)}: ${bad[0]![0]}`);
    }
  };
  fc.assert(
    fc.property(
      fc.constantFrom(...bases),
      fc.array(snapshotMutationArb, { minLength: 1, maxLength: 3 }),
      (snap, mutations) => {
        counts.cases++;
        const started = Date.now();
        one(snap, mutations);
        if (Date.now() - started > HANG_MS) {
          counts.hangs++;
          failures.push(`hang (${Date.now() - started} ms): ${JSON.stringify(mutations)}`);
        }
      },
    ),
    { numRuns: runs, seed },
  );
  return { counts, failures };
}
