/**
 * A quarter's type over time, plainly: a strip with one coloured stretch per run of recorded ticks
 * in one type (the typology layer's colours), the tick range under it, and the current type named
 * from its profile (`type 2: many migrants, low incomes`) with the sentence that explains the name.
 */
import { type QuarterTypes, typeRuns } from '../../sim/measures/type-history.ts';
import { el, tx } from '../app/dom.ts';
import { categoryText, t, tMaybe } from '../i18n/index.ts';
import { categoryColour, EMPTY_COLOUR } from './palette.ts';

/** Names and explanations of the types from their profile (type-names.ts), by label. */
export interface TypeWords {
  readonly names: ReadonlyMap<string, string>;
  readonly explanations: ReadonlyMap<string, string>;
}

const NO_WORDS: TypeWords = { names: new Map(), explanations: new Map() };

function typeName(type: number, labels: readonly string[], words: TypeWords): string {
  if (type < 0) return t('typeNone');
  const label = labels[type] ?? `type ${type + 1}`;
  return words.names.get(label) ?? categoryText(label);
}

function tickRange(from: number, to: number): string {
  return from === to ? `${t('tick')} ${from}` : `${t('ticks')} ${from}-${to}`;
}

/**
 * The "type over time" section of a profile. `named`: say which quarter (when the profile is of a
 * block or a cell in it rather than of the quarter itself).
 */
export function typeStrip(
  h: QuarterTypes,
  labels: readonly string[],
  quarter: number,
  named: boolean,
  words: TypeWords = NO_WORDS,
  /** The quarter's name where the city file gives one (else it is numbered). */
  quarterName?: string,
): HTMLElement {
  const name = (type: number) => typeName(type, labels, words);
  const runs = typeRuns(h);
  const box = el(
    'div',
    {
      class: 'profile-layer type-history',
      'data-testid': 'type-history',
      'data-quarter': quarter,
      'data-recorded': h.ticks.length,
    },
    el(
      'h4',
      {},
      tx('typeOverTime'),
      named ? ` (${quarterName ?? `${tMaybe('unit_quarter')} #${quarter}`})` : '',
    ),
  );
  const last = runs.at(-1);
  if (!last) {
    box.append(el('p', { class: 'hint' }, tx('typeNotYet')));
    return box;
  }
  const summary = runs.map((r) => `${name(r.type)}: ${tickRange(r.from, r.to)}`).join('; ');
  const strip = el('div', {
    class: 'type-strip',
    role: 'img',
    'aria-label': summary,
    'data-types': Array.from(h.types).join(','),
  });
  for (const r of runs) {
    const part = el('span', {
      class: 'type-run',
      title: `${name(r.type)}: ${tickRange(r.from, r.to)}`,
    });
    part.style.flexGrow = String(r.rows);
    part.style.background = r.type >= 0 ? categoryColour(r.type) : EMPTY_COLOUR;
    strip.append(part);
  }
  const first = h.ticks[0]!;
  const now = el(
    'p',
    { class: 'type-now', 'data-current': last.type },
    `${t('typeNow')}: `,
    el('strong', {}, name(last.type)),
    ` (${t('typeSince')} ${last.from}). ${t('typeChanges')}: ${runs.length - 1}.`,
  );
  box.append(
    strip,
    el(
      'div',
      { class: 'type-axis' },
      el('span', {}, `${t('tick')} ${first}`),
      el('span', {}, `${t('tick')} ${h.ticks[h.ticks.length - 1]!}`),
    ),
    now,
  );
  // The explanation without the name the line above already gives.
  const nowName = last.type >= 0 ? name(last.type) : '';
  const full = last.type >= 0 ? words.explanations.get(labels[last.type] ?? '') : undefined;
  const why = full?.startsWith(`${nowName}. `) ? full.slice(nowName.length + 2) : full;
  if (why) box.append(el('p', { class: 'hint type-why', 'data-testid': 'type-why' }, why));
  return box;
}
