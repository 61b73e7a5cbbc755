/** A line chart of one metric over ticks that grows while a run goes on. */
import type { Metrics } from '../../sim/model.ts';
import { el, select, setGroupedOptions, tx } from '../app/dom.ts';
import { t } from '../i18n/index.ts';
import { measureGroups, measureInfo } from '../measures/current.ts';
import { preferredMetric } from './metrics.ts';
import { Chart } from './setup.ts';

/**
 * While rows stream in, the chart redraws at most this often, and in a task of its own: drawing it
 * in the task that received the rows would lengthen that task (which also draws the map).
 */
const REDRAW_MS = 100;

export interface LiveChartOptions {
  /** A fixed metric (no picker), e.g. in teaching mode. */
  readonly metric?: string;
  readonly label?: () => string;
  readonly colour?: string;
  /** Fix the y axis to [0, 1] for shares. */
  readonly unitInterval?: boolean;
}

export class LiveChart {
  readonly root: HTMLElement;
  readonly chart: Chart<'line', { x: number; y: number }[]>;
  private readonly picker: HTMLSelectElement | undefined;
  private metric: string;
  private series: readonly Metrics[] = [];
  private readonly known = new Set<string>();
  private readonly heading: HTMLElement | undefined;
  /** The redraw of rows that arrived since the last one, when scheduled. */
  private pending: ReturnType<typeof setTimeout> | undefined;
  private lastGrown = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: LiveChartOptions = {}) {
    this.metric = options.metric ?? '';
    const canvas = el('canvas', { 'data-testid': 'chart' });
    this.chart = new Chart(canvas, {
      type: 'line',
      data: {
        datasets: [
          {
            label: '',
            data: [],
            borderColor: options.colour ?? '#0072B2',
            backgroundColor: options.colour ?? '#0072B2',
            pointRadius: 0,
            borderWidth: 2,
          },
        ],
      },
      options: {
        parsing: false,
        spanGaps: true,
        normalized: true,
        scales: {
          x: { type: 'linear', title: { display: true, text: t('tickAxis') }, ticks: { precision: 0 } },
          y: options.unitInterval ? { min: 0, max: 1 } : {},
        },
        plugins: {
          legend: { display: false },
        },
      },
    });
    if (!options.metric) {
      this.picker = select([], '', (v) => {
        this.metric = v;
        this.refill();
      });
      this.picker.dataset['testid'] = 'chart-metric';
    }
    this.heading = options.label ? el('h4', { class: 'chart-title' }, options.label()) : undefined;
    this.root = el(
      'div',
      { class: 'live-chart' },
      this.heading,
      this.picker ? el('label', { class: 'chart-picker' }, tx('metric'), this.picker) : null,
      el('div', { class: 'chart-box' }, canvas),
    );
  }

  get metricName(): string {
    return this.metric;
  }

  /** Show a whole series (after reset, or when the metric changes). */
  setSeries(series: readonly Metrics[]): void {
    this.series = series;
    this.known.clear();
    this.syncPicker(0);
    this.refill();
  }

  /**
   * Offer every metric seen so far; rows from `from` on are new. Indices computed every N ticks
   * are missing from the rows in between, so names are only ever added.
   */
  private syncPicker(from: number): void {
    if (!this.picker) return;
    let added = false;
    for (let i = from; i < this.series.length; i++) {
      for (const k of Object.keys(this.series[i]!)) {
        if (k === 'tick' || this.known.has(k)) continue;
        this.known.add(k);
        added = true;
      }
    }
    if (!added && this.picker.options.length > 0) return;
    const names = [...this.known];
    const before = this.metric;
    if (!names.includes(this.metric)) this.metric = preferredMetric(names);
    setGroupedOptions(this.picker, measureGroups(names), this.metric);
    if (before !== this.metric) this.refill();
  }

  /**
   * Show `series`: redrawn whole at once when it is a new array, extended soon (see REDRAW_MS)
   * when the same one grew.
   */
  show(series: readonly Metrics[]): void {
    if (series !== this.series || series.length < this.chart.data.datasets[0]!.data.length)
      this.setSeries(series);
    else if (this.pending === undefined)
      this.pending = setTimeout(
        () => {
          this.pending = undefined;
          this.lastGrown = performance.now();
          this.grew();
        },
        Math.max(0, this.lastGrown + REDRAW_MS - performance.now()),
      );
  }

  private grew(): void {
    const data = this.chart.data.datasets[0]!.data;
    if (data.length > this.series.length) data.length = 0;
    this.syncPicker(data.length);
    for (let i = data.length; i < this.series.length; i++) {
      const row = this.series[i]!;
      data.push({ x: row['tick'] ?? i, y: row[this.metric] ?? Number.NaN });
    }
    this.chart.update('none');
  }

  /**
   * Axis titles from the measure's label and unit; shares and indices on a 0-1 axis, counts from 0,
   * so that a change of 0.02 does not fill the plot (the compare view shows differences instead).
   */
  private axes(): void {
    const scales = this.chart.options.scales!;
    scales['x'] = { ...scales['x'], title: { display: true, text: t('tickAxis') } };
    if (this.options.metric || !this.metric) return;
    const m = measureInfo(this.metric);
    scales['y'] = {
      type: 'linear',
      beginAtZero: true,
      ...(m.bounded ? { min: 0, max: 1 } : {}),
      title: { display: true, text: m.unitLabel },
    };
    this.chart.options.plugins!.title = { display: true, text: m.label };
  }

  private refill(): void {
    clearTimeout(this.pending);
    this.pending = undefined;
    const ds = this.chart.data.datasets[0]!;
    this.axes();
    ds.label = this.options.label?.() ?? (this.metric ? measureInfo(this.metric).label : '');
    ds.data = this.series.map((row, i) => ({ x: row['tick'] ?? i, y: row[this.metric] ?? Number.NaN }));
    this.chart.update('none');
  }

  setMetric(metric: string): void {
    this.metric = metric;
    if (this.picker) this.picker.value = metric;
    this.refill();
  }

  relabel(): void {
    if (this.heading && this.options.label) this.heading.textContent = this.options.label();
    if (this.picker) setGroupedOptions(this.picker, measureGroups([...this.known]), this.metric);
    this.axes();
    this.chart.data.datasets[0]!.label =
      this.options.label?.() ?? (this.metric ? measureInfo(this.metric).label : '');
    this.chart.update('none');
  }
}
