/**
 * The run view's scale view: the multiscale profile of one index at the current tick (the
 * `kiez profile` table as a chart), asked from the run's worker, which computes it with the same
 * code as the CLI. The user picks the index (every family the run reports, and for each dimension
 * M and each category's D against the rest) and an interval method; without one it refreshes by
 * itself whenever the run stops, with one (a few seconds of work) on request.
 */
import type { MeasuresSelection } from '../../sim/measures/params.ts';
import type { ProfileRequest, ProfileRow } from '../../sim/measures/profile.ts';
import type { UnitCounts } from '../../sim/measures/unit-counts.ts';
import type { Metrics } from '../../sim/model.ts';
import { el, select, setOptions, tx } from '../app/dom.ts';
import { columnText, fillProfileChart, profileChart } from '../charts/profile-chart.ts';
import { t } from '../i18n/index.ts';
import './scale-panel.css';

/** Largest person-centred radius of the profile (the city reports radii up to 8 at most by default). */
const MAX_RADIUS = 8;
/** Replicates behind an interval of the scale view: stable enough ends for reading, a few seconds. */
const INTERVAL_REPLICATES = 50;
/** Random allocations behind the dashed "under random allocation" line. */
const RANDOM_REPLICATES = 5;

export interface ScaleSource {
  profile(req: ProfileRequest, options: Partial<MeasuresSelection>): Promise<ProfileRow[] | undefined>;
  unitCounts(scale: string): Promise<UnitCounts | undefined>;
  readonly tick: number;
}

const FAMILY = /^(D|H|M|isolation|exposure)\.([a-z]+(?:=[^.]+)?)\.(?:block|quarter|district|r\d+)$/;

/** Index families (`D.origin`, `H.income`, `D.origin=refugee`) the row reports at several scales. */
export function profileColumns(row: Metrics | undefined, counts: UnitCounts | undefined): string[] {
  const out = new Set<string>();
  for (const k of Object.keys(row ?? {})) {
    const m = FAMILY.exec(k);
    if (m) out.add(`${m[1]}.${m[2]}`);
  }
  for (const d of counts?.dimensions ?? []) {
    out.add(`H.${d.dimension}`);
    out.add(`M.${d.dimension}`);
    for (const label of d.labels) out.add(`D.${d.dimension}=${label}`);
  }
  // Origin first, as the map; then by dimension and index.
  const rank = (c: string) => (c.includes('.origin') ? 0 : 1);
  return [...out].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

export interface ScalePanel {
  readonly root: HTMLElement;
  readonly canvas: HTMLCanvasElement;
  /** The run stopped (paused or finished) or a new run started: refresh when that is cheap. */
  stopped(row: Metrics | undefined): void;
  reset(): void;
  relabel(): void;
  /** What the chart shows, for an exported picture's heading. */
  title(): string;
}

export function createScalePanel(source: ScaleSource): ScalePanel {
  let column = '';
  let interval: 'none' | 'bootstrap' | 'permutation' = 'none';
  let shownTick = -1;
  let request = 0;
  let lastRow: Metrics | undefined;
  let counts: UnitCounts | undefined;
  let shown: { column: string; rows: ProfileRow[]; tick: number } | undefined;
  const canvas = el('canvas', { 'data-testid': 'profile-chart' });
  const chart = profileChart(canvas);
  const status = el('p', { class: 'hint', 'data-testid': 'profile-status' });
  const columnPicker = select([], '', (v) => {
    column = v;
    void compute();
  });
  columnPicker.dataset['testid'] = 'profile-column';
  const intervalOptions = () => [
    { value: 'none', label: t('scaleViewNone') },
    { value: 'bootstrap', label: t('scaleViewBootstrap') },
    { value: 'permutation', label: t('scaleViewPermutation') },
  ];
  const intervalPicker = select(intervalOptions(), 'none', (v) => {
    interval = v as typeof interval;
    void compute();
  });
  intervalPicker.dataset['testid'] = 'profile-interval';
  const go = el('button', { type: 'button', 'data-testid': 'profile-compute' }, tx('scaleViewCompute'));
  go.addEventListener('click', () => void compute());
  const root = el(
    'div',
    { class: 'panel scale-card', 'data-testid': 'scale-view' },
    el('h2', {}, tx('scaleViewTitle')),
    el('p', { class: 'hint' }, tx('scaleViewHint')),
    el(
      'div',
      { class: 'scale-pickers' },
      el('label', {}, tx('scaleViewIndex'), columnPicker),
      el('label', {}, tx('scaleViewInterval'), intervalPicker),
      go,
    ),
    el('div', { class: 'chart-box' }, canvas),
    status,
  );

  async function syncColumns(): Promise<void> {
    if (!counts) counts = (await source.unitCounts('quarter')) ?? (await source.unitCounts('block'));
    const columns = profileColumns(lastRow, counts);
    if (!columns.includes(column)) column = columns.find((c) => c === 'D.origin') ?? columns[0] ?? '';
    setOptions(
      columnPicker,
      columns.map((c) => ({ value: c, label: columnText(c) })),
      column,
    );
  }

  async function compute(): Promise<void> {
    if (!column) await syncColumns();
    if (!column) return;
    const mine = ++request;
    const tick = source.tick;
    status.textContent = t('scaleViewComputing');
    go.disabled = true;
    const options: Partial<MeasuresSelection> = {
      random: true,
      replicates: RANDOM_REPLICATES,
      interval,
      intervalReplicates: INTERVAL_REPLICATES,
    };
    try {
      const started = performance.now();
      const rows = await source.profile({ column, maxRadius: MAX_RADIUS }, options);
      if (mine !== request) return;
      if (!rows) {
        status.textContent = '';
        return;
      }
      fillProfileChart(chart, column, rows, tick);
      shown = { column, rows, tick };
      shownTick = tick;
      canvas.dataset['column'] = column;
      canvas.dataset['tick'] = String(tick);
      canvas.dataset['rows'] = JSON.stringify(rows.map((r) => [r.scale, r.households, r.values[''] ?? null]));
      canvas.dataset['lower'] = JSON.stringify(
        rows.map((r) => r.values['.lower'] ?? r.values['.random.lower'] ?? null),
      );
      status.textContent = `${t('scaleViewAt')} ${tick} · ${Math.round(performance.now() - started)} ms`;
    } catch (e) {
      if (mine === request) status.textContent = e instanceof Error ? e.message : String(e);
    } finally {
      if (mine === request) go.disabled = false;
    }
  }

  return {
    root,
    canvas,
    stopped(row) {
      lastRow = row ?? lastRow;
      void syncColumns().then(() => {
        // Intervals cost seconds: those wait for the button; the plain profile follows the run.
        if (interval === 'none' && source.tick !== shownTick) void compute();
      });
    },
    reset() {
      request++;
      shownTick = -1;
      counts = undefined;
      lastRow = undefined;
      shown = undefined;
      chart.data.datasets = [];
      chart.update('none');
      status.textContent = '';
    },
    relabel() {
      setOptions(intervalPicker, intervalOptions(), interval);
      void syncColumns();
      if (shown) fillProfileChart(chart, shown.column, shown.rows, shown.tick);
    },
    title() {
      return `${t('scaleViewTitle')}: ${columnText(column)}`;
    },
  };
}
