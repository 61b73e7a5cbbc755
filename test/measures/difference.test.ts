/**
 * The decomposition of a change in M (Elbers 2021; Shapley values over group shares, unit sizes
 * and structure, margins adjusted by IPF): the parts add up to the change, swapping the states
 * negates every part, a change of margins alone has no structural part, and R segregation's
 * published figures for schools00 -> schools05.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCountTable } from '../../sim/measures/count-table.ts';
import {
  IPF_TOLERANCE,
  ipf,
  type LabelledCounts,
  mutualDifference,
  mutualOfTable,
} from '../../sim/measures/difference.ts';
import * as ref from './reference.ts';

/** R segregation's test tables: units a, b; groups 1-4. */
const one: LabelledCounts = {
  units: ['a', 'b'],
  groups: ['1', '2', '3', '4'],
  counts: [40, 30, 20, 10, 5, 10, 15, 20],
};
const two: LabelledCounts = {
  units: ['a', 'b'],
  groups: ['1', '2', '3', '4'],
  counts: [20, 20, 20, 15, 5, 10, 10, 15],
};

const sumOfParts = (p: ReturnType<typeof mutualDifference>['parts']) =>
  p.additions + p.removals + p.group_marginal + p.unit_marginal + p.structural;

describe('the change decomposition of M', () => {
  it('has parts that add up to M2 - M1 and M1, M2 equal to the reference M', () => {
    const d = mutualDifference(one, two);
    expect(d.parts.M1).toBeCloseTo(
      ref.mutualInformation([
        [40, 30, 20, 10],
        [5, 10, 15, 20],
      ]),
      14,
    );
    expect(d.parts.M2).toBeCloseTo(
      ref.mutualInformation([
        [20, 20, 20, 15],
        [5, 10, 10, 15],
      ]),
      14,
    );
    expect(d.parts.diff).toBe(d.parts.M2 - d.parts.M1);
    expect(sumOfParts(d.parts)).toBeCloseTo(d.parts.diff, 14);
    expect([d.parts.additions, d.parts.removals]).toEqual([0, 0]);
    expect(d.ipf.precision).toBeLessThan(IPF_TOLERANCE);
  });

  it('negates every part when the two states are swapped (the Shapley parts are symmetric)', () => {
    const ab = mutualDifference(one, two).parts;
    const ba = mutualDifference(two, one).parts;
    for (const k of ['diff', 'group_marginal', 'unit_marginal', 'structural'] as const) {
      expect(ba[k]).toBeCloseTo(-ab[k], 9);
    }
  });

  it('is 0 in every part for identical states, and has no structural part when only a group grows', () => {
    const same = mutualDifference(one, one).parts;
    for (const v of [same.diff, same.group_marginal, same.unit_marginal, same.structural]) expect(v).toBe(0);
    // Group 2 doubled in every unit: the odds ratios (the structure) are unchanged.
    const grown = { ...one, counts: Array.from(one.counts, (x, i) => (i % 4 === 1 ? 2 * x : x)) };
    const d = mutualDifference(one, grown).parts;
    expect(Math.abs(d.diff)).toBeGreaterThan(1e-3);
    expect(d.structural).toBeCloseTo(0, 9);
    expect(d.group_marginal + d.unit_marginal).toBeCloseTo(d.diff, 9);
  });

  it('counts units and groups found in one state only as additions and removals', () => {
    const withC: LabelledCounts = {
      units: ['a', 'b', 'c'],
      groups: ['1', '2', '3', '4', '5'],
      counts: [20, 20, 20, 15, 0, 5, 10, 10, 15, 0, 0, 0, 30, 2, 9],
    };
    const d = mutualDifference(one, withC);
    expect(d.overlap).toEqual({ units: 2, groups: 4 });
    expect(d.parts.additions).toBeCloseTo(d.parts.M2 - mutualDifference(one, two).parts.M2, 14);
    expect(d.parts.removals).toBe(0);
    expect(sumOfParts(d.parts)).toBeCloseTo(d.parts.diff, 14);
  });

  it('fits margins by IPF keeping the zero cells and the odds ratios of the seed', () => {
    const seed = Float64Array.from([4, 1, 0, 2, 2, 6]);
    const fit = ipf(seed, 2, 3, Float64Array.from([0.3, 0.7]), Float64Array.from([0.5, 0.2, 0.3]));
    expect(fit.precision).toBeLessThan(IPF_TOLERANCE);
    const t = fit.table;
    expect(t[2]).toBe(0);
    expect(t[0]! + t[1]! + t[2]!).toBeCloseTo(0.3, 9);
    expect(t[0]! + t[3]!).toBeCloseTo(0.5, 12);
    expect((t[0]! * t[4]!) / (t[1]! * t[3]!)).toBeCloseTo((4 * 2) / (1 * 2), 9);
    expect(mutualOfTable(Float64Array.from([1, 0, 0, 1]), 2, 2)).toBeCloseTo(Math.LN2, 15);
  });

  it("gives R segregation's schools00 -> schools05 figures (race x school)", () => {
    const load = (file: string): LabelledCounts => {
      const r = readCountTable(
        readFileSync(new URL(`../fixtures/schools/${file}`, import.meta.url), 'utf8'),
        {
          group: 'race',
          units: ['school'],
        },
      );
      if (!r.ok) throw new Error(JSON.stringify(r.problems));
      return {
        units: r.table.unitLabels[0]!,
        groups: r.table.inputs.dimensions[0]!.labels,
        counts: r.table.counts,
      };
    };
    const d = mutualDifference(load('schools00.csv'), load('schools05.csv'));
    const p = d.parts;
    // Every version of the package: M1 0.42554, M2 0.41339, diff -0.01215, additions -0.00341,
    // removals -0.01141.
    expect(p.M1).toBeCloseTo(0.42554, 5);
    expect(p.M2).toBeCloseTo(0.41339, 5);
    expect(p.diff).toBeCloseTo(-0.01215, 5);
    expect(p.additions).toBeCloseTo(-0.00341, 5);
    expect(p.removals).toBeCloseTo(-0.01141, 5);
    // The package's README when the Shapley method was added (IPF to its default precision 1e-4):
    // group_marginal 0.01623, unit_marginal -0.01674, structural 0.00318.
    expect(p.group_marginal).toBeCloseTo(0.01623, 4);
    expect(p.unit_marginal).toBeCloseTo(-0.01674, 4);
    expect(p.structural).toBeCloseTo(0.00318, 4);
    expect(sumOfParts(p)).toBeCloseTo(p.diff, 13);
    expect(d.overlap).toEqual({ units: 1710, groups: 5 });
    expect(d.ipf.sweeps).toBeLessThan(100);
  });
});
