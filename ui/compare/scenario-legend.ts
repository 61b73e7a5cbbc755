/**
 * The one legend above a panel of small charts that compare scenarios: a swatch in each scenario's
 * colour and its name, so every chart below can leave its own legend out and keep the room for bars.
 */
import { el } from '../app/dom.ts';
import type { ScenarioRuns } from '../charts/compare-charts.ts';
import { categoryColour } from '../map/palette.ts';

export function fillScenarioLegend(legend: HTMLElement, all: readonly ScenarioRuns[]): void {
  legend.replaceChildren(
    ...all.map((runs, k) => {
      const swatch = el('span', { class: 'swatch' });
      swatch.style.background = categoryColour(k);
      return el('span', { class: 'legend-item' }, swatch, runs.name);
    }),
  );
}
