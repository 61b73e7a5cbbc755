/**
 * Tiny DOM helpers. No innerHTML and no style attributes: the page runs under a strict
 * Content-Security-Policy, and text from scenario files must never become markup.
 */
import type { MessageKey } from '../i18n/en.ts';
import { t } from '../i18n/index.ts';

type Attrs = Record<string, string | number | boolean | undefined>;
type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === 'class') node.className = String(v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c) node.append(c);
  return node;
}

/** A text that follows the language switch (see `translateAll`). */
export function tx(key: MessageKey): HTMLSpanElement {
  const span = document.createElement('span');
  span.dataset['i18n'] = key;
  span.textContent = t(key);
  return span;
}

/** Re-apply every `data-i18n` text and `data-i18n-title` tooltip under root. */
export function translateAll(root: ParentNode): void {
  for (const node of root.querySelectorAll<HTMLElement>('[data-i18n]'))
    node.textContent = t(node.dataset['i18n'] as MessageKey);
  for (const node of root.querySelectorAll<HTMLElement>('[data-i18n-title]'))
    node.title = t(node.dataset['i18nTitle'] as MessageKey);
}

export function button(key: MessageKey, onClick: () => void, attrs: Attrs = {}): HTMLButtonElement {
  const b = el('button', { type: 'button', ...attrs }, tx(key));
  b.addEventListener('click', onClick);
  return b;
}

/** A select whose options are plain values with labels. */
export function select(
  options: readonly { value: string; label: string }[],
  value: string,
  onChange: (v: string) => void,
  attrs: Attrs = {},
): HTMLSelectElement {
  const s = el('select', attrs);
  setOptions(s, options, value);
  s.addEventListener('change', () => onChange(s.value));
  return s;
}

export function setOptions(
  s: HTMLSelectElement,
  options: readonly { value: string; label: string }[],
  value: string,
): void {
  s.replaceChildren(...options.map((o) => el('option', { value: o.value }, o.label)));
  if (options.some((o) => o.value === value)) s.value = value;
}

export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A list of problems, one line each, as the CLI prints them. */
export function problemBox(titleKey: MessageKey, lines: readonly string[]): HTMLElement {
  return el(
    'div',
    { class: 'problems', role: 'alert' },
    el('strong', {}, tx(titleKey)),
    el('ul', {}, ...lines.map((l) => el('li', {}, l))),
  );
}

/** A select's options in labelled groups (`optgroup`), e.g. measures by topic. */
export function setGroupedOptions(
  s: HTMLSelectElement,
  groups: readonly { label: string; options: readonly { value: string; label: string }[] }[],
  value: string,
): void {
  s.replaceChildren(
    ...groups.map((g) =>
      el('optgroup', { label: g.label }, ...g.options.map((o) => el('option', { value: o.value }, o.label))),
    ),
  );
  if (groups.some((g) => g.options.some((o) => o.value === value))) s.value = value;
}
