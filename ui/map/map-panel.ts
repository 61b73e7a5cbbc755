/**
 * The map panel: a canvas coloured by any layer of the latest MapView, a legend, unit borders at a
 * chosen scale, and the profile of the unit under the pointer (or the one clicked, which stays).
 */
import type { QuarterTypes } from '../../sim/measures/type-history.ts';
import type { MapView } from '../../sim/view.ts';
import { el, select, setOptions, tx } from '../app/dom.ts';
import { categoryText, formatNumber, t, tMaybe, unitText } from '../i18n/index.ts';
import { categoryColour, EMPTY_COLOUR, lutCss, SCALES, type Scale } from './palette.ts';
import { type UnitProfile, unitProfile } from './profile.ts';
import { borderSegments, bordersPath, paintLayer, samplingOf, type ValueRange } from './render.ts';
import { typeStrip } from './type-strip.ts';
import type { UnitShares } from '../../sim/measures/unit-shares.ts';

export interface MapPanelOptions {
  /** Draw without the layer and border pickers (teaching mode). */
  readonly bare?: boolean;
  /** One quarter's type over time in the run, for the profile (undefined: none to show). */
  readonly typeHistory?: (quarter: number) => Promise<QuarterTypes | undefined>;
  /** A unit's households by category with location quotients ('' scale = one cell). */
  readonly unitShares?: (scale: string, unit: number) => Promise<UnitShares | undefined>;
}

/** Scales whose units lie inside one quarter (blocks are cut by quarter borders; '' is one cell). */
const WITHIN_A_QUARTER = new Set(['quarter', 'block', '']);

export class MapPanel {
  readonly root: HTMLElement;
  readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D;
  private readonly raster = document.createElement('canvas');
  private readonly rasterCtx: CanvasRenderingContext2D;
  private image: ImageData | undefined;
  /** Raster cell of each picture pixel, when the raster is larger than the picture. */
  private sampling: Int32Array | undefined;
  private samplingKey = '';
  /** Canvas and raster size for which the margins were last cleared. */
  private cleared = '';
  private outline: { key: string; path: Path2D } | undefined;
  private view: MapView | undefined;
  private layer = '';
  private borders = '';
  private readonly colourScale: Scale = 'viridis';
  private range: ValueRange | undefined;
  private readonly borderCache = new Map<string, Path2D>();
  private readonly layerSelect: HTMLSelectElement;
  private readonly borderSelect: HTMLSelectElement;
  private readonly legend = el('div', { class: 'legend', 'data-testid': 'legend' });
  private readonly profileBox = el('div', { class: 'profile', 'data-testid': 'profile' });
  private pinned: { unit: number; cell: number } | undefined;
  private hovered: { unit: number; cell: number } | undefined;
  private readonly typeHistory: MapPanelOptions['typeHistory'];
  private readonly unitShares: MapPanelOptions['unitShares'];
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
  /** Milliseconds the last redraw took (also on the canvas as data-draw-ms, for the tests). */
  lastDrawMs = 0;

  constructor(options: MapPanelOptions = {}) {
    this.canvas = el('canvas', { class: 'map-canvas', 'data-testid': 'map', width: 600, height: 600 });
    this.ctx = this.canvas.getContext('2d', { alpha: false })!;
    this.rasterCtx = this.raster.getContext('2d')!;
    this.typeHistory = options.typeHistory;
    this.unitShares = options.unitShares;
    this.layerSelect = select([], '', (v) => {
      this.layer = v;
      this.range = undefined;
      this.redraw();
    });
    this.layerSelect.dataset['testid'] = 'map-layer';
    this.borderSelect = select([], '', (v) => {
      this.borders = v;
      this.redraw();
      this.showProfile();
    });
    this.borderSelect.dataset['testid'] = 'map-borders';
    const pickers = options.bare
      ? null
      : el(
          'div',
          { class: 'map-pickers' },
          el('label', {}, tx('colourBy'), this.layerSelect),
          el('label', {}, tx('borders'), this.borderSelect),
        );
    this.root = el(
      'div',
      { class: options.bare ? 'map-panel bare' : 'map-panel' },
      pickers,
      el('div', { class: 'map-stage' }, this.canvas),
      this.legend,
      options.bare ? null : this.profileBox,
    );
    this.canvas.addEventListener('mousemove', (e) => this.pointAt(e, false));
    this.canvas.addEventListener('mouseleave', () => {
      this.hovered = undefined;
      this.showProfile();
    });
    this.canvas.addEventListener('click', (e) => this.pointAt(e, true));
    // The observer's own box size: asking the element for it would force a layout of the page.
    new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (box) this.fitCanvas(box.width, box.height);
    }).observe(this.canvas);
    this.showProfile();
  }

  /** Forget borders and pins of the previous run. */
  reset(): void {
    this.borderCache.clear();
    this.outline = undefined;
    this.pinned = undefined;
    this.hovered = undefined;
    this.view = undefined;
    this.range = undefined;
    this.cleared = '';
    this.historyQuarter = -1;
    this.historyRequest++;
    this.historyBox.replaceChildren();
    this.ctx.fillStyle = EMPTY_COLOUR;
    this.ctx.fillRect(0, 0, this.canvas.width, this.canvas.height);
    this.showProfile();
  }

  update(view: MapView): void {
    const layers = Object.keys(view.layers);
    const scales = Object.keys(view.units);
    if (!this.view || layers.join() !== Object.keys(this.view.layers).join()) {
      if (!layers.includes(this.layer)) this.layer = layers[0] ?? '';
      setOptions(
        this.layerSelect,
        layers.map((l) => ({ value: l, label: tMaybe(`layer_${l}`) })),
        this.layer,
      );
    }
    if (!this.view || scales.join() !== Object.keys(this.view.units).join()) {
      if (this.borders && !scales.includes(this.borders)) this.borders = '';
      setOptions(
        this.borderSelect,
        [{ value: '', label: t('none') }, ...scales.map((s) => ({ value: s, label: s }))],
        this.borders,
      );
    }
    this.view = view;
    this.redraw();
    if (this.pinned || this.hovered) this.showProfile();
  }

  /** Choose the layer to colour by (teaching mode picks it). */
  setLayer(layer: string): void {
    this.layer = layer;
    this.layerSelect.value = layer;
    this.range = undefined;
    this.redraw();
  }

  private fitCanvas(cssWidth: number, cssHeight: number): void {
    const ratio = window.devicePixelRatio || 1;
    const w = Math.max(50, Math.round(cssWidth * ratio));
    const h = Math.max(50, Math.round(cssHeight * ratio));
    if (w === this.canvas.width && h === this.canvas.height) return;
    this.canvas.width = w;
    this.canvas.height = h;
    this.cleared = '';
    this.redraw();
  }

  /** Square cells, centred: raster to canvas scale and offset. */
  private placement(view: MapView): { scale: number; dx: number; dy: number } {
    const scale = Math.min(this.canvas.width / view.width, this.canvas.height / view.height);
    return {
      scale,
      dx: (this.canvas.width - view.width * scale) / 2,
      dy: (this.canvas.height - view.height * scale) / 2,
    };
  }

  redraw(): void {
    const view = this.view;
    const ctx = this.ctx;
    if (!view) return;
    const started = performance.now();
    const layer = view.layers[this.layer];
    const { scale, dx, dy } = this.placement(view);
    // The margins around the picture need clearing only when the picture moves; with borders or a
    // marked cell drawn on top, the whole canvas is cleared each time.
    const units = this.borders ? view.units[this.borders] : undefined;
    const focus = this.pinned ?? this.hovered;
    const clearKey = `${this.canvas.width}x${this.canvas.height}:${view.width}x${view.height}`;
    if (clearKey !== this.cleared || units || focus || !layer) {
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, this.canvas.width, this.canvas.height);
      this.cleared = units || focus ? '' : clearKey;
    }
    // A raster larger than the picture is sampled at picture size and put as is; a smaller one is
    // painted cell by cell and scaled up with square, unsmoothed cells.
    const sampled = scale < 1;
    const w = sampled ? Math.max(1, Math.round(view.width * scale)) : view.width;
    const h = sampled ? Math.max(1, Math.round(view.height * scale)) : view.height;
    if (!this.image || this.image.width !== w || this.image.height !== h)
      this.image = this.rasterCtx.createImageData(w, h);
    const samplingKey = `${view.width}x${view.height}:${w}x${h}`;
    if (sampled && samplingKey !== this.samplingKey) {
      this.sampling = samplingOf(view.width, view.height, w, h);
      this.samplingKey = samplingKey;
    }
    const pixels = new Uint32Array(this.image.data.buffer);
    if (layer)
      this.range = paintLayer(
        layer,
        pixels,
        this.colourScale,
        undefined,
        sampled ? this.sampling : undefined,
      );
    if (sampled) ctx.putImageData(this.image, Math.round(dx), Math.round(dy));
    else {
      if (this.raster.width !== w || this.raster.height !== h) {
        this.raster.width = w;
        this.raster.height = h;
      }
      this.rasterCtx.putImageData(this.image, 0, 0);
      ctx.imageSmoothingEnabled = false;
      ctx.drawImage(this.raster, dx, dy, view.width * scale, view.height * scale);
    }
    if (units) {
      const key = `${this.borders}:${view.width}x${view.height}`;
      let path = this.borderCache.get(key);
      if (!path) {
        path = bordersPath(borderSegments(units, view.width, view.height));
        this.borderCache.set(key, path);
      }
      ctx.save();
      ctx.setTransform(scale, 0, 0, scale, dx, dy);
      ctx.strokeStyle = 'rgba(20, 20, 20, 0.75)';
      ctx.lineWidth = Math.max(1, Math.min(3, scale / 4)) / scale;
      ctx.stroke(path);
      ctx.restore();
    }
    if (focus && units) {
      // The unit in the profile, outlined on top of the borders.
      const key = `${this.borders}:${view.width}x${view.height}:${focus.unit}`;
      if (this.outline?.key !== key)
        this.outline = { key, path: bordersPath(borderSegments(units, view.width, view.height, focus.unit)) };
      const outline = this.outline.path;
      ctx.save();
      ctx.setTransform(scale, 0, 0, scale, dx, dy);
      ctx.strokeStyle = '#d55e00';
      ctx.lineWidth = 3 / scale;
      ctx.stroke(outline);
      ctx.restore();
    } else if (focus) this.outlineCell(focus.cell, view);
    this.lastDrawMs = performance.now() - started;
    this.canvas.dataset['drawMs'] = this.lastDrawMs.toFixed(2);
    this.canvas.dataset['tick'] = String(view.tick);
    this.drawLegend();
  }

  private outlineCell(cell: number, view: MapView): void {
    const { scale, dx, dy } = this.placement(view);
    this.ctx.strokeStyle = '#000';
    this.ctx.lineWidth = 2;
    this.ctx.strokeRect(
      dx + (cell % view.width) * scale,
      dy + Math.floor(cell / view.width) * scale,
      scale,
      scale,
    );
  }

  private drawLegend(): void {
    const layer = this.view?.layers[this.layer];
    if (!layer) {
      this.legend.replaceChildren();
      return;
    }
    if (layer.kind === 'category') {
      const labels = layer.labels ?? [];
      const items = labels.map((label, i) => swatchItem(categoryColour(i), categoryText(label)));
      items.push(swatchItem(EMPTY_COLOUR, t('empty')));
      this.legend.replaceChildren(...items);
      return;
    }
    const r = this.range ?? { min: 0, max: 1 };
    const bar = el('div', { class: 'legend-bar' });
    const lut = SCALES[this.colourScale];
    bar.style.background = `linear-gradient(to right, ${[0, 64, 128, 192, 255].map((i) => lutCss(lut, i)).join(', ')})`;
    this.legend.replaceChildren(
      el('span', {}, legendNumber(r.min)),
      bar,
      el('span', {}, `${legendNumber(r.max)}${layer.unit ? ` ${unitText(layer.unit)}` : ''}`),
    );
  }

  private pointAt(e: MouseEvent, click: boolean): void {
    const view = this.view;
    if (!view) return;
    const rect = this.canvas.getBoundingClientRect();
    const ratio = this.canvas.width / rect.width;
    const { scale, dx, dy } = this.placement(view);
    const x = Math.floor(((e.clientX - rect.left) * ratio - dx) / scale);
    const y = Math.floor(((e.clientY - rect.top) * ratio - dy) / scale);
    if (x < 0 || y < 0 || x >= view.width || y >= view.height) return;
    const cell = y * view.width + x;
    const units = this.borders ? view.units[this.borders] : undefined;
    const target = { unit: units ? units[cell]! : cell, cell };
    if (click) {
      this.pinned = this.pinned?.unit === target.unit ? undefined : target;
      this.redraw();
    } else if (this.hovered?.unit === target.unit) return;
    else this.hovered = target;
    this.showProfile();
  }

  private showProfile(): void {
    const view = this.view;
    const focus = this.pinned ?? this.hovered;
    if (!view || !focus) {
      this.profileBox.replaceChildren(
        el('h3', {}, tx('profile')),
        el('p', { class: 'hint' }, tx('profileHint')),
      );
      return;
    }
    const nodes = profileNodes(
      unitProfile(view, this.borders, focus.unit, focus.cell),
      this.unitShares ? this.sharedDimensions : new Set(),
    );
    // The quarter's type over time goes first, where it is seen without scrolling.
    if (this.showTypeHistory(view, focus)) nodes.splice(1, 0, this.historyBox);
    if (this.unitShares) {
      nodes.splice(nodes[1] === this.historyBox ? 2 : 1, 0, this.sharesBox);
      this.showUnitShares(focus);
    }
    this.profileBox.replaceChildren(...nodes);
  }

  /** Ask the run for the focused unit's households by category (exact, with location quotients). */
  private showUnitShares(focus: { unit: number; cell: number }): void {
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
        this.showProfile();
      }
    });
  }

  /** Ask the run for the focused quarter's type over time; false when there is none to show. */
  private showTypeHistory(view: MapView, focus: { unit: number; cell: number }): boolean {
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
        ...(h ? [typeStrip(h, layer.labels ?? [], quarter, this.borders !== 'quarter')] : []),
      );
    });
    return true;
  }
}

/** Few digits for large values (rents), more for shares. */
function legendNumber(x: number): string {
  const size = Math.abs(x);
  return formatNumber(x, size >= 100 ? 0 : size >= 1 ? 2 : 3);
}

function swatchItem(colour: string, label: string): HTMLElement {
  const swatch = el('span', { class: 'swatch' });
  swatch.style.background = colour;
  return el('span', { class: 'legend-item' }, swatch, label);
}

/** A unit's households by category: share bars with the share and the location quotient. */
function sharesNodes(u: UnitShares): HTMLElement[] {
  const out: HTMLElement[] = [
    el('p', { class: 'hint', 'data-households': String(u.households) }, `${u.households} ${t('households')}`),
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

function profileNodes(p: UnitProfile, skip: ReadonlySet<string>): HTMLElement[] {
  const title = p.scale ? `${p.scale} #${p.unit}` : `${t('cells')} #${p.unit}`;
  const out: HTMLElement[] = [el('h3', {}, title, el('small', {}, ` (${p.cells} ${t('cells')})`))];
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
      out.push(
        el(
          'div',
          { class: 'profile-layer' },
          el('h4', {}, tMaybe(`layer_${l.layer}`)),
          `${t('mean')}: ${formatNumber(l.mean ?? Number.NaN)}${l.unit ? ` ${unitText(l.unit)}` : ''}`,
        ),
      );
    }
  }
  return out;
}
