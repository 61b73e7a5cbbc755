/**
 * Large numeric monitors for the class: % similar (named with the convention it is counted by),
 * % unhappy, moves so far and the tick; S when the Polygons' convention is chosen.
 */
import type { Metrics } from '../../sim/model.ts';
import { el } from '../app/dom.ts';
import { formatNumber } from '../i18n/index.ts';
import { type TeachKey, tt } from './strings.ts';

interface Monitor {
  readonly root: HTMLElement;
  readonly value: HTMLElement;
  readonly label: HTMLElement;
  readonly key: TeachKey;
}

function monitor(key: TeachKey, testid: string): Monitor {
  const value = el('output', { class: 'monitor-value', 'data-testid': testid }, '–');
  const label = el('span', { class: 'monitor-label' }, tt(key));
  return { root: el('div', { class: 'monitor' }, value, label), value, label, key };
}

export class Monitors {
  readonly root: HTMLElement;
  private readonly similar = monitor('similar', 'monitor-similar');
  private readonly unhappy = monitor('unhappy', 'monitor-unhappy');
  private readonly moves = monitor('moves', 'monitor-moves');
  private readonly tick = monitor('tick', 'monitor-tick');
  private readonly s = monitor('segregationS', 'monitor-s');
  private convention = 'meanOfRatios';

  constructor() {
    this.root = el(
      'div',
      { class: 'monitors', 'data-testid': 'monitors' },
      this.similar.root,
      this.s.root,
      this.unhappy.root,
      this.moves.root,
      this.tick.root,
    );
    this.s.root.hidden = true;
  }

  /** Show the latest row of `series`; moves are summed over the whole run so far. */
  show(series: readonly Metrics[], convention: string): void {
    this.convention = convention;
    const last = series.at(-1);
    const percent = (x: number | undefined) => (x === undefined ? '–' : `${formatNumber(x * 100, 0)} %`);
    this.similar.value.textContent = percent(last?.['similarShare']);
    this.unhappy.value.textContent = percent(last?.['discontentedShare']);
    let moves = 0;
    for (const row of series) moves += row['moves'] ?? 0;
    this.moves.value.textContent = last ? formatNumber(moves, 0) : '–';
    this.tick.value.textContent = last ? formatNumber(last['tick'] ?? 0, 0) : '–';
    this.tick.value.dataset['tick'] = String(last?.['tick'] ?? '');
    this.moves.value.dataset['moves'] = String(moves);
    const s = last?.['segregationS'];
    this.s.root.hidden = s === undefined;
    this.s.value.textContent = s === undefined ? '–' : `${formatNumber(s * 100, 0)} %`;
    this.relabel();
  }

  relabel(): void {
    for (const m of [this.similar, this.unhappy, this.moves, this.tick, this.s])
      m.label.textContent = tt(m.key);
    const short = this.convention ? ` (${tt(`short_${this.convention}` as TeachKey)})` : '';
    this.similar.label.textContent = `${tt('similar')}${short}`;
  }
}
