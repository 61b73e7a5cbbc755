/**
 * The profile beside the map: the unit under the pointer (or the one clicked) with its households
 * by category and location quotients (asked from the run, exact), its quarter's type over time, and
 * the map layers' shares and means over its cells. Rebuilt whenever the focus or the view changes.
 */
import type { QuarterTypes } from '../../sim/measures/type-history.ts';
import type { UnitShares } from '../../sim/measures/unit-shares.ts';
import type { MapView } from '../../sim/view.ts';
import { el, tx } from '../app/dom.ts';
import { categoryText, formatNumber, t, tMaybe, unitText } from '../i18n/index.ts';
import { categoryColour } from './palette.ts';
import { type UnitProfile, unitProfile } from './profile.ts';
import { type TypeWords, typeStrip } from './type-strip.ts';
import './profile-panel.css';

export interface Focus {
  readonly unit: number;
  readonly cell: number;
}

/** A unit's name as a city file gives it: its id, name and the name of the district it lies in. */
export interface UnitName {
  readonly id: string;
  readonly name: string;
  readonly within?: string | undefined;
}

export type UnitNamer = (scale: string, unit: number) => UnitName | undefined;

/** Scales whose units lie inside one quarter (blocks are cut by quarter borders; '' is one cell). */
const WITHIN_A_QUARTER = new Set(['quarter', 'block', '']);

export class ProfilePanel {
  readonly root = el('div', { class: 'profile', 'data-testid': 'profile' });
  private view: MapView | undefined;
  private borders = '';
  private focus: Focus | undefined;
  /** Households by category of the focused unit, filled when the run answers. */
  private readonly sharesBox = el('div', { class: 'unit-shares', 'data-testid': 'unit-shares' });
  private sharesKey = '';
  private sharesRequest = 0;
  /** Dimensions the run counts households by: the cells' modal shares of these are not shown. */
  private sharedDimensions = new Set<string>();
  /** "Type over time" of historyQuarter: kept across redraws so it does not flicker while a fresh one comes. */
  private readonly historyBox = el('div', { class: 'type-history-box' });
  private historyQuarter = -1;
  /** Only the answer to the latest request is shown. */
  private historyRequest = 0;
  /** The quarter types' names and explanations from their profile. */
  private words: TypeWords = { names: new Map(), explanations: new Map() };
  /** Names of a real city's units (undefined: units are numbered). */
  private namer: UnitNamer | undefined;
  private measure: string | undefined;

  constructor(
    private readonly typeHistory: ((quarter: number) => Promise<QuarterTypes | undefined>) | undefined,
    private readonly unitShares:
      | ((scale: string, unit: number) => Promise<UnitShares | undefined>)
      | undefined,
  ) {
    this.show(undefined, undefined, '');
  }

  /** Name the quarter types (and explain them) wherever a type appears. */
  nameCategories(names: ReadonlyMap<string, string>, explanations: ReadonlyMap<string, string>): void {
    this.words = { names, explanations };
  }

  /** Name units as the city file does (a real city), or number them (undefined). */
  nameUnits(namer: UnitNamer | undefined): void {
    this.namer = namer;
  }

  /** Forget the previous run's type history. */
  reset(): void {
    this.historyQuarter = -1;
    this.historyRequest++;
    this.historyBox.replaceChildren();
    this.show(undefined, undefined, '');
  }

  /** Show the focused unit; `measure`: the map's measure of it, as a line ("share of ...: 12 %"). */
  show(view: MapView | undefined, focus: Focus | undefined, borders: string, measure?: string): void {
    this.view = view;
    this.borders = borders;
    this.focus = focus;
    this.measure = measure;
    if (!view || !focus) {
      this.root.replaceChildren(el('h3', {}, tx('profile')), el('p', { class: 'hint' }, tx('profileHint')));
      return;
    }
    const history = this.showTypeHistory(view, focus);
    const skip = new Set(this.unitShares ? this.sharedDimensions : []);
    // The type over time names the quarter's type: its cells' typology shares would repeat it.
    if (history) skip.add('typology');
    const named = this.borders ? this.namer?.(this.borders, focus.unit) : undefined;
    const nodes = profileNodes(unitProfile(view, this.borders, focus.unit, focus.cell), skip, named);
    // The quarter's type over time goes first, where it is seen without scrolling.
    if (history) nodes.splice(1, 0, this.historyBox);
    if (this.unitShares) {
      nodes.splice(nodes[1] === this.historyBox ? 2 : 1, 0, this.sharesBox);
      this.showUnitShares(focus);
    }
    // The map's measure of the unit right under its name.
    if (measure)
      nodes.splice(1, 0, el('p', { class: 'profile-measure', 'data-testid': 'profile-measure' }, measure));
    this.root.replaceChildren(...nodes);
  }

  /** Ask the run for the focused unit's households by category (exact, with location quotients). */
  private showUnitShares(focus: Focus): void {
    const unit = this.borders ? focus.unit : focus.cell;
    const key = `${this.borders}:${unit}`;
    if (key !== this.sharesKey) {
      this.sharesKey = key;
      this.sharesBox.replaceChildren();
    }
    const request = ++this.sharesRequest;
    void this.unitShares!(this.borders, unit).then((shares) => {
      if (request !== this.sharesRequest) return;
      this.sharesBox.replaceChildren(...(shares ? sharesNodes(shares) : []));
      const dims = new Set(shares?.dimensions.map((d) => d.dimension) ?? []);
      if ([...dims].some((d) => !this.sharedDimensions.has(d))) {
        this.sharedDimensions = dims;
        this.show(this.view, this.focus, this.borders, this.measure);
      }
    });
  }

  /** Ask the run for the focused quarter's type over time; false when there is none to show. */
  private showTypeHistory(view: MapView, focus: Focus): boolean {
    const layer = view.layers['typology'];
    if (!this.typeHistory || !layer || !WITHIN_A_QUARTER.has(this.borders)) return false;
    const quarter = this.borders === 'quarter' ? focus.unit : (view.units['quarter']?.[focus.cell] ?? -1);
    if (quarter < 0) return false;
    if (quarter !== this.historyQuarter) {
      this.historyQuarter = quarter;
      this.historyBox.replaceChildren();
    }
    const request = ++this.historyRequest;
    void this.typeHistory(quarter).then((h) => {
      if (request !== this.historyRequest) return;
      this.historyBox.replaceChildren(
        ...(h
          ? [
              typeStrip(
                h,
                layer.labels ?? [],
                quarter,
                this.borders !== 'quarter',
                this.words,
                this.namer?.('quarter', quarter)?.name,
              ),
            ]
          : []),
      );
    });
    return true;
  }
}

/** A unit's households by category: share bars with the share and the location quotient. */
function sharesNodes(u: UnitShares): HTMLElement[] {
  const out: HTMLElement[] = [
    el(
      'p',
      { class: 'hint', 'data-households': String(u.households) },
      `${formatNumber(u.households, 0)} ${t('households')}`,
    ),
  ];
  for (const d of u.dimensions) {
    const rows = d.labels.map((label, i) => {
      const share = d.share[i]!;
      const bar = el('span', { class: 'share-bar' });
      bar.style.width = `${Math.round((Number.isNaN(share) ? 0 : share) * 100)}%`;
      bar.style.background = categoryColour(i);
      const lq = d.quotient[i]!;
      return el(
        'div',
        { class: 'share-row', title: t('quotientHint') },
        el('span', { class: 'share-label' }, categoryText(label)),
        el('span', { class: 'share-track' }, bar),
        el('span', { class: 'share-value' }, `${formatNumber(share * 100, 1)} %`),
        el('span', { class: 'share-quotient' }, `${t('quotientShort')} ${formatNumber(lq, 2)}`),
      );
    });
    out.push(el('div', { class: 'profile-layer' }, el('h4', {}, tMaybe(`layer_${d.dimension}`)), ...rows));
  }
  return out;
}

function profileNodes(p: UnitProfile, skip: ReadonlySet<string>, named?: UnitName): HTMLElement[] {
  const unitKey = `unit_${p.scale}`;
  const unitName = tMaybe(unitKey) === unitKey ? p.scale : tMaybe(unitKey);
  const title = p.scale ? `${unitName} #${p.unit}` : `${t('cell')} #${p.unit}`;
  const cells = `${formatNumber(p.cells, 0)} ${p.cells === 1 ? t('cell') : t('cells')}`;
  // A real city's unit by its name, with its kind, id and district below.
  const out: HTMLElement[] = named
    ? [
        el(
          'div',
          { class: 'profile-head' },
          el('h3', { 'data-testid': 'profile-name', 'data-unit-id': named.id }, named.name || named.id),
          el(
            'p',
            { class: 'hint profile-where' },
            [`${unitName} ${named.id}`, named.within, cells].filter(Boolean).join(' · '),
          ),
        ),
      ]
    : [el('h3', {}, title, el('small', {}, ` (${cells})`))];
  const means = el('div', { class: 'profile-means' });
  for (const l of p.layers) {
    if (l.kind === 'category' && skip.has(l.layer)) continue;
    if (l.kind === 'category' && l.counts && l.labels) {
      const occupied = l.counts.reduce((a, b) => a + b, 0);
      const rows = l.labels.map((label, i) => {
        const share = occupied > 0 ? l.counts![i]! / occupied : 0;
        const bar = el('span', { class: 'share-bar' });
        bar.style.width = `${Math.round(share * 100)}%`;
        bar.style.background = categoryColour(i);
        return el(
          'div',
          { class: 'share-row' },
          el('span', { class: 'share-label' }, categoryText(label)),
          el('span', { class: 'share-track' }, bar),
          el('span', { class: 'share-value' }, `${formatNumber(share * 100, 1)} %`),
        );
      });
      out.push(el('div', { class: 'profile-layer' }, el('h4', {}, tMaybe(`layer_${l.layer}`)), ...rows));
    } else {
      // Means of the continuous layers: one compact line each, side by side.
      means.append(
        el('span', { class: 'profile-mean-name' }, tMaybe(`layer_${l.layer}`)),
        el(
          'span',
          { class: 'profile-mean-value' },
          `${formatNumber(l.mean ?? Number.NaN, meanDigits(l.mean ?? Number.NaN))}${l.unit ? ` ${unitText(l.unit)}` : ''}`,
        ),
      );
    }
  }
  if (means.children.length > 0)
    out.push(el('div', { class: 'profile-layer' }, el('h4', {}, `${t('mean')}:`), means));
  return out;
}

/** Whole numbers for large means (rents in EUR), two digits for shares and qualities. */
function meanDigits(x: number): number {
  return Math.abs(x) >= 100 ? 0 : 2;
}
