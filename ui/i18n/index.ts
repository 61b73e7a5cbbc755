/** The page's language: German where the browser prefers it, switchable, remembered for the session. */
import type { Spec } from '../../sim/params/spec.ts';
import { de } from './de.ts';
import { en, type MessageKey, type Messages } from './en.ts';
import { categoryName } from './categories.ts';
import { parameterHelp, unitLabel, variantHelp } from './param-help.ts';
import { optionLabel } from './param-labels.ts';

export type Lang = 'de' | 'en';

const catalogs: Record<Lang, Messages> = { de, en };
const listeners = new Set<() => void>();
let lang: Lang = preferredLang();

function preferredLang(): Lang {
  const stored = sessionStorage.getItem('kiez.lang');
  if (stored === 'de' || stored === 'en') return stored;
  const wanted = navigator.languages?.length ? navigator.languages : [navigator.language];
  return wanted[0]?.toLowerCase().startsWith('de') ? 'de' : 'en';
}

export function currentLang(): Lang {
  return lang;
}

export function t(key: MessageKey): string {
  return catalogs[lang][key];
}

/** A text for a dynamic key (layer names), falling back to the key itself. */
export function tMaybe(key: string): string {
  const c = catalogs[lang] as Record<string, string>;
  return Object.hasOwn(c, key) ? c[key]! : key.replace(/^layer_/, '');
}

export function setLang(next: Lang): void {
  lang = next;
  sessionStorage.setItem('kiez.lang', next);
  document.documentElement.lang = next;
  for (const l of listeners) l();
}

/** Called after every language switch (views re-render their texts). */
export function onLangChange(listener: () => void): void {
  listeners.add(listener);
}

/** Numbers in the page's language. */
export function formatNumber(x: number, digits = 3): string {
  if (!Number.isFinite(x)) return '-';
  return x.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: digits });
}

/**
 * A parameter's help sentence in the page's language; with `kind`, the meaning of that kind of a
 * variant list (a policy lever). German text comes from params-de*.ts, English is the declaration.
 */
export function parameterHelpText(spec: Spec, kind?: string): string {
  if (kind !== undefined && spec.kind === 'variants') return variantHelp(spec, kind, lang);
  return parameterHelp(spec, lang);
}

/** A declared unit (`EUR/month`, `share`) in the page's language. */
export function unitText(unit: string): string {
  return unitLabel(unit, lang);
}

/** A choice option's label in the page's language (its value where it has none). */
export function optionText(value: string): string {
  return optionLabel(value, lang);
}

/** A category label of a map layer in the page's language (`type 3` -> `Typ 3`, `group2` -> `Gruppe 2`). */
export function categoryText(label: string): string {
  return categoryName(label, lang);
}
