import { loadScenario } from '../../sim/scenario/resolve.ts';
import type { Scenario } from '../../sim/scenario/spec.ts';

/** A resolved classic scenario with the given overrides of the `classic` section. */
export function classicScenario(
  classic: Partial<ClassicParams>,
  top: Record<string, unknown> = {},
): Scenario {
  return loadScenario({ mode: 'classic', ticks: 200, ...top, classic });
}
