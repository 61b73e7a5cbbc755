/**
 * Compare: two to four scenarios side by side, each in its own worker, over the same seeds. A
 * scenario whose worker fails shows its error in its own slot; the others go on.
 */
import type { Metrics } from '../../sim/model.ts';
import { parseDocument } from '../../sim/scenario/resolve.ts';
import { formatProblem } from '../../sim/params/validate.ts';
import {
  barChart,
  fillEndValues,
  fillLineChart,
  fillScaleEffect,
  lineChart,
  type ScenarioRuns,
} from '../charts/compare-charts.ts';
import { chartableMetrics, preferredMetric, scaleFamilies } from '../charts/metrics.ts';
import { button, download, el, problemBox, select, setOptions, tx } from '../app/dom.ts';
import { presetById, presets } from '../app/presets.ts';
import { seriesCsv } from '../../sim/csv.ts';
import { canvasPng } from '../export/png.ts';
import { formatNumber } from '../i18n/index.ts';
import { appendNewRows, RunCancelled, SimRun } from '../worker/bridge.ts';

const MAX_SLOTS = 4;
const MAX_SEEDS = 20;

interface Slot {
  name: string;
  doc: Record<string, unknown> | undefined;
  readonly run: SimRun;
  replicates: Metrics[][];
  state: 'ready' | 'running' | 'done' | 'failed' | 'stopped';
  readonly root: HTMLElement;
  readonly status: HTMLElement;
  readonly error: HTMLElement;
}

export interface CompareView {
  readonly root: HTMLElement;
  relabel(): void;
}

export function createCompareView(): CompareView {
  const slots: Slot[] = [];
  const slotBox = el('div', { class: 'slots', 'data-testid': 'slots' });
  const seedsInput = el('input', {
    type: 'number',
    min: 1,
    max: MAX_SEEDS,
    value: 2,
    'data-testid': 'replicates',
  });
  const firstSeedInput = el('input', { type: 'number', min: 0, value: 1, 'data-testid': 'first-seed' });
  const ticksInput = el('input', {
    type: 'number',
    min: 0,
    max: 100_000,
    placeholder: '-',
    'data-testid': 'compare-ticks',
  });
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
  const lineCanvas = el('canvas', { 'data-testid': 'compare-line' });
  const barCanvas = el('canvas', { 'data-testid': 'compare-bars' });
  const scaleCanvas = el('canvas', { 'data-testid': 'compare-scale' });
  const line = lineChart(lineCanvas);
  const bars = barChart(barCanvas);
  const scale = barChart(scaleCanvas);
  const scaleNone = el('p', { class: 'hint' }, tx('scaleEffectNone'));
  const scaleBox = el('div', { class: 'chart-box' }, scaleCanvas);
  const addButton = button('addScenario', () => addSlot(presets[slots.length % presets.length]?.id ?? ''), {
    'data-testid': 'add-slot',
  });

  function addSlot(presetId: string): void {
    if (slots.length >= MAX_SLOTS) return;
    const status = el('span', { class: 'slot-status', 'data-testid': 'slot-status' });
    const error = el('div', { class: 'slot-error' });
    const slot: Slot = {
      name: '',
      doc: undefined,
      run: new SimRun(),
      replicates: [],
      state: 'ready',
      root: el('div', { class: 'slot panel', 'data-testid': `slot-${slots.length}` }),
      status,
      error,
    };
    const choose = (id: string) => {
      const p = presetById(id);
      if (!p) return;
      slot.name = p.name;
      slot.doc = p.doc;
      slot.error.replaceChildren();
      setState(slot, 'ready');
    };
    const picker = select(
      presets.map((p) => ({ value: p.id, label: p.name })),
      presetId,
      choose,
      {
        'data-testid': 'slot-preset',
      },
    );
    // A file is parsed here but validated by the worker, so its problems belong to this slot alone.
    const file = el('input', { type: 'file', accept: '.json,application/json', 'data-testid': 'slot-file' });
    file.addEventListener('change', async () => {
      const f = file.files?.[0];
      if (!f) return;
      const parsed = parseDocument(await f.text());
      slot.error.replaceChildren();
      if (!parsed.ok) {
        slot.doc = undefined;
        slot.error.replaceChildren(problemBox('problems', [`${f.name}: ${formatProblem(parsed.problem)}`]));
        return;
      }
      slot.doc = parsed.value as Record<string, unknown>;
      slot.name = f.name;
      picker.value = '';
      setState(slot, 'ready');
    });
    const remove = button('remove', () => {
      slot.run.terminate();
      slots.splice(slots.indexOf(slot), 1);
      slot.root.remove();
      addButton.disabled = slots.length >= MAX_SLOTS;
      redraw();
    });
    slot.root.append(picker, el('label', { class: 'stacked' }, tx('loadFile'), file), status, error, remove);
    slots.push(slot);
    slotBox.append(slot.root);
    addButton.disabled = slots.length >= MAX_SLOTS;
    choose(presetId);
  }

  function setState(slot: Slot, state: Slot['state']): void {
    slot.state = state;
    slot.status.dataset['state'] = state;
    const done = slot.replicates.length;
    slot.status.textContent = `${slot.name} · ${state}${done ? ` · ${done} × ${formatNumber(slot.replicates.at(-1)?.length ?? 0, 0)} rows` : ''}`;
  }

  let frame = 0;
  function scheduleRedraw(): void {
    if (!frame)
      frame = requestAnimationFrame(() => {
        frame = 0;
        redraw();
      });
  }

  function results(): ScenarioRuns[] {
    return slots
      .filter((s) => s.replicates.length > 0)
      .map((s) => ({ name: s.name, replicates: s.replicates }));
  }

  function redraw(): void {
    const all = results();
    const first = all[0]?.replicates[0] ?? [];
    const names = chartableMetrics(first);
    if (!names.includes(metric)) metric = preferredMetric(names);
    setOptions(
      metricPicker,
      names.map((n) => ({ value: n, label: n })),
      metric,
    );
    const families = scaleFamilies(names);
    if (!families.has(family)) family = families.keys().next().value ?? '';
    setOptions(
      familyPicker,
      [...families.keys()].map((f) => ({ value: f, label: f })),
      family,
    );
    fillLineChart(line, all, metric);
    fillEndValues(bars, all, metric);
    const members = families.get(family);
    scaleNone.hidden = Boolean(members);
    scaleBox.hidden = !members;
    if (members) fillScaleEffect(scale, all, family, members);
  }

  async function runSlot(slot: Slot, seeds: number[], ticks: number | undefined): Promise<void> {
    slot.replicates = [];
    slot.error.replaceChildren();
    if (!slot.doc) {
      setState(slot, 'failed');
      return;
    }
    const doc = ticks === undefined ? slot.doc : { ...slot.doc, ticks };
    setState(slot, 'running');
    try {
      for (const seed of seeds) {
        const info = await slot.run.create(doc, seed);
        const series: Metrics[] = [info.initial];
        slot.replicates.push(series);
        const result = await slot.run.advance(Number.MAX_SAFE_INTEGER, {}, (rows) => {
          if (appendNewRows(series, rows) === 0 || slot.state !== 'running') return;
          setState(slot, 'running');
          scheduleRedraw();
        });
        appendNewRows(series, result.rows);
        scheduleRedraw();
      }
      setState(slot, 'done');
    } catch (e) {
      if (e instanceof RunCancelled) setState(slot, 'stopped');
      else {
        setState(slot, 'failed');
        slot.error.replaceChildren(
          problemBox('runFailed', (e instanceof Error ? e.message : String(e)).split('\n')),
        );
      }
    } finally {
      // The worker is freed as soon as the scenario's seeds are done.
      slot.run.terminate();
      scheduleRedraw();
    }
  }

  function runAll(): void {
    const count = Math.min(MAX_SEEDS, Math.max(1, Math.floor(seedsInput.valueAsNumber) || 1));
    const first = Math.max(0, Math.floor(firstSeedInput.valueAsNumber) || 0);
    const seeds = Array.from({ length: count }, (_, i) => first + i);
    const ticks = Number.isInteger(ticksInput.valueAsNumber) ? ticksInput.valueAsNumber : undefined;
    for (const slot of slots) void runSlot(slot, seeds, ticks);
  }

  const root = el(
    'section',
    { class: 'view compare-view', 'data-testid': 'compare-view' },
    el(
      'div',
      { class: 'compare-head' },
      el('h2', {}, tx('compareTitle')),
      el('p', { class: 'hint' }, tx('compareHint')),
    ),
    slotBox,
    el(
      'div',
      { class: 'compare-controls' },
      addButton,
      el('label', {}, tx('replicates'), seedsInput),
      el('label', {}, tx('firstSeed'), firstSeedInput),
      el('label', {}, tx('ticks'), ticksInput),
      button('runAll', runAll, { class: 'primary', 'data-testid': 'run-all' }),
      button(
        'stopAll',
        () => {
          for (const s of slots) s.run.terminate();
        },
        { 'data-testid': 'stop-all' },
      ),
      button(
        'exportCsv',
        () => {
          const runs = slots.flatMap((s) =>
            s.replicates.map((series, i) => ({ labels: { scenario: s.name, seed: seedOf(i) }, series })),
          );
          download('kiez-compare.csv', new Blob([seriesCsv(runs)], { type: 'text/csv' }));
        },
        { 'data-testid': 'compare-csv' },
      ),
      button('exportChartPng', async () => download('kiez-compare.png', await canvasPng(lineCanvas)), {
        'data-testid': 'compare-png',
      }),
    ),
    el(
      'div',
      { class: 'compare-charts' },
      el(
        'div',
        { class: 'panel wide' },
        el('label', { class: 'chart-picker' }, tx('metric'), metricPicker),
        el('div', { class: 'chart-box' }, lineCanvas),
        el('p', { class: 'hint' }, tx('band')),
      ),
      el(
        'div',
        { class: 'panel' },
        el('h3', {}, tx('endValues')),
        el('div', { class: 'chart-box' }, barCanvas),
      ),
      el(
        'div',
        { class: 'panel' },
        el('h3', {}, tx('scaleEffect')),
        el('p', { class: 'hint' }, tx('scaleEffectHint')),
        el('label', { class: 'chart-picker' }, tx('index'), familyPicker),
        scaleBox,
        scaleNone,
      ),
    ),
  );

  function seedOf(i: number): number {
    return Math.max(0, Math.floor(firstSeedInput.valueAsNumber) || 0) + i;
  }

  // A first comparison worth making: the baseline city against a policy, else two classic presets.
  const startWith = ['baseline', 'cap-social-housing'].filter((id) => presetById(id));
  const pair = startWith.length === 2 ? startWith : ['classic-threshold-30', 'classic-threshold-50'];
  for (const id of pair) if (presetById(id)) addSlot(id);
  while (slots.length < 2 && presets.length > slots.length) addSlot(presets[slots.length]!.id);

  return {
    root,
    relabel() {
      for (const s of slots) setState(s, s.state);
      redraw();
    },
  };
}
