/**
 * Error bars for chart.js bar charts: a dataset carries `whiskers` (one [low, high] per bar, or
 * null), drawn as a vertical line with caps over each bar; `whiskerRange` gives the y range that
 * holds them, for the axis.
 * chart.js has no error bars of its own; a plugin of a few lines does the job without a dependency.
 */
import type { Chart, Plugin } from 'chart.js';

export type Whisker = readonly [number, number] | null;

interface WithWhiskers {
  whiskers?: readonly Whisker[];
}

export const whiskerPlugin: Plugin<'bar'> = {
  id: 'kiezWhiskers',
  afterDatasetsDraw(chart: Chart<'bar'>) {
    const { ctx } = chart;
    const y = chart.scales['y'];
    if (!y) return;
    ctx.save();
    // Never outside the plot (the axis range is widened to hold the whiskers, see whiskerRange).
    const area = chart.chartArea;
    ctx.beginPath();
    ctx.rect(area.left, area.top, area.right - area.left, area.bottom - area.top);
    ctx.clip();
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

/** The y range holding every bar and whisker, and 0 (for `suggestedMin` / `suggestedMax`). */
export function whiskerRange(
  datasets: readonly { data: readonly number[]; whiskers?: readonly Whisker[] }[],
): { suggestedMin: number; suggestedMax: number } {
  let low = 0;
  let high = 0;
  const take = (v: number) => {
    if (!Number.isFinite(v)) return;
    low = Math.min(low, v);
    high = Math.max(high, v);
  };
  for (const ds of datasets) {
    for (const v of ds.data) take(v);
    for (const w of ds.whiskers ?? [])
      if (w && Number.isFinite(w[0]) && Number.isFinite(w[1])) w.forEach(take);
  }
  return { suggestedMin: low, suggestedMax: high };
}
