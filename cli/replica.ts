/**
 * A smaller model of the same scenario, for checks that need a built model but not its size: the
 * names a model is checked against (measure scales and dimensions, outcome groups) are the same at
 * every size above these, so `kiez validate` and a sweep's preflight build the replica instead of a
 * 2-million-dwelling city (108 s) or a 4000 x 4000 grid (24 s).
 */
import { resolveScenario, scenarioForOutput } from '../sim/scenario/resolve.ts';
import type { Scenario } from '../sim/scenario/spec.ts';
import { keepCityFile } from './city-file.ts';

/** Above this many dwellings, names are checked on a city of this size instead of the whole one. */
export const REPLICA_DWELLINGS = 50_000;
/**
 * Above this side, on a grid of this side: every classic scale name (block3 to block25) exists from
 * a side of 50 on, so a 500 x 500 grid has the names a 4000 x 4000 one has.
 */
export const REPLICA_SIDE = 500;
/** A city file is checked at one simulated household for this many (Berlin: 1.5 s instead of 15 s). */
export const REPLICA_SCALE = 50;

/** The scenario at a smaller size, when its model is too big to build for a check. */
export function replicaOf(s: Scenario): Scenario | undefined {
  const doc = scenarioForOutput(s);
  let smaller: Record<string, unknown>;
  if (s.mode === 'city' && s.city.source !== '') {
    // A city file: the same areas and scales at 1:REPLICA_SCALE (the file is checked whole either way).
    if (s.city.scale >= REPLICA_SCALE) return undefined;
    smaller = { ...doc, city: { ...s.city, scale: REPLICA_SCALE } };
  } else if (s.mode === 'city' && s.city.dwellings > REPLICA_DWELLINGS) {
    smaller = { ...doc, city: { ...s.city, dwellings: REPLICA_DWELLINGS } };
  } else if (s.mode === 'classic' && s.classic.size > REPLICA_SIDE) {
    // agents 0: as many as the vacancy leaves room for on the smaller grid.
    smaller = { ...doc, classic: { ...s.classic, size: REPLICA_SIDE, agents: 0 } };
  } else return undefined;
  const r = resolveScenario(smaller);
  return r.ok ? keepCityFile(s, r.scenario) : undefined;
}
