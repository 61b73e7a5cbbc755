/**
 * Human labels, units and menu groups for measure names, built from the names' patterns rather than
 * from a list of today's measures: `INDEX.DIMENSION[=A[/B]].SCALE[.random]` (the index from its
 * declaration in sim/measures/registry.ts), `refusals.REASON.GROUP`, `tenure.SEGMENT.GROUP`,
 * `springboard.PART`, `typology.typeN.PART`, and `BASE[.PART...]` for anything else, each part
 * looked up in the vocabulary or, failing that, its camelCase split into words. So a measure the
 * model adds tomorrow (`unhoused.refugee`, `displacements.rent`) reads as words in both languages
 * and lands in a sensible group. Pure: no DOM, the Node tests call it as the page does.
 */
import { INDICES } from '../../sim/measures/registry.ts';
import { catalogueEntryOf, KIND_MEANING } from '../../sim/measures/catalogue.ts';
import { categoryName } from '../i18n/categories.ts';
import type { HelpLang } from '../i18n/param-help.ts';
import { BASE, GROUPS, PART, UNITS, WORDS, type Words } from './vocabulary.ts';

export type GroupKey = keyof typeof GROUPS;
export type UnitKey = keyof typeof UNITS;

export interface MeasureInfo {
  readonly name: string;
  readonly label: string;
  readonly group: GroupKey;
  /** The menu group shown, e.g. "Segregation: income band". */
  readonly groupLabel: string;
  readonly unit: UnitKey;
  readonly unitLabel: string;
  /** Values lie in 0-1 (shares and indices): charts keep the axis at 0-1 scale marks. */
  readonly bounded: boolean;
  /** Whether the name was understood through the vocabulary alone (no camelCase guess). */
  readonly known: boolean;
  /** What it measures, in English, with its unit and kind, from the catalogue (sim/measures/catalogue.ts); absent for indices. */
  readonly meaning?: string;
}

const LANG = { en: 0, de: 1 } as const;

const indexLabels = new Map<string, readonly [string, string]>();
for (const def of INDICES)
  if (!indexLabels.has(def.prefix)) indexLabels.set(def.prefix, [def.label, def.labelDe]);

/** `meanSearchTicks` -> `mean search ticks` (German word by word where the vocabulary has it). */
function words(name: string, lang: HelpLang): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .map((w) => {
      const entry = WORDS[w.toLowerCase()];
      return entry ? entry[LANG[lang]] : w.toLowerCase();
    })
    .join(' ');
}

interface Lookup {
  text: string;
  known: boolean;
}

function look(table: Words, key: string, lang: HelpLang): Lookup {
  const entry = Object.hasOwn(table, key) ? table[key] : undefined;
  if (entry) return { text: entry[LANG[lang]], known: true };
  return { text: words(key, lang), known: false };
}

/** A category or group name (`refugee`, `low`, `type 3`), translated where known. */
function category(label: string, lang: HelpLang): string {
  return categoryName(label, lang);
}

/** A part of a dotted name: a known word, a category (group names), or words. */
function part(key: string, lang: HelpLang): Lookup {
  if (Object.hasOwn(PART, key)) return look(PART, key, lang);
  const cat = category(key, lang);
  if (cat !== key || lang === 'en') return { text: cat, known: cat !== key || /^[a-z]+$/.test(key) };
  return { text: words(key, lang), known: false };
}

/** A scale: `quarter`, `r2`, `block5`, `school`. */
function scale(key: string, lang: HelpLang): Lookup {
  const radius = /^r(\d+)$/.exec(key);
  if (radius)
    return {
      text: lang === 'de' ? `Umkreis ${radius[1]} Zellen` : `neighbourhood radius ${radius[1]}`,
      known: true,
    };
  const block = /^block(\d+)$/.exec(key);
  if (block)
    return {
      text: lang === 'de' ? `Blöcke ${block[1]}×${block[1]}` : `blocks of ${block[1]}×${block[1]}`,
      known: true,
    };
  return part(key, lang);
}

function unitOf(name: string, base: string): UnitKey {
  if (/(^|\.)(meanRent|meanIncome)$/.test(name)) return 'eurMonth';
  if (/Burden$/.test(name)) return 'ratio';
  if (/[Ss]earch(Ticks|Time)/.test(name)) return 'ticks';
  if (
    /(^|\.)(share|[a-zA-Z]*Share|vacancy|meanGain|gained|gainedLeft|gainedStayed|stuck|movedWithoutGain|newcomerIncomeGain|newcomersInFirstQuarter|schoolAvoiders)$/.test(
      name,
    )
  )
    return 'share';
  if (base === 'tenure' || name.includes('.share.')) return 'share';
  if (/\.quarters$/.test(name)) return 'quarters';
  if (base === 'settled') return 'count';
  return 'households';
}

/** Groups of the non-index measures, first match wins. */
const GROUP_RULES: readonly [RegExp, GroupKey][] = [
  [/^(similarShare|discontentedShare|settled|segregationS)$/, 'classic'],
  [/^schoolAvoiders/, 'schools'],
  [
    /^(refus|search|meanSearch|medianSearch|unhoused|emergency|toEmergency|homeless|housedWithin|afterRefusal|waitingList|displace|becameUnhoused|notAdmitted|rentBurden|meanRentBurden)/,
    'access',
  ],
  [/^(springboard|newcomer|arrivalQuarters)/, 'springboard'],
  [/^tenure\./, 'tenure'],
  [/^(vacancy|meanRent|rent|quality|communalOccupied)/, 'housing'],
  [/^(disadvantage|typology)\./, 'monitoring'],
  [
    /^(population|housed|arrivals|departures|authority|secondary|moves|moveRate|rentalTurnover|abroad|incomeR|incomeF|meanIncome|returners|leavers)/,
    'population',
  ],
];

function info(
  name: string,
  label: string,
  group: GroupKey,
  unit: UnitKey,
  lang: HelpLang,
  known: boolean,
  sub?: string,
): MeasureInfo {
  const g = GROUPS[group]![LANG[lang]];
  const entry = catalogueEntryOf(name);
  return {
    ...(entry ? { meaning: `${entry.meaning} (${entry.unit}; ${KIND_MEANING[entry.kind]})` } : {}),
    name,
    label,
    group,
    groupLabel: sub ? `${g}: ${sub}` : g,
    unit,
    unitLabel: UNITS[unit]![LANG[lang]],
    bounded: unit === 'index' || unit === 'share',
    known,
  };
}

/** An index column, or undefined when the name is not one. */
function indexInfo(name: string, lang: HelpLang): MeasureInfo | undefined {
  const parts = name.split('.');
  const prefix = parts[0]!;
  const label = indexLabels.get(prefix);
  if (!label || parts.length < 3) return undefined;
  const random = parts.at(-1) === 'random';
  const scaleKey = parts[random ? parts.length - 2 : parts.length - 1]!;
  const dimPart = parts.slice(1, random ? -2 : -1).join('.');
  const [dimension, cats] = dimPart.split('=') as [string, string | undefined];
  const dim = part(dimension, lang);
  const sc = scale(scaleKey, lang);
  let what = dim.text;
  if (cats) {
    const [a, b] = cats.split('/') as [string, string | undefined];
    if (b !== undefined)
      what =
        prefix === 'exposure'
          ? lang === 'de'
            ? `${dim.text}: ${category(a, lang)} zu ${category(b, lang)}`
            : `${dim.text}: ${category(a, lang)} to ${category(b, lang)}`
          : `${dim.text}: ${category(a, lang)} / ${category(b, lang)}`;
    else
      what =
        prefix === 'D'
          ? `${dim.text}: ${category(a, lang)} ${lang === 'de' ? 'gegen alle anderen' : 'vs the rest'}`
          : `${dim.text}: ${category(a, lang)}`;
  }
  const text = `${label[LANG[lang]]} · ${what} · ${sc.text}${random ? ` (${PART['random']![LANG[lang]]})` : ''}`;
  const schools = scaleKey === 'school' || scaleKey === 'catchment';
  // Moran's I runs from -1 to 1: not a 0-1 index.
  const unit = prefix === 'moran' ? 'ratio' : 'index';
  const group = schools ? 'schools' : 'segregation';
  return info(name, text, group, unit, lang, dim.known && sc.known, schools ? undefined : dim.text);
}

/** Label, unit and group of one measure name in one language. */
export function describeMeasure(name: string, lang: HelpLang): MeasureInfo {
  const index = indexInfo(name, lang);
  if (index) return index;
  const [base, ...rest] = name.split('.') as [string, ...string[]];
  const group = GROUP_RULES.find(([re]) => re.test(name))?.[1] ?? 'other';
  const unit = unitOf(name, base);
  const b = look(BASE, base, lang);
  const parts = rest.map((p) => part(p, lang));
  const known = b.known && parts.every((p) => p.known);
  const de = lang === 'de';
  if (base === 'refusals' && rest.length === 2)
    return info(name, `${b.text}: ${parts[0]!.text} · ${parts[1]!.text}`, group, 'count', lang, known);
  if (base === 'tenure' && rest.length === 2)
    return info(
      name,
      de ? `Anteil ${parts[0]!.text} · ${parts[1]!.text}` : `share in ${parts[0]!.text} · ${parts[1]!.text}`,
      group,
      unit,
      lang,
      known,
    );
  if (base === 'arrivalQuarters' && rest[0] === 'share' && rest.length === 2)
    return info(
      name,
      de
        ? `Anteil ${parts[1]!.text} in Ankunftsquartieren`
        : `share of ${parts[1]!.text} in arrival quarters`,
      group,
      unit,
      lang,
      known,
    );
  if (base === 'typology' && rest.length === 2) {
    const n = /^type(\d+)$/.exec(rest[0]!);
    const type = n ? (de ? `Typ ${n[1]}` : `type ${n[1]}`) : parts[0]!.text;
    return info(
      name,
      `${type}: ${parts[1]!.text}`,
      group,
      unit,
      lang,
      b.known && (Boolean(n) || parts[0]!.known) && parts[1]!.known,
    );
  }
  const text = parts.length > 0 ? `${b.text}: ${parts.map((p) => p.text).join(' · ')}` : b.text;
  return info(name, text, group, unit, lang, known);
}

/** Measures grouped for a menu: groups in the vocabulary's order, measures in their given order. */
export function groupedMeasures(
  names: readonly string[],
  lang: HelpLang,
): { label: string; options: { value: string; label: string }[] }[] {
  const order = Object.keys(GROUPS);
  const groups = new Map<string, { rank: number; options: { value: string; label: string }[] }>();
  for (const name of names) {
    const m = describeMeasure(name, lang);
    let g = groups.get(m.groupLabel);
    if (!g) {
      g = { rank: order.indexOf(m.group), options: [] };
      groups.set(m.groupLabel, g);
    }
    g.options.push({ value: name, label: m.label });
  }
  return [...groups.entries()]
    .map(([label, g]) => ({ label, rank: g.rank, options: g.options }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ label, options }) => ({ label, options }));
}
