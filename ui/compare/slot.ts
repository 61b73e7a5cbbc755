/**
 * One scenario of a comparison: a preset or a file, whether it is the baseline the others are
 * measured against, its runs (one per seed, in seed order) and its state. A file is parsed here but
 * validated by the worker, so its problems belong to this slot alone.
 */
import type { Metrics } from '../../sim/model.ts';
import { formatProblem } from '../../sim/params/validate.ts';
import { parseDocument } from '../../sim/scenario/resolve.ts';
import { button, el, problemBox, select, tx } from '../app/dom.ts';
import { comparePresets as presets, presetById } from '../app/presets.ts';
import { formatNumber, t } from '../i18n/index.ts';
import type { MessageKey } from '../i18n/en.ts';
import { presetName } from '../i18n/scenarios.ts';

export type SlotState = 'ready' | 'running' | 'done' | 'failed' | 'stopped';

export interface Slot {
  name: string;
  presetId: string;
  doc: Record<string, unknown> | undefined;
  /** Runs by seed index; undefined until that seed's run has started. */
  replicates: (Metrics[] | undefined)[];
  finished: number;
  state: SlotState;
  readonly root: HTMLElement;
  readonly baseline: HTMLInputElement;
  readonly picker: HTMLSelectElement;
  showError(message: string): void;
  setState(state: SlotState): void;
  relabel(): void;
}

const STATE: Record<SlotState, MessageKey> = {
  ready: 'slotReady',
  running: 'running',
  done: 'finished',
  failed: 'failed',
  stopped: 'slotStopped',
};

export function createSlot(
  index: number,
  presetId: string,
  hooks: { remove(slot: Slot): void; changed(): void; baselineChosen(slot: Slot): void },
): Slot {
  const status = el('span', { class: 'slot-status', 'data-testid': 'slot-status' });
  const error = el('div', { class: 'slot-error' });
  const baseline = el('input', { type: 'radio', name: 'compare-baseline', 'data-testid': 'slot-baseline' });
  const options = () => presets.map((p) => ({ value: p.id, label: presetName(p.id, p.name) }));
  const picker = select(options(), presetId, (id) => choose(id), { 'data-testid': 'slot-preset' });
  const file = el('input', { type: 'file', accept: '.json,application/json', 'data-testid': 'slot-file' });
  const slot: Slot = {
    name: '',
    presetId,
    doc: undefined,
    replicates: [],
    finished: 0,
    state: 'ready',
    root: el('div', { class: 'slot panel', 'data-testid': `slot-${index}` }),
    baseline,
    picker,
    showError(message) {
      error.replaceChildren(problemBox('runFailed', message.split('\n')));
    },
    setState(state) {
      slot.state = state;
      status.dataset['state'] = state;
      const runs = slot.replicates.length;
      const detail =
        runs > 0 ? ` · ${formatNumber(slot.finished, 0)}/${formatNumber(runs, 0)} ${t('seedsDone')}` : '';
      status.textContent = `${t(STATE[state])}${detail}`;
    },
    relabel() {
      const value = picker.value;
      const fresh = options();
      for (const [i, o] of [...picker.options].entries()) o.textContent = fresh[i]?.label ?? o.textContent;
      picker.value = value;
      if (slot.presetId) slot.name = presetName(slot.presetId, presetById(slot.presetId)?.name ?? slot.name);
      slot.setState(slot.state);
    },
  };
  function choose(id: string): void {
    const p = presetById(id);
    if (!p) return;
    slot.presetId = id;
    slot.name = presetName(p.id, p.name);
    slot.doc = p.doc;
    slot.replicates = [];
    slot.finished = 0;
    error.replaceChildren();
    slot.setState('ready');
    hooks.changed();
  }
  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    if (!f) return;
    const parsed = parseDocument(await f.text());
    error.replaceChildren();
    if (!parsed.ok) {
      slot.doc = undefined;
      error.replaceChildren(problemBox('problems', [`${f.name}: ${formatProblem(parsed.problem)}`]));
      return;
    }
    slot.doc = parsed.value as Record<string, unknown>;
    slot.name = f.name;
    slot.presetId = '';
    picker.value = '';
    slot.replicates = [];
    slot.setState('ready');
    hooks.changed();
  });
  baseline.addEventListener('change', () => {
    if (baseline.checked) hooks.baselineChosen(slot);
  });
  slot.root.append(
    picker,
    el('label', { class: 'baseline-choice' }, baseline, tx('baseline')),
    el('label', { class: 'stacked' }, tx('loadFile'), file),
    status,
    error,
    button('remove', () => hooks.remove(slot), { 'data-testid': 'slot-remove' }),
  );
  choose(presetId);
  return slot;
}
