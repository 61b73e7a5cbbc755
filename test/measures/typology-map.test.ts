/** The quarter typology on the map and each quarter's type over time. */
import { describe, expect, it } from 'vitest';
import { quarterCategoryLayer } from '../../sim/city/outputs.ts';
import { TypeHistory, typeRuns } from '../../sim/measures/type-history.ts';
import type { Metrics } from '../../sim/model.ts';
import { loadScenario } from '../../sim/scenario/resolve.ts';
import { createSimulation, Simulation, transferablesOf } from '../../sim/simulation.ts';
import { cityScenario } from '../city/helpers.ts';

const EMPTY = 255;

/** Quarters of each type as the layer shows them (a quarter counts once, whatever its cells). */
function quartersPerTypeOnMap(sim: Simulation): number[] {
  const view = sim.view();
  const layer = view.layers['typology']!;
  const quarterOf = view.units['quarter']!;
  const typeOfQuarter = new Map<number, number>();
  for (let c = 0; c < layer.values.length; c++) {
    const v = layer.values[c]!;
    const q = quarterOf[c]!;
    const seen = typeOfQuarter.get(q);
    // Every cell of a quarter has the quarter's one type.
    if (seen !== undefined) expect(v).toBe(seen);
    typeOfQuarter.set(q, v);
  }
  const counts = new Array<number>(layer.labels!.length).fill(0);
  for (const v of typeOfQuarter.values()) if (v !== EMPTY) counts[v]!++;
  return counts;
}

function quartersPerTypeInColumns(m: Metrics, k: number): number[] {
  return Array.from({ length: k }, (_, c) => m[`typology.type${c + 1}.quarters`]!);
}

describe('the quarter typology layer', () => {
  it('puts each cell in its quarter type and leaves quarters without a type empty', () => {
    // A 3 x 2 raster: quarter 0 on the left column, 1 in the middle, 2 on the right (no type).
    const quarterOf = Int32Array.from([0, 1, 2, 0, 1, 2]);
    const layer = quarterCategoryLayer(quarterOf, Int32Array.from([1, 0, -1]), ['type 1', 'type 2']);
    expect(layer.kind).toBe('category');
    expect([...layer.values]).toEqual([1, 0, EMPTY, 1, 0, EMPTY]);
    expect(layer.labels).toEqual(['type 1', 'type 2']);
  });

  it('is all empty until the typology is first computed, then agrees with the typology.typeN columns', () => {
    const sim = createSimulation(cityScenario({}, 12), 1);
    const before = sim.view().layers['typology']!;
    expect(before.labels).toEqual(['type 1', 'type 2', 'type 3', 'type 4', 'type 5']);
    expect(before.values.every((v) => v === EMPTY)).toBe(true);
    for (let t = 0; t < 4; t++) {
      const [m] = sim.advance(1);
      expect(quartersPerTypeOnMap(sim)).toEqual(quartersPerTypeInColumns(m!, 5));
    }
    const onMap = quartersPerTypeOnMap(sim);
    expect(onMap.reduce((a, b) => a + b, 0)).toBeGreaterThan(1);
  });

  it('names as many types as the scenario asks for, and is absent when the typology is off', () => {
    const three = createSimulation(cityScenario({ outcomes: { typology: { types: 3 } } }, 2), 2);
    expect(three.view().layers['typology']!.labels).toEqual(['type 1', 'type 2', 'type 3']);
    const off = createSimulation(cityScenario({ outcomes: { typology: { types: 0 } } }, 2), 2);
    expect(off.view().layers['typology']).toBeUndefined();
    const noOutcomes = createSimulation(cityScenario({ outcomes: { every: 0 } }, 2), 2);
    expect(noOutcomes.view().layers['typology']).toBeUndefined();
    const classic = createSimulation(loadScenario({ mode: 'classic', ticks: 2 }), 2);
    expect(classic.view().layers['typology']).toBeUndefined();
  });
});

describe('the type history of the quarters', () => {
  it('keeps quarterType at every tick the typology was computed, as the columns count it', () => {
    const sim = createSimulation(cityScenario({ outcomes: { every: 3 } }, 12), 3);
    const outcomes = sim.outcomes!;
    const seen: { tick: number; types: Int32Array; m: Metrics }[] = [];
    const record = (m: Metrics) => {
      if (m['typology.type1.quarters'] !== undefined)
        seen.push({ tick: m['tick']!, types: outcomes.quarterType.slice(), m });
    };
    record(sim.metrics());
    sim.advance(10, record);
    expect(seen.map((s) => s.tick)).toEqual([0, 3, 6, 9]);
    const h = outcomes.history;
    expect([...h.ticks()]).toEqual([0, 3, 6, 9]);
    seen.forEach((s, i) => {
      expect([...h.row(i)]).toEqual([...s.types]);
      const counts = new Array<number>(5).fill(0);
      for (const t of h.row(i)) if (t >= 0) counts[t]!++;
      expect(counts).toEqual(quartersPerTypeInColumns(s.m, 5));
    });
    const Q = h.quarters;
    for (let q = 0; q < Q; q++) {
      const one = h.of(q);
      expect([...one.ticks]).toEqual([0, 3, 6, 9]);
      expect([...one.types]).toEqual(seen.map((s) => s.types[q]!));
    }
    // Several types on the map at each computation (else the strip would show nothing).
    for (const s of seen) expect(new Set(s.types).size).toBeGreaterThan(1);
  });

  it('starts each typology from the last one, so quarters keep their type unless their profile moves', () => {
    // A fresh clustering each tick numbered and cut the types anew: a quarter on the border between
    // two types flipped back and forth (41 changes in 120 ticks for one baseline quarter).
    for (const seed of [1, 2]) {
      const sim = createSimulation(cityScenario({ outcomes: { every: 1 } }, 30), seed);
      sim.advance(30);
      const h = sim.outcomes!.history;
      let kept = 0;
      let pairs = 0;
      for (let i = 1; i < h.length; i++) {
        const a = h.row(i - 1);
        const b = h.row(i);
        for (let q = 0; q < h.quarters; q++) {
          if (a[q]! < 0 || b[q]! < 0) continue;
          pairs++;
          if (a[q] === b[q]) kept++;
        }
      }
      expect(pairs).toBeGreaterThan(100);
      expect(kept / pairs).toBeGreaterThan(0.9);
    }
  });

  it('keeps one row for a tick whose metrics are asked twice', () => {
    const sim = createSimulation(cityScenario({}, 4), 4);
    sim.metrics();
    sim.metrics();
    sim.advance(2);
    sim.metrics();
    expect([...sim.outcomes!.history.ticks()]).toEqual([0, 1, 2]);
  });

  it.each([5, 6])('survives a snapshot and restore and continues identically (seed %i)', (seed) => {
    const straight = createSimulation(cityScenario({ outcomes: { every: 2 } }, 16), seed);
    straight.metrics();
    straight.advance(7);
    const snapshot = structuredClone(straight.snapshot());
    const buffers = transferablesOf(snapshot);
    expect(buffers).toContain(snapshot.outcomes!['typologyTicks']!.buffer);
    expect(buffers).toContain(snapshot.outcomes!['typologyTypes']!.buffer);
    const restored = Simulation.restore(snapshot);
    const a = straight.outcomes!;
    const b = restored.outcomes!;
    expect([...b.history.ticks()]).toEqual([0, 2, 4, 6]);
    expect(b.history.save()).toEqual(a.history.save());
    expect([...b.quarterType]).toEqual([...a.quarterType]);
    expect(restored.view().layers['typology']).toEqual(straight.view().layers['typology']);
    straight.advance(6);
    restored.advance(6);
    expect([...b.history.ticks()]).toEqual([0, 2, 4, 6, 8, 10, 12]);
    expect(b.history.save()).toEqual(a.history.save());
    for (let q = 0; q < a.history.quarters; q++) expect(b.history.of(q)).toEqual(a.history.of(q));
  });
});

describe('TypeHistory', () => {
  it('cuts a history into runs of one type, as the strip draws it', () => {
    const h = { ticks: Int32Array.from([0, 2, 4, 6, 8]), types: Int8Array.from([1, 1, -1, 3, 3]) };
    expect(typeRuns(h)).toEqual([
      { type: 1, from: 0, to: 2, rows: 2 },
      { type: -1, from: 4, to: 4, rows: 1 },
      { type: 3, from: 6, to: 8, rows: 2 },
    ]);
    expect(typeRuns({ ticks: new Int32Array(0), types: new Int8Array(0) })).toEqual([]);
  });

  it('grows past its first rows without losing any', () => {
    const h = new TypeHistory(2);
    for (let t = 0; t < 40; t++) h.record(t, Int32Array.from([t % 3, -1]));
    expect(h.length).toBe(40);
    expect([...h.of(0).types]).toEqual(Array.from({ length: 40 }, (_, t) => t % 3));
    expect([...h.of(1).types]).toEqual(new Array(40).fill(-1));
    expect(h.ticks()[39]).toBe(39);
  });

  it('refuses a quarter out of range and a saved history of the wrong size', () => {
    const h = new TypeHistory(3);
    expect(() => h.of(3)).toThrow('quarter 3 is not one of 0..2');
    expect(() => h.restore(Int32Array.from([1, 2]), new Int8Array(5))).toThrow(
      'typology history in a snapshot has 5 types for 2 ticks x 3 quarters',
    );
    expect(() => h.restore(Float64Array.from([1]), new Int8Array(3))).toThrow('Int32Array of ticks');
  });
});
