/**
 * The city map's choropleth: areas (blocks, quarters or districts) coloured by a group's share or
 * location quotient among their households (counted exactly by the run, sim/measures/unit-counts.ts),
 * by each area's local segregation score along a dimension (computed by the run,
 * sim/measures/quotients.ts `localScoreTable`), or by the mean over its cells of a continuous map
 * layer (rent, vacancy, ...). Its layer names (`a:share:DIMENSION:CATEGORY`, `a:lq:...`,
 * `a:local:DIMENSION`, `a:mean:LAYER`, the scale chosen apart), the menu entries, the default (the
 * share of the smallest origin group) and the layer itself, spread over the raster as a continuous
 * layer.
 */
import { type UnitCounts, unitQuotientOf, unitShareOf } from '../../sim/measures/unit-counts.ts';
import type { MapLayer, MapView } from '../../sim/view.ts';
import { categoryText, t, tMaybe } from '../i18n/index.ts';

/** The scale the choropleth colours when the run has it and nobody chose another. */
export const CHOROPLETH_SCALE = 'quarter';

const NAME = /^a:(share|lq):(\d+):(\d+)$/;
const LOCAL = /^a:local:(\d+)$/;
const MEAN = /^a:mean:(.+)$/;

/** The cell layer an area-mean layer averages, or undefined for any other layer. */
export function meanOf(layer: string): string | undefined {
  return MEAN.exec(layer)?.[1];
}

export const isChoropleth = (layer: string): boolean => layer.startsWith('a:');

/** The dimension index of a local-score layer, or undefined for any other layer. */
export function localDimension(layer: string): number | undefined {
  const m = LOCAL.exec(layer);
  return m ? Number(m[1]) : undefined;
}

/** The dimension a choropleth layer is about (its index in the counts), or undefined. */
export function layerDimension(layer: string): number | undefined {
  const m = NAME.exec(layer);
  return m ? Number(m[2]) : localDimension(layer);
}

const dimensionText = (name: string) => tMaybe(`layer_${name}`);

/**
 * Menu entries: per dimension its local score, then every category's share and location quotient;
 * then the area means of the view's continuous layers.
 */
export function choroplethOptions(
  c: UnitCounts | undefined,
  view?: MapView,
): { value: string; label: string }[] {
  const out: { value: string; label: string }[] = [];
  c?.dimensions.forEach((d, i) => {
    out.push({ value: `a:local:${i}`, label: `${t('mapLocalScore')} (${dimensionText(d.dimension)})` });
    d.labels.forEach((label, m) => {
      const what = `${categoryText(label)} (${dimensionText(d.dimension)})`;
      out.push({ value: `a:share:${i}:${m}`, label: `${t('mapShareOf')} ${what}` });
      out.push({ value: `a:lq:${i}:${m}`, label: `${t('mapQuotientOf')} ${what}` });
    });
  });
  if (c && view) {
    for (const [name, layer] of Object.entries(view.layers)) {
      if (layer.kind === 'continuous')
        out.push({ value: `a:mean:${name}`, label: t('mapMeanOf').replace('{layer}', dimensionText(name)) });
    }
  }
  return out;
}

/** Each unit's mean of a continuous cell layer over its cells with a value (NaN where none has one). */
export function areaMeans(layer: MapLayer, units: Int32Array, count: number): Float64Array {
  const sum = new Float64Array(count);
  const n = new Float64Array(count);
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const v = layer.values[i]!;
    if (u >= 0 && u < count && Number.isFinite(v)) {
      sum[u] = sum[u]! + v;
      n[u] = n[u]! + 1;
    }
  }
  return sum.map((s, u) => (n[u]! > 0 ? s / n[u]! : Number.NaN));
}

/** The share of the smallest origin group, or undefined without origin counts. */
export function defaultChoropleth(c: UnitCounts | undefined): string | undefined {
  const origin = c?.dimensions.findIndex((d) => d.dimension === 'origin') ?? -1;
  if (!c || origin < 0) return undefined;
  const city = c.dimensions[origin]!.city;
  return `a:share:${origin}:${city.indexOf(Math.min(...city))}`;
}

/**
 * The values of each area for a choropleth layer name (undefined for another name, or for a local
 * score not yet fetched: `local` holds the run's scores of the layer's dimension).
 */
export function choroplethValues(
  layer: string,
  c: UnitCounts,
  local?: Float64Array,
): Float64Array | undefined {
  if (localDimension(layer) !== undefined) return local;
  const m = NAME.exec(layer);
  if (!m) return undefined;
  const dim = Number(m[2]);
  const cat = Number(m[3]);
  if (!c.dimensions[dim]) return undefined;
  return m[1] === 'share' ? unitShareOf(c, dim, cat) : unitQuotientOf(c, dim, cat);
}

/** The unit of a choropleth layer's values. */
export function choroplethUnit(layer: string, view?: MapView): string {
  const mean = meanOf(layer);
  if (mean !== undefined) return view?.layers[mean]?.unit ?? '';
  if (layer.startsWith('a:share')) return 'share';
  if (layer.startsWith('a:lq')) return 'LQ';
  return 'nats';
}

/** Area values spread over the raster cells (NaN where no area is). */
export function choroplethLayer(
  layer: string,
  values: Float64Array,
  units: Int32Array,
  view?: MapView,
): MapLayer {
  const cells = new Float32Array(units.length);
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    cells[i] = u >= 0 ? values[u]! : Number.NaN;
  }
  return { kind: 'continuous', values: cells, unit: choroplethUnit(layer, view) };
}
