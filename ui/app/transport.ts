/** Play / pause, step, reset and speed for one run controller. */
import { el, select, tx } from './dom.ts';
import { t } from '../i18n/index.ts';
import type { RunController } from './run-controller.ts';

/** Ticks per second offered; 0 = as fast as possible. */
export const SPEEDS = [1, 2, 5, 10, 30, 0] as const;

export interface Transport {
  readonly root: HTMLElement;
  /** Enable and label the buttons for the controller's state. */
  sync(): void;
  relabel(): void;
}

export function createTransport(c: RunController, onReset: () => void, big = false): Transport {
  const play = el('button', { type: 'button', class: 'primary', 'data-testid': 'play' });
  play.addEventListener('click', () => (c.isPlaying ? void c.pause() : c.play()));
  const step = el('button', { type: 'button', 'data-testid': 'step' }, tx('step'));
  step.addEventListener('click', () => void c.step());
  const reset = el('button', { type: 'button', 'data-testid': 'reset' }, tx('reset'));
  reset.addEventListener('click', onReset);
  const speedLabel = (s: number) => (s === 0 ? t('speedMax') : `${s} ${t('ticksPerSecond')}`);
  const speed = select(
    SPEEDS.map((s) => ({ value: String(s), label: speedLabel(s) })),
    String(c.speed),
    (v) => {
      c.speed = Number(v);
    },
    { 'data-testid': 'speed' },
  );
  const root = el(
    'div',
    { class: big ? 'transport big' : 'transport' },
    play,
    step,
    reset,
    el('label', {}, tx('speed'), speed),
  );
  const sync = () => {
    const running = c.state === 'running';
    play.textContent = running ? t('pause') : t('play');
    play.disabled = !(running || c.state === 'paused');
    step.disabled = c.state !== 'paused';
    reset.disabled = c.state === 'starting' || c.state === 'idle';
  };
  return {
    root,
    sync,
    relabel() {
      for (const [i, option] of [...speed.options].entries()) option.textContent = speedLabel(SPEEDS[i]!);
      sync();
    },
  };
}
