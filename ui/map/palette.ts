/**
 * Colour-blind-safe colours for the map. Categories use the Okabe-Ito set; continuous layers use
 * viridis or cividis, built as 256-entry lookup tables from a few anchor colours of each scale.
 * Colours are packed as little-endian RGBA words, ready to write into an ImageData's Uint32 view.
 */

/** Okabe & Ito (2008), in an order that keeps the first groups far apart. */
export const OKABE_ITO = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
];

/** Colour of an empty cell (vacant dwelling, no building). */
export const EMPTY_COLOUR = '#f2f2ee';

const VIRIDIS_ANCHORS = [
  '#440154',
  '#482878',
  '#3e4989',
  '#31688e',
  '#26828e',
  '#1f9e89',
  '#35b779',
  '#6ece58',
  '#fde725',
];
const CIVIDIS_ANCHORS = [
  '#00224e',
  '#123570',
  '#3b496c',
  '#575d6d',
  '#707173',
  '#8a8779',
  '#a69d75',
  '#c4b56c',
  '#e4cf5b',
  '#fee838',
];

export type Scale = 'viridis' | 'cividis';

export function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function packRgba(r: number, g: number, b: number, a = 255): number {
  return ((a << 24) | (b << 16) | (g << 8) | r) >>> 0;
}

function lut(anchors: readonly string[]): Uint32Array {
  const rgb = anchors.map(hexToRgb);
  const out = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    const pos = (i / 255) * (rgb.length - 1);
    const k = Math.min(Math.floor(pos), rgb.length - 2);
    const f = pos - k;
    const a = rgb[k]!;
    const b = rgb[k + 1]!;
    out[i] = packRgba(
      Math.round(a[0] + (b[0] - a[0]) * f),
      Math.round(a[1] + (b[1] - a[1]) * f),
      Math.round(a[2] + (b[2] - a[2]) * f),
    );
  }
  return out;
}

export const SCALES: Record<Scale, Uint32Array> = {
  viridis: lut(VIRIDIS_ANCHORS),
  cividis: lut(CIVIDIS_ANCHORS),
};

/** CSS colour of a lookup-table entry, for legends. */
export function lutCss(table: Uint32Array, i: number): string {
  const v = table[Math.max(0, Math.min(255, Math.round(i)))]!;
  return `rgb(${v & 255}, ${(v >> 8) & 255}, ${(v >> 16) & 255})`;
}

/** Packed colours for category layers: index i is category i, 255 is empty. */
export function categoryLut(count: number): Uint32Array {
  const out = new Uint32Array(256).fill(packRgba(...hexToRgb(EMPTY_COLOUR)));
  for (let i = 0; i < Math.min(count, 255); i++) out[i] = packRgba(...hexToRgb(categoryColour(i)));
  return out;
}

/** Okabe-Ito first, then lighter and darker shades of it for more than eight categories. */
export function categoryColour(i: number): string {
  const base = OKABE_ITO[i % OKABE_ITO.length]!;
  const round = Math.floor(i / OKABE_ITO.length);
  if (round === 0) return base;
  const [r, g, b] = hexToRgb(base);
  const f = round % 2 === 1 ? 0.45 : -0.35;
  const mix = (c: number) => Math.round(f > 0 ? c + (255 - c) * f : c * (1 + f));
  return `#${[mix(r), mix(g), mix(b)].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}
