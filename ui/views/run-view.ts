/**
 * The main view: one scenario running live, with its map, a chart of any measure, the generated
 * parameter controls, and export. Opens with the baseline preset, paused, when first shown; a share
 * link plays its scenario at once.
 */
import { scenarioForOutput } from '../../sim/scenario/resolve.ts';
import type { Scenario } from '../../sim/scenario/spec.ts';
import { scenarioFields } from '../../sim/scenario/spec.ts';
import { LiveChart } from '../charts/live-chart.ts';
import { createParamForm } from '../controls/form.ts';
import { button, download, el, problemBox, tx } from '../app/dom.ts';
import { defaultPreset, presetById, presets } from '../app/presets.ts';
import { RunController } from '../app/run-controller.ts';
import { createStatus } from '../app/status.ts';
import { createTransport } from '../app/transport.ts';
import { seriesCsv } from '../../sim/csv.ts';
import { canvasPng } from '../export/png.ts';
import { fileNameFor, type Loaded, loadScenarioText, scenarioJson, shareHash } from '../export/scenario.ts';
import { currentLang, parameterHelpText, t } from '../i18n/index.ts';
import { MapPanel } from '../map/map-panel.ts';
import { checkedNumber } from '../controls/checked-number.ts';
import { presetDescription, presetName } from '../i18n/scenarios.ts';
import { measureInfo } from '../measures/current.ts';
import { typeExplanations, typeNames } from '../measures/type-names.ts';
import { CITY_CELL_METRES } from '../map/scale-bar.ts';
import { createRefusedPanel } from './refused-panel.ts';
import { createScalePanel } from './scale-panel.ts';
import { exampleCity, type LoadedCity, needsCityFile, userCity } from '../app/city-files.ts';
import { readCityTable } from '../../sim/city/real/city-table.ts';
import { formatProblem } from '../../sim/params/validate.ts';
import './run-view.css';

export interface RunView {
  readonly root: HTMLElement;
  /** Show and run a scenario (from a preset, a file or a link). */
  open(loaded: Loaded, autoplay: boolean): Promise<void>;
  relabel(): void;
  /** Pause while another view is shown. */
  hide(): void;
}

export function createRunView(): RunView {
  let scenario: Scenario | undefined;
  /** The city file of the run (a scenario on one), and the user's own when one was chosen. */
  let city: LoadedCity | undefined;
  let ownCity: LoadedCity | undefined;
  const map = new MapPanel({
    typeHistory: (quarter) => controller.typeHistory(quarter),
    unitShares: (scale, unit) => controller.unitShares(scale, unit),
    unitCounts: (scale) => controller.unitCounts(scale),
    localScores: (dimension, scale) => controller.localScores(dimension, scale),
    householdsIn: (dimension, x0, y0, x1, y1) => controller.householdsIn(dimension, x0, y0, x1, y1),
    profileApart: true,
  });
  const scaleView = createScalePanel({
    profile: (req, options) => controller.profile(req, options),
    unitCounts: (scale) => controller.unitCounts(scale),
    get tick() {
      return controller.tick;
    },
  });
  /** Names and explanations of the quarter types, from the latest row that has a typology. */
  const nameTypes = () => {
    const row = [...controller.series]
      .reverse()
      .find((r) => r['typology.type1.householdShare'] !== undefined);
    map.nameCategories(typeNames(row, currentLang()), typeExplanations(row, currentLang()));
  };
  const refused = createRefusedPanel();
  const chart = new LiveChart();
  const status = createStatus();
  const messages = el('div', { class: 'messages', 'data-testid': 'messages' });
  const controller: RunController = new RunController({
    rows: () => {
      chart.show(controller.series);
      refused.showRun(controller.series.at(-1));
      nameTypes();
    },
    view: (v) => {
      map.setRealCity(controller.info?.real, controller.info?.real ? (city?.attribution ?? '') : '');
      map.update(v);
    },
    status: () => {
      status.show(controller);
      if (controller.state === 'paused' || controller.state === 'finished')
        scaleView.stopped(controller.series.at(-1));
      transport.sync();
    },
    error: (message, invalid) =>
      messages.replaceChildren(problemBox(invalid ? 'problems' : 'runFailed', message.split('\n'))),
  });
  const transport = createTransport(controller, () => void restart(false));
  const form = createParamForm(() => {});

  // Presets grouped by mode; the group names follow the language switch.
  const presetPicker = el('select', { 'data-testid': 'preset' });
  for (const mode of ['city', 'classic'] as const) {
    const group = el('optgroup', { 'data-i18n-label': mode === 'city' ? 'modeCity' : 'modeClassic' });
    group.label = t(mode === 'city' ? 'modeCity' : 'modeClassic');
    group.append(
      ...presets
        .filter((p) => p.mode === mode)
        .map((p) => el('option', { value: p.id }, presetName(p.id, p.name))),
    );
    if (group.children.length > 0) presetPicker.append(group);
  }
  presetPicker.addEventListener('change', () => {
    const p = presetById(presetPicker.value);
    if (p) void open(loadScenarioText(JSON.stringify(p.doc), p.id), true);
  });
  const description = el('p', { class: 'description' });
  const seedSpec = scenarioFields.seed;
  const seedField = checkedNumber(seedSpec, { 'data-testid': 'seed', title: parameterHelpText(seedSpec) });
  const seedInput = seedField.input;
  seedInput.addEventListener('change', () => {
    if (seedField.read() !== undefined) void restart(true);
  });
  const fileInput = el('input', {
    type: 'file',
    accept: '.json,application/json',
    'data-testid': 'load-file',
  });
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (file) await open(loadScenarioText(await file.text(), file.name), true);
    fileInput.value = '';
  });
  // The user's own city file: a CSV of areas and a GeoJSON of their boundaries, run with the scenario shown.
  const csvInput = el('input', { type: 'file', accept: '.csv,text/csv', 'data-testid': 'city-csv' });
  const geojsonInput = el('input', {
    type: 'file',
    accept: '.geojson,.json,application/geo+json,application/json',
    'data-testid': 'city-geojson',
  });
  const ownCityMessages = el('div', { class: 'messages', 'data-testid': 'city-messages' });
  const ownCityRun = button('ownCityRun', () => void runOwnCity(), { 'data-testid': 'city-run' });
  async function runOwnCity(): Promise<void> {
    const csv = csvInput.files?.[0];
    const geojson = geojsonInput.files?.[0];
    ownCityMessages.replaceChildren();
    if (!csv) {
      ownCityMessages.replaceChildren(
        problemBox('ownCityProblems', ['city.source: (none): a CSV file of the areas, one row each']),
      );
      return;
    }
    if (!geojson) {
      // Without boundaries nothing can be placed; the table is checked all the same.
      const table = readCityTable(await csv.text());
      const lines = table.ok ? [] : table.problems.map((p) => `${csv.name}: ${formatProblem(p)}`);
      lines.push(
        "city.boundaries: (none): a GeoJSON of the areas' boundaries (dwellings are placed inside the real polygons)",
      );
      ownCityMessages.replaceChildren(problemBox('ownCityProblems', lines));
      return;
    }
    if (scenario?.mode !== 'city') {
      ownCityMessages.replaceChildren(
        problemBox('ownCityProblems', [
          `mode: ${scenario?.mode ?? '(none)'}: a city scenario (pick one above)`,
        ]),
      );
      return;
    }
    ownCity = await userCity(csv, geojson);
    const doc = scenarioForOutput(scenario) as { city?: Record<string, unknown> };
    const loaded = loadScenarioText(
      JSON.stringify({ ...doc, city: { ...doc.city, source: csv.name, boundaries: geojson.name } }),
      csv.name,
    );
    await open(loaded, false);
  }
  const ownCityBox = el(
    'details',
    { class: 'own-city', 'data-testid': 'own-city' },
    el('summary', {}, tx('ownCity')),
    el('p', { class: 'hint' }, tx('ownCityHint')),
    el('label', { class: 'stacked' }, tx('ownCityCsv'), csvInput),
    el('label', { class: 'stacked' }, tx('ownCityGeojson'), geojsonInput),
    ownCityRun,
    ownCityMessages,
  );
  const apply = button(
    'apply',
    () => {
      const r = form.resolve();
      if (!r.ok) {
        // Beside the button that was pressed, and the first refused field scrolled into view.
        applyMessages.replaceChildren(
          problemBox(
            'problems',
            r.problems.map((p) => `${p.path}: ${p.allowed}`),
          ),
        );
        form.root.querySelector('[aria-invalid=true]')?.scrollIntoView({ block: 'center' });
        return;
      }
      applyMessages.replaceChildren();
      void open({ ok: true, scenario: r.scenario }, true);
    },
    { class: 'primary', 'data-testid': 'apply' },
  );

  // The identifiers of the declaration (`dwellingsPerQuarter`) only in the advanced view.
  const showIds = el('input', { type: 'checkbox', 'data-testid': 'show-ids' });
  showIds.addEventListener('change', () => form.root.classList.toggle('show-ids', showIds.checked));
  const applyMessages = el('div', { class: 'messages', 'data-testid': 'apply-messages' });
  const caption = (what: string) => ({
    title: what,
    lines: [
      `${scenario ? presetName(presetPicker.value, scenario.name) : ''} · ${t('seed')} ${currentSeed()} · ${t('tick')} ${controller.tick}`,
    ],
  });
  const exports = el(
    'div',
    { class: 'exports' },
    button(
      'exportCsv',
      () => {
        if (!scenario) return;
        const csv = seriesCsv([
          { labels: { scenario: scenario.name, seed: currentSeed() }, series: controller.series },
        ]);
        download(fileNameFor(scenario, 'csv'), new Blob([csv], { type: 'text/csv' }));
      },
      { 'data-testid': 'export-csv' },
    ),
    button(
      'exportChartPng',
      async () => {
        if (scenario)
          download(
            fileNameFor(scenario, 'chart.png'),
            await canvasPng(chart.chart.canvas, caption(measureInfo(chart.metricName).label)),
          );
      },
      { 'data-testid': 'export-chart-png' },
    ),
    button(
      'exportMapPng',
      async () => {
        if (scenario)
          download(
            fileNameFor(scenario, 'map.png'),
            await canvasPng(map.canvas, { ...caption(map.title()), legend: map.legendPainter() }),
          );
      },
      { 'data-testid': 'export-map-png' },
    ),
    button(
      'exportProfilePng',
      async () => {
        if (scenario)
          download(
            fileNameFor(scenario, 'scale.png'),
            await canvasPng(scaleView.canvas, caption(scaleView.title())),
          );
      },
      { 'data-testid': 'export-profile-png' },
    ),
    button(
      'exportScenario',
      () => {
        if (!scenario) return;
        download(
          fileNameFor(scenario, 'json'),
          new Blob([scenarioJson(scenario, currentSeed())], { type: 'application/json' }),
        );
      },
      { 'data-testid': 'export-scenario' },
    ),
    button(
      'shareLink',
      async () => {
        if (!scenario) return;
        history.replaceState(null, '', shareHash(scenario, currentSeed()));
        await navigator.clipboard?.writeText(location.href).catch(() => {});
        messages.replaceChildren(el('p', { class: 'note' }, tx('linkCopied')));
      },
      { 'data-testid': 'share-link' },
    ),
  );

  const root = el(
    'section',
    { class: 'view run-view', 'data-testid': 'run-view' },
    el(
      'aside',
      { class: 'sidebar' },
      el('label', { class: 'stacked' }, tx('preset'), presetPicker),
      description,
      el('label', { class: 'stacked' }, tx('loadFile'), fileInput),
      ownCityBox,
      el('label', { class: 'stacked' }, tx('seed'), seedField.root),
      transport.root,
      status.root,
      messages,
      el(
        'details',
        { class: 'params', open: true },
        el('summary', {}, tx('parameters')),
        form.root,
        applyMessages,
        apply,
      ),
    ),
    el(
      'div',
      { class: 'main' },
      el(
        'div',
        { class: 'run-top' },
        el('div', { class: 'panel map-card' }, el('h2', {}, tx('map')), map.root),
        el(
          'div',
          { class: 'side-cards' },
          el('div', { class: 'panel profile-card' }, map.profileRoot),
          el(
            'div',
            { class: 'panel chart-card' },
            el('h2', {}, tx('chart')),
            chart.root,
            el('h3', {}, tx('export')),
            exports,
          ),
        ),
      ),
      scaleView.root,
      refused.root,
    ),
  );

  function currentSeed(): number {
    const v = seedInput.valueAsNumber;
    return Number.isInteger(v) ? v : (scenario?.seed ?? 1);
  }

  async function restart(autoplay: boolean): Promise<void> {
    if (!scenario) return;
    const s = scenario;
    map.reset();
    scaleView.reset();
    map.setMetresPerCell(s.mode === 'city' ? CITY_CELL_METRES : undefined);
    messages.replaceChildren();
    city = undefined;
    if (needsCityFile(s)) {
      // The user's file when the scenario names it, else an example city the page has.
      const own = ownCity?.city.file;
      try {
        city =
          own && own.csvName === s.city.source && own.geojsonName === s.city.boundaries
            ? ownCity
            : await exampleCity(s);
      } catch (e) {
        controller.stop();
        messages.replaceChildren(problemBox('runFailed', [`city.source: ${s.city.source}: ${String(e)}`]));
        return;
      }
      if (scenario !== s) return;
    }
    const started = await controller.start(scenarioForOutput(s), currentSeed(), city?.city);
    if (started && autoplay) controller.play();
  }

  async function open(loaded: Loaded, autoplay: boolean): Promise<void> {
    if (!loaded.ok) {
      messages.replaceChildren(problemBox('problems', loaded.problems));
      return;
    }
    scenario = loaded.scenario;
    const preset = presets.find((p) => p.name === scenario!.name);
    presetPicker.value = preset?.id ?? '';
    description.textContent = presetDescription(preset?.id ?? '', scenario.description);
    seedInput.value = String(scenario.seed);
    form.load(scenario);
    await restart(autoplay);
  }

  return {
    root,
    open,
    relabel() {
      for (const g of presetPicker.querySelectorAll('optgroup'))
        g.label = t(g.dataset['i18nLabel'] === 'modeCity' ? 'modeCity' : 'modeClassic');
      for (const o of presetPicker.querySelectorAll('option'))
        o.textContent = presetName(o.value, presetById(o.value)?.name ?? o.textContent ?? '');
      if (scenario) description.textContent = presetDescription(presetPicker.value, scenario.description);
      chart.relabel();
      nameTypes();
      scaleView.relabel();
      transport.relabel();
      status.show(controller);
    },
    hide() {
      void controller.pause();
    },
  };
}

/** The preset the page opens with, as a loaded scenario. */
export function defaultScenario(): Loaded {
  const p = defaultPreset();
  return loadScenarioText(JSON.stringify(p.doc), p.id);
}
