/**
 * What a comparison shows: the measure picker, the measure over time and its difference to the
 * baseline (lines with bands), end values and end differences (bars with 95 % whiskers), the table
 * of the largest differences, the scale effect, schools against residence, and a ready question's
 * answer panel (its table and charts). Redrawn from
 * the slots' runs; the view decides when (at most once a second while runs go on).
 */
import { el, select, setGroupedOptions, setOptions, tx } from '../app/dom.ts';
import {
  barChart,
  fillDifferenceLines,
  fillEndDifferences,
  fillEndValues,
  fillLineChart,
  fillScaleEffect,
  lineChart,
} from '../charts/compare-charts.ts';
import { chartableMetrics, preferredMetric, scaleFamilies } from '../charts/metrics.ts';
import { formatNumber, t } from '../i18n/index.ts';
import { measureGroups, measureInfo } from '../measures/current.ts';
import { type Question, questionMeasures } from '../start/questions.ts';
import { differenceTable } from './difference-table.ts';
import { createAnswerCharts } from './answer-charts.ts';
import { createGroupPanel } from './group-panel.ts';
import { createRefusedPanel } from '../views/refused-panel.ts';
import { createSchoolPanel } from './school-panel.ts';
import { type PairedRuns, rankedDifferences } from './differences.ts';

/** Rows of the table of largest differences. */
const TABLE_ROWS = 15;

export interface ResultsInput {
  /** Scenarios with runs, in slot order. */
  readonly all: readonly PairedRuns[];
  readonly base: PairedRuns | undefined;
  readonly others: readonly PairedRuns[];
  readonly question: Question | undefined;
  readonly seeds: readonly number[];
  /** Whether no run goes on any more (the tables wait for it). */
  readonly complete: boolean;
}

export interface Results {
  readonly charts: HTMLElement;
  readonly answerBox: HTMLElement;
  readonly canvases: Readonly<Record<'line' | 'diff' | 'bars' | 'diffBars' | 'scale', HTMLCanvasElement>>;
  readonly metric: string;
  setMetric(metric: string): void;
  draw(input: ResultsInput): void;
  /** Forget the menus (after a language switch). */
  relabel(): void;
  /** Empty the table of largest differences (a new comparison starts). */
  clearTable(): void;
  /** The answer panel while a question runs. */
  asking(q: Question): void;
}

export function createResults(): Results {
  const groups = createGroupPanel();
  const schools = createSchoolPanel();
  const refused = createRefusedPanel();
  const answerCharts = createAnswerCharts();
  let last: ResultsInput | undefined;
  const redraw = () => {
    if (last) draw(last);
  };
  let metric = '';
  let family = '';
  const metricPicker = select(
    [],
    '',
    (v) => {
      metric = v;
      redraw();
    },
    { 'data-testid': 'compare-metric' },
  );
  const familyPicker = select(
    [],
    '',
    (v) => {
      family = v;
      redraw();
    },
    { 'data-testid': 'scale-family' },
  );
  const canvases = {
    line: el('canvas', { 'data-testid': 'compare-line' }),
    diff: el('canvas', { 'data-testid': 'compare-diff' }),
    bars: el('canvas', { 'data-testid': 'compare-bars' }),
    diffBars: el('canvas', { 'data-testid': 'compare-diff-bars' }),
    scale: el('canvas', { 'data-testid': 'compare-scale' }),
  };
  const line = lineChart(canvases.line);
  const diff = lineChart(canvases.diff);
  const bars = barChart(canvases.bars);
  const diffBars = barChart(canvases.diffBars);
  const scale = barChart(canvases.scale);
  const scaleNone = el('p', { class: 'hint' }, tx('scaleEffectNone'));
  const scaleBox = el('div', { class: 'chart-box' }, canvases.scale);
  const answerBox = el('section', { class: 'panel answer', 'data-testid': 'answer', hidden: true });
  const tableBox = el('div', { class: 'table-box', 'data-testid': 'largest-differences' });
  let knownNames = '';

  function draw(input: ResultsInput): void {
    last = input;
    const { all, base, others, question, complete } = input;
    // Every measure any scenario reports (a policy adds its own, e.g. refusals for its cap).
    const names = [...new Set(all.flatMap((s) => chartableMetrics(s.replicates.find(Boolean) ?? [])))];
    if (!names.includes(metric))
      metric = question && names.includes(question.chart) ? question.chart : preferredMetric(names);
    if (names.join() !== knownNames) {
      knownNames = names.join();
      setGroupedOptions(metricPicker, measureGroups(names), metric);
    } else metricPicker.value = metric;
    const families = scaleFamilies(names);
    if (!families.has(family))
      family = families.has('D.origin') ? 'D.origin' : (families.keys().next().value ?? '');
    setOptions(
      familyPicker,
      [...families.keys()].map((f) => ({
        value: f,
        label: measureInfo(families.get(f)![0]!).label.split(' · ').slice(0, -1).join(' · '),
      })),
      family,
    );
    fillLineChart(line, all, metric);
    fillEndValues(bars, all, metric);
    if (base) {
      fillDifferenceLines(diff, base, others, metric);
      fillEndDifferences(diffBars, base, others, metric);
    }
    const members = families.get(family);
    scaleNone.hidden = Boolean(members);
    scaleBox.hidden = !members;
    if (members) fillScaleEffect(scale, all, family, members);
    groups.draw(all, names);
    schools.draw(all, names);
    refused.showCompare(all.map((s) => ({ name: s.name, lastRows: s.replicates.map((r) => r?.at(-1)) })));
    if (base && complete) {
      const ranked = rankedDifferences(base, others, names);
      const clear = ranked.filter((d) => d.verdict === 'higher' || d.verdict === 'lower');
      const none = ranked.filter((d) => d.verdict === 'none').length;
      tableBox.replaceChildren(
        el('h3', {}, `${t('largestDifferences')} ${base.name}`),
        differenceTable(clear.slice(0, TABLE_ROWS), 'difference-table'),
        el(
          'p',
          { class: 'hint' },
          `${formatNumber(clear.length, 0)} ${t('clearEffects')}; ${formatNumber(none, 0)} ${t('noClearEffects')}`,
        ),
      );
      if (question) showAnswer(question, base, others, names, input.seeds);
    }
  }

  function showAnswer(
    q: Question,
    base: PairedRuns,
    others: readonly PairedRuns[],
    names: string[],
    seeds: readonly number[],
  ): void {
    const measures = questionMeasures(q, names);
    const rows = others.flatMap((o) =>
      rankedDifferences(base, [o], measures).sort(
        (a, b) => measures.indexOf(a.measure) - measures.indexOf(b.measure),
      ),
    );
    answerBox.hidden = false;
    answerBox.replaceChildren(
      el('h2', {}, tx(q.title)),
      el('p', {}, tx(q.text)),
      el('p', { class: 'hint' }, `${t('answerSeeds')} ${seeds.join(', ')}`),
      differenceTable(rows, 'answer-table'),
      el('p', { class: 'hint' }, tx('adjustHint')),
      answerCharts.root,
    );
    answerCharts.draw([base, ...others], measures);
  }

  const charts = el(
    'div',
    { class: 'compare-charts' },
    el(
      'div',
      { class: 'panel wide' },
      el('label', { class: 'chart-picker' }, tx('metric'), metricPicker),
      el(
        'div',
        { class: 'chart-pair' },
        el('div', { class: 'chart-box' }, canvases.line),
        el('div', { class: 'chart-box' }, canvases.diff),
      ),
      el('p', { class: 'hint' }, tx('bandBoth')),
    ),
    el(
      'div',
      { class: 'panel' },
      el('h3', {}, tx('endValues')),
      el('div', { class: 'chart-box' }, canvases.bars),
    ),
    el(
      'div',
      { class: 'panel' },
      el('h3', {}, tx('endDifferencesTitle')),
      el('div', { class: 'chart-box' }, canvases.diffBars),
    ),
    groups.root,
    schools.root,
    refused.root,
    el('div', { class: 'panel wide' }, tableBox),
    el(
      'div',
      { class: 'panel wide' },
      el('h3', {}, tx('scaleEffect')),
      el('p', { class: 'hint' }, tx('scaleEffectHint')),
      el('label', { class: 'chart-picker' }, tx('index'), familyPicker),
      scaleBox,
      scaleNone,
    ),
  );

  return {
    charts,
    answerBox,
    canvases,
    get metric() {
      return metric;
    },
    setMetric(m) {
      metric = m;
    },
    draw,
    clearTable() {
      tableBox.replaceChildren();
    },
    relabel() {
      knownNames = '';
      redraw();
    },
    asking(q) {
      answerCharts.clear();
      answerBox.hidden = false;
      answerBox.replaceChildren(
        el('h2', {}, tx(q.title)),
        el('p', {}, tx(q.text)),
        el('p', { class: 'hint' }, tx('answerRunning')),
      );
    },
  };
}
