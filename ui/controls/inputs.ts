/**
 * One input element per single-valued parameter kind (number, boolean, choice, text, list of
 * numbers). Whatever the person types is passed on as written when it is not a number, so that
 * validation names it rather than the form silently dropping it.
 */
import type { Spec } from '../../sim/params/spec.ts';
import { el } from '../app/dom.ts';
import { optionText, unitText } from '../i18n/index.ts';

/** The kinds edited by a single input; records and lists are built from these (see lists.ts). */
export type ScalarSpec = Extract<Spec, { kind: 'number' | 'boolean' | 'choice' | 'string' | 'numbers' }>;

export function isScalar(spec: Spec): spec is ScalarSpec {
  return spec.kind !== 'record' && spec.kind !== 'records' && spec.kind !== 'variants';
}

/** The declared range and unit, shown beside the name (e.g. `0 - 1 share`). */
export function rangeText(spec: Spec): string {
  if (spec.kind === 'number' || spec.kind === 'numbers') {
    const unit = spec.unit && spec.unit !== '1' ? ` ${unitText(spec.unit)}` : '';
    return `${spec.min} - ${spec.max}${unit}`;
  }
  return '';
}

export function inputFor(
  spec: ScalarSpec,
  value: unknown,
  id: string,
  onChange: (v: unknown) => void,
): HTMLElement {
  switch (spec.kind) {
    case 'number': {
      const input = el('input', {
        id,
        type: 'number',
        min: spec.min,
        max: spec.max,
        step: spec.step ?? (spec.integer ? 1 : 'any'),
        value: typeof value === 'number' ? value : spec.default,
      });
      // An empty or unreadable field is passed on as written, so validation names it.
      input.addEventListener('change', () =>
        onChange(
          input.value === ''
            ? input.value
            : Number.isFinite(input.valueAsNumber)
              ? input.valueAsNumber
              : input.value,
        ),
      );
      return input;
    }
    case 'boolean': {
      const input = el('input', { id, type: 'checkbox', checked: value === true });
      input.addEventListener('change', () => onChange(input.checked));
      return input;
    }
    case 'choice': {
      const input = el(
        'select',
        { id },
        ...spec.options.map((o) => el('option', { value: o }, optionText(o))),
      );
      input.value = typeof value === 'string' ? value : spec.default;
      input.addEventListener('change', () => onChange(input.value));
      return input;
    }
    case 'string': {
      const long = spec.maxLength > 500;
      const input = long
        ? el('textarea', { id, rows: 3, maxlength: spec.maxLength })
        : el('input', { id, type: 'text', maxlength: spec.maxLength });
      input.value = typeof value === 'string' ? value : spec.default;
      input.addEventListener('change', () => onChange(input.value));
      return input;
    }
    case 'numbers': {
      const list = Array.isArray(value) ? value : typeof value === 'number' ? [value] : spec.default;
      const input = el('input', { id, type: 'text', inputmode: 'decimal', value: list.join(', ') });
      input.addEventListener('change', () => {
        const parts = input.value.split(/[,;\s]+/).filter((x) => x !== '');
        const numbers = parts.map((x) => (Number.isFinite(Number(x)) ? Number(x) : x));
        onChange(spec.scalar && numbers.length === 1 ? numbers[0] : numbers);
      });
      return input;
    }
  }
}
