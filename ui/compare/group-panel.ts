/**
 * Segregation by group and scale: a small multiple per origin group, each a bar chart of that
 * group's dissimilarity against all other households (`D.origin=GROUP.SCALE`) at every scale, one
 * bar per scenario with its 95 % whisker over seeds. Shown when the runs report these columns (the
 * ready questions ask for them; a scenario can with `measures.indices` "Dgroup").
 */
import { el, tx } from '../app/dom.ts';
import { barChart, fillScaleEffect, type ScenarioRuns } from '../charts/compare-charts.ts';
import { categoryText } from '../i18n/index.ts';
import { fillScenarioLegend } from './scenario-legend.ts';

const COLUMN = /^D\.origin=([^./]+)\.([a-z]+\d*)$/;

/** Per group, its columns in the order the runs report them (scales without `.random`). */
export function groupColumns(names: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const n of names) {
    const m = COLUMN.exec(n);
    if (!m || m[2] === 'school' || m[2] === 'catchment') continue;
    const list = out.get(m[1]!) ?? [];
    list.push(n);
    out.set(m[1]!, list);
  }
  return out;
}

export interface GroupPanel {
  readonly root: HTMLElement;
  draw(all: readonly ScenarioRuns[], names: readonly string[]): void;
}

export function createGroupPanel(): GroupPanel {
  const grid = el('div', { class: 'group-multiples', 'data-testid': 'group-multiples' });
  const legend = el('div', { class: 'legend' });
  const root = el(
    'div',
    { class: 'panel wide', hidden: true },
    el('h3', {}, tx('byGroupTitle')),
    el('p', { class: 'hint' }, tx('byGroupHint')),
    legend,
    grid,
  );
  let key = '';
  let charts: { group: string; chart: ReturnType<typeof barChart>; columns: string[] }[] = [];
  return {
    root,
    draw(all, names) {
      const groups = groupColumns(names);
      root.hidden = groups.size === 0;
      const now = [...groups.keys()].join();
      if (now !== key) {
        key = now;
        for (const c of charts) c.chart.destroy();
        charts = [];
        grid.replaceChildren();
        for (const [group, columns] of groups) {
          const canvas = el('canvas', { 'data-testid': `group-${group}` });
          grid.append(el('div', { class: 'chart-box small' }, canvas));
          charts.push({ group, chart: barChart(canvas), columns });
        }
      }
      fillScenarioLegend(legend, all);
      for (const c of charts) {
        fillScaleEffect(c.chart, all, `D.origin=${c.group}`, c.columns);
        c.chart.options.plugins!.title = { display: true, text: categoryText(c.group) };
        c.chart.options.plugins!.legend = { display: false };
        const x = c.chart.options.scales!['x'] as { title?: { display: boolean } };
        x.title = { display: false };
        c.chart.update('none');
      }
    },
  };
}
