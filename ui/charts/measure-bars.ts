/**
 * End values of several measures side by side, one bar per scenario for each, with the 95 % whisker
 * over seeds: the chart behind the school-vs-residence panel and the answer charts. Bar labels and
 * the axis come from the measure labeller; every member should share one unit.
 */
import type { Whisker } from './whiskers.ts';
import { endSummary } from '../compare/differences.ts';
import { t } from '../i18n/index.ts';
import { categoryColour } from '../map/palette.ts';
import { axes, type barChart, type ScenarioRuns, widen } from './compare-charts.ts';

type BarChart = ReturnType<typeof barChart>;

/** Long labels broken into lines of about `width` characters (chart.js draws arrays as lines). */
export function wrapLabel(label: string, width = 22): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function fillMeasureBars(
  chart: BarChart,
  all: readonly ScenarioRuns[],
  members: readonly string[],
  labels: readonly string[],
  title: string,
): void {
  (chart.data as { labels: unknown[] }).labels = labels.map((l) => wrapLabel(l));
  chart.data.datasets = all.map((runs, k) => ({
    label: runs.name,
    data: members.map((m) => endSummary(runs, m).mean),
    backgroundColor: categoryColour(k),
    whiskers: members.map((m) => {
      const s = endSummary(runs, m);
      return s.n > 1 ? ([s.low, s.high] as Whisker) : null;
    }),
  }));
  if (members[0]) axes(chart, members[0], false, t('endOfRun'));
  widen(chart);
  chart.options.plugins!.title = { display: true, text: title };
  chart.update('none');
  // What the bars show, for the tests: the members and each scenario's means.
  chart.canvas.dataset['bars'] = JSON.stringify({
    members,
    scenarios: all.map((r) => r.name),
    means: chart.data.datasets.map((d) => d.data.map((v) => (Number.isFinite(v) ? v : null))),
  });
}
