/**
 * The ready questions of the start page: which presets answer each (the first is the baseline),
 * over how many seeds, and which measures its answer panel shows (patterns, so that measures the
 * model adds later, e.g. refusals of a new reason, join the answer). Data, not code paths: the
 * compare view runs them like any comparison, so their numbers are those of `kiez compare`.
 */
import type { MessageKey } from '../i18n/en.ts';

export interface Question {
  readonly id: string;
  readonly title: MessageKey;
  readonly text: MessageKey;
  /** Preset ids; the first is the baseline. */
  readonly presets: readonly string[];
  readonly seeds: number;
  /** Measures of the answer panel, in this order (each pattern may match several). */
  readonly measures: readonly RegExp[];
  /** The measure the charts show first. */
  readonly chart: string;
  /** Indices to compute besides the scenarios' own (for segregation by group and scale). */
  readonly extraIndices?: readonly string[];
}

export const QUESTIONS: readonly Question[] = [
  {
    id: 'cap',
    title: 'questionCapTitle',
    text: 'questionCapText',
    presets: ['baseline', 'cap-social-housing'],
    seeds: 3,
    measures: [
      /^refusals\.cap\./,
      /^refus(als|ed)\.[a-z]+\.refugee$/,
      /^meanSearchTicks$/,
      /^search(Ticks|Time)\./,
      /^unhoused(\.|$)/,
      /^tenure\.(social|privateRent)\.(refugee|established|eu)$/,
      /^arrivalQuarters\.share\.(refugee|established)$/,
      /^D\.origin\.(block|quarter|district)$/,
    ],
    chart: 'refusals.cap.refugee',
    extraIndices: ['Dgroup'],
  },
  {
    id: 'dispersed',
    title: 'questionDispersedTitle',
    text: 'questionDispersedText',
    presets: ['baseline', 'social-housing-concentrated', 'social-housing-dispersed'],
    seeds: 3,
    measures: [
      /^D\.income\.(block|quarter|district)$/,
      /^H\.income\.quarter$/,
      /^D\.origin\.(block|quarter|district)$/,
      /^meanRentBurden$/,
      /^disadvantage\./,
      /^tenure\.social\./,
    ],
    chart: 'D.income.quarter',
    extraIndices: ['Dgroup'],
  },
  {
    id: 'springboard',
    title: 'questionSpringboardTitle',
    text: 'questionSpringboardText',
    presets: ['baseline', 'arrival-quarter-support'],
    seeds: 3,
    measures: [
      /^springboard\./,
      /^newcomerIncomeGain$/,
      /^newcomersInFirstQuarter$/,
      /^arrivalQuarters\.share\./,
      /^displacements(\.|$)/,
      /^meanRent$/,
    ],
    chart: 'springboard.gained',
  },
];

/** The measures of `names` a question's panel shows, in the order of its patterns. */
export function questionMeasures(q: Question, names: readonly string[]): string[] {
  const out: string[] = [];
  for (const re of q.measures) for (const n of names) if (re.test(n) && !out.includes(n)) out.push(n);
  return out;
}
