/**
 * The German parameter help, one catalogue per part of the scenario, keyed by the paths
 * `npx kiez params` prints (`*` = any one name). test/core/params-de.test.ts checks that every
 * declared meaning and unit has German text and that no entry is left over from a removed parameter.
 */
import { behaviourDe } from './params-de-behaviour.ts';
import { cityDe } from './params-de-city.ts';
import { generalDe } from './params-de-general.ts';
import { policiesDe } from './params-de-policies.ts';

export const paramsDeSections: readonly Readonly<Record<string, string>>[] = [
  generalDe,
  cityDe,
  behaviourDe,
  policiesDe,
];

export const paramsDe: Readonly<Record<string, string>> = Object.assign({}, ...paramsDeSections);

/** German words for the declared units (shown beside each number's range). */
export const unitsDe: Readonly<Record<string, string>> = {
  '0-1': '0-1',
  '1/utility': '1/Nutzen',
  'EUR/month': 'EUR/Monat',
  agents: 'Agenten',
  cells: 'Zellen',
  dwellings: 'Wohnungen',
  factor: 'Faktor',
  households: 'Haushalte',
  m: 'm',
  persons: 'Personen',
  'households per 1,000 dwellings per tick': 'Haushalte je 1000 Wohnungen je Takt',
  'image 0-1': 'Image 0-1',
  'image per status': 'Image je Status',
  'log EUR': 'log EUR',
  'normalised utility': 'normierter Nutzen',
  'per tick': 'je Takt',
  places: 'Plätze',
  permutations: 'Permutationen',
  probability: 'Wahrscheinlichkeit',
  'quality 0-1': 'Qualität 0-1',
  'quality per share': 'Qualität je Anteil',
  'image per quality': 'Image je Qualität',
  'share per image': 'Anteil je Image',
  'rises per unit of skills': 'Aufstiege je Einheit Kenntnisse',
  'skills 0-1': 'Kenntnisse 0-1',
  quarters: 'Quartiere',
  replicates: 'Wiederholungen',
  runs: 'Läufe',
  seed: 'Startwert',
  share: 'Anteil',
  'share of income': 'Anteil am Einkommen',
  'share of radius': 'Anteil am Radius',
  'share per tick': 'Anteil je Takt',
  'share per year': 'Anteil je Jahr',
  ticks: 'Takte',
  types: 'Typen',
  'utility per unit': 'Nutzen je Einheit',
  vacancies: 'freie Wohnungen',
  years: 'Jahre',
  'years of net income': 'Jahresnettoeinkommen',
};
