/**
 * Parameter controls generated from the declaration (`scenarioFields` and the spec builders): one
 * control per parameter, with its unit, its range and its sentence of meaning as help; records as
 * fieldsets, lists of records and of policy levers as lists of fieldsets with add and remove (see
 * lists.ts). The form edits a plain scenario document; validation is the same `resolveScenario` the
 * CLI uses, and each problem is shown beside its control.
 */
import type { Fields, Spec } from '../../sim/params/spec.ts';
import { formatProblem, showValue } from '../../sim/params/validate.ts';
import { type Resolved, resolveScenario, scenarioForOutput } from '../../sim/scenario/resolve.ts';
import { type Scenario, scenarioFields, sectionModes } from '../../sim/scenario/spec.ts';
import { el, tx } from '../app/dom.ts';
import { presetLoader } from '../app/presets.ts';
import { onLangChange, parameterHelpText } from '../i18n/index.ts';
import { inputFor, isScalar, rangeText } from './inputs.ts';
import { labelNodes } from './label.ts';
import {
  dotted,
  type ListHost,
  type PathKey,
  recordList,
  unfoldAround,
  variantList,
  type Where,
} from './lists.ts';

type Doc = Record<string, unknown>;

/** Top-level keys the page sets elsewhere (seed has its own control beside play). */
const HIDDEN_TOP = new Set(['seed']);

/**
 * The help text of a parameter: the one place help is produced. `declared` is its path in the
 * declaration (list indices left out, a lever's kind in their place: `policies.cap.strength`);
 * `kind` is given for the meaning of a variant's kind itself (`policies.cap`).
 */
export function helpText(spec: Spec, declared: string, kind?: string): string {
  // The declaration's meaning in English, the German catalogue's sentence in German (ui/i18n).
  void declared;
  return parameterHelpText(spec, kind);
}

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
  // Help sentences and unit words are in the page's language: rebuilt from the document on a switch.
  onLangChange(() => {
    if (Object.keys(doc).length > 0) rebuild();
  });

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
      // A problem of a list item or a record's cross-field rule belongs to the nearest control.
      let path = p.path;
      while (path && !inputs.has(path)) path = path.replace(/(\[\d+\]|\.[^.[]+)$/, '');
      const hit = inputs.get(path);
      if (!hit) continue;
      hit.input.setAttribute('aria-invalid', 'true');
      unfoldAround(hit.input);
      const text = path === p.path ? `${showValue(p.value)}: ${p.allowed}` : formatProblem(p);
      hit.message.textContent = hit.message.textContent ? `${hit.message.textContent}\n${text}` : text;
    }
  }

  /** The object or array at `path`, created (as an object) where missing. */
  function nodeAt(path: readonly PathKey[]): Doc {
    let node: Doc = doc;
    for (const key of path) {
      if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
      node = node[key] as Doc;
    }
    return node;
  }

  function set(path: readonly PathKey[], value: unknown): void {
    const node = nodeAt(path.slice(0, -1));
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

  const host: ListHost = {
    field,
    items(path, shown) {
      const node = nodeAt(path.slice(0, -1));
      const last = path[path.length - 1]!;
      if (!Array.isArray(node[last])) node[last] = Array.isArray(shown) ? structuredClone(shown) : [];
      return node[last] as unknown[];
    },
    register(path, box, message) {
      inputs.set(dotted(path), { input: box, message });
    },
    forgetItems(path) {
      const prefix = `${dotted(path)}[`;
      for (const key of [...inputs.keys()]) if (key.startsWith(prefix)) inputs.delete(key);
    },
    edited() {
      showProblems();
      onEdit();
    },
    help: helpText,
  };

  function field(key: string, spec: Spec, at: Where, value: unknown): HTMLElement {
    const path = at.path;
    const id = `param-${path.join('-')}`;
    const where = dotted(path);
    const message = el('div', { class: 'param-message', 'aria-live': 'polite' });
    const help = el('div', { class: 'param-help' }, helpText(spec, at.declared));
    if (spec.kind === 'records') return recordList(host, key, spec, at, value);
    if (spec.kind === 'variants') return variantList(host, key, spec, at, value);
    if (spec.kind === 'record') {
      const box = el(
        'fieldset',
        { class: 'param-record', 'data-path': where },
        el('legend', {}, ...labelNodes(key)),
        help,
      );
      for (const [k, s] of Object.entries(spec.fields))
        box.append(
          field(
            k,
            s,
            { path: [...path, k], declared: `${at.declared}.${k}` },
            (value as Doc | undefined)?.[k],
          ),
        );
      box.append(message);
      inputs.set(where, { input: box, message });
      return box;
    }
    if (!isScalar(spec)) throw new Error(`no control for ${where}`);
    const input = inputFor(spec, value, id, (v) => set(path, v));
    inputs.set(where, { input, message });
    const range = rangeText(spec);
    return el(
      'div',
      { class: `param param-${spec.kind}`, 'data-path': where },
      el(
        'label',
        { for: id },
        el('span', { class: 'param-name' }, ...labelNodes(key, undefined, at.declared)),
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
    const general = el('fieldset', { class: 'param-record' }, el('legend', {}, tx('scenarioFields')));
    // Policy levers come first after the general fields: they are what a policymaker changes.
    const levers: HTMLElement[] = [];
    const sections: HTMLElement[] = [];
    const full = resolveDoc();
    const shown: Doc = full.ok ? (scenarioForOutput(full.scenario) as Doc) : doc;
    for (const [key, spec] of Object.entries(scenarioFields as Fields)) {
      if (HIDDEN_TOP.has(key)) continue;
      const modes = sectionModes[key];
      if (modes && !modes.includes(mode)) continue;
      const node = field(key, spec, { path: [key], declared: key }, shown[key] ?? doc[key]);
      if (spec.kind === 'variants') levers.push(node);
      else if (spec.kind === 'record' || spec.kind === 'records') sections.push(node);
      else general.append(node);
    }
    root.replaceChildren(general, ...levers, ...sections);
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
