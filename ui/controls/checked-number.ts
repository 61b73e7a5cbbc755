/**
 * A number field checked against its declaration where it is typed: a value out of range, not whole
 * or not a number is refused at the field, with the declared range as the message, the field marked
 * invalid and scrolled into view. Used for the controls that sit outside the generated form (the
 * run's seed, compare's seeds, first seed and ticks).
 */
import type { NumberSpec } from '../../sim/params/spec.ts';
import { describeNumber, showValue } from '../../sim/params/validate.ts';
import { el } from '../app/dom.ts';
import { currentLang, unitText } from '../i18n/index.ts';
import './checked-number.css';

/** The declared range in the page's language (`a whole number from 0 to 20 (seeds)`). */
export function allowedText(spec: NumberSpec): string {
  if (currentLang() !== 'de') return describeNumber(spec);
  const kind = spec.integer ? 'eine ganze Zahl' : 'eine Zahl';
  const unit = spec.unit && spec.unit !== '1' ? ` (${unitText(spec.unit)})` : '';
  return `${kind} von ${spec.min.toLocaleString('de-DE')} bis ${spec.max.toLocaleString('de-DE')}${unit}`;
}

export interface CheckedNumber {
  readonly input: HTMLInputElement;
  /** The field with its message line below. */
  readonly root: HTMLElement;
  /** The value, or undefined after showing the problem at the field. Empty = undefined, no problem when optional. */
  read(): number | undefined;
  /** Whether the field holds a value (empty optional fields do not). */
  readonly filled: boolean;
}

export function checkedNumber(
  spec: NumberSpec,
  attrs: Record<string, string | number>,
  optional = false,
): CheckedNumber {
  const input = el('input', {
    type: 'number',
    min: spec.min,
    max: spec.max,
    step: spec.integer ? 1 : 'any',
    ...attrs,
  });
  const message = el('div', {
    class: 'field-message',
    role: 'alert',
    'data-testid': `${attrs['data-testid']}-message`,
  });
  const root = el('span', { class: 'checked-number' }, input, message);
  const check = (): number | undefined => {
    const raw = input.value.trim();
    message.textContent = '';
    input.removeAttribute('aria-invalid');
    if (raw === '' && optional) return undefined;
    const x = raw === '' ? Number.NaN : Number(raw);
    const ok = Number.isFinite(x) && x >= spec.min && x <= spec.max && (!spec.integer || Number.isInteger(x));
    if (ok) return x;
    input.setAttribute('aria-invalid', 'true');
    message.textContent = `${raw === '' ? '""' : showValue(Number.isFinite(x) ? x : raw)}: ${allowedText(spec)}`;
    input.scrollIntoView({ block: 'center' });
    input.focus();
    return undefined;
  };
  input.addEventListener('input', () => {
    if (input.hasAttribute('aria-invalid')) check();
  });
  return {
    input,
    root,
    read: check,
    get filled() {
      return input.value.trim() !== '';
    },
  };
}
