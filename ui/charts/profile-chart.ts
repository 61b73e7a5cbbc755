/**
 * The multiscale profile as a chart (the scale view): one index against the size of the environment
 * the average household sees (log axis), one line through the person-centred radii and the
 * administrative units in order of size, each point named on the chart (so an exported picture
 * reads alone); the interval of each point as a band where the run computed one, and the index
 * under random allocation as a dashed line. The numbers come from the run (sim/measures/profile.ts).
 */
import type { ProfileRow } from '../../sim/measures/profile.ts';
import { formatNumber, t } from '../i18n/index.ts';
import { measureInfo } from '../measures/current.ts';
import type { Plugin } from 'chart.js';
import { Chart } from './setup.ts';

type Point = { x: number; y: number };
export type ProfileChart = Chart<'line', Point[]>;

/** The label of one scale of a profile (`quarters`, `radius 2`), from the measure labeller. */
export function scaleText(column: string, scale: string): string {
  return measureInfo(`${column}.${scale}`).label.split(' · ').at(-1) ?? scale;
}

/** The index's own label without its scale (`dissimilarity D · refugees`). */
export function columnText(column: string): string {
  return measureInfo(`${column}.quarter`).label.split(' · ').slice(0, -1).join(' · ') || column;
}

/** Writes each point's scale beside it (on the canvas, so exports carry it). */
const pointNames: Plugin<'line'> = {
  id: 'profilePointNames',
  afterDatasetsDraw(chart) {
    const names = (chart.options.plugins as { profileNames?: string[] } | undefined)?.profileNames;
    const meta = chart.getDatasetMeta(chart.data.datasets.length - 1);
    if (!names || !meta) return;
    const ctx = chart.ctx;
    ctx.save();
    ctx.font = '11px system-ui, sans-serif';
    ctx.fillStyle = '#333';
    ctx.textAlign = 'left';
    // Units are named first; a radius only where its name runs into no other (radii 5-8 lie close).
    const taken: [number, number, number][] = [];
    const free = (x0: number, x1: number, y: number) =>
      taken.every(([a, b, ty]) => x1 < a || x0 > b || Math.abs(y - ty) > 12);
    const kinds = (chart.options.plugins as { profileKinds?: string[] }).profileKinds ?? [];
    for (const pass of ['container', 'radius'])
      meta.data.forEach((p, i) => {
        const name = names[i];
        if (!name || kinds[i] !== pass) return;
        const x0 = p.x + 6;
        const x1 = x0 + ctx.measureText(name).width;
        if (pass === 'radius' && !free(x0, x1, p.y - 6)) return;
        ctx.fillText(name, x0, p.y - 6);
        taken.push([x0, x1, p.y - 6]);
      });
    ctx.restore();
  },
};

export function profileChart(canvas: HTMLCanvasElement): ProfileChart {
  return new Chart(canvas, {
    type: 'line',
    data: { datasets: [] },
    options: {
      parsing: false,
      // Room on the right for the name of the largest scale.
      layout: { padding: { right: 56 } },
      scales: { x: { type: 'logarithmic' }, y: { type: 'linear', beginAtZero: true } },
      plugins: {
        legend: { labels: { filter: (item: { text: string }) => !item.text.startsWith('~') } },
      },
    },
    plugins: [pointNames],
  });
}

/** Fill the chart with a profile of `column`, computed at `tick`. */
export function fillProfileChart(
  chart: ProfileChart,
  column: string,
  rows: readonly ProfileRow[],
  tick: number,
): void {
  const at = (key: string) => rows.map((r) => ({ x: r.households, y: r.values[key] ?? Number.NaN }));
  const has = (key: string) => rows.some((r) => Number.isFinite(r.values[key] ?? Number.NaN));
  const colour = '#0072B2';
  const datasets: ProfileChart['data']['datasets'] = [];
  // The interval: bootstrap (.lower/.upper) around the index, or the permutations' range.
  const [lo, hi] = has('.lower') ? ['.lower', '.upper'] : ['.random.lower', '.random.upper'];
  if (has(lo!) && has(hi!)) {
    datasets.push(
      { label: '~low', data: at(lo!), borderWidth: 0, pointRadius: 0, fill: false },
      {
        label: t('scaleViewBand'),
        data: at(hi!),
        borderWidth: 0,
        pointRadius: 0,
        backgroundColor: lo === '.lower' ? '#0072B233' : '#99999944',
        fill: '-1',
      },
    );
  }
  if (has('.random'))
    datasets.push({
      label: t('scaleViewRandom'),
      data: at('.random'),
      borderColor: '#777',
      borderDash: [5, 4],
      borderWidth: 1.5,
      pointRadius: 0,
    });
  datasets.push({
    label: columnText(column),
    data: at(''),
    borderColor: colour,
    backgroundColor: colour,
    borderWidth: 2,
    pointRadius: rows.map((r) => (r.kind === 'container' ? 6 : 3)),
    pointStyle: rows.map((r) => (r.kind === 'container' ? 'rectRot' : 'circle')),
  });
  chart.data.datasets = datasets;
  const plugins = chart.options.plugins as { profileNames?: string[]; profileKinds?: string[] };
  plugins.profileNames = rows.map((r) => scaleText(column, r.scale));
  plugins.profileKinds = rows.map((r) => r.kind);
  const unit = measureInfo(`${column}.quarter`);
  const scales = chart.options.scales as Record<string, Record<string, unknown>>;
  scales['x'] = { type: 'logarithmic', title: { display: true, text: t('scaleViewAxis') } };
  scales['y'] = {
    type: 'linear',
    beginAtZero: true,
    ...(unit.bounded ? { max: 1 } : {}),
    title: { display: true, text: unit.unitLabel },
  };
  chart.options.plugins!.title = {
    display: true,
    text: `${t('scaleViewTitle')}: ${columnText(column)} (${t('scaleViewAt')} ${formatNumber(tick, 0)})`,
  };
  chart.update('none');
}
