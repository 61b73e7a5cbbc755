/**
 * The moments of one run: each target's measure at its tick, or its mean over a window of ticks,
 * read from the run's recorded rows. A value the run does not have (an index not computed at that
 * tick, a run that stopped early) is reported, never turned into a number.
 */
import type { RunRecord } from '../batch/run.ts';
import type { Target } from './spec.ts';

export type Moments =
  | { readonly ok: true; readonly values: number[] }
  | { readonly ok: false; readonly fault: string };

export function describeWhen(t: Pick<Target, 'tick' | 'window'>): string {
  return t.tick !== null ? `tick ${t.tick}` : `mean of ticks ${t.window![0]}-${t.window![1]}`;
}

export function runMoments(record: Pick<RunRecord, 'metrics' | 'rows'>, targets: readonly Target[]): Moments {
  const rowOf = new Map<number, readonly (number | null)[]>();
  for (const row of record.rows) rowOf.set(row[0] as number, row);
  const values: number[] = [];
  for (const t of targets) {
    const column = record.metrics.indexOf(t.measure);
    const ticks =
      t.tick !== null
        ? [t.tick]
        : Array.from({ length: t.window![1] - t.window![0] + 1 }, (_, i) => t.window![0] + i);
    let sum = 0;
    for (const tick of ticks) {
      const row = rowOf.get(tick);
      const v = row && column >= 0 ? row[column + 1] : null;
      if (v === null || v === undefined) {
        const why = !row
          ? 'the run ended before it'
          : 'the model computes no value there (see measures.every and outcomes.every)';
        return { ok: false, fault: `${t.measure} at tick ${tick}: ${why}` };
      }
      sum += v;
    }
    values.push(sum / ticks.length);
  }
  return { ok: true, values };
}
