/**
 * Names for the quarter types of the typology, read from their profile in the latest row: each
 * type's share of households with a migration background and of low incomes against the city's
 * (`typology.typeN.migrantShare`, `.lowIncomeShare`, `.householdShare`), e.g. "type 2: many
 * migrants, low incomes". Ratios above 1.25 or below 0.8 of the city's count as many or few. And
 * a sentence per type explaining the name from the same figures. Pure.
 */
import type { Metrics } from '../../sim/model.ts';
import type { HelpLang } from '../i18n/param-help.ts';

const WORDS = {
  en: {
    type: 'type',
    manyMigrants: 'many migrants',
    fewMigrants: 'few migrants',
    mixedOrigin: 'mixed origin',
    lowIncomes: 'low incomes',
    highIncomes: 'higher incomes',
    middleIncomes: 'middle incomes',
    explain:
      '{q} quarters with {h} of the households; {m} with a migration background (city {mc}), {l} with low incomes (city {lc}).',
  },
  de: {
    type: 'Typ',
    manyMigrants: 'viele Zugewanderte',
    fewMigrants: 'wenige Zugewanderte',
    mixedOrigin: 'gemischte Herkunft',
    lowIncomes: 'niedrige Einkommen',
    highIncomes: 'höhere Einkommen',
    middleIncomes: 'mittlere Einkommen',
    explain:
      '{q} Quartiere mit {h} der Haushalte; {m} mit Migrationshintergrund (Stadt {mc}), {l} mit niedrigem Einkommen (Stadt {lc}).',
  },
} as const;

const percent = (x: number, lang: HelpLang) =>
  Number.isFinite(x)
    ? `${(x * 100).toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 0 })} %`
    : '-';

/**
 * `type N` -> a sentence on its profile: how many quarters, which share of the households, and its
 * shares of migrant and low-income households beside the city's (what its name is read from).
 */
export function typeExplanations(row: Metrics | undefined, lang: HelpLang): Map<string, string> {
  const out = new Map<string, string>();
  if (!row) return out;
  const names = typeNames(row, lang);
  let households = 0;
  let migrant = 0;
  let low = 0;
  for (const label of names.keys()) {
    const n = label.slice(5);
    const h = row[`typology.type${n}.householdShare`] ?? Number.NaN;
    if (!Number.isFinite(h)) continue;
    households += h;
    migrant += h * (row[`typology.type${n}.migrantShare`] ?? 0);
    low += h * (row[`typology.type${n}.lowIncomeShare`] ?? 0);
  }
  for (const [label, name] of names) {
    const n = label.slice(5);
    const text = WORDS[lang].explain
      .replace('{q}', String(row[`typology.type${n}.quarters`] ?? '-'))
      .replace('{h}', percent(row[`typology.type${n}.householdShare`] ?? Number.NaN, lang))
      .replace('{m}', percent(row[`typology.type${n}.migrantShare`] ?? Number.NaN, lang))
      .replace('{mc}', percent(households > 0 ? migrant / households : Number.NaN, lang))
      .replace('{l}', percent(row[`typology.type${n}.lowIncomeShare`] ?? Number.NaN, lang))
      .replace('{lc}', percent(households > 0 ? low / households : Number.NaN, lang));
    out.set(label, `${name}. ${text}`);
  }
  return out;
}

/** `type N` -> its name, for every type the row profiles (empty when the row has no typology). */
export function typeNames(row: Metrics | undefined, lang: HelpLang): Map<string, string> {
  const names = new Map<string, string>();
  if (!row) return names;
  const types: number[] = [];
  for (const k of Object.keys(row)) {
    const m = /^typology\.type(\d+)\.householdShare$/.exec(k);
    if (m) types.push(Number(m[1]));
  }
  let households = 0;
  let migrant = 0;
  let low = 0;
  for (const n of types) {
    const h = row[`typology.type${n}.householdShare`] ?? Number.NaN;
    if (!Number.isFinite(h)) continue;
    households += h;
    migrant += h * (row[`typology.type${n}.migrantShare`] ?? 0);
    low += h * (row[`typology.type${n}.lowIncomeShare`] ?? 0);
  }
  if (!(households > 0)) return names;
  const w = WORDS[lang];
  const level = (x: number, city: number, many: string, few: string, middle: string) =>
    !Number.isFinite(x) || !(city > 0) ? middle : x / city > 1.25 ? many : x / city < 0.8 ? few : middle;
  for (const n of types) {
    const m = row[`typology.type${n}.migrantShare`] ?? Number.NaN;
    const l = row[`typology.type${n}.lowIncomeShare`] ?? Number.NaN;
    const origin = level(m, migrant / households, w.manyMigrants, w.fewMigrants, w.mixedOrigin);
    const income = level(l, low / households, w.lowIncomes, w.highIncomes, w.middleIncomes);
    names.set(`type ${n}`, `${w.type} ${n}: ${origin}, ${income}`);
  }
  return names;
}
