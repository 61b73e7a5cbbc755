/** Choosing and pairing the measures of `kiez compare`, on hand-made run records. */
import { describe, expect, it } from 'vitest';
import type { RunRecord } from '../../sim/batch/run.ts';
import { compareRuns, globToRegExp, selectMeasures } from '../../cli/commands/compare-table.ts';

function record(replicate: number, metrics: string[], rows: number[][]): RunRecord {
  return {
    run: replicate,
    point: 0,
    replicate,
    seed: replicate,
    metrics,
    rows,
    ticks: rows.at(-1)![0]!,
    seriesDigest: '',
    stateDigest: '',
  };
}

describe('measure selection', () => {
  it('a glob matches whole names: "D.*" takes D.origin but not H.D, "?" one character', () => {
    expect(globToRegExp('D.*').test('D.origin.quarter')).toBe(true);
    expect(globToRegExp('D.*').test('H.D')).toBe(false);
    expect(globToRegExp('mov?s').test('moves')).toBe(true);
  });

  it('leaves out typology.typeN.* and measures of one scenario only, each with a note', () => {
    const a = [record(0, ['x', 'typology.type1.share', 'onlyA'], [[0, 1, 2, 3]])];
    const b = [record(0, ['x', 'typology.type1.share', 'refusals.cap'], [[0, 1, 2, 3]])];
    const s = selectMeasures(a, b, []);
    expect(s.measures).toEqual(['x']);
    expect(s.notes).toEqual([
      expect.stringMatching(
        /^1 measures typology\.typeN\.\* left out: the typology numbers its clusters anew/,
      ),
      'only A reports (left out): onlyA',
      'only B reports (left out): refusals.cap',
    ]);
  });

  it('a pattern that matches nothing is a note with the nearest name; nothing left at all is an error', () => {
    const a = [record(0, ['unhoused', 'moves'], [[0, 1, 2]])];
    const s = selectMeasures(a, a, ['unhosued', 'moves']);
    expect(s.measures).toEqual(['moves']);
    expect(s.notes[0]).toMatch(/--measures: "unhosued": matches no measure of both runs.*unhoused/);
    expect(() => selectMeasures(a, a, ['nothing*'])).toThrow(/matches no measure/);
    const c = [record(0, ['refusals.cap.native', 'refusals.cap.eu'], [[0, 1, 2]])];
    expect(selectMeasures(c, c, ['refusals.cap', 'refusals.*']).notes[0]).toBe(
      '--measures: "refusals.cap": matches no measure of both runs (did you mean "refusals.cap.*", 2 measures?)',
    );
    const capOnly = [record(0, ['moves', 'refusals.cap.eu'], [[0, 1, 2]])];
    expect(selectMeasures(a, capOnly, ['refusals.cap', 'moves']).notes[0]).toBe(
      '--measures: "refusals.cap": matches no measure of both runs (only one of the scenarios reports it, so it cannot be paired)',
    );
  });
});

describe('paired rows', () => {
  // Three seeds; B is A + 1, 2, 3 at tick 2, so d = 1, 2, 3: mean 2, sd 1, d_z 2, t = 2 sqrt(3).
  const a = [0, 1, 2].map((i) =>
    record(
      i,
      ['m'],
      [
        [0, 0],
        [1, 10],
        [2, 10 + i],
      ],
    ),
  );
  const b = [0, 1, 2].map((i) =>
    record(
      i,
      ['m'],
      [
        [0, 0],
        [1, 10],
        [2, 11 + 2 * i],
      ],
    ),
  );

  it('at a tick: d = 1, 2, 3 gives difference 2, d_z 2, t = 2 sqrt(3), df 2', () => {
    const [row] = compareRuns(a, b, ['m'], { kind: 'at', tick: 2 }, 'holm');
    expect(row!.difference).toBe(2);
    expect(row!.dz).toBeCloseTo(2, 14);
    expect(row!.t).toBeCloseTo(2 * Math.sqrt(3), 12);
    expect(row!.df).toBe(2);
    expect(row!.pAdjusted).toBeCloseTo(row!.p, 14);
  });

  it('over a window 1:2 each run contributes its mean: d = 0.5, 1, 1.5', () => {
    const [row] = compareRuns(a, b, ['m'], { kind: 'window', from: 1, to: 2 }, 'holm');
    expect(row!.difference).toBeCloseTo(1, 14);
    expect([row!.from, row!.to]).toEqual([1, 2]);
  });

  it('the series gives one row per tick, and Holm counts only the rows with a test', () => {
    const rows = compareRuns(a, b, ['m'], { kind: 'series', every: 1 }, 'holm');
    expect(rows.map((r) => r.from)).toEqual([0, 1, 2]);
    expect(rows[0]!.p).toBeNaN();
    expect(rows[2]!.pAdjusted).toBeCloseTo(rows[2]!.p, 14);
  });

  it("at the end: the tick row first, then each measure at each run's last row", () => {
    const rows = compareRuns(a, b, ['m'], { kind: 'end' }, 'BH');
    expect(rows.map((r) => r.measure)).toEqual(['tick', 'm']);
    expect(rows[1]!.difference).toBe(2);
  });
});
