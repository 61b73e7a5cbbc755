/**
 * How often a comparison computes the segregation indices. A run of the 100,000-dwelling city
 * spends more than half of each tick on the indices (67 ms a tick with them every tick, 30 ms
 * without, measured in Node), while a comparison's answer is read at the end of the runs and its
 * lines need no more than some 30 points. So the city's indices are computed at every tick divisible
 * by the largest divisor of the run length up to a thirtieth of it, and therefore at the last tick:
 * the end values are the ones `kiez compare` reports (indices are pure functions of the state and
 * change nothing in the run). Runs with a coarser cadence of their own keep it. A ready question may
 * add indices (D of each group against the rest) for its per-group panel; the others are unchanged.
 */
import { type DocumentLoader, mergeDocuments, resolveScenario } from '../../sim/scenario/resolve.ts';

/** The largest divisor of `ticks` no larger than ticks / 30 (1 for short runs). */
export function indexCadence(ticks: number): number {
  const most = Math.floor(ticks / 30);
  for (let d = most; d > 1; d--) if (ticks % d === 0) return d;
  return 1;
}

/** The document a comparison runs: the slot's, with the index cadence above for a city run. */
export function comparisonDocument(
  doc: Record<string, unknown>,
  ticks: number | undefined,
  load: DocumentLoader,
  /** Indices to compute besides the scenario's own (a ready question's per-group indices). */
  extraIndices: readonly string[] = [],
): Record<string, unknown> {
  const withTicks = ticks === undefined ? doc : { ...doc, ticks };
  const r = resolveScenario(withTicks, { load });
  // A document with problems goes as it is: the worker names them in the slot.
  if (!r.ok || r.scenario.mode !== 'city') return withTicks;
  const measures: Record<string, unknown> = {};
  const every = indexCadence(r.scenario.ticks);
  if (every > 1 && r.scenario.measures.every === 1) measures['every'] = every;
  const own = r.scenario.measures.indices;
  const ids =
    own.trim() === 'all'
      ? []
      : own
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean);
  const missing = extraIndices.filter((x) => own.trim() !== 'all' && !ids.includes(x));
  if (missing.length > 0) measures['indices'] = [...ids, ...missing].join(',');
  return Object.keys(measures).length > 0
    ? (mergeDocuments(withTicks, { measures }) as Record<string, unknown>)
    : withTicks;
}
