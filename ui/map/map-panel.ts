/**
 * The map panel: a canvas coloured by any layer of the latest MapView or, in the city, by a
 * per-quarter measure (a choropleth: a group's share or location quotient among the quarter's
 * households, counted exactly by the run); a legend; unit borders at a chosen scale; and the
 * profile of the unit under the pointer (or the one clicked, which stays), in profile-panel.ts.
 */
import type { QuarterTypes } from '../../sim/measures/type-history.ts';
import type { UnitCounts } from '../../sim/measures/unit-counts.ts';
import type { UnitShares } from '../../sim/measures/unit-shares.ts';
import type { MapLayer, MapView } from '../../sim/view.ts';
import { el, select, setGroupedOptions, setOptions, tx } from '../app/dom.ts';
import { t, tMaybe } from '../i18n/index.ts';
import {
  CHOROPLETH_SCALE,
  choroplethLayer,
  choroplethOptions,
  choroplethValues,
  defaultChoropleth,
  isChoropleth,
} from './choropleth.ts';
import { type LegendPainter, legendNodes, legendPainter } from './legend.ts';
import { EMPTY_COLOUR, type Scale } from './palette.ts';
import { type Focus, ProfilePanel } from './profile-panel.ts';
import { borderSegments, bordersPath, paintLayer, samplingOf, type ValueRange } from './render.ts';

export interface MapPanelOptions {
  /** Draw without the layer and border pickers (teaching mode). */
  readonly bare?: boolean;
  /** One quarter's type over time in the run, for the profile (undefined: none to show). */
  readonly typeHistory?: (quarter: number) => Promise<QuarterTypes | undefined>;
  /** A unit's households by category with location quotients ('' scale = one cell). */
  readonly unitShares?: (scale: string, unit: number) => Promise<UnitShares | undefined>;
  /** Households by category in every unit of a scale, for the choropleth (undefined: none). */
  readonly unitCounts?: (scale: string) => Promise<UnitCounts | undefined>;
}

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
  private readonly profile: ProfilePanel;
  private pinned: Focus | undefined;
  private hovered: Focus | undefined;
  private readonly unitCounts: MapPanelOptions['unitCounts'];
  /** The latest households by category per quarter, and which request may replace them. */
  private counts: UnitCounts | undefined;
  private countsRequest = 0;
  /** The per-quarter values of the chosen choropleth (for the tests: data-quarter-values). */
  quarterValues: Float64Array | undefined;
  /** Whether the layer was picked (by the user or setLayer), not defaulted. */
  private layerChosen = false;
  /** Names of categories the page knows better than the model's labels (quarter types from their profile). */
  private categoryNames = new Map<string, string>();
  /** The layer of the last redraw (a choropleth is built once per redraw). */
  private drawn: MapLayer | undefined;
  /** Milliseconds the last redraw took (also on the canvas as data-draw-ms, for the tests). */
  lastDrawMs = 0;

  constructor(options: MapPanelOptions = {}) {
    this.canvas = el('canvas', { class: 'map-canvas', 'data-testid': 'map', width: 600, height: 600 });
    this.ctx = this.canvas.getContext('2d', { alpha: false })!;
    this.rasterCtx = this.raster.getContext('2d')!;
    this.unitCounts = options.unitCounts;
    this.profile = new ProfilePanel(options.typeHistory, options.unitShares);
    this.layerSelect = select([], '', (v) => {
      this.layer = v;
      this.layerChosen = true;
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
      options.bare ? null : this.profile.root,
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
  }

  /** Forget borders, pins and counts of the previous run. */
  reset(): void {
    this.borderCache.clear();
    this.outline = undefined;
    this.pinned = undefined;
    this.hovered = undefined;
    this.view = undefined;
    this.range = undefined;
    this.cleared = '';
    this.counts = undefined;
    this.countsRequest++;
    this.profile.reset();
    this.ctx.fillStyle = EMPTY_COLOUR;
    this.ctx.fillRect(0, 0, this.canvas.width, this.canvas.height);
  }

  private showProfile(): void {
    this.profile.show(this.view, this.pinned ?? this.hovered, this.focusScale());
  }

  /** The scale whose units the pointer picks: the borders shown, or a choropleth's quarters. */
  private focusScale(): string {
    return (
      this.borders || (isChoropleth(this.layer) && this.view?.units[CHOROPLETH_SCALE] ? CHOROPLETH_SCALE : '')
    );
  }

  /** The layer menu: per-quarter measures first (when the run counts quarters), then the cells' layers. */
  private syncLayers(view: MapView): void {
    const layers = Object.keys(view.layers);
    const cellOptions = layers.map((l) => ({ value: l, label: tMaybe(`layer_${l}`) }));
    const quarterOptions = choroplethOptions(this.counts);
    const all = [...quarterOptions, ...cellOptions].map((o) => o.value);
    // Until the user picks a layer, the default follows what the run offers (quarters once counted).
    const waiting = isChoropleth(this.layer) && !this.counts;
    if (!this.layerChosen || (!all.includes(this.layer) && !waiting))
      this.layer = defaultChoropleth(this.counts) ?? layers[0] ?? '';
    if (quarterOptions.length > 0)
      setGroupedOptions(
        this.layerSelect,
        [
          { label: t('mapQuarters'), options: quarterOptions },
          { label: t('mapCells'), options: cellOptions },
        ],
        this.layer,
      );
    else setOptions(this.layerSelect, cellOptions, this.layer);
  }

  update(view: MapView): void {
    const scales = Object.keys(view.units);
    const first = !this.view;
    if (first || Object.keys(view.layers).join() !== Object.keys(this.view!.layers).join())
      this.syncLayers(view);
    if (first || scales.join() !== Object.keys(this.view!.units).join()) {
      if (this.borders && !scales.includes(this.borders)) this.borders = '';
      setOptions(
        this.borderSelect,
        [{ value: '', label: t('none') }, ...scales.map((s) => ({ value: s, label: scaleName(s) }))],
        this.borders,
      );
    }
    this.view = view;
    // A choropleth is drawn once its quarters' counts for this view have come (one paint per view).
    // Counts are asked for with every view while a choropleth shows, else once (for the menu).
    const fetching = (isChoropleth(this.layer) || !this.counts) && this.fetchCounts(view);
    if (!(fetching && isChoropleth(this.layer))) this.redraw();
    if (this.pinned || this.hovered) this.showProfile();
  }

  /** Ask the run for the quarters' counts of this view; redraw when they come (newest request only). */
  private fetchCounts(view: MapView): boolean {
    if (!this.unitCounts || !view.units[CHOROPLETH_SCALE]) return false;
    const request = ++this.countsRequest;
    void this.unitCounts(CHOROPLETH_SCALE).then((c) => {
      if (request !== this.countsRequest || this.view !== view) return;
      if (c) {
        const had = this.counts !== undefined;
        this.counts = c;
        if (!had) this.syncLayers(view);
      }
      if (isChoropleth(this.layer)) this.redraw();
    });
    return true;
  }

  /** The per-quarter values of a choropleth layer, spread over the raster as a continuous layer. */
  private choropleth(view: MapView): MapLayer | undefined {
    const units = view.units[CHOROPLETH_SCALE];
    const values = this.counts && units ? choroplethValues(this.layer, this.counts) : undefined;
    if (!values || !units) return undefined;
    this.quarterValues = values;
    this.canvas.dataset['quarterValues'] = JSON.stringify(
      Array.from(values, (v) => (Number.isFinite(v) ? v : null)),
    );
    return choroplethLayer(this.layer, values, units);
  }

  /** What the map shows now, for the exported picture's heading. */
  title(): string {
    const option = this.layerSelect.selectedOptions[0]?.textContent ?? this.layer;
    const group = isChoropleth(this.layer) ? `${t('mapQuarters')}: ` : '';
    return `${group}${option}`;
  }

  /** Draws the legend on an exported picture at (x, y); returns the y below it. */
  legendPainter(): LegendPainter {
    return legendPainter(this.drawn, this.range, this.colourScale, this.categoryNames);
  }

  /** The layer drawn now: a choropleth built from the counts, or a layer of the view. */
  private currentLayer(): MapLayer | undefined {
    const view = this.view;
    if (!view) return undefined;
    return isChoropleth(this.layer) ? this.choropleth(view) : view.layers[this.layer];
  }

  /** Name categories (e.g. `type 2` -> `type 2: many migrants, low incomes`) in the legend. */
  nameCategories(names: Map<string, string>): void {
    const same =
      names.size === this.categoryNames.size && [...names].every(([k, v]) => this.categoryNames.get(k) === v);
    if (same) return;
    this.categoryNames = names;
    this.drawLegend();
  }

  /** Choose the layer to colour by (teaching mode picks it). */
  setLayer(layer: string): void {
    this.layer = layer;
    this.layerChosen = true;
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
    const layer = this.currentLayer();
    this.drawn = layer;
    const { scale, dx, dy } = this.placement(view);
    // The margins around the picture need clearing only when the picture moves; with borders or a
    // marked cell drawn on top, the whole canvas is cleared each time.
    // A choropleth always shows the borders of its quarters.
    const borders = this.focusScale();
    const units = borders ? view.units[borders] : undefined;
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
      const key = `${borders}:${view.width}x${view.height}`;
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
      const key = `${borders}:${view.width}x${view.height}:${focus.unit}`;
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
    this.legend.replaceChildren(...legendNodes(this.drawn, this.range, this.colourScale, this.categoryNames));
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
    const units = this.focusScale() ? view.units[this.focusScale()] : undefined;
    const target = { unit: units ? units[cell]! : cell, cell };
    if (click) {
      this.pinned = this.pinned?.unit === target.unit ? undefined : target;
      this.redraw();
    } else if (this.hovered?.unit === target.unit) return;
    else this.hovered = target;
    this.showProfile();
  }
}

/** A container scale's name in the page's language (`quarter` -> `Quartiere`; `block5` as written). */
function scaleName(scale: string): string {
  const key = `scale_${scale}`;
  const text = tMaybe(key);
  return text === key ? scale : text;
}
