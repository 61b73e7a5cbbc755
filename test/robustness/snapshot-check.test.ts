/**
 * Issue 19, fault 4: `Simulation.restore()` checks its input. A snapshot that does not fit its
 * scenario's model is refused with one line per problem (field, value, what is allowed), never a
 * TypeError, and never a run that goes on to NaN metrics.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario, ScenarioError } from '../../sim/scenario/resolve.ts';
import { createSimulation, Simulation, type Snapshot } from '../../sim/simulation.ts';
import { cityScenario } from '../city/helpers.ts';
import { fuzzSnapshots } from './snapshot-hostile.ts';

const classic = loadScenario({ mode: 'classic', ticks: 30, classic: { size: 20 } });
const city = cityScenario({ city: { dwellings: 1000, dwellingsPerQuarter: 250 } }, 30);

function snapshotAt(scenario: typeof classic, ticks: number): Snapshot {
  const sim = createSimulation(scenario, 3);
  sim.advance(ticks);
  return sim.snapshot();
}

const classicSnap = snapshotAt(classic, 4);
const citySnap = snapshotAt(city, 4);

/** The lines of the ScenarioError `restore` throws, or [] when it restores. */
function refusal(snapshot: unknown): string[] {
  try {
    Simulation.restore(snapshot as Snapshot);
    return [];
  } catch (e) {
    if (!(e instanceof ScenarioError)) throw e;
    return e.message.split('\n');
  }
}

function edited(
  snap: Snapshot,
  edit: (s: {
    state: { tick: number; arrays: Record<string, unknown>; scalars: Record<string, unknown> };
  }) => void,
): unknown {
  const copy = structuredClone(snap) as unknown as Parameters<typeof edit>[0];
  edit(copy);
  return copy;
}

describe('Simulation.restore refuses snapshots that do not fit, naming the field', () => {
  it('a classic snapshot without agentGroup is refused by name, not with a TypeError', () => {
    const lines = refusal(edited(classicSnap, (s) => delete s.state.arrays['agentGroup']));
    expect(lines).toEqual(['snapshot: state.arrays.agentGroup: (missing): a Uint8Array']);
  });

  it('a snapshot with tick NaN is refused', () => {
    for (const tick of [Number.NaN, Infinity, 2.5, -1, 1e9]) {
      const lines = refusal(edited(classicSnap, (s) => (s.state.tick = tick)));
      expect(lines).toEqual([`snapshot: state.tick: ${tick}: a whole number from 0 to 100000 (ticks)`]);
    }
  });

  it('a city snapshot with its income array halved is refused with the length the model holds', () => {
    const full = (citySnap.state.arrays['income'] as Float64Array).length;
    const half = Math.floor(full / 2);
    const lines = refusal(
      edited(
        citySnap,
        (s) => (s.state.arrays['income'] = (s.state.arrays['income'] as Float64Array).slice(0, half)),
      ),
    );
    expect(lines).toEqual([
      `snapshot: state.arrays.income: "Float64Array of ${half} values": ${full} values, the length of this array in the model of this scenario`,
    ]);
  });

  it('NaN in a city income, a wrong kind of array, an unknown array and a broken random state are each named', () => {
    expect(
      refusal(edited(citySnap, (s) => ((s.state.arrays['income'] as Float64Array)[7] = Number.NaN))),
    ).toEqual(['snapshot: state.arrays.income[7]: NaN: a finite number']);
    expect(refusal(edited(classicSnap, (s) => (s.state.arrays['vacant'] = new Float64Array(40))))).toEqual([
      'snapshot: state.arrays.vacant: "Float64Array of 40 values": a Int32Array',
    ]);
    expect(refusal(edited(classicSnap, (s) => (s.state.arrays['extra'] = new Uint8Array(2))))).toEqual([
      'snapshot: state.arrays.extra: "Uint8Array of 2 values": no such array; this model keeps agentCell, agentGroup, vacant',
    ]);
    const broken = structuredClone(classicSnap) as unknown as {
      state: { rng: Record<string, Record<string, number>> };
    };
    broken.state.rng['move']!['s1'] = Number.NaN;
    expect(refusal(broken)).toEqual(['snapshot: state.rng.move.s1: NaN: a number from 0 to 1 (below 1)']);
  });

  it('a city snapshot whose high-water mark is 2^31 is refused, not looped over for minutes (found by the fuzz)', () => {
    const capacity = (citySnap.state.arrays['status'] as Uint8Array).length;
    const lines = refusal(edited(citySnap, (s) => (s.state.scalars['highWater'] = 2 ** 31)));
    expect(lines).toEqual([
      `snapshot: state.scalars.highWater: 2147483648: a whole number from 0 to ${capacity} (the length of status)`,
    ]);
  });

  it('an agent moved onto an occupied cell is an inconsistent state', () => {
    const lines = refusal(
      edited(classicSnap, (s) => {
        const cells = s.state.arrays['agentCell'] as Int32Array;
        cells[1] = cells[0]!;
      }),
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^snapshot: state: "\d+( or more)? inconsistencies": a consistent state of the model \(first: /,
    );
  });

  it('not a snapshot, or a snapshot of a broken scenario, is one line each', () => {
    expect(refusal(null)).toEqual([
      'snapshot: format: null: "kiez-snapshot/1" (a snapshot made by Simulation.snapshot())',
    ]);
    expect(refusal({ ...classicSnap, scenario: { ...classicSnap.scenario, ticks: -3 } })).toEqual([
      'snapshot: scenario.ticks: -3: a whole number from 0 to 100000 (ticks)',
    ]);
    expect(refusal({ ...classicSnap, seed: 1.5 })).toEqual([
      'snapshot: seed: 1.5: a whole number from 0 to 2147483647 (seed)',
    ]);
  });

  it('valid snapshots, cloned as across a worker, still restore and continue identically', () => {
    for (const [scenario, snap] of [
      [classic, classicSnap],
      [city, citySnap],
    ] as const) {
      const straight = createSimulation(scenario, 3);
      straight.advance(4);
      const restored = Simulation.restore(structuredClone(snap));
      expect(restored.digest()).toBe(straight.digest());
      expect(restored.advance(5)).toEqual(straight.advance(5));
    }
  });
});

describe('fuzzing Simulation.restore', () => {
  it('200 mutated snapshots are each refused in clear lines or restored to a run with finite metrics', () => {
    const { counts, failures } = fuzzSnapshots([classicSnap, citySnap], 200, 19);
    expect(failures).toEqual([]);
    expect(counts.cases).toBe(200);
    expect(counts.refused).toBeGreaterThan(150);
  });
});
