/**
 * Category labels the models use (income bands, milieus, segments, the presets' origin groups) in
 * the page's language. Pure, so Node tests and the measure labeller use it as the page does. A
 * group name a scenario invents stays as written.
 */
import type { HelpLang } from './param-help.ts';

const CATEGORY_DE: Readonly<Record<string, string>> = {
  low: 'niedrig',
  middle: 'mittel',
  high: 'hoch',
  traditional: 'traditionell',
  mainstream: 'bürgerliche Mitte',
  liberal: 'liberal',
  precarious: 'prekär',
  social: 'Sozialwohnung',
  private: 'privat vermietet',
  owner: 'Eigentum',
  communal: 'Gemeinschaftsunterkunft',
  noChildren: 'ohne Kinder',
  children: 'mit Kindern',
  regular: 'regulär',
  residenceObligation: 'Wohnsitzauflage',
  content: 'zufrieden',
  discontented: 'unzufrieden',
  // the origin groups of the preset cities
  native: 'ohne Migrationshintergrund',
  eu: 'EU-Zugewanderte',
  established: 'etablierte Zugewanderte',
  refugee: 'Geflüchtete',
  // the Berlin example's groups (examples/cities/berlin)
  germanmb: 'Deutsche mit Migrationshintergrund',
  thirdcountry: 'Drittstaatsangehörige',
};

/** `type 3` -> `Typ 3`, `group2` -> `Gruppe 2`, `low` -> `niedrig` in German; as written in English. */
export function categoryName(label: string, lang: HelpLang): string {
  if (lang !== 'de') return label;
  const type = /^type (\d+)$/.exec(label);
  if (type) return `Typ ${type[1]}`;
  const group = /^group(\d+)$/.exec(label);
  if (group) return `Gruppe ${group[1]}`;
  return CATEGORY_DE[label] ?? label;
}
