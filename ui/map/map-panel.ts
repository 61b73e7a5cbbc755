/**
 * The map panel: a canvas coloured by any layer of the latest MapView or, in the city, by a
 * per-area measure at the chosen scale (a choropleth of blocks, quarters or districts: a group's
 * share or location quotient, counted exactly by the run, or the local segregation score); a legend;
 * unit borders; zoom and pan (viewport.ts) with households as dots when zoomed in (dots.ts) and a
 * scale bar (scale-bar.ts), both overlays (overlay.ts, where more layers plug in); and the profile
 * of the unit under the pointer (or the one clicked, which stays), in profile-panel.ts. A real
 * city (a run on a city file) is drawn from its areas' boundaries (real-areas.ts): the choropleth
 * fills the polygons, the raster is clipped to the city, the pointer finds the polygon under it and
 * the profile names the area; the sources to credit stand under the legend.
 */
import type { QuarterTypes } from '../../sim/measures/type-history.ts';
import type { UnitCounts } from '../../sim/measures/unit-counts.ts';
import type { UnitShares } from '../../sim/measures/unit-shares.ts';
import type { MapLayer, MapView } from '../../sim/view.ts';
import { el, select, setGroupedOptions, setOptions, tx } from '../app/dom.ts';
import { categoryText, t, tMaybe } from '../i18n/index.ts';
import type { WindowHouseholds } from '../../sim/measures/households-window.ts';
import {
  CHOROPLETH_SCALE,
  choroplethLayer,
  choroplethOptions,
  areaMeans,
  choroplethUnit,
  meanOf,
  choroplethValues,
  defaultChoropleth,
  isChoropleth,
  layerDimension,
  localDimension,
} from './choropleth.ts';
import { HouseholdDots } from './dots.ts';
import { type Frame, frameOf, type MapOverlay } from './overlay.ts';
import { ScaleBar } from './scale-bar.ts';
import { attachPointer, zoomButtons } from './map-pointer.ts';
import { Viewport } from './viewport.ts';
import './map-panel.css';
import { type LegendPainter, legendNodes, legendPainter } from './legend.ts';
import { categoryColour, EMPTY_COLOUR, type Scale } from './palette.ts';
import { type Focus, ProfilePanel } from './profile-panel.ts';
import { RealAreaLayer } from './real-areas.ts';
import { borderSegments, bordersPath, paintLayer, rangeOf, samplingOf, type ValueRange } from './render.ts';
import type { RealAreas } from '../worker/sim.worker.ts';
import { formatNumber, unitText } from '../i18n/index.ts';
import { lutCss, SCALES } from './palette.ts';

export interface MapPanelOptions {
  /** Draw without the layer and border pickers (teaching mode). */
  readonly bare?: boolean;
  /** The page places the unit profile itself (`profileRoot`), e.g. in a card of its own. */
  readonly profileApart?: boolean;
  /** One quarter's type over time in the run, for the profile (undefined: none to show). */
  readonly typeHistory?: (quarter: number) => Promise<QuarterTypes | undefined>;
  /** A unit's households by category with location quotients ('' scale = one cell). */
  readonly unitShares?: (scale: string, unit: number) => Promise<UnitShares | undefined>;
  /** Households by category in every unit of a scale, for the choropleth (undefined: none). */
  readonly unitCounts?: (scale: string) => Promise<UnitCounts | undefined>;
  /** Each unit's local segregation score along a dimension at a scale (undefined: none). */
  readonly localScores?: (dimension: string, scale: string) => Promise<Float64Array | undefined>;
  /** The households in a rectangle of the raster, for the dots when zoomed in. */
  readonly householdsIn?: (
    dimension: string,
    x0: number,
    y0: number,
    x1: number,
    y1: number,
  ) => Promise<WindowHouseholds | undefined>;
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
  private outline: { key: string; path: Path2D } | undefined;
  private view: MapView | undefined;
  private layer = '';
  private borders = '';
  /** The scale a choropleth colours (blocks, quarters, districts). */
  private areaScale = CHOROPLETH_SCALE;
  private readonly colourScale: Scale = 'viridis';
  private range: ValueRange | undefined;
  private readonly borderCache = new Map<string, Path2D>();
  private readonly layerSelect: HTMLSelectElement;
  private readonly borderSelect: HTMLSelectElement;
  private readonly scaleSelect: HTMLSelectElement;
  private readonly scaleLabel: HTMLElement;
  private readonly legend = el('div', { class: 'legend', 'data-testid': 'legend' });
  /** What the legend's colours mean where a name does not say it (local score, scale bar). */
  private readonly legendNote = el('p', { class: 'legend-note hint', 'data-testid': 'legend-note' });
  private readonly profile: ProfilePanel;
  private pinned: Focus | undefined;
  private hovered: Focus | undefined;
  private readonly unitCounts: MapPanelOptions['unitCounts'];
  private readonly localScores: MapPanelOptions['localScores'];
  /** The latest households by category per area of `areaScale`, and which request may replace them. */
  private counts: UnitCounts | undefined;
  private countsRequest = 0;
  /** The latest local scores of the chosen dimension at `areaScale` (key: dimension:scale). */
  private local: { key: string; values: Float64Array } | undefined;
  /** The per-area values of the chosen choropleth (for the tests: data-quarter-values). */
  quarterValues: Float64Array | undefined;
  /** Whether the layer was picked (by the user or setLayer), not defaulted. */
  private layerChosen = false;
  /** Names of categories the page knows better than the model's labels (quarter types from their profile). */
  private categoryNames = new Map<string, string>();
  private categoryExplanations = new Map<string, string>();
  /** One line per named category of the layer drawn (the quarter types explained). */
  private readonly explanations = el('ul', { class: 'legend-explain', 'data-testid': 'legend-explain' });
  /** The layer of the last redraw (a choropleth is built once per redraw). */
  private drawn: MapLayer | undefined;
  /** Zoom and pan, and what is drawn on top of the raster. */
  private readonly viewport = new Viewport();
  private readonly dots: HouseholdDots;
  readonly scaleBar = new ScaleBar();
  private readonly overlays: MapOverlay[] = [];
  private frame: Frame | undefined;
  /** Milliseconds the last redraw took (also on the canvas as data-draw-ms, for the tests). */
  lastDrawMs = 0;
  /** The real city's areas, when the run is on a city file whose boundaries could be drawn. */
  private real: RealAreaLayer | undefined;
  private realInfo: RealAreas | undefined;
  /** Areas of the last choropleth without a value (no households there), shown as such in the legend. */
  private emptyAreas = 0;
  /** The sources to credit under the legend ('' for none). */
  /** The sources to credit as given ('' for none); shown with the word for them in the page's language. */
  private sources = '';
  private readonly attribution = el('p', {
    class: 'legend-attribution hint',
    'data-testid': 'map-attribution',
    hidden: true,
  });

  constructor(options: MapPanelOptions = {}) {
    this.canvas = el('canvas', { class: 'map-canvas', 'data-testid': 'map', width: 600, height: 600 });
    this.ctx = this.canvas.getContext('2d', { alpha: false })!;
    this.rasterCtx = this.raster.getContext('2d')!;
    this.unitCounts = options.unitCounts;
    this.localScores = options.localScores;
    this.profile = new ProfilePanel(options.typeHistory, options.unitShares);
    this.dots = new HouseholdDots(options.householdsIn, () => this.redraw());
    this.overlays.push(this.dots, this.scaleBar);
    this.scaleBar.cellsText = (n) => `${n} ${t(n === 1 ? 'scaleCell' : 'scaleCells')}`;
    this.layerSelect = select([], '', (v) => {
      this.layer = v;
      this.layerChosen = true;
      this.range = undefined;
      this.layerChanged();
    });
    this.layerSelect.dataset['testid'] = 'map-layer';
    this.borderSelect = select([], '', (v) => {
      this.borders = v;
      this.redraw();
      this.showProfile();
    });
    this.borderSelect.dataset['testid'] = 'map-borders';
    this.scaleSelect = select([], '', (v) => {
      this.areaScale = v;
      this.counts = undefined;
      this.local = undefined;
      this.pinned = undefined;
      this.hovered = undefined;
      this.range = undefined;
      if (this.view) this.fetchArea(this.view);
      this.showProfile();
    });
    this.scaleSelect.dataset['testid'] = 'map-scale';
    this.scaleLabel = el('label', { hidden: true }, tx('mapAreas'), this.scaleSelect);
    const zoom = (factor: number, x: number, y: number) => {
      if (factor !== 0) this.zoomBy(factor, x, y);
      else {
        this.viewport.reset();
        this.redraw();
      }
    };
    const zoomButtonsBox = options.bare ? null : zoomButtons(this.canvas, zoom);
    const pickers = options.bare
      ? null
      : el(
          'div',
          { class: 'map-pickers' },
          el('label', {}, tx('colourBy'), this.layerSelect),
          this.scaleLabel,
          el('label', {}, tx('borders'), this.borderSelect),
        );
    this.root = el(
      'div',
      { class: options.bare ? 'map-panel bare' : 'map-panel' },
      pickers,
      el('div', { class: 'map-stage' }, this.canvas, zoomButtonsBox),
      this.legend,
      options.bare ? null : this.legendNote,
      options.bare ? null : this.attribution,
      options.bare ? null : this.explanations,
      options.bare || options.profileApart ? null : this.profile.root,
    );
    attachPointer(
      this.canvas,
      {
        point: (x, y, click) => this.pointAt(x, y, click),
        leave: () => {
          this.hovered = undefined;
          this.showProfile();
        },
        zoom,
        pan: (dx, dy) => {
          if (!this.view) return;
          this.viewport.panBy(dx, dy, this.placement(this.view).scale);
          this.redraw();
        },
      },
      !options.bare,
    );
    // The observer's own box size: asking the element for it would force a layout of the page.
    new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (box) this.fitCanvas(box.width, box.height);
    }).observe(this.canvas);
  }

  /** The unit profile's element (placed by the page with `profileApart`). */
  get profileRoot(): HTMLElement {
    return this.profile.root;
  }

  /** Zoom about canvas point (px, py). */
  zoomBy(factor: number, px: number, py: number): void {
    const view = this.view;
    if (!view) return;
    this.viewport.zoomAt(factor, px, py, this.canvas.width, this.canvas.height, view.width, view.height);
    this.redraw();
  }

  /** The zoom factor over the fitted city (for the tests). */
  get zoom(): number {
    return this.viewport.zoom;
  }

  /** Add a layer drawn on top of the raster (below the scale bar). */
  addOverlay(overlay: MapOverlay): void {
    this.overlays.splice(this.overlays.length - 1, 0, overlay);
    this.redraw();
  }

  /**
   * The real city of the run (undefined for a synthetic one) and the sources to credit. Called with
   * every view; a new city replaces the old one's paths.
   */
  setRealCity(info: RealAreas | undefined, attribution: string): void {
    if (info !== this.realInfo) {
      this.realInfo = info;
      this.real = info?.outlines ? new RealAreaLayer(info, info.outlines) : undefined;
      this.profile.nameUnits(
        this.real
          ? (scale, unit) => {
              const named = this.real?.nameOf(scale, unit);
              if (!named) return undefined;
              const district =
                scale === 'quarter'
                  ? this.real?.nameOf(
                      'district',
                      this.real.unitsAt('district', this.view?.units ?? {})?.[unit] ?? -1,
                    )
                  : undefined;
              return { ...named, within: district?.name };
            }
          : undefined,
      );
      this.canvas.dataset['realAreas'] = String(this.real?.count ?? 0);
      if (info) this.scaleBar.metresPerCell = info.cellSize;
      this.drawLegend();
    }
    if (attribution !== this.sources) {
      this.sources = attribution;
      this.drawLegend();
    }
  }

  /** Metres per raster cell for the scale bar, or undefined to count cells. */
  setMetresPerCell(metres: number | undefined): void {
    this.scaleBar.metresPerCell = metres;
    this.drawLegend();
  }

  /** Forget borders, pins, zoom and counts of the previous run. */
  reset(): void {
    this.borderCache.clear();
    this.outline = undefined;
    this.pinned = undefined;
    this.hovered = undefined;
    this.view = undefined;
    this.range = undefined;
    this.counts = undefined;
    this.local = undefined;
    this.countsRequest++;
    this.viewport.reset();
    this.dots.forget();
    this.profile.reset();
    this.ctx.fillStyle = EMPTY_COLOUR;
    this.ctx.fillRect(0, 0, this.canvas.width, this.canvas.height);
  }

  private showProfile(): void {
    const focus = this.pinned ?? this.hovered;
    const scale = this.focusScale();
    this.profile.show(this.view, focus, scale, focus ? this.measureOf(scale, focus.unit) : undefined);
  }

  /** The scale whose units the pointer picks: the borders shown, or a choropleth's areas. */
  private focusScale(): string {
    if (this.borders) return this.borders;
    if (isChoropleth(this.layer) && this.view?.units[this.areaScale]) return this.areaScale;
    // A real city's areas are always drawn, and the pointer shows the area it is on.
    return this.real && this.view?.units['quarter'] ? 'quarter' : '';
  }

  /** The layer menu: per-area measures first (when the run counts areas), then the cells' layers. */
  private syncLayers(view: MapView): void {
    const layers = Object.keys(view.layers);
    const cellOptions = layers.map((l) => ({ value: l, label: tMaybe(`layer_${l}`) }));
    const areaOptions = choroplethOptions(this.counts, view);
    const all = [...areaOptions, ...cellOptions].map((o) => o.value);
    // Until the user picks a layer, the default follows what the run offers (areas once counted).
    const waiting = isChoropleth(this.layer) && !this.counts;
    if (!this.layerChosen || (!all.includes(this.layer) && !waiting))
      this.layer = defaultChoropleth(this.counts) ?? layers[0] ?? '';
    if (areaOptions.length > 0)
      setGroupedOptions(
        this.layerSelect,
        [
          { label: `${t('mapAreasGroup')}: ${scaleName(this.areaScale)}`, options: areaOptions },
          { label: t('mapCells'), options: cellOptions },
        ],
        this.layer,
      );
    else setOptions(this.layerSelect, cellOptions, this.layer);
    this.scaleLabel.hidden = areaOptions.length === 0 || !isChoropleth(this.layer);
  }

  /** After a new layer was picked: fetch what it needs, or draw at once. */
  private layerChanged(): void {
    const view = this.view;
    if (view) this.syncLayers(view);
    if (view && isChoropleth(this.layer) && this.fetchArea(view)) return;
    this.redraw();
  }

  update(view: MapView): void {
    const scales = Object.keys(view.units);
    const first = !this.view;
    if (first || Object.keys(view.layers).join() !== Object.keys(this.view!.layers).join())
      this.syncLayers(view);
    if (first || scales.join() !== Object.keys(this.view!.units).join()) {
      if (this.borders && !scales.includes(this.borders)) this.borders = '';
      if (!scales.includes(this.areaScale))
        this.areaScale = scales.includes(CHOROPLETH_SCALE) ? CHOROPLETH_SCALE : (scales[0] ?? '');
      setOptions(
        this.borderSelect,
        [{ value: '', label: t('none') }, ...scales.map((s) => ({ value: s, label: scaleName(s) }))],
        this.borders,
      );
      setOptions(
        this.scaleSelect,
        scales.map((s) => ({ value: s, label: scaleName(s) })),
        this.areaScale,
      );
    }
    this.view = view;
    // A choropleth is drawn once its areas' values for this view have come (one paint per view).
    // They are asked for with every view while a choropleth shows, else once (for the menu).
    const fetching = (isChoropleth(this.layer) || !this.counts) && this.fetchArea(view);
    if (!(fetching && isChoropleth(this.layer))) this.redraw();
    if (this.pinned || this.hovered) this.showProfile();
  }

  /**
   * Ask the run for the areas' counts (and the local scores a local-score layer shows) of this
   * view; redraw when they come (newest request only).
   */
  private fetchArea(view: MapView): boolean {
    const scale = this.areaScale;
    if (!this.unitCounts || !view.units[scale]) return false;
    const request = ++this.countsRequest;
    const wantLocal = localDimension(this.layer);
    void (async () => {
      const c = await this.unitCounts!(scale);
      const dim = wantLocal !== undefined ? c?.dimensions[wantLocal]?.dimension : undefined;
      const local = dim && this.localScores ? await this.localScores(dim, scale) : undefined;
      if (request !== this.countsRequest || this.view !== view) return;
      if (c) {
        const had = this.counts !== undefined;
        this.counts = c;
        if (!had) this.syncLayers(view);
      }
      this.local = local && dim ? { key: `${dim}:${scale}`, values: local } : undefined;
      if (isChoropleth(this.layer)) this.redraw();
    })();
    return true;
  }

  /** The per-area values of a choropleth layer, spread over the raster as a continuous layer. */
  private choropleth(view: MapView): MapLayer | undefined {
    const units = view.units[this.areaScale];
    const mean = meanOf(this.layer);
    const meanLayer = mean !== undefined ? view.layers[mean] : undefined;
    const values =
      this.counts && units
        ? meanLayer
          ? areaMeans(meanLayer, units, this.counts.units)
          : choroplethValues(this.layer, this.counts, this.local?.values)
        : undefined;
    if (!values || !units) return undefined;
    this.quarterValues = values;
    this.canvas.dataset['quarterValues'] = JSON.stringify(
      Array.from(values, (v) => (Number.isFinite(v) ? v : null)),
    );
    this.canvas.dataset['areaScale'] = this.areaScale;
    return choroplethLayer(this.layer, values, units, view);
  }

  /** What the map shows now, for the exported picture's heading. */
  title(): string {
    const option = this.layerSelect.selectedOptions[0]?.textContent ?? this.layer;
    const group = isChoropleth(this.layer) ? `${scaleName(this.areaScale)}: ` : '';
    return `${group}${option}`;
  }

  /** Draws the legend on an exported picture at (x, y); returns the y below it. */
  legendPainter(): LegendPainter {
    const paint = legendPainter(this.drawn, this.range, this.colourScale, this.categoryNames);
    const note = this.legendNote.textContent ?? '';
    const dots = this.dots.labels(this.frame);
    return (ctx, x, y, width) => {
      let below = paint(ctx, x, y, width);
      if (dots) {
        // The dots' categories, as on the page.
        ctx.font = '13px system-ui, sans-serif';
        ctx.fillStyle = '#222';
        const title = `${t('mapDots')}:`;
        ctx.fillText(title, x, below + 10);
        let cx = x + ctx.measureText(title).width + 10;
        dots.forEach((label, i) => {
          const text = categoryText(label);
          ctx.beginPath();
          ctx.arc(cx + 6, below + 10, 6, 0, 2 * Math.PI);
          ctx.fillStyle = categoryColour(i);
          ctx.fill();
          ctx.fillStyle = '#222';
          ctx.fillText(text, cx + 16, below + 10);
          cx += 28 + ctx.measureText(text).width;
        });
        below += 24;
      }
      ctx.font = '12px system-ui, sans-serif';
      ctx.fillStyle = '#444';
      for (const text of [note, this.attribution.hidden ? '' : (this.attribution.textContent ?? '')]) {
        for (const line of wrapText(ctx, text, width)) {
          ctx.fillText(line, x, below + 8, width);
          below += 16;
        }
        if (text) below += 4;
      }
      return below;
    };
  }

  /** The layer drawn now: a choropleth built from the counts, or a layer of the view. */
  private currentLayer(): MapLayer | undefined {
    const view = this.view;
    if (!view) return undefined;
    return isChoropleth(this.layer) ? this.choropleth(view) : view.layers[this.layer];
  }

  /**
   * Name categories (e.g. `type 2` -> `type 2: many migrants, low incomes`) in the legend and the
   * profile, with a sentence each that explains the name (shown below the legend).
   */
  nameCategories(names: Map<string, string>, explanations: Map<string, string> = new Map()): void {
    const same =
      names.size === this.categoryNames.size &&
      [...names].every(([k, v]) => this.categoryNames.get(k) === v) &&
      [...explanations].every(([k, v]) => this.categoryExplanations.get(k) === v);
    if (same) return;
    this.categoryNames = names;
    this.categoryExplanations = explanations;
    this.profile.nameCategories(names, explanations);
    this.drawLegend();
  }

  /** Choose the layer to colour by (teaching mode picks it). */
  setLayer(layer: string): void {
    this.layer = layer;
    this.layerChosen = true;
    this.layerSelect.value = layer;
    this.range = undefined;
    this.layerChanged();
  }

  private fitCanvas(cssWidth: number, cssHeight: number): void {
    const ratio = window.devicePixelRatio || 1;
    const w = Math.max(50, Math.round(cssWidth * ratio));
    const h = Math.max(50, Math.round(cssHeight * ratio));
    if (w === this.canvas.width && h === this.canvas.height) return;
    this.canvas.width = w;
    this.canvas.height = h;
    this.redraw();
  }

  /** Square cells, centred at zoom 1: raster to canvas scale and offset. */
  private placement(view: MapView): { scale: number; dx: number; dy: number } {
    return this.viewport.placement(this.canvas.width, this.canvas.height, view.width, view.height);
  }

  /** The dimension the dots show: the layer's own (a choropleth's or a cell layer's), else origin. */
  private dotsDimension(view: MapView): string {
    const dim = layerDimension(this.layer);
    if (dim !== undefined && this.counts?.dimensions[dim]) return this.counts.dimensions[dim]!.dimension;
    const cell = view.layers[this.layer];
    if (cell?.kind === 'category' && this.counts?.dimensions.some((d) => d.dimension === this.layer))
      return this.layer;
    return this.counts?.dimensions.some((d) => d.dimension === 'origin')
      ? 'origin'
      : (this.counts?.dimensions[0]?.dimension ?? 'group');
  }

  redraw(): void {
    const view = this.view;
    const ctx = this.ctx;
    if (!view) {
      // No run to show (starting, or refused): an empty map, not the bare canvas's black.
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.fillStyle = EMPTY_COLOUR;
      ctx.fillRect(0, 0, this.canvas.width, this.canvas.height);
      return;
    }
    const started = performance.now();
    const layer = this.currentLayer();
    this.drawn = layer;
    const { scale, dx, dy } = this.placement(view);
    // A choropleth always shows the borders of its areas.
    const borders = this.focusScale();
    const units = borders ? view.units[borders] : undefined;
    const focus = this.pinned ?? this.hovered;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, this.canvas.width, this.canvas.height);
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
    const real = this.real;
    // A real city's choropleth fills its areas' polygons (when each area lies in one unit of the scale).
    const areaUnit = real && isChoropleth(this.layer) ? real.unitsAt(this.areaScale, view.units) : undefined;
    const values = this.quarterValues;
    const polygons = real && areaUnit && layer?.kind === 'continuous' && values ? areaUnit : undefined;
    let filled = 0;
    this.emptyAreas = 0;
    if (real && polygons && values) {
      const r = rangeOf(values);
      this.range = r;
      const lut = SCALES[this.colourScale];
      const span = r.max > r.min ? 255 / (r.max - r.min) : 0;
      ctx.save();
      ctx.setTransform(scale, 0, 0, scale, dx, dy);
      this.emptyAreas = 0;
      filled = real.fill(ctx, (a) => {
        const v = values[polygons[a]!]!;
        if (Number.isFinite(v)) return lutCss(lut, (v - r.min) * span);
        this.emptyAreas++;
        return EMPTY_COLOUR;
      });
      ctx.restore();
    } else {
      if (layer)
        this.range = paintLayer(
          layer,
          pixels,
          this.colourScale,
          undefined,
          sampled ? this.sampling : undefined,
        );
      if (sampled && !real) ctx.putImageData(this.image, Math.round(dx), Math.round(dy));
      else {
        if (this.raster.width !== w || this.raster.height !== h) {
          this.raster.width = w;
          this.raster.height = h;
        }
        this.rasterCtx.putImageData(this.image, 0, 0);
        ctx.save();
        if (real) {
          // Nothing outside the city: the raster's cells there belong to no area.
          ctx.setTransform(scale, 0, 0, scale, dx, dy);
          ctx.clip(real.city);
          ctx.setTransform(1, 0, 0, 1, 0, 0);
        }
        ctx.imageSmoothingEnabled = false;
        ctx.drawImage(this.raster, dx, dy, view.width * scale, view.height * scale);
        ctx.restore();
      }
    }
    const frame = frameOf(
      view,
      scale,
      dx,
      dy,
      this.canvas.width,
      this.canvas.height,
      window.devicePixelRatio || 1,
    );
    this.frame = frame;
    this.dots.dimension = this.dotsDimension(view);
    // Dots go under the borders, so the areas' outlines stay visible.
    this.dots.changed(frame);
    this.paintOverlay(this.dots, frame);
    if (real) {
      // The areas' outlines, thin; the scale's own borders on top when it is coarser.
      ctx.save();
      ctx.setTransform(scale, 0, 0, scale, dx, dy);
      real.stroke(ctx, 'rgba(30, 30, 30, 0.55)', Math.max(0.6, Math.min(1.5, scale / 8)) / scale);
      ctx.restore();
    }
    this.canvas.dataset['areasFilled'] = String(filled);
    if (units && !(real && borders === 'quarter')) {
      const key = `${borders}:${view.width}x${view.height}`;
      let path = this.borderCache.get(key);
      if (!path) {
        path = bordersPath(borderSegments(units, view.width, view.height));
        this.borderCache.set(key, path);
      }
      ctx.save();
      ctx.setTransform(scale, 0, 0, scale, dx, dy);
      // A real city's raster units also cover the cells around it: their borders only inside.
      if (real) ctx.clip(real.city);
      ctx.strokeStyle = 'rgba(20, 20, 20, 0.75)';
      ctx.lineWidth = Math.max(1, Math.min(3, scale / 4)) / scale;
      ctx.stroke(path);
      ctx.restore();
    }
    const focusPath = real && borders === 'quarter' && focus ? real.path(focus.unit) : undefined;
    if (focusPath) {
      ctx.save();
      ctx.setTransform(scale, 0, 0, scale, dx, dy);
      ctx.strokeStyle = '#d55e00';
      ctx.lineWidth = 3 / scale;
      ctx.stroke(focusPath);
      ctx.restore();
    } else if (focus && units) {
      // The unit in the profile, outlined on top of the borders.
      const key = `${borders}:${view.width}x${view.height}:${focus.unit}`;
      if (this.outline?.key !== key)
        this.outline = { key, path: bordersPath(borderSegments(units, view.width, view.height, focus.unit)) };
      const outline = this.outline.path;
      ctx.save();
      ctx.setTransform(scale, 0, 0, scale, dx, dy);
      if (real) ctx.clip(real.city);
      ctx.strokeStyle = '#d55e00';
      ctx.lineWidth = 3 / scale;
      ctx.stroke(outline);
      ctx.restore();
    } else if (focus) this.outlineCell(focus.cell, view);
    for (const o of this.overlays) {
      if (o === this.dots) continue;
      o.changed?.(frame);
      this.paintOverlay(o, frame);
    }
    this.lastDrawMs = performance.now() - started;
    this.canvas.dataset['drawMs'] = this.lastDrawMs.toFixed(2);
    this.canvas.dataset['tick'] = String(view.tick);
    this.canvas.dataset['zoom'] = this.viewport.zoom.toFixed(3);
    this.canvas.dataset['dots'] = String(this.dots.drawn);
    this.canvas.dataset['window'] = `${frame.x0},${frame.y0},${frame.x1},${frame.y1}`;
    if (this.scaleBar.last) this.canvas.dataset['scaleBar'] = this.scaleBar.last.label;
    this.drawLegend();
  }

  private paintOverlay(o: MapOverlay, frame: Frame): void {
    this.ctx.save();
    this.ctx.setTransform(1, 0, 0, 1, 0, 0);
    o.paint(this.ctx, frame);
    this.ctx.restore();
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
    const nodes = legendNodes(this.drawn, this.range, this.colourScale, this.categoryNames);
    const dotLabels = this.dots.labels(this.frame);
    if (this.emptyAreas > 0) {
      const swatch = el('span', { class: 'swatch' });
      swatch.style.background = EMPTY_COLOUR;
      nodes.push(el('span', { class: 'legend-item' }, swatch, t('empty')));
    }
    if (dotLabels) {
      nodes.push(el('span', { class: 'legend-dots-title' }, `${t('mapDots')}:`));
      dotLabels.forEach((label, i) => {
        const swatch = el('span', { class: 'swatch dot' });
        swatch.style.background = categoryColour(i);
        nodes.push(el('span', { class: 'legend-item' }, swatch, categoryText(label)));
      });
    }
    this.legend.replaceChildren(...nodes);
    const notes: string[] = [];
    if (localDimension(this.layer) !== undefined) notes.push(t('mapLocalScoreNote'));
    if (this.realInfo) {
      notes.push(t('mapScaleNoteReal').replace('{m}', String(this.realInfo.cellSize)));
      if (this.realInfo.scale > 1)
        notes.push(t('mapPopulationScale').replace('{n}', String(this.realInfo.scale)));
    } else if (this.scaleBar.metresPerCell !== undefined)
      notes.push(t('mapScaleNote').replace('{m}', String(this.scaleBar.metresPerCell)));
    if (!dotLabels && this.view && this.dots.available) notes.push(t('mapZoomNote'));
    this.legendNote.textContent = notes.join(' ');
    this.attribution.textContent = this.sources ? `${t('mapSources')}: ${this.sources}` : '';
    this.attribution.hidden = !this.sources;
    const labels = this.drawn?.kind === 'category' ? (this.drawn.labels ?? []) : [];
    this.explanations.replaceChildren(
      ...labels.flatMap((l) => {
        const why = this.categoryExplanations.get(l);
        return why ? [el('li', {}, why)] : [];
      }),
    );
  }

  private pointAt(px: number, py: number, click: boolean): void {
    const view = this.view;
    if (!view) return;
    const { scale, dx, dy } = this.placement(view);
    const x = Math.floor((px - dx) / scale);
    const y = Math.floor((py - dy) / scale);
    // Off a real city's areas the pointer shows none.
    const offCity = () => {
      if (!click && this.real && this.hovered) {
        this.hovered = undefined;
        this.showProfile();
        this.redraw();
      }
    };
    if (x < 0 || y < 0 || x >= view.width || y >= view.height) {
      offCity();
      return;
    }
    const cell = y * view.width + x;
    const focusScale = this.focusScale();
    const units = focusScale ? view.units[focusScale] : undefined;
    let unit = units ? units[cell]! : cell;
    if (this.real && units) {
      // The polygon under the pointer, not the raster cell's area (they differ along the edges).
      const area = this.real.hit((px - dx) / scale, (py - dy) / scale);
      if (area < 0) {
        offCity();
        return;
      }
      const coarser = this.real.unitsAt(focusScale, view.units);
      unit = focusScale === 'quarter' ? area : coarser ? coarser[area]! : unit;
    }
    const target = { unit, cell };
    if (click) {
      this.pinned = this.pinned?.unit === target.unit ? undefined : target;
      this.redraw();
    } else if (this.hovered?.unit === target.unit) return;
    else {
      this.hovered = target;
      // A real city's area is outlined as the pointer enters it (a quick redraw of polygons).
      if (this.real) this.redraw();
    }
    this.showProfile();
  }

  /** The choropleth's value of a unit, as the profile shows it ("share of ... : 12.3 %"). */
  private measureOf(scale: string, unit: number): string | undefined {
    const values = this.quarterValues;
    if (!isChoropleth(this.layer) || scale !== this.areaScale || !values || !(unit < values.length))
      return undefined;
    const v = values[unit]!;
    const option = this.layerSelect.selectedOptions[0]?.textContent ?? this.layer;
    const unitName = choroplethUnit(this.layer, this.view);
    const text =
      unitName === 'share' && meanOf(this.layer) === undefined
        ? `${formatNumber(v * 100, 1)} %`
        : `${formatNumber(v, Math.abs(v) >= 100 ? 0 : 3)}${unitName && unitName !== 'LQ' ? ` ${unitText(unitName)}` : ''}`;
    return `${option}: ${text}`;
  }
}

/** Lines of at most `width` pixels in the context's font, broken between words. */
function wrapText(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** A container scale's name in the page's language (`quarter` -> `Quartiere`; `block5` as written). */
function scaleName(scale: string): string {
  const key = `scale_${scale}`;
  const text = tMaybe(key);
  return text === key ? scale : text;
}
