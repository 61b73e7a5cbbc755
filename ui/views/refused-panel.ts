/**
 * "Where the refused ended up": a table per run (its latest row) or per compared scenario (mean over
 * its seeds' last rows), one line per group: how many refused searches have ended and what share
 * moved to each quarter type, stayed put, gave up or left the city. The numbers are the run's own
 * `afterRefusal.*` metrics; each cell carries its exact value in `data-share` / `data-count` so a test
 * can hold it to them. Hidden when the run does not report these metrics (the classic model).
 */
import type { Metrics } from '../../sim/model.ts';
import { el, tx } from '../app/dom.ts';
import { categoryText, currentLang, formatNumber, onLangChange } from '../i18n/index.ts';
import {
  meanRefusedOutcomes,
  REFUSED_PLACES,
  type RefusedOutcome,
  refusedOutcomes,
} from '../measures/refused-outcomes.ts';
import { PART } from '../measures/vocabulary.ts';
import './refused-panel.css';

export interface RefusedPanel {
  readonly root: HTMLElement;
  /** One run: its latest row of metrics. */
  showRun(row: Metrics | undefined): void;
  /** Compare: per scenario, the last row of each finished seed. */
  showCompare(all: readonly { name: string; lastRows: readonly (Metrics | undefined)[] }[]): void;
}

const placeText = (p: string) => PART[p]?.[currentLang() === 'de' ? 1 : 0] ?? p;
const percent = (x: number) => (Number.isFinite(x) ? `${formatNumber(100 * x, 1)} %` : '-');

export function createRefusedPanel(): RefusedPanel {
  const table = el('table', { class: 'refused-table', 'data-testid': 'refused-table' });
  const root = el(
    'div',
    { class: 'panel wide refused-panel', 'data-testid': 'refused-panel', hidden: true },
    el('h3', {}, tx('refusedTitle')),
    el('p', { class: 'hint' }, tx('refusedHint')),
    table,
  );
  let redraw = () => {};
  onLangChange(() => redraw());

  function render(rows: readonly { scenario?: string; outcome: RefusedOutcome }[], compare: boolean): void {
    root.hidden = rows.length === 0;
    if (rows.length === 0) return;
    const th = (text: string) => el('th', { scope: 'col' }, text);
    const head = el(
      'tr',
      {},
      ...(compare ? [el('th', { scope: 'col' }, tx('refusedScenario'))] : []),
      el('th', { scope: 'col' }, tx('refusedGroup')),
      el('th', { scope: 'col' }, tx('refusedEnded')),
      ...REFUSED_PLACES.map((p) => th(placeText(p))),
    );
    const body = rows.map(({ scenario, outcome: o }) =>
      el(
        'tr',
        { 'data-group': o.group, 'data-scenario': scenario },
        ...(compare ? [el('th', { scope: 'row' }, scenario ?? '')] : []),
        el('th', { scope: 'row' }, categoryText(o.group)),
        el(
          'td',
          { 'data-count': String(o.ended), 'data-testid': `refused-ended-${o.group}` },
          formatNumber(o.ended, 1),
        ),
        ...REFUSED_PLACES.map((p, i) =>
          el(
            'td',
            {
              'data-place': p,
              'data-share': String(o.shares[i]),
              'data-count': String(o.counts[i]),
              title: `${formatNumber(o.counts[i]!, 1)} / ${formatNumber(o.ended, 1)}`,
            },
            percent(o.shares[i]!),
          ),
        ),
      ),
    );
    table.replaceChildren(el('thead', {}, head), el('tbody', {}, ...body));
  }

  return {
    root,
    showRun(row) {
      redraw = () =>
        render(
          refusedOutcomes(row).map((outcome) => ({ outcome })),
          false,
        );
      redraw();
    },
    showCompare(all) {
      redraw = () =>
        render(
          all.flatMap((s) =>
            meanRefusedOutcomes(s.lastRows).map((outcome) => ({ scenario: s.name, outcome })),
          ),
          true,
        );
      redraw();
    },
  };
}
