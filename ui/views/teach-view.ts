/**
 * Teaching mode: the seminar. A lesson sequence (ui/teach/lessons.ts) on the classic Schelling
 * grid, then the seminar town. The grid is drawn large (ui/teach/board.ts), agents can be dragged
 * by hand, the unhappy marked; big monitors and two charts follow the run. Bias, diversity demand,
 * move rule, convention and speed change the running grid; start layout, agents and groups make a
 * new grid, shown paused. Nothing plays until asked: space plays or pauses, → steps.
 */
import '../teach/teach.css';
import { MAX_CLASSIC_GROUPS, classicSpec } from '../../sim/classic/params.ts';
import { scenarioForOutput } from '../../sim/scenario/resolve.ts';
import type { Scenario } from '../../sim/scenario/spec.ts';
import { LiveChart } from '../charts/live-chart.ts';
import { el, problemBox, tx } from '../app/dom.ts';
import { presetById } from '../app/presets.ts';
import { RunController } from '../app/run-controller.ts';
import { createStatus } from '../app/status.ts';
import { createTransport } from '../app/transport.ts';
import { loadScenarioText } from '../export/scenario.ts';
import { currentLang, formatNumber, parameterHelpText } from '../i18n/index.ts';
import { MapPanel } from '../map/map-panel.ts';
import { TeachBoard } from '../teach/board.ts';
import { LESSONS, type Lesson } from '../teach/lessons.ts';
import { Monitors } from '../teach/monitors.ts';
import { choice, equalShares, slider } from '../teach/controls.ts';
import { LayoutDrawing } from '../teach/drawing.ts';
import { bindTeachKeys } from '../teach/keys.ts';
import { relabelTeach, tt, ttSpan } from '../teach/strings.ts';

/** A teaching run goes on until paused: the lesson decides when to stop, not a tick budget. */
const TEACHING_TICKS = 10_000;
/** Slider ranges the seminar offers, inside the declared ranges (read from classicSpec below). */
const DENSITY_RANGE = [0.5, 0.98] as const;
const MAX_TEACH_GROUPS = Math.min(5, MAX_CLASSIC_GROUPS);
const LAYOUT_CHOICES = ['random', 'halves', 'stripes', 'blocks'] as const;
const MOVE_CHOICES = classicSpec.fields.move.options;
const MEASURE_CHOICES = classicSpec.fields.similarMeasure.options;
const DECIDE_CHOICES = classicSpec.fields.decide.options;

export interface TeachView {
  readonly root: HTMLElement;
  show(): void;
  hide(): void;
  relabel(): void;
}

export function createTeachView(onExit: () => void): TeachView {
  let scenario: Scenario | undefined;
  let presetId = '';
  let lessonIndex = -1;
  let visible = false;

  const messages = el('div', { class: 'messages', 'data-testid': 'teach-messages' });
  const say = (title: 'problems' | 'runFailed', lines: readonly string[]) =>
    messages.replaceChildren(problemBox(title, lines));
  const board = new TeachBoard({
    drop: (from, to) => void dragged(from, to),
    paint: (cell) => drawing.paint(cell),
  });
  const map = new MapPanel();
  const monitors = new Monitors();
  const similarChart = new LiveChart({
    metric: 'similarShare',
    label: () => tt('similar'),
    unitInterval: true,
  });
  const unhappyChart = new LiveChart({
    metric: 'discontentedShare',
    label: () => tt('unhappy'),
    colour: '#D55E00',
    unitInterval: true,
  });
  // The seminar town's charts: dissimilarity of quarters by origin and by income, as the lesson asks.
  const cityOrigin = new LiveChart({
    metric: 'D.origin.quarter',
    label: () => tt('cityOrigin'),
    unitInterval: true,
  });
  const cityIncome = new LiveChart({
    metric: 'D.income.quarter',
    label: () => tt('cityIncome'),
    colour: '#D55E00',
    unitInterval: true,
  });
  const status = createStatus();
  const controller: RunController = new RunController({
    rows: () => {
      if (scenario?.mode !== 'classic') {
        cityOrigin.show(controller.series);
        cityIncome.show(controller.series);
        return;
      }
      similarChart.show(controller.series);
      unhappyChart.show(controller.series);
      monitors.show(controller.series, scenario.classic.similarMeasure);
    },
    view: (v) => (scenario?.mode === 'classic' ? board.update(v) : map.update(v)),
    status: () => {
      status.show(controller);
      transport.sync();
      root.dataset['state'] = controller.state;
    },
    error: (m) => say('runFailed', m.split('\n')),
  });
  controller.speed = 10;
  const transport = createTransport(controller, () => void restart(), true);

  // Controls that change the running grid.
  const fields = classicSpec.fields;
  // Steps of one percent: the presets' thresholds (a third, 3/8) must show as they are.
  const bias = slider('bias', fields.threshold.min, fields.threshold.max, 0.01, percent, 'teach-bias');
  const diversity = slider(
    'diversity',
    fields.ceiling.min,
    fields.ceiling.max,
    0.01,
    (v) => (v >= 1 ? tt('noBias') : percent(v)),
    'teach-diversity',
  );
  bias.input.title = parameterHelpText(fields.threshold);
  diversity.input.title = parameterHelpText(fields.ceiling);
  bias.input.addEventListener('change', () => {
    const v = bias.input.valueAsNumber;
    void live({ threshold: v, ceiling: Math.max(v, diversity.input.valueAsNumber) });
  });
  diversity.input.addEventListener('change', () => {
    const v = diversity.input.valueAsNumber;
    void live({ ceiling: v, threshold: Math.min(v, bias.input.valueAsNumber) });
  });
  const move = choice('move', MOVE_CHOICES, (v) => void live({ move: v }), 'teach-move');
  const measure = choice(
    'measure',
    MEASURE_CHOICES,
    (v) => void live({ similarMeasure: v }),
    'teach-measure',
  );
  const decide = choice('decide', DECIDE_CHOICES, (v) => void live({ decide: v }), 'teach-decide');
  decide.select.title = parameterHelpText(fields.decide);
  move.select.title = parameterHelpText(fields.move);
  measure.select.title = parameterHelpText(fields.similarMeasure);

  // Controls that make a new grid (shown paused).
  const lowDensity = Math.max(DENSITY_RANGE[0], 1 - fields.vacancy.max);
  const highDensity = Math.min(DENSITY_RANGE[1], 1 - fields.vacancy.min);
  const density = slider('density', lowDensity, highDensity, 0.01, percent, 'teach-density');
  density.input.title = parameterHelpText(fields.vacancy);
  density.input.addEventListener('change', () =>
    regrid({ vacancy: +(1 - density.input.valueAsNumber).toFixed(4), agents: 0 }),
  );
  const groups = slider('groupsCount', 2, MAX_TEACH_GROUPS, 1, (v) => String(v), 'teach-groups');
  groups.input.title = parameterHelpText(fields.shares);
  groups.input.addEventListener('change', () =>
    regrid({ shares: equalShares(groups.input.valueAsNumber), layout: 'random', grid: '' }),
  );
  const layout = choice(
    'layout',
    [...LAYOUT_CHOICES, 'grid'],
    (v) => regrid({ layout: v, grid: '' }),
    'teach-layout',
  );
  layout.select.title = parameterHelpText(fields.layout);
  const gridOption = [...layout.select.options].find((o) => o.value === 'grid');
  if (gridOption) gridOption.disabled = true;

  const highlight = el('input', { type: 'checkbox', 'data-testid': 'teach-highlight' });
  highlight.addEventListener('change', () => board.setHighlight(highlight.checked));

  // Drawing a layout by hand, or reading one from a file.
  const drawing = new LayoutDrawing(board, {
    groups: () => (scenario?.mode === 'classic' ? scenario.classic.shares.length : undefined),
    begin: () => controller.pause(),
    use: (grid, size) => regrid({ layout: 'grid', grid, size }),
    hint: (text) => messages.replaceChildren(text ? el('p', { class: 'hint' }, text) : ''),
  });

  const liveControls = el(
    'div',
    { class: 'teach-controls', 'data-testid': 'teach-controls' },
    bias.root,
    diversity.root,
    el('div', { class: 'teach-options' }, move.root, decide.root, measure.root),
  );
  const gridControls = el(
    'details',
    { class: 'teach-grid-controls' },
    el('summary', {}, ttSpan('newGrid')),
    el('div', { class: 'teach-options' }, layout.root, density.root, groups.root),
    drawing.root,
  );

  // The lesson: title, narrative, question and what to watch, and the steps.
  const title = el('h1', { 'data-testid': 'lesson-title' });
  const narrative = el('p', { class: 'lesson-narrative', 'data-testid': 'lesson-narrative' });
  const question = el('p', { class: 'lesson-question' });
  const watch = el('p', { class: 'lesson-watch' });
  const stepButtons = LESSONS.map((lesson, i) => {
    const b = el(
      'button',
      { type: 'button', class: 'lesson-step', 'data-testid': `lesson-${i + 1}`, 'data-lesson': lesson.id },
      String(i + 1),
    );
    b.addEventListener('click', () => void openLesson(i));
    return b;
  });
  const prev = el('button', { type: 'button', 'data-testid': 'lesson-prev' }, '←');
  const next = el('button', { type: 'button', 'data-testid': 'lesson-next' }, '→');
  prev.addEventListener('click', () => void openLesson(Math.max(0, lessonIndex - 1)));
  next.addEventListener('click', () => void openLesson(Math.min(LESSONS.length - 1, lessonIndex + 1)));
  const steps = el('nav', { class: 'lesson-steps', 'data-testid': 'seminar' }, prev, ...stepButtons, next);
  const exit = el('button', { type: 'button', class: 'exit' }, tx('exitTeach'));
  exit.addEventListener('click', onExit);
  const keys = el('p', { class: 'teach-keys' }, ttSpan('keys'));

  const stage = el('div', { class: 'teach-stage' }, board.root, map.root);
  const classicChartBox = el('div', { class: 'teach-charts' }, similarChart.root, unhappyChart.root);
  const cityChartBox = el('div', { class: 'teach-charts' }, cityOrigin.root, cityIncome.root);
  const root = el(
    'section',
    { class: 'view teach-view', 'data-testid': 'teach-view' },
    stage,
    el(
      'div',
      { class: 'teach-side' },
      el('div', { class: 'teach-head' }, steps, exit),
      title,
      narrative,
      el('div', { class: 'lesson-ask' }, el('strong', {}, ttSpan('question')), question),
      el('div', { class: 'lesson-ask' }, el('strong', {}, ttSpan('watch')), watch),
      monitors.root,
      el(
        'div',
        { class: 'teach-transport' },
        transport.root,
        el('label', { class: 'teach-check' }, highlight, ttSpan('highlight')),
        status.root,
      ),
      messages,
      liveControls,
      classicChartBox,
      cityChartBox,
      gridControls,
      keys,
    ),
  );

  bindTeachKeys(() => visible, controller);

  function percent(v: number): string {
    return `${formatNumber(v * 100, 0)} %`;
  }

  /** The preset as the teaching view runs it: a classic run goes on until paused. */
  function teachingDoc(s: Scenario): Record<string, unknown> {
    const doc = scenarioForOutput(s);
    return s.mode === 'classic' ? { ...doc, ticks: Math.max(s.ticks, TEACHING_TICKS) } : doc;
  }

  /** Load a scenario document (a preset or a changed copy) and show its tick 0, paused. */
  async function load(doc: unknown, source: string): Promise<boolean> {
    const loaded = loadScenarioText(JSON.stringify(doc), source);
    if (!loaded.ok) {
      say('problems', loaded.problems);
      return false;
    }
    scenario = loaded.scenario;
    syncControls();
    return restart();
  }

  async function openPreset(id: string): Promise<boolean> {
    const p = presetById(id);
    if (!p) {
      say('problems', [`no preset ${id}`]);
      return false;
    }
    const loaded = loadScenarioText(JSON.stringify(p.doc), p.id);
    if (!loaded.ok) {
      say('problems', loaded.problems);
      return false;
    }
    presetId = id;
    return load(teachingDoc(loaded.scenario), p.id);
  }

  async function openLesson(i: number): Promise<void> {
    const lesson = LESSONS[i];
    if (!lesson) return;
    lessonIndex = i;
    root.dataset['ready'] = '';
    showLesson(lesson);
    drawing.stop();
    const running = controller.state !== 'idle' && controller.state !== 'failed';
    if (!(lesson.live && presetId === lesson.preset && running)) {
      if (!(await openPreset(lesson.preset))) return;
    }
    if (lesson.live) await live(lesson.live);
    highlight.checked = lesson.highlight ?? false;
    board.setHighlight(highlight.checked);
    if (scenario?.mode === 'city') showQuarters();
    // The lesson is set up (its grid shown, its changes made): tests and the page can go on.
    if (lessonIndex === i) root.dataset['ready'] = lesson.id;
  }

  /** The seminar town's lesson is about quarters: draw their borders (the map's own picker). */
  function showQuarters(): void {
    const picker = map.root.querySelector<HTMLSelectElement>('[data-testid=map-borders]');
    if (!picker || ![...picker.options].some((o) => o.value === 'quarter')) return;
    picker.value = 'quarter';
    picker.dispatchEvent(new Event('change'));
  }

  function showLesson(lesson: Lesson | undefined): void {
    if (!lesson) return;
    const text = lesson.text[currentLang()];
    title.textContent = text.title;
    narrative.textContent = text.narrative;
    question.textContent = text.question;
    watch.textContent = text.watch;
    for (const [j, b] of stepButtons.entries()) {
      b.classList.toggle('active', j === lessonIndex);
      b.setAttribute('aria-current', String(j === lessonIndex));
      b.title = LESSONS[j]!.text[currentLang()].title;
    }
    root.dataset['lesson'] = lesson.id;
  }

  /** A change to the running grid; refused changes leave everything as it was and say why. */
  async function live(change: Record<string, unknown>): Promise<void> {
    if (scenario?.mode !== 'classic' || controller.state === 'idle' || controller.state === 'starting')
      return;
    const problems = await controller.retune(change);
    if (problems.length > 0) say('problems', problems);
    else {
      messages.replaceChildren();
      const doc = scenarioForOutput(scenario);
      const loaded = loadScenarioText(
        JSON.stringify({ ...doc, classic: { ...(doc['classic'] as object), ...change } }),
        presetId,
      );
      if (loaded.ok) scenario = loaded.scenario;
      monitors.show(controller.series, scenario.mode === 'classic' ? scenario.classic.similarMeasure : '');
    }
    syncControls();
  }

  /** A change that needs a new grid: the current rules with the new grid, at tick 0, paused. */
  function regrid(change: Record<string, unknown>): void {
    if (scenario?.mode !== 'classic') return;
    drawing.stop();
    const doc = scenarioForOutput(scenario);
    void load({ ...doc, classic: { ...(doc['classic'] as object), ...change } }, presetId).then((ok) => {
      if (!ok) syncControls();
    });
  }

  async function dragged(from: number, to: number): Promise<void> {
    const problems = await controller.moveAgent(from, to);
    if (problems.length > 0) say('problems', [`${tt('dragRefused')}: ${problems.join('; ')}`]);
    else messages.replaceChildren();
  }

  function syncControls(): void {
    const classic = scenario?.mode === 'classic';
    root.dataset['mode'] = scenario?.mode ?? '';
    liveControls.hidden = !classic;
    gridControls.hidden = !classic;
    classicChartBox.hidden = !classic;
    cityChartBox.hidden = classic;
    board.root.hidden = !classic;
    map.root.hidden = classic;
    monitors.root.hidden = !classic;
    if (scenario?.mode !== 'classic') return;
    const c = scenario.classic;
    bias.set(c.threshold[0] ?? 0);
    diversity.set(c.ceiling);
    move.select.value = c.move;
    decide.select.value = c.decide;
    measure.select.value = c.similarMeasure;
    layout.select.value = c.layout;
    density.set(1 - c.vacancy);
    groups.set(c.shares.length);
    const sharesAgree = c.threshold.length === 1;
    bias.input.disabled = !sharesAgree || c.rule !== 'share';
    diversity.input.disabled = c.rule !== 'share';
  }

  async function restart(): Promise<boolean> {
    if (!scenario) return false;
    messages.replaceChildren();
    map.reset();
    return controller.start(scenarioForOutput(scenario));
  }

  return {
    root,
    show() {
      visible = true;
      if (lessonIndex < 0) void openLesson(0);
    },
    hide() {
      visible = false;
      void controller.pause();
    },
    relabel() {
      transport.relabel();
      status.show(controller);
      relabelTeach(root);
      for (const s of [bias, diversity, density, groups]) s.relabel();
      for (const c of [move, decide, measure, layout]) c.relabel();
      for (const c of [similarChart, unhappyChart, cityOrigin, cityIncome]) c.relabel();
      monitors.relabel();
      showLesson(LESSONS[lessonIndex]);
    },
  };
}
