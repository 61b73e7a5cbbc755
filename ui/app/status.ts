/** The one-line status of a run: tick, state, and the series digest once it has finished. */
import { el } from './dom.ts';
import { formatNumber, t } from '../i18n/index.ts';
import type { RunController } from './run-controller.ts';

export function createStatus(): { root: HTMLElement; show(c: RunController): void } {
  const root = el('div', { class: 'status', 'data-testid': 'status', 'aria-live': 'polite' });
  const text = el('span', {});
  const digest = el('code', { class: 'digest', 'data-testid': 'digest' });
  root.append(text, digest);
  return {
    root,
    show(c) {
      const total = c.info?.ticks;
      root.dataset['state'] = c.state;
      root.dataset['tick'] = String(c.tick);
      const ticks =
        total === undefined
          ? ''
          : `${t('tick')} ${formatNumber(c.tick, 0)} ${t('of')} ${formatNumber(total, 0)} · `;
      const settled = c.series.at(-1)?.['settled'] === 1 ? ` (${t('settled')})` : '';
      text.textContent = `${ticks}${t(c.state === 'idle' ? 'paused' : c.state)}${settled}`;
      digest.textContent = c.digest ? `${t('digest')}: ${c.digest}` : '';
      digest.dataset['digest'] = c.digest;
    },
  };
}
