/**
 * Parameter controls generated from the declaration (`scenarioFields` and the spec builders): one
 * input per parameter, with its unit, its range and its sentence of meaning as help. The form
 * edits a plain scenario document; validation is the same `resolveScenario` the CLI uses, and each
 * problem is shown beside its input.
 */
import type { Fields, Spec } from '../../sim/params/spec.ts';
import { formatProblem, showValue } from '../../sim/params/validate.ts';
import { type Resolved, resolveScenario, scenarioForOutput } from '../../sim/scenario/resolve.ts';
import { type Scenario, scenarioFields, sectionModes } from '../../sim/scenario/spec.ts';
import { el } from '../app/dom.ts';
import { presetLoader } from '../app/presets.ts';

type Doc = Record<string, unknown>;

/** Top-level keys the page sets elsewhere (seed has its own control beside play). */
const HIDDEN_TOP = new Set(['seed']);

export interface ParamForm {
  readonly root: HTMLElement;
  /** Show a resolved scenario in the form. */
  load(s: Scenario): void;
  /** Validate what the form holds now. */
  resolve(): Resolved;
}

export function createParamForm(onEdit: () => void): ParamForm {
  const root = el('div', { class: 'param-form' });
  let doc: Doc = {};
  const inputs = new Map<string, { input: HTMLElement; message: HTMLElement }>();

  function resolveDoc(): Resolved {
    return resolveScenario(doc, { load: presetLoader });
  }

  function showProblems(): void {
    for (const { input, message } of inputs.values()) {
      input.removeAttribute('aria-invalid');
      message.textContent = '';
    }
    const r = resolveDoc();
    if (r.ok) return;
    for (const p of r.problems) {
      // A problem of a list item or a record's cross-field rule belongs to the nearest input.
      let path = p.path;
      while (path && !inputs.has(path)) path = path.replace(/(\[\d+\]|\.[^.[]+)$/, '');
      const hit = inputs.get(path);
      if (!hit) continue;
      hit.input.setAttribute('aria-invalid', 'true');
      hit.message.textContent = path === p.path ? `${showValue(p.value)}: ${p.allowed}` : formatProblem(p);
    }
  }

  function set(path: readonly string[], value: unknown): void {
    let node: Doc = doc;
    for (const key of path.slice(0, -1)) {
      if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
      node = node[key] as Doc;
    }
    const last = path[path.length - 1]!;
    if (value === undefined) delete node[last];
    else node[last] = value;
    if (path.length === 1 && last === 'mode') {
      rebuild();
      onEdit();
      return;
    }
    showProblems();
    onEdit();
  }

  function field(key: string, spec: Spec, path: readonly string[], value: unknown): HTMLElement {
    const id = `param-${path.join('-')}`;
    const dotted = path.join('.');
    const message = el('div', { class: 'param-message', 'aria-live': 'polite' });
    const help = el('div', { class: 'param-help' }, spec.meaning);
    if (spec.kind === 'record') {
      const box = el('fieldset', { class: 'param-record' }, el('legend', {}, key), help);
      for (const [k, s] of Object.entries(spec.fields))
        box.append(field(k, s, [...path, k], (value as Doc | undefined)?.[k]));
      box.append(message);
      inputs.set(dotted, { input: box, message });
      return box;
    }
    const input = inputFor(spec, value, id, (v) => set(path, v));
    inputs.set(dotted, { input, message });
    const range = rangeText(spec);
    return el(
      'div',
      { class: `param param-${spec.kind}`, 'data-path': dotted },
      el(
        'label',
        { for: id },
        el('span', { class: 'param-name' }, key),
        range ? el('span', { class: 'param-range' }, range) : null,
      ),
      input,
      help,
      message,
    );
  }

  function rebuild(): void {
    inputs.clear();
    const mode = typeof doc['mode'] === 'string' ? doc['mode'] : 'classic';
    for (const [section, modes] of Object.entries(sectionModes))
      if (!modes.includes(mode)) delete doc[section];
    const general = el('fieldset', { class: 'param-record' }, el('legend', {}, 'scenario'));
    const sections: HTMLElement[] = [];
    const full = resolveDoc();
    const shown: Doc = full.ok ? (scenarioForOutput(full.scenario) as Doc) : doc;
    for (const [key, spec] of Object.entries(scenarioFields as Fields)) {
      if (HIDDEN_TOP.has(key)) continue;
      const modes = sectionModes[key];
      if (modes && !modes.includes(mode)) continue;
      const node = field(key, spec, [key], shown[key] ?? doc[key]);
      if (spec.kind === 'record') sections.push(node);
      else general.append(node);
    }
    root.replaceChildren(general, ...sections);
    showProblems();
  }

  return {
    root,
    load(s) {
      doc = structuredClone(scenarioForOutput(s)) as Doc;
      rebuild();
    },
    resolve: resolveDoc,
  };
}

function rangeText(spec: Spec): string {
  if (spec.kind === 'number' || spec.kind === 'numbers') {
    const unit = spec.unit && spec.unit !== '1' ? ` ${spec.unit}` : '';
    return `${spec.min} - ${spec.max}${unit}`;
  }
  return '';
}

function inputFor(spec: Spec, value: unknown, id: string, onChange: (v: unknown) => void): HTMLElement {
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
      const input = el('select', { id }, ...spec.options.map((o) => el('option', { value: o }, o)));
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
    default: {
      // Lists of records and of policies: edited as JSON, validated like the rest.
      const input = el('textarea', { id, rows: 4, class: 'param-json', spellcheck: 'false' });
      input.value = JSON.stringify(value ?? [], null, 1);
      input.addEventListener('change', () => {
        try {
          onChange(JSON.parse(input.value));
        } catch {
          onChange(input.value);
        }
      });
      return input;
    }
  }
}
