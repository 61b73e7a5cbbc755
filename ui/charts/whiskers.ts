/**
 * Error bars for chart.js bar charts: a dataset carries `whiskers` (one [low, high] per bar, or
 * null), drawn as a vertical line with caps over each bar, and the y axis is widened to hold them.
 * chart.js has no error bars of its own; a plugin of a few lines does the job without a dependency.
 */
import type { Chart, Plugin } from 'chart.js';

export type Whisker = readonly [number, number] | null;

interface WithWhiskers {
  whiskers?: readonly Whisker[];
}

export const whiskerPlugin: Plugin<'bar'> = {
  id: 'kiezWhiskers',
  beforeUpdate(chart: Chart<'bar'>) {
    // Widen the axis so that whiskers are never cut off.
    let low = Number.POSITIVE_INFINITY;
    let high = Number.NEGATIVE_INFINITY;
    for (const ds of chart.data.datasets) {
      for (const w of (ds as WithWhiskers).whiskers ?? []) {
        if (!w || !Number.isFinite(w[0]) || !Number.isFinite(w[1])) continue;
        low = Math.min(low, w[0]);
        high = Math.max(high, w[1]);
      }
    }
    const y = chart.options.scales?.['y'];
    if (!y) return;
    const yy = y as { suggestedMin?: number; suggestedMax?: number };
    yy.suggestedMin = Number.isFinite(low) ? Math.min(0, low) : undefined;
    yy.suggestedMax = Number.isFinite(high) ? Math.max(0, high) : undefined;
  },
  afterDatasetsDraw(chart: Chart<'bar'>) {
    const { ctx } = chart;
    const y = chart.scales['y'];
    if (!y) return;
    ctx.save();
    ctx.strokeStyle = '#222';
    ctx.lineWidth = 1.5;
    chart.data.datasets.forEach((ds, k) => {
      const whiskers = (ds as WithWhiskers).whiskers;
      if (!whiskers || !chart.isDatasetVisible(k)) return;
      const meta = chart.getDatasetMeta(k);
      meta.data.forEach((bar, i) => {
        const w = whiskers[i];
        if (!w || !Number.isFinite(w[0]) || !Number.isFinite(w[1])) return;
        const x = bar.x;
        const top = y.getPixelForValue(w[1]);
        const bottom = y.getPixelForValue(w[0]);
        const cap = Math.min(8, ((bar as unknown as { width?: number }).width ?? 16) / 3);
        ctx.beginPath();
        ctx.moveTo(x, top);
        ctx.lineTo(x, bottom);
        ctx.moveTo(x - cap, top);
        ctx.lineTo(x + cap, top);
        ctx.moveTo(x - cap, bottom);
        ctx.lineTo(x + cap, bottom);
        ctx.stroke();
      });
    });
    ctx.restore();
  },
};
