/**
 * Teaching mode: the classic Schelling model full-screen, with a few big controls (wanted share of
 * similar neighbours, empty cells, groups, speed), the similar-share and discontent charts, and the
 * seminar steps: mild preference -> strong segregation, diversity-seeking, then the city.
 */
import { classicSpec } from '../../sim/classic/params.ts';
import { scenarioForOutput } from '../../sim/scenario/resolve.ts';
import type { Scenario } from '../../sim/scenario/spec.ts';
import { LiveChart } from '../charts/live-chart.ts';
import { chartableMetrics } from '../charts/metrics.ts';
import { el, problemBox, tx } from '../app/dom.ts';
import { type Preset, presetById, presets } from '../app/presets.ts';
import { RunController } from '../app/run-controller.ts';
import { createStatus } from '../app/status.ts';
import { createTransport } from '../app/transport.ts';
import { loadScenarioText } from '../export/scenario.ts';
import { formatNumber, parameterHelpText, t } from '../i18n/index.ts';
import { MapPanel } from '../map/map-panel.ts';

/** The seminar, in order; steps whose preset is missing are left out. */
const SEMINAR = [
  'classic-threshold-30',
  'classic-threshold-50',
  'classic-threshold-75',
  'classic-diversity-seeking',
  'classic-three-groups',
  'seminar-town',
] as const;

export interface TeachView {
  readonly root: HTMLElement;
  show(): void;
  hide(): void;
  relabel(): void;
}

export function seminarPresets(): Preset[] {
  const steps = SEMINAR.map((id) => presetById(id)).filter((p): p is Preset => p !== undefined);
  // A city preset for the last step even when none carries a seminar name.
  if (!steps.some((p) => p.mode === 'city')) {
    const city = presets.find((p) => p.mode === 'city');
    if (city) steps.push(city);
  }
  return steps;
}

export function createTeachView(onExit: () => void): TeachView {
  let scenario: Scenario | undefined;
  const map = new MapPanel({ bare: true });
  const similar = new LiveChart({
    metric: 'similarShare',
    label: () => t('similarShare'),
    unitInterval: true,
  });
  const discontent = new LiveChart({
    metric: 'discontentedShare',
    label: () => t('discontentedShare'),
    colour: '#D55E00',
    unitInterval: true,
  });
  const status = createStatus();
  const messages = el('div', { class: 'messages' });
  const controller: RunController = new RunController({
    rows: () => {
      similar.show(controller.series);
      discontent.show(controller.series);
    },
    view: (v) => map.update(v),
    status: () => {
      status.show(controller);
      transport.sync();
    },
    error: (m) => messages.replaceChildren(problemBox('runFailed', m.split('\n'))),
  });
  controller.speed = 10;
  const transport = createTransport(controller, () => void restart(), true);

  const fields = classicSpec.fields;
  const threshold = slider('threshold', 0, 1, 0.05, (v) => edit({ threshold: v }), 'teach-threshold');
  const vacancy = slider('vacancy', 0.02, 0.5, 0.01, (v) => edit({ vacancy: v }), 'teach-vacancy');
  const groups = slider('groups', 2, 5, 1, (v) => edit({ shares: equalShares(v) }), 'teach-groups');
  threshold.input.title = parameterHelpText(fields.threshold);
  vacancy.input.title = parameterHelpText(fields.vacancy);
  groups.input.title = parameterHelpText(fields.shares);
  const classicControls = el('div', { class: 'teach-sliders' }, threshold.root, vacancy.root, groups.root);

  const steps = el('div', { class: 'seminar', 'data-testid': 'seminar' });
  const stepButtons = seminarPresets().map((p, i) => {
    const b = el(
      'button',
      { type: 'button', class: 'seminar-step', 'data-preset': p.id },
      `${i + 1}. ${p.name}`,
    );
    b.title = p.description;
    b.addEventListener('click', () => void openPreset(p));
    return b;
  });
  steps.append(el('h3', {}, tx('seminar')), ...stepButtons);
  const title = el('h1', {}, tx('teachTitle'));
  const description = el('p', { class: 'description' });
  const exit = el('button', { type: 'button', class: 'exit' }, tx('exitTeach'));
  exit.addEventListener('click', onExit);

  const root = el(
    'section',
    { class: 'view teach-view', 'data-testid': 'teach-view' },
    el('div', { class: 'teach-map' }, map.root),
    el(
      'div',
      { class: 'teach-side' },
      el('div', { class: 'teach-head' }, title, exit),
      description,
      transport.root,
      status.root,
      classicControls,
      messages,
      el('div', { class: 'teach-charts' }, similar.root, discontent.root),
      steps,
    ),
  );

  function edit(change: Record<string, unknown>): void {
    if (scenario?.mode !== 'classic') return;
    const doc = scenarioForOutput(scenario) as Record<string, unknown>;
    const next = { ...doc, classic: { ...(doc['classic'] as object), ...change } };
    const loaded = loadScenarioText(JSON.stringify(next), 'teaching');
    if (!loaded.ok) {
      messages.replaceChildren(problemBox('problems', loaded.problems));
      return;
    }
    scenario = loaded.scenario;
    void restart();
  }

  async function openPreset(p: Preset): Promise<void> {
    const loaded = loadScenarioText(JSON.stringify(p.doc), p.id);
    if (!loaded.ok) {
      messages.replaceChildren(problemBox('problems', loaded.problems));
      return;
    }
    scenario = loaded.scenario;
    for (const b of stepButtons) b.classList.toggle('active', b.dataset['preset'] === p.id);
    description.textContent = scenario.description;
    syncSliders();
    await restart();
  }

  function syncSliders(): void {
    const classic = scenario?.mode === 'classic';
    classicControls.hidden = !classic;
    if (!scenario || !classic) return;
    threshold.set(scenario.classic.threshold[0] ?? 0);
    vacancy.set(scenario.classic.vacancy);
    groups.set(scenario.classic.shares.length);
  }

  async function restart(): Promise<void> {
    if (!scenario) return;
    messages.replaceChildren();
    map.reset();
    const ok = await controller.start(scenarioForOutput(scenario));
    if (!ok) return;
    // The city has no similar-share metric: chart the first two of its own.
    const names = chartableMetrics(controller.series);
    if (!names.includes('similarShare')) {
      similar.setMetric(names[0] ?? '');
      discontent.setMetric(names[1] ?? names[0] ?? '');
    } else {
      similar.setMetric('similarShare');
      discontent.setMetric('discontentedShare');
    }
    controller.play();
  }

  return {
    root,
    show() {
      if (!scenario) {
        const first = seminarPresets()[0];
        if (first) void openPreset(first);
      } else if (controller.state === 'paused') controller.play();
    },
    hide() {
      void controller.pause();
    },
    relabel() {
      transport.relabel();
      status.show(controller);
      similar.relabel();
      discontent.relabel();
      threshold.relabel();
      vacancy.relabel();
      groups.relabel();
    },
  };
}

function equalShares(n: number): number[] {
  // Equal shares that sum to exactly 1: the last group takes the rounding remainder.
  const share = Math.floor(1e6 / n) / 1e6;
  return Array.from({ length: n }, (_, i) => (i < n - 1 ? share : +(1 - share * (n - 1)).toFixed(6)));
}

interface Slider {
  readonly root: HTMLElement;
  readonly input: HTMLInputElement;
  set(v: number): void;
  relabel(): void;
}

function slider(
  key: 'threshold' | 'vacancy' | 'groups',
  min: number,
  max: number,
  step: number,
  onChange: (v: number) => void,
  testid: string,
): Slider {
  const input = el('input', { type: 'range', min, max, step, 'data-testid': testid });
  const out = el('output', {});
  const show = () => {
    const v = input.valueAsNumber;
    out.textContent = key === 'groups' ? String(v) : `${formatNumber(v * 100, 0)} %`;
  };
  input.addEventListener('input', show);
  input.addEventListener('change', () => onChange(input.valueAsNumber));
  return {
    root: el('label', { class: 'big-slider' }, el('span', { class: 'slider-name' }, tx(key)), input, out),
    input,
    set(v) {
      input.value = String(v);
      show();
    },
    relabel: show,
  };
}
