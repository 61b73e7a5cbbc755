/**
 * Compare: two to four scenarios over the same seeds (derived from the first seed as `kiez compare`
 * derives them), run on a pool of workers. Says what changed: each scenario's paired difference to
 * the chosen baseline with its 95 % interval, over time and at the end, and a table of the measures
 * that moved most ("no clear effect" where an interval spans 0). A ready question from the start
 * page runs here too, with its answer panel on top. A slot whose run fails shows its error alone.
 */
import { int } from '../../sim/params/spec.ts';
import { deriveSeed } from '../../sim/rng.ts';
import { scenarioFields } from '../../sim/scenario/spec.ts';
import { seriesCsv } from '../../sim/csv.ts';
import { button, download, el, tx } from '../app/dom.ts';
import { comparePresets as presets, presetById, presetLoader } from '../app/presets.ts';
import { comparisonDocument } from '../compare/cadence.ts';
import { ComparePool, type PoolJob } from '../compare/pool.ts';
import { createResults } from '../compare/results.ts';
import { createSlot, type Slot } from '../compare/slot.ts';
import { checkedNumber } from '../controls/checked-number.ts';
import { canvasPng } from '../export/png.ts';
import { formatNumber, t } from '../i18n/index.ts';
import { measureInfo } from '../measures/current.ts';
import type { Question } from '../start/questions.ts';
import './compare-view.css';

const MAX_SLOTS = 4;

/** Seeds per scenario in the browser: each seed is a full run on this machine (the CLI takes more). */
export const compareSeedsSpec = int({
  unit: 'seeds',
  default: 3,
  min: 1,
  max: 20,
  meaning: 'Seeds per scenario in the browser; each is a full run (kiez compare --seeds takes more).',
});

/** While runs go on, the charts and tables are redrawn at most this often (ms). */
const REDRAW_MS = 1000;

export interface CompareView {
  readonly root: HTMLElement;
  relabel(): void;
  /** Set up a ready question's scenarios and seeds and run them. */
  ask(q: Question): void;
}

export function createCompareView(): CompareView {
  const slots: Slot[] = [];
  let baseline: Slot | undefined;
  let question: Question | undefined;
  let seeds: number[] = [];
  const pool = new ComparePool();
  let started = 0;

  const slotBox = el('div', { class: 'slots', 'data-testid': 'slots' });
  const seedsField = checkedNumber(compareSeedsSpec, {
    value: compareSeedsSpec.default,
    'data-testid': 'replicates',
  });
  const firstSeedField = checkedNumber(scenarioFields.seed, { value: 1, 'data-testid': 'first-seed' });
  const ticksField = checkedNumber(
    scenarioFields.ticks,
    { placeholder: '–', 'data-testid': 'compare-ticks' },
    true,
  );
  const progressBar = el('progress', { max: 1, value: 0, 'data-testid': 'compare-progress-bar' });
  const progressText = el('span', { 'data-testid': 'compare-progress', 'aria-live': 'polite' });
  const seedsText = el('p', { class: 'hint', 'data-testid': 'compare-seeds' });

  const addButton = button('addScenario', () => addSlot(presets[slots.length % presets.length]?.id ?? ''), {
    'data-testid': 'add-slot',
  });

  function addSlot(presetId: string): Slot | undefined {
    if (slots.length >= MAX_SLOTS) return undefined;
    const slot = createSlot(slots.length, presetId, {
      remove(s) {
        pool.stop();
        slots.splice(slots.indexOf(s), 1);
        s.root.remove();
        if (baseline === s) chooseBaseline(slots[0]);
        addButton.disabled = slots.length >= MAX_SLOTS;
        redraw();
      },
      changed() {
        // Other scenarios than a ready question's: the comparison is the user's own now.
        if (question) {
          question = undefined;
          answerBox.hidden = true;
        }
        scheduleRedraw();
      },
      baselineChosen: (s) => chooseBaseline(s),
    });
    slots.push(slot);
    slotBox.append(slot.root);
    addButton.disabled = slots.length >= MAX_SLOTS;
    if (!baseline) chooseBaseline(slot);
    return slot;
  }

  function chooseBaseline(slot: Slot | undefined): void {
    baseline = slot;
    for (const s of slots) {
      s.baseline.checked = s === slot;
      s.root.classList.toggle('is-baseline', s === slot);
    }
    scheduleRedraw();
  }

  let frame: ReturnType<typeof setTimeout> | undefined;
  let lastDraw = 0;
  /** Redraw soon, at most every REDRAW_MS while runs go on: each redraw is a task on the main thread. */
  function scheduleRedraw(): void {
    if (frame !== undefined) return;
    const wait = Math.max(0, lastDraw + REDRAW_MS - performance.now());
    frame = setTimeout(() => {
      frame = undefined;
      lastDraw = performance.now();
      redraw();
    }, wait);
  }

  const results = createResults();
  const { answerBox, canvases } = results;
  const runsOf = (s: Slot) => ({ name: s.name, replicates: s.replicates });

  function redraw(): void {
    const withRuns = slots.filter((s) => s.replicates.some(Boolean));
    results.draw({
      all: withRuns.map(runsOf),
      base: baseline?.replicates.some(Boolean) ? runsOf(baseline) : undefined,
      others: withRuns.filter((s) => s !== baseline).map(runsOf),
      question,
      seeds,
      complete: slots.every((s) => s.state !== 'running'),
    });
  }

  function progress(done: number, expected: number): void {
    const share = expected > 0 ? Math.min(1, done / expected) : 0;
    progressBar.value = share;
    const elapsed = (performance.now() - started) / 1000;
    const left = share > 0.02 ? (elapsed / share) * (1 - share) : Number.NaN;
    progressText.dataset['percent'] = String(Math.round(share * 100));
    progressText.textContent = `${formatNumber(share * 100, 0)} %${Number.isFinite(left) ? ` · ${t('timeLeft')} ${formatNumber(Math.ceil(left), 0)} s` : ''} · ${formatNumber(elapsed, 0)} s`;
  }

  async function runAll(): Promise<void> {
    const count = seedsField.read();
    const firstSeed = firstSeedField.read();
    const ticks = ticksField.read();
    if (count === undefined || firstSeed === undefined || (ticksField.filled && ticks === undefined)) return;
    pool.stop();
    seeds = Array.from({ length: count }, (_, i) => deriveSeed(firstSeed, i));
    seedsText.textContent = `${t('seedsUsed')} ${seeds.join(', ')}`;
    const jobs: PoolJob[] = [];
    for (const s of slots) {
      s.replicates = new Array(count).fill(undefined);
      s.finished = 0;
      s.setState(s.doc ? 'running' : 'failed');
    }
    const docs = slots.map((s) =>
      s.doc ? comparisonDocument(s.doc, ticks, presetLoader, question?.extraIndices) : undefined,
    );
    for (let i = 0; i < count; i++)
      slots.forEach((_, k) => {
        const doc = docs[k];
        if (doc) jobs.push({ slot: k, replicate: i, seed: seeds[i]!, doc });
      });
    results.clearTable();
    started = performance.now();
    const ticksPerRun = ticks ?? Number(slots[0]?.doc?.['ticks'] ?? 120);
    const outcome = await pool.run(
      jobs,
      {
        rows(job, series) {
          slots[job.slot]!.replicates[job.replicate] = series;
          scheduleRedraw();
        },
        done(job) {
          const s = slots[job.slot]!;
          s.finished++;
          s.setState(s.finished === count ? 'done' : 'running');
        },
        failed(job, message) {
          const s = slots[job.slot]!;
          s.setState('failed');
          s.showError(message);
        },
        progress,
      },
      ticksPerRun,
    );
    for (const s of slots) if (s.state === 'running') s.setState(outcome === 'stopped' ? 'stopped' : 'done');
    if (frame !== undefined) clearTimeout(frame);
    frame = undefined;
    redraw();
  }

  const chosenRuns = () =>
    slots.flatMap((s) =>
      s.replicates.flatMap((series, i) =>
        series ? [{ labels: { scenario: s.name, seed: seeds[i]! }, series }] : [],
      ),
    );
  const caption = (what: string) => ({
    title: what,
    lines: [
      `${t('baseline')}: ${baseline?.name ?? '–'}; ${slots
        .filter((s) => s !== baseline)
        .map((s) => s.name)
        .join('; ')}`,
      `${t('seedsUsed')} ${seeds.join(', ')}`,
    ],
  });
  const pngButton = (
    key: 'exportLinePng' | 'exportDiffPng' | 'exportBarsPng',
    canvas: HTMLCanvasElement,
    testid: string,
  ) =>
    button(
      key,
      async () =>
        download(
          `kiez-compare-${testid}.png`,
          await canvasPng(canvas, caption(measureInfo(results.metric).label)),
        ),
      {
        'data-testid': testid,
      },
    );

  const root = el(
    'section',
    { class: 'view compare-view', 'data-testid': 'compare-view' },
    el(
      'div',
      { class: 'compare-head' },
      el('h2', {}, tx('compareTitle')),
      el('p', { class: 'hint' }, tx('compareHint')),
    ),
    answerBox,
    slotBox,
    el(
      'div',
      { class: 'compare-controls' },
      addButton,
      el('label', {}, tx('replicates'), seedsField.root),
      el('label', {}, tx('firstSeed'), firstSeedField.root),
      el('label', {}, tx('ticks'), ticksField.root),
      button('runAll', () => void runAll(), { class: 'primary', 'data-testid': 'run-all' }),
      button('stopAll', () => pool.stop(), { 'data-testid': 'stop-all' }),
      el('span', { class: 'compare-progress' }, progressBar, progressText),
    ),
    seedsText,
    el(
      'div',
      { class: 'compare-exports' },
      button(
        'exportCsv',
        () => download('kiez-compare.csv', new Blob([seriesCsv(chosenRuns())], { type: 'text/csv' })),
        { 'data-testid': 'compare-csv' },
      ),
      pngButton('exportLinePng', canvases.line, 'compare-png'),
      pngButton('exportDiffPng', canvases.diff, 'compare-diff-png'),
      pngButton('exportBarsPng', canvases.diffBars, 'compare-bars-png'),
    ),
    results.charts,
  );

  // A first comparison worth making: the baseline city against a policy, else two classic presets.
  const startWith = ['baseline', 'cap-social-housing'].filter((id) => presetById(id));
  const pair = startWith.length === 2 ? startWith : ['classic-threshold-30', 'classic-threshold-50'];
  for (const id of pair) if (presetById(id)) addSlot(id);
  while (slots.length < 2 && presets.length > slots.length) addSlot(presets[slots.length]!.id);

  return {
    root,
    relabel() {
      for (const s of slots) s.relabel();
      results.relabel();
      redraw();
    },
    ask(q) {
      pool.stop();
      while (slots.length > 0) slots.pop()!.root.remove();
      baseline = undefined;
      for (const id of q.presets) if (presetById(id)) addSlot(id);
      question = q;
      seedsField.input.value = String(q.seeds);
      ticksField.input.value = '';
      results.setMetric(q.chart);
      results.asking(q);
      void runAll();
    },
  };
}
