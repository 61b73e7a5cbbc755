/**
 * A table of differences to the baseline: measure, scenario, both means, the paired difference and
 * its 95 % interval, the p-value adjusted over the table (Holm), and what it says ("higher", "lower",
 * "no clear effect"). Rows carry their raw numbers as data attributes, so tests compare them with
 * `kiez compare`.
 */
import { el, tx } from '../app/dom.ts';
import { currentLang, t } from '../i18n/index.ts';
import type { MessageKey } from '../i18n/en.ts';
import { measureInfo } from '../measures/current.ts';
import type { Difference, Verdict } from './differences.ts';

/** Four significant digits in the page's language (the CSV keeps every digit). */
export function short(x: number): string {
  if (!Number.isFinite(x)) return '–';
  const locale = currentLang() === 'de' ? 'de-DE' : 'en-GB';
  if (x !== 0 && (Math.abs(x) >= 1e6 || Math.abs(x) < 1e-3))
    return x.toExponential(2).replace('.', currentLang() === 'de' ? ',' : '.');
  return Number(x.toPrecision(4)).toLocaleString(locale, { maximumFractionDigits: 6 });
}

const VERDICT: Record<Verdict, MessageKey> = {
  higher: 'verdictHigher',
  lower: 'verdictLower',
  none: 'verdictNone',
  constant: 'verdictConstant',
  few: 'verdictFew',
  absent: 'verdictAbsent',
};

export function differenceTable(rows: readonly Difference[], testid: string): HTMLTableElement {
  const head = el(
    'tr',
    {},
    ...(
      [
        'measureCol',
        'scenarioCol',
        'baselineCol',
        'valueCol',
        'differenceCol',
        'intervalCol',
        'pCol',
        'verdictCol',
      ] as const
    ).map((k) => el('th', { scope: 'col' }, tx(k))),
  );
  const body = rows.map((d) => {
    const m = measureInfo(d.measure);
    return el(
      'tr',
      {
        'data-measure': d.measure,
        'data-scenario': d.scenario,
        'data-difference': String(d.difference),
        'data-low': String(d.low),
        'data-high': String(d.high),
        'data-p-adjusted': String(d.pAdjusted),
        'data-verdict': d.verdict,
        class: `verdict-${d.verdict}`,
      },
      el('td', { title: d.measure }, m.label, el('small', {}, ` (${m.unitLabel})`)),
      el('td', {}, d.scenario),
      el('td', { class: 'num' }, short(d.meanA)),
      el('td', { class: 'num' }, short(d.meanB)),
      el(
        'td',
        { class: 'num' },
        Number.isFinite(d.difference) ? `${d.difference > 0 ? '+' : ''}${short(d.difference)}` : '–',
      ),
      el(
        'td',
        { class: 'num' },
        Number.isFinite(d.low) ? `${short(d.low)} ${t('to')} ${short(d.high)}` : '–',
      ),
      el('td', { class: 'num' }, short(d.pAdjusted)),
      el('td', {}, tx(VERDICT[d.verdict])),
    );
  });
  return el(
    'table',
    { class: 'difference-table', 'data-testid': testid },
    el('thead', {}, head),
    el('tbody', {}, ...body),
  );
}
