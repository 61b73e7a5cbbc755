/**
 * The city map's choropleth: quarters coloured by a group's share or location quotient among their
 * households (counted exactly by the run, sim/measures/unit-counts.ts). Its layer names
 * (`q:share:DIMENSION:CATEGORY`, `q:lq:...`), the menu entries, the default (the share of the
 * smallest origin group) and the layer itself, spread over the raster as a continuous layer.
 */
import { type UnitCounts, unitQuotientOf, unitShareOf } from '../../sim/measures/unit-counts.ts';
import type { MapLayer } from '../../sim/view.ts';
import { categoryText, t, tMaybe } from '../i18n/index.ts';

/** The scale the choropleth colours. */
export const CHOROPLETH_SCALE = 'quarter';

const NAME = /^q:(share|lq):(\d+):(\d+)$/;

export const isChoropleth = (layer: string): boolean => layer.startsWith('q:');

/** Menu entries: for every dimension and category, its share and its location quotient. */
export function choroplethOptions(c: UnitCounts | undefined): { value: string; label: string }[] {
  const out: { value: string; label: string }[] = [];
  c?.dimensions.forEach((d, i) => {
    d.labels.forEach((label, m) => {
      const what = `${categoryText(label)} (${tMaybe(`layer_${d.dimension}`)})`;
      out.push({ value: `q:share:${i}:${m}`, label: `${t('mapShareOf')} ${what}` });
      out.push({ value: `q:lq:${i}:${m}`, label: `${t('mapQuotientOf')} ${what}` });
    });
  });
  return out;
}

/** The share of the smallest origin group, or undefined without origin counts. */
export function defaultChoropleth(c: UnitCounts | undefined): string | undefined {
  const origin = c?.dimensions.findIndex((d) => d.dimension === 'origin') ?? -1;
  if (!c || origin < 0) return undefined;
  const city = c.dimensions[origin]!.city;
  return `q:share:${origin}:${city.indexOf(Math.min(...city))}`;
}

/** The values of each quarter for a choropleth layer name (undefined for another name). */
export function choroplethValues(layer: string, c: UnitCounts): Float64Array | undefined {
  const m = NAME.exec(layer);
  if (!m) return undefined;
  const dim = Number(m[2]);
  const cat = Number(m[3]);
  if (!c.dimensions[dim]) return undefined;
  return m[1] === 'share' ? unitShareOf(c, dim, cat) : unitQuotientOf(c, dim, cat);
}

/** Quarter values spread over the raster cells (NaN where no quarter is). */
export function choroplethLayer(layer: string, values: Float64Array, units: Int32Array): MapLayer {
  const cells = new Float32Array(units.length);
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    cells[i] = u >= 0 ? values[u]! : Number.NaN;
  }
  return { kind: 'continuous', values: cells, unit: layer.startsWith('q:share') ? 'share' : 'LQ' };
}
