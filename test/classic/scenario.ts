import { loadScenario } from '../../sim/scenario/resolve.ts';
import type { Scenario } from '../../sim/scenario/spec.ts';

/** A resolved classic scenario with the given `classic` section, written as in a file. */
export function classicScenario(
  classic: Record<string, unknown>,
  top: Record<string, unknown> = {},
): Scenario {
  return loadScenario({ mode: 'classic', ticks: 200, ...top, classic });
}
