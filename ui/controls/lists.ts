/**
 * Controls for lists of records (e.g. the origin groups of the city) and lists of tagged variants
 * (the policy levers): one fieldset per item, whose fields are built by the form's own `field`
 * (so an item's number is the same control as any other number), with add and remove buttons that
 * keep within the declared item counts. Nothing here knows a particular lever or record.
 */
import {
  defaultsOf,
  type Fields,
  type RecordListSpec,
  type Spec,
  type VariantListSpec,
} from '../../sim/params/spec.ts';
import { joinPath } from '../../sim/params/validate.ts';
import { button, el } from '../app/dom.ts';
import { labelNodes, labelText } from './label.ts';

export type PathKey = string | number;

/** Where a field sits: in the document, and in the declaration (the key of its help text). */
export interface Where {
  readonly path: readonly PathKey[];
  /** Declaration path: list indices left out, a variant's kind in their place (`policies.cap.strength`). */
  readonly declared: string;
}

/** What the lists need from the form that holds them. */
export interface ListHost {
  /** A control for any field, records and lists included. */
  field(key: string, spec: Spec, at: Where, value: unknown): HTMLElement;
  /** The list at `path` in the edited document; set from `shown` (or []) when the document has none. */
  items(path: readonly PathKey[], shown: unknown): unknown[];
  /** Show validation problems of `path` (and of paths below it with no control of their own) here. */
  register(path: readonly PathKey[], box: HTMLElement, message: HTMLElement): void;
  /** Drop the registered controls of the items of the list at `path` before they are built anew. */
  forgetItems(path: readonly PathKey[]): void;
  /** The document changed: validate and tell the page. */
  edited(): void;
  help(spec: Spec, declared: string, kind?: string): string;
}

type Item = Record<string, unknown>;

/** What one item shows. */
interface ItemView {
  readonly title: string;
  /** The meaning of a variant's kind; null for records (the list says what they are). */
  readonly help: string | null;
  readonly fields: Fields;
  /** Declaration path of the item's fields. */
  readonly declared: string;
}

/** The controls that add an item: built with the function that adds it. */
interface Adder {
  readonly root: HTMLElement;
  setFull(full: boolean): void;
  focus(): void;
}

interface ListOptions {
  readonly describe: (item: unknown, i: number) => ItemView;
  /** Items start unfolded (levers, a few fields each) or folded (records with many fields). */
  readonly openByDefault: boolean;
  readonly adder: (add: (item: Item) => void) => Adder;
  /** The add controls above the items rather than below them. */
  readonly adderFirst: boolean;
}

export function recordList(
  host: ListHost,
  key: string,
  spec: RecordListSpec,
  at: Where,
  shown: unknown,
): HTMLElement {
  return itemList(host, key, spec, at, shown, {
    describe: (item, i) => ({
      title: itemTitle(i, item),
      help: null,
      fields: spec.item,
      declared: at.declared,
    }),
    openByDefault: false,
    adderFirst: false,
    adder(add) {
      const b = button('addItem', () => add(defaultsOf(spec.item)), {
        class: 'param-add',
        'data-testid': 'add-item',
      });
      return {
        root: el('div', { class: 'param-list-add' }, b),
        setFull: (full) => void (b.disabled = full),
        focus: () => b.focus(),
      };
    },
  });
}

export function variantList(
  host: ListHost,
  key: string,
  spec: VariantListSpec,
  at: Where,
  shown: unknown,
): HTMLElement {
  const kinds = Object.keys(spec.variants);
  const kindHelp = (kind: string) => host.help(spec, `${at.declared}.${kind}`, kind);
  return itemList(host, key, spec, at, shown, {
    describe(item, i) {
      const kind = isItem(item) && typeof item['type'] === 'string' ? item['type'] : '';
      return {
        title: `${i + 1}. ${labelText(`type:${kind}`)}`,
        help: kind ? kindHelp(kind) : null,
        fields: Object.hasOwn(spec.variants, kind) ? spec.variants[kind]! : {},
        declared: `${at.declared}.${kind}`,
      };
    },
    openByDefault: true,
    adderFirst: true,
    adder(add) {
      const id = `param-${at.path.join('-')}-kind`;
      const picker = el(
        'select',
        { id, class: 'param-kind-picker', 'data-testid': 'variant-kind' },
        ...kinds.map((k) => el('option', { value: k, title: kindHelp(k) }, labelText(`type:${k}`))),
      );
      const help = el('div', { class: 'param-help param-kind-help' }, kinds[0] ? kindHelp(kinds[0]) : '');
      picker.addEventListener('change', () => {
        help.textContent = kindHelp(picker.value);
      });
      const b = button(
        'addVariant',
        () => {
          const fields = spec.variants[picker.value];
          if (fields) add({ type: picker.value, ...defaultsOf(fields) });
        },
        { class: 'param-add', 'data-testid': 'add-variant' },
      );
      return {
        root: el(
          'div',
          { class: 'param-list-add param-variant-add' },
          el('label', { for: id, class: 'param-name' }, ...labelNodes(key)),
          picker,
          b,
          help,
        ),
        setFull(full) {
          b.disabled = full;
          picker.disabled = full;
        },
        focus: () => picker.focus(),
      };
    },
  });
}

/** What both kinds of list share: the items with fold and remove, adding, the declared item counts. */
function itemList(
  host: ListHost,
  key: string,
  spec: RecordListSpec | VariantListSpec,
  at: Where,
  shown: unknown,
  o: ListOptions,
): HTMLElement {
  const minItems = spec.kind === 'records' ? spec.minItems : 0;
  const body = el('div', { class: 'param-items' });
  const open = host.items(at.path, shown).map(() => o.openByDefault);
  const adder = o.adder((item) => {
    host.items(at.path, shown).push(item);
    open.push(true);
    render();
    host.edited();
    focusFirstControl(body.lastElementChild);
  });
  function render(): void {
    host.forgetItems(at.path);
    const items = host.items(at.path, shown);
    const atMin = items.length <= minItems;
    body.replaceChildren(
      ...items.map((item, i) =>
        itemBox(host, [...at.path, i], item, o.describe(item, i), {
          keep: atMin,
          open: open[i] ?? o.openByDefault,
          onFold: (unfolded) => void (open[i] = unfolded),
          onRemove: () => {
            host.items(at.path, shown).splice(i, 1);
            open.splice(i, 1);
            render();
            host.edited();
            adder.focus();
          },
        }),
      ),
    );
    adder.setFull(items.length >= spec.maxItems);
  }
  render();
  return o.adderFirst
    ? listBox(host, key, spec, at, adder.root, body)
    : listBox(host, key, spec, at, body, adder.root);
}

/** The list's own fieldset: name, meaning, its items, the add controls, its problems. */
function listBox(
  host: ListHost,
  key: string,
  spec: RecordListSpec | VariantListSpec,
  at: Where,
  ...parts: HTMLElement[]
): HTMLElement {
  const message = el('div', { class: 'param-message', 'aria-live': 'polite' });
  const count = spec.kind === 'records' ? `${spec.minItems} - ${spec.maxItems}` : `0 - ${spec.maxItems}`;
  const box = el(
    'fieldset',
    { class: 'param-record param-list', 'data-path': dotted(at.path) },
    el('legend', {}, ...labelNodes(key), el('span', { class: 'param-range' }, count)),
    el('div', { class: 'param-help' }, host.help(spec, at.declared)),
    message,
    ...parts,
  );
  host.register(at.path, box, message);
  return box;
}

interface ItemState {
  /** The list is at its fewest items: this one cannot be removed. */
  readonly keep: boolean;
  readonly open: boolean;
  readonly onFold: (open: boolean) => void;
  readonly onRemove: () => void;
}

/** One item: a fieldset whose legend folds it and removes it, then its fields. */
function itemBox(host: ListHost, path: readonly PathKey[], item: unknown, view: ItemView, state: ItemState) {
  const id = `param-${path.join('-')}`;
  const message = el('div', { class: 'param-message', 'aria-live': 'polite' });
  const values = isItem(item) ? item : {};
  const content = el(
    'div',
    { class: 'param-item-body', id: `${id}-body` },
    view.help === null ? null : el('div', { class: 'param-help param-item-help' }, view.help),
    ...Object.entries(view.fields).map(([k, s]) =>
      host.field(k, s, { path: [...path, k], declared: `${view.declared}.${k}` }, values[k]),
    ),
  );
  const fold = el(
    'button',
    {
      type: 'button',
      id: `${id}-title`,
      class: 'param-fold',
      'aria-controls': content.id,
      'data-testid': 'fold-item',
    },
    view.title,
  );
  fold.addEventListener('click', () => {
    const unfolded = fold.getAttribute('aria-expanded') !== 'true';
    setOpen(box, unfolded);
    state.onFold(unfolded);
  });
  const remove = button('removeItem', state.onRemove, {
    class: 'param-remove',
    'data-testid': 'remove-item',
  });
  remove.disabled = state.keep;
  remove.setAttribute('aria-describedby', fold.id);
  const box = el(
    'fieldset',
    { class: 'param-record param-item', 'data-path': dotted(path) },
    el('legend', {}, fold, remove),
    message,
    content,
  );
  setOpen(box, state.open);
  host.register(path, box, message);
  return box;
}

function setOpen(item: Element, open: boolean): void {
  item.querySelector(':scope > legend > .param-fold')?.setAttribute('aria-expanded', String(open));
  const content = item.querySelector<HTMLElement>(':scope > .param-item-body');
  if (content) content.hidden = !open;
}

/** Unfold every folded item around a control (a problem was found in it). */
export function unfoldAround(control: Element): void {
  let item = control.closest('.param-item');
  while (item) {
    if (item !== control) setOpen(item, true);
    item = item.parentElement?.closest('.param-item') ?? null;
  }
}

/** `3` or, for items with a name, `3. refugee`. */
function itemTitle(i: number, item: unknown): string {
  const name = isItem(item) ? item['name'] : undefined;
  return typeof name === 'string' && name !== '' ? `${i + 1}. ${name}` : `${i + 1}`;
}

function isItem(x: unknown): x is Item {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function focusFirstControl(box: Element | null): void {
  const control = box?.querySelector<HTMLElement>('input, select, textarea');
  control?.scrollIntoView({ block: 'nearest' });
  control?.focus();
}

/** A document path as validation problems print it: `policies[1].share`. */
export function dotted(path: readonly PathKey[]): string {
  return path.reduce<string>((out, k) => joinPath(out, k), '');
}
