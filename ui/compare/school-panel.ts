/**
 * Schools against residence: for each index the city reports at schools (`D.origin.school`,
 * `D.income=low.school`, and per group should the model add `D.origin=GROUP.school`), a chart of
 * D at the schools attended, at the catchments (families by home quarter) and at the residential
 * scales (all households), one bar per scenario with its 95 % whisker, and the sentence that says
 * how to read the differences. Shown when the runs report school segregation.
 */
import { el, tx } from '../app/dom.ts';
import { barChart, type ScenarioRuns } from '../charts/compare-charts.ts';
import { fillMeasureBars } from '../charts/measure-bars.ts';
import { t } from '../i18n/index.ts';
import { measureInfo } from '../measures/current.ts';
import { fillScenarioLegend } from './scenario-legend.ts';

const SCHOOL = /^(D\.[a-z]+(?:=[^.]+)?)\.school$/;
const RESIDENTIAL = ['block', 'quarter', 'district'];

/** Per index family with a school column: its school, catchment and residential columns, in order. */
export function schoolFamilies(names: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const have = new Set(names);
  for (const n of names) {
    const m = SCHOOL.exec(n);
    if (!m) continue;
    const f = m[1]!;
    const members = [`${f}.school`, `${f}.catchment`, ...RESIDENTIAL.map((s) => `${f}.${s}`)];
    out.set(
      f,
      members.filter((c) => have.has(c)),
    );
  }
  return out;
}

/** A bar's label: the scale's words, residential scales marked as such. */
function barLabel(column: string): string {
  const scale = column.slice(column.lastIndexOf('.') + 1);
  const words = measureInfo(column).label.split(' · ').at(-1) ?? scale;
  return RESIDENTIAL.includes(scale) ? `${words} (${t('schoolsResidential')})` : words;
}

export interface SchoolPanel {
  readonly root: HTMLElement;
  draw(all: readonly ScenarioRuns[], names: readonly string[]): void;
}

export function createSchoolPanel(): SchoolPanel {
  const grid = el('div', { class: 'group-multiples', 'data-testid': 'school-panel' });
  const legend = el('div', { class: 'legend' });
  const root = el(
    'div',
    { class: 'panel wide', hidden: true, 'data-testid': 'schools' },
    el('h3', {}, tx('schoolsTitle')),
    el('p', { class: 'hint' }, tx('schoolsHint')),
    legend,
    grid,
  );
  let key = '';
  let charts: { family: string; chart: ReturnType<typeof barChart>; members: string[] }[] = [];
  return {
    root,
    draw(all, names) {
      const families = schoolFamilies(names);
      root.hidden = families.size === 0;
      const now = [...families.keys()].join();
      if (now !== key) {
        key = now;
        for (const c of charts) c.chart.destroy();
        charts = [];
        grid.replaceChildren();
        for (const [family, members] of families) {
          const canvas = el('canvas', { 'data-testid': `school-${family}` });
          grid.append(el('div', { class: 'chart-box' }, canvas));
          charts.push({ family, chart: barChart(canvas), members });
        }
      }
      fillScenarioLegend(legend, all);
      for (const c of charts) {
        const title = measureInfo(c.members[0]!).label.split(' · ').slice(0, -1).join(' · ');
        c.chart.options.plugins!.legend = { display: false };
        fillMeasureBars(c.chart, all, c.members, c.members.map(barLabel), title);
      }
    },
  };
}
