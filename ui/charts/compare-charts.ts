/**
 * Charts of several scenarios over the same seeds: a metric over time (one line per scenario, the
 * mean over seeds, with a band from the lowest to the highest seed), its end values as bars, and
 * the scale effect (one index at each container scale and radius, end values).
 */
import type { Metrics } from '../../sim/model.ts';
import { categoryColour } from '../map/palette.ts';
import { t } from '../i18n/index.ts';
import { Chart } from './setup.ts';

export interface ScenarioRuns {
  readonly name: string;
  /** One series per seed, each starting at tick 0. */
  readonly replicates: readonly (readonly Metrics[])[];
}

interface Summary {
  readonly ticks: number[];
  readonly mean: number[];
  readonly low: number[];
  readonly high: number[];
}

/** Mean, lowest and highest over seeds at each tick; a run that ended early keeps its last value. */
export function summarise(runs: ScenarioRuns, metric: string): Summary {
  const length = Math.max(0, ...runs.replicates.map((r) => r.length));
  const out: Summary = { ticks: [], mean: [], low: [], high: [] };
  for (let i = 0; i < length; i++) {
    let sum = 0;
    let n = 0;
    let low = Number.POSITIVE_INFINITY;
    let high = Number.NEGATIVE_INFINITY;
    let tick = i;
    for (const r of runs.replicates) {
      const row = r[i] ?? r.at(-1);
      const v = row?.[metric];
      if (r[i]) tick = r[i]!['tick'] ?? i;
      if (v === undefined || !Number.isFinite(v)) continue;
      sum += v;
      n++;
      low = Math.min(low, v);
      high = Math.max(high, v);
    }
    out.ticks.push(tick);
    out.mean.push(n > 0 ? sum / n : Number.NaN);
    out.low.push(n > 0 ? low : Number.NaN);
    out.high.push(n > 0 ? high : Number.NaN);
  }
  return out;
}

/** The end value: the last tick at which the metric was computed (indices may skip ticks). */
export function lastFinite(values: readonly number[]): number {
  for (let i = values.length - 1; i >= 0; i--) if (Number.isFinite(values[i]!)) return values[i]!;
  return Number.NaN;
}

function translucent(hex: string): string {
  return `${hex}33`;
}

export function lineChart(canvas: HTMLCanvasElement): Chart<'line', { x: number; y: number }[]> {
  return new Chart(canvas, {
    type: 'line',
    data: { datasets: [] },
    options: {
      parsing: false,
      spanGaps: true,
      normalized: true,
      scales: { x: { type: 'linear', title: { display: true, text: 'tick' }, ticks: { precision: 0 } } },
      plugins: { legend: { labels: { filter: (item) => !item.text.startsWith('~') } } },
    },
  });
}

export function fillLineChart(
  chart: Chart<'line', { x: number; y: number }[]>,
  all: readonly ScenarioRuns[],
  metric: string,
): void {
  const datasets: Chart<'line', { x: number; y: number }[]>['data']['datasets'] = [];
  all.forEach((runs, k) => {
    const colour = categoryColour(k);
    const s = summarise(runs, metric);
    const points = (ys: number[]) => ys.map((y, i) => ({ x: s.ticks[i]!, y }));
    if (runs.replicates.length > 1) {
      // Band: the lower edge, then the upper edge filled down to it. Names with ~ stay out of the legend.
      datasets.push({
        label: `~low ${runs.name}`,
        data: points(s.low),
        borderWidth: 0,
        pointRadius: 0,
        fill: false,
      });
      datasets.push({
        label: `~high ${runs.name}`,
        data: points(s.high),
        borderWidth: 0,
        pointRadius: 0,
        backgroundColor: translucent(colour),
        fill: '-1',
      });
    }
    datasets.push({
      label: runs.name,
      data: points(s.mean),
      borderColor: colour,
      backgroundColor: colour,
      pointRadius: 0,
      borderWidth: 2,
    });
  });
  chart.data.datasets = datasets;
  chart.options.plugins!.title = { display: true, text: metric };
  chart.update('none');
}

export function barChart(canvas: HTMLCanvasElement): Chart<'bar', number[], string> {
  return new Chart(canvas, {
    type: 'bar',
    data: { labels: [], datasets: [] },
    options: { plugins: { legend: { display: true } } },
  });
}

/** End value of each scenario (mean over seeds) for one metric. */
export function fillEndValues(
  chart: Chart<'bar', number[], string>,
  all: readonly ScenarioRuns[],
  metric: string,
): void {
  chart.data.labels = [metric];
  chart.data.datasets = all.map((runs, k) => ({
    label: runs.name,
    data: [lastFinite(summarise(runs, metric).mean)],
    backgroundColor: categoryColour(k),
  }));
  chart.options.plugins!.title = { display: true, text: `${t('endValues')}: ${metric}` };
  chart.update('none');
}

/** One family of an index (e.g. `D.group`) at each of its scales, end values per scenario. */
export function fillScaleEffect(
  chart: Chart<'bar', number[], string>,
  all: readonly ScenarioRuns[],
  family: string,
  members: readonly string[],
): void {
  chart.data.labels = members.map((m) => m.slice(family.length + 1));
  chart.data.datasets = all.map((runs, k) => ({
    label: runs.name,
    data: members.map((m) => lastFinite(summarise(runs, m).mean)),
    backgroundColor: categoryColour(k),
  }));
  chart.options.plugins!.title = { display: true, text: `${t('scaleEffect')}: ${family}` };
  chart.update('none');
}
