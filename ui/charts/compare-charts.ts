/**
 * Charts of several scenarios over the same seeds: a measure over time (one line per scenario, the
 * mean over seeds, with a band from the lowest to the highest seed); the paired difference to the
 * baseline over time (a line per scenario with its 95 % band); end values and end differences as
 * bars with 95 % whiskers; and the scale effect (one index at each container scale and radius).
 * Titles, axis titles and units come from the measure labeller, so exported pictures stand alone.
 */
import type { Metrics } from '../../sim/model.ts';
import { type PairedRuns, differenceOverTime, endDifference, endSummary } from '../compare/differences.ts';
import { t } from '../i18n/index.ts';
import { categoryColour } from '../map/palette.ts';
import { measureInfo } from '../measures/current.ts';
import { Chart } from './setup.ts';
import { type Whisker, whiskerPlugin, whiskerRange } from './whiskers.ts';

/** One scenario's runs; runs not finished yet are undefined. */
export type ScenarioRuns = PairedRuns;

interface Summary {
  readonly ticks: number[];
  readonly mean: number[];
  readonly low: number[];
  readonly high: number[];
}

type LineChart = Chart<'line', { x: number; y: number }[]>;
type BarChart = Chart<'bar', number[], string>;

/** Mean, lowest and highest over seeds at each tick; a run that ended early keeps its last value. */
export function summarise(runs: ScenarioRuns, metric: string): Summary {
  const replicates = runs.replicates.filter((r): r is readonly Metrics[] => r !== undefined);
  const length = Math.max(0, ...replicates.map((r) => r.length));
  const out: Summary = { ticks: [], mean: [], low: [], high: [] };
  for (let i = 0; i < length; i++) {
    let sum = 0;
    let n = 0;
    let low = Number.POSITIVE_INFINITY;
    let high = Number.NEGATIVE_INFINITY;
    let tick = i;
    for (const r of replicates) {
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

/** The legend leaves out datasets whose label starts with ~ (band edges). */
const legend = { labels: { filter: (item: { text: string }) => !item.text.startsWith('~') } };

export function lineChart(canvas: HTMLCanvasElement): LineChart {
  return new Chart(canvas, {
    type: 'line',
    data: { datasets: [] },
    options: {
      parsing: false,
      spanGaps: true,
      normalized: true,
      scales: { x: { type: 'linear', ticks: { precision: 0 } }, y: { type: 'linear' } },
      plugins: { legend },
    },
  });
}

export function axes(
  chart: LineChart | BarChart,
  metric: string,
  difference: boolean,
  xTitle?: string,
): void {
  const m = measureInfo(metric);
  const scales = chart.options.scales as Record<string, Record<string, unknown>>;
  scales['x'] = { ...scales['x'], title: { display: true, text: xTitle ?? t('tickAxis') } };
  scales['y'] = {
    ...scales['y'],
    min: undefined,
    max: undefined,
    beginAtZero: true,
    ...(m.bounded && !difference ? { min: 0, max: 1 } : {}),
    title: { display: true, text: difference ? `${t('differenceCol')} (${m.unitLabel})` : m.unitLabel },
  };
}

function band(
  label: string,
  colour: string,
  lows: { x: number; y: number }[],
  highs: { x: number; y: number }[],
) {
  return [
    { label: `~low ${label}`, data: lows, borderWidth: 0, pointRadius: 0, fill: false },
    {
      label: `~high ${label}`,
      data: highs,
      borderWidth: 0,
      pointRadius: 0,
      backgroundColor: translucent(colour),
      fill: '-1' as const,
    },
  ];
}

/** The measure over time: mean over seeds, band from lowest to highest seed. */
export function fillLineChart(chart: LineChart, all: readonly ScenarioRuns[], metric: string): void {
  const datasets: LineChart['data']['datasets'] = [];
  all.forEach((runs, k) => {
    const colour = categoryColour(k);
    const s = summarise(runs, metric);
    const points = (ys: number[]) => ys.map((y, i) => ({ x: s.ticks[i]!, y }));
    if (runs.replicates.filter(Boolean).length > 1)
      datasets.push(...band(runs.name, colour, points(s.low), points(s.high)));
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
  axes(chart, metric, false);
  chart.options.plugins!.title = { display: true, text: measureInfo(metric).label };
  chart.update('none');
}

/** Each scenario minus the baseline over time, paired by seed: mean with its 95 % band. */
export function fillDifferenceLines(
  chart: LineChart,
  base: ScenarioRuns,
  others: readonly ScenarioRuns[],
  metric: string,
): void {
  const datasets: LineChart['data']['datasets'] = [];
  others.forEach((runs, k) => {
    const colour = categoryColour(k + 1);
    const d = differenceOverTime(base, runs, metric);
    const points = (ys: number[]) => ys.map((y, i) => ({ x: d.ticks[i]!, y }));
    datasets.push(...band(runs.name, colour, points(d.low), points(d.high)));
    datasets.push({
      label: runs.name,
      data: points(d.mean),
      borderColor: colour,
      backgroundColor: colour,
      pointRadius: 0,
      borderWidth: 2,
    });
  });
  const ticks = datasets.flatMap((ds) => ds.data.map((p) => p.x));
  if (ticks.length > 0)
    datasets.push({
      label: '~zero',
      data: [
        { x: Math.min(...ticks), y: 0 },
        { x: Math.max(...ticks), y: 0 },
      ],
      borderColor: '#555',
      borderDash: [4, 4],
      borderWidth: 1,
      pointRadius: 0,
    });
  chart.data.datasets = datasets;
  axes(chart, metric, true);
  chart.options.plugins!.title = {
    display: true,
    text: `${measureInfo(metric).label}: ${t('differenceTo')} ${base.name}`,
  };
  chart.update('none');
}

/** Make room on the y axis for every whisker (a share's 0-1 axis holds them already). */
export function widen(chart: BarChart): void {
  const y = chart.options.scales!['y'] as Record<string, unknown>;
  Object.assign(y, whiskerRange(chart.data.datasets as { data: number[]; whiskers?: Whisker[] }[]));
}

export function barChart(canvas: HTMLCanvasElement): BarChart {
  return new Chart(canvas, {
    type: 'bar',
    data: { labels: [], datasets: [] },
    options: { scales: { y: { type: 'linear' } }, plugins: { legend: { display: true } } },
    plugins: [whiskerPlugin],
  });
}

/** End value of each scenario: mean over seeds with a 95 % whisker. */
export function fillEndValues(chart: BarChart, all: readonly ScenarioRuns[], metric: string): void {
  const m = measureInfo(metric);
  chart.data.labels = [m.label];
  chart.data.datasets = all.map((runs, k) => {
    const s = endSummary(runs, metric);
    return {
      label: runs.name,
      data: [s.mean],
      backgroundColor: categoryColour(k),
      whiskers: [s.n > 1 ? ([s.low, s.high] as Whisker) : null],
    };
  });
  axes(chart, metric, false, t('endOfRun'));
  widen(chart);
  chart.options.plugins!.title = { display: true, text: `${t('endValues')}: ${m.label}` };
  chart.update('none');
}

/** End difference of each scenario to the baseline, paired by seed, with its 95 % interval. */
export function fillEndDifferences(
  chart: BarChart,
  base: ScenarioRuns,
  others: readonly ScenarioRuns[],
  metric: string,
): void {
  const m = measureInfo(metric);
  chart.data.labels = [m.label];
  chart.data.datasets = others.map((runs, k) => {
    const d = endDifference(base, runs, metric);
    return {
      label: runs.name,
      data: [d.difference],
      backgroundColor: categoryColour(k + 1),
      whiskers: [Number.isFinite(d.low) ? ([d.low, d.high] as Whisker) : null],
    };
  });
  axes(chart, metric, true, t('endOfRun'));
  widen(chart);
  chart.options.plugins!.title = { display: true, text: `${t('endDifferences')} ${base.name}: ${m.label}` };
  chart.update('none');
}

/** One family of an index (e.g. `D.origin`) at each of its scales, end values per scenario. */
export function fillScaleEffect(
  chart: BarChart,
  all: readonly ScenarioRuns[],
  family: string,
  members: readonly string[],
): void {
  chart.data.labels = members.map((m) => measureInfo(m).label.split(' · ').at(-1) ?? m);
  chart.data.datasets = all.map((runs, k) => ({
    label: runs.name,
    data: members.map((m) => endSummary(runs, m).mean),
    backgroundColor: categoryColour(k),
    whiskers: members.map((m) => {
      const s = endSummary(runs, m);
      return s.n > 1 ? ([s.low, s.high] as Whisker) : null;
    }),
  }));
  const first = members[0];
  if (first) axes(chart, first, false, t('scaleAxis'));
  widen(chart);
  const label = first ? measureInfo(first).label.split(' · ').slice(0, -1).join(' · ') : family;
  chart.options.plugins!.title = { display: true, text: `${t('scaleEffect')}: ${label}` };
  chart.update('none');
}
