/**
 * A ready question's answer as charts beside its table: the answer's measures grouped by unit
 * (households refused, months searching, shares, indices ...), one bar chart per unit with a bar
 * per scenario and its 95 % whisker, so access and fairness or springboard against trap read at a
 * glance. Measures the model adds later join through the question's patterns.
 */
import { el, tx } from '../app/dom.ts';
import { barChart, type ScenarioRuns } from '../charts/compare-charts.ts';
import { fillMeasureBars } from '../charts/measure-bars.ts';
import { measureInfo } from '../measures/current.ts';

/** At most this many bars' groups per chart (more would not read); the rest go to another chart. */
const PER_CHART = 6;

/** The measures split into charts: by unit, in the order given, at most PER_CHART each. */
export function answerGroups(measures: readonly string[]): { unit: string; members: string[] }[] {
  const byUnit = new Map<string, string[]>();
  for (const m of measures) {
    const unit = measureInfo(m).unitLabel;
    byUnit.set(unit, [...(byUnit.get(unit) ?? []), m]);
  }
  const out: { unit: string; members: string[] }[] = [];
  for (const [unit, members] of byUnit)
    for (let i = 0; i < members.length; i += PER_CHART)
      out.push({ unit, members: members.slice(i, i + PER_CHART) });
  return out;
}

export interface AnswerCharts {
  readonly root: HTMLElement;
  draw(all: readonly ScenarioRuns[], measures: readonly string[]): void;
  clear(): void;
}

export function createAnswerCharts(): AnswerCharts {
  const grid = el('div', { class: 'answer-charts', 'data-testid': 'answer-charts' });
  const root = el(
    'div',
    { class: 'answer-charts-box', hidden: true },
    el('h3', {}, tx('answerChartsTitle')),
    el('p', { class: 'hint' }, tx('answerChartsHint')),
    grid,
  );
  let key = '';
  let charts: ReturnType<typeof barChart>[] = [];
  const clear = () => {
    for (const c of charts) c.destroy();
    charts = [];
    grid.replaceChildren();
    key = '';
    root.hidden = true;
  };
  return {
    root,
    clear,
    draw(all, measures) {
      const groups = answerGroups(measures);
      const now = groups.map((g) => g.members.join()).join('|');
      if (now !== key) {
        clear();
        key = now;
        for (const g of groups) {
          const canvas = el('canvas', { 'data-testid': 'answer-chart', 'data-unit': g.unit });
          grid.append(el('div', { class: 'chart-box' }, canvas));
          charts.push(barChart(canvas));
        }
      }
      root.hidden = groups.length === 0;
      groups.forEach((g, i) => {
        const labels = g.members.map((m) => measureInfo(m).label);
        fillMeasureBars(charts[i]!, all, g.members, labels, g.unit);
      });
    },
  };
}
