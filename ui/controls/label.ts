/**
 * A parameter's label in the form: its human label in the page's language, then its identifier
 * (`dwellingsPerQuarter`) in a span the advanced view shows (class `show-ids` on the form).
 */
import { el } from '../app/dom.ts';
import { currentLang } from '../i18n/index.ts';
import { paramLabel } from '../i18n/param-labels.ts';
import './label.css';

/** `path`: the declared path (`city.start`), for a field name labelled differently by section. */
export function labelText(key: string, path?: string): string {
  return paramLabel(key, currentLang(), path);
}

export function labelNodes(key: string, id = key.replace(/^type:/, ''), path?: string): HTMLElement[] {
  return [el('span', { class: 'param-label' }, labelText(key, path)), el('code', { class: 'param-id' }, id)];
}
