import { describe, expect, it } from 'vitest';
import type { Metrics } from '../../sim/model.ts';
import { appendNewRows } from '../../ui/worker/bridge.ts';

const rows = (...ticks: number[]): Metrics[] => ticks.map((tick) => ({ tick, x: tick * 10 }));

describe('appending worker rows to a series', () => {
  it('keeps the rows in tick order when progress arrives after the result that already holds it', () => {
    const series = rows(0);
    expect(appendNewRows(series, rows(1, 2, 3, 4))).toBe(4);
    expect(appendNewRows(series, rows(1, 2))).toBe(0);
    expect(series.map((r) => r['tick'])).toEqual([0, 1, 2, 3, 4]);
  });

  it('adds only the ticks it has not seen when a result repeats rows already sent as progress', () => {
    const series = rows(0, 1, 2);
    expect(appendNewRows(series, rows(1, 2, 3))).toBe(1);
    expect(series.map((r) => r['tick'])).toEqual([0, 1, 2, 3]);
  });

  it('starts an empty series with the first row it is given', () => {
    const series: Metrics[] = [];
    expect(appendNewRows(series, rows(0, 1))).toBe(2);
    expect(series).toEqual(rows(0, 1));
  });
});
