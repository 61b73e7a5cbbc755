/** The teaching view's big controls: a labelled slider with its value, and a labelled choice. */
import { el } from '../app/dom.ts';
import { type TeachKey, tt, ttSpan } from './strings.ts';

export interface Slider {
  readonly root: HTMLElement;
  readonly input: HTMLInputElement;
  set(v: number): void;
  relabel(): void;
}

export function slider(
  key: TeachKey,
  min: number,
  max: number,
  step: number,
  show: (v: number) => string,
  testid: string,
): Slider {
  const input = el('input', { type: 'range', min, max, step, 'data-testid': testid });
  const out = el('output', {});
  const refresh = () => {
    out.textContent = show(input.valueAsNumber);
  };
  input.addEventListener('input', refresh);
  return {
    root: el('label', { class: 'big-slider' }, el('span', { class: 'slider-name' }, ttSpan(key)), input, out),
    input,
    set(v) {
      input.value = String(v);
      refresh();
    },
    relabel: refresh,
  };
}

export interface Choice {
  readonly root: HTMLElement;
  readonly select: HTMLSelectElement;
  relabel(): void;
}

/** A choice among declared options, each labelled by the teaching text `${key}_${option}`. */
export function choice(
  key: 'move' | 'decide' | 'measure' | 'layout',
  options: readonly string[],
  onChange: (v: string) => void,
  testid: string,
): Choice {
  const select = el('select', { 'data-testid': testid });
  for (const o of options) select.append(el('option', { value: o }, tt(`${key}_${o}` as TeachKey)));
  select.addEventListener('change', () => onChange(select.value));
  return {
    root: el('label', { class: 'teach-choice' }, ttSpan(key), select),
    select,
    relabel() {
      for (const o of select.options) o.textContent = tt(`${key}_${o.value}` as TeachKey);
    },
  };
}

/** Equal shares that sum to exactly 1: the last group takes the rounding remainder. */
export function equalShares(n: number): number[] {
  const share = Math.floor(1e6 / n) / 1e6;
  return Array.from({ length: n }, (_, i) => (i < n - 1 ? share : +(1 - share * (n - 1)).toFixed(6)));
}
