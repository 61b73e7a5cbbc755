/**
 * The map's legend, on the page and on an exported picture: category swatches (with names the page
 * knows better than the model's labels, e.g. quarter types from their profile) or a colour bar from
 * the lowest to the highest value with its unit.
 */
import type { MapLayer } from '../../sim/view.ts';
import { el } from '../app/dom.ts';
import { categoryText, formatNumber, t, unitText } from '../i18n/index.ts';
import { categoryColour, EMPTY_COLOUR, lutCss, SCALES, type Scale } from './palette.ts';
import type { ValueRange } from './render.ts';

export type LegendPainter = (ctx: CanvasRenderingContext2D, x: number, y: number, width: number) => number;

/** Few digits for large values (rents), more for shares. */
export function legendNumber(x: number): string {
  const size = Math.abs(x);
  return formatNumber(x, size >= 100 ? 0 : size >= 1 ? 2 : 3);
}

function entries(layer: MapLayer, names: ReadonlyMap<string, string>): [string, string][] {
  return [
    ...(layer.labels ?? []).map((l, i): [string, string] => [
      categoryColour(i),
      names.get(l) ?? categoryText(l),
    ]),
    [EMPTY_COLOUR, t('empty')],
  ];
}

const upper = (r: ValueRange, layer: MapLayer) =>
  `${legendNumber(r.max)}${layer.unit ? ` ${unitText(layer.unit)}` : ''}`;

/** The legend's elements for the page. */
export function legendNodes(
  layer: MapLayer | undefined,
  range: ValueRange | undefined,
  scale: Scale,
  names: ReadonlyMap<string, string>,
): HTMLElement[] {
  if (!layer) return [];
  if (layer.kind === 'category')
    return entries(layer, names).map(([colour, label]) => {
      const swatch = el('span', { class: 'swatch' });
      swatch.style.background = colour;
      return el('span', { class: 'legend-item' }, swatch, label);
    });
  const r = range ?? { min: 0, max: 1 };
  const bar = el('div', { class: 'legend-bar' });
  const lut = SCALES[scale];
  bar.style.background = `linear-gradient(to right, ${[0, 64, 128, 192, 255].map((i) => lutCss(lut, i)).join(', ')})`;
  return [el('span', {}, legendNumber(r.min)), bar, el('span', {}, upper(r, layer))];
}

/** Draws the same legend on an exported picture at (x, y); returns the y below it. */
export function legendPainter(
  layer: MapLayer | undefined,
  range: ValueRange | undefined,
  scale: Scale,
  names: ReadonlyMap<string, string>,
): LegendPainter {
  return (ctx, x, y, width) => {
    ctx.font = '13px system-ui, sans-serif';
    ctx.textBaseline = 'middle';
    if (!layer) return y;
    if (layer.kind === 'category') {
      let cx = x;
      for (const [colour, label] of entries(layer, names)) {
        ctx.fillStyle = colour;
        ctx.fillRect(cx, y + 6, 14, 14);
        ctx.fillStyle = '#222';
        ctx.fillText(label, cx + 18, y + 13);
        cx += 26 + ctx.measureText(label).width;
      }
      return y + 28;
    }
    const r = range ?? { min: 0, max: 1 };
    const lut = SCALES[scale];
    const barX = x + 70;
    const barW = Math.min(320, width - 220);
    for (let i = 0; i < barW; i++) {
      ctx.fillStyle = lutCss(lut, (i / barW) * 255);
      ctx.fillRect(barX + i, y + 6, 1, 14);
    }
    ctx.fillStyle = '#222';
    ctx.fillText(legendNumber(r.min), x, y + 13);
    ctx.fillText(upper(r, layer), barX + barW + 8, y + 13);
    return y + 28;
  };
}
