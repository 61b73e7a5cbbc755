/**
 * What the map draws on top of its raster, as layers with one small interface: each gets the frame
 * (how raster cells map onto the canvas, and which cells are visible) and paints itself. The
 * household dots and the scale bar are overlays; a layer of polygons in raster coordinates (e.g. a
 * real city's areas from GeoJSON) would be one more, added with MapPanel.addOverlay.
 */
import type { MapView } from '../../sim/view.ts';

export interface Frame {
  readonly view: MapView;
  /** Canvas pixels per raster cell, and the canvas position of the raster's corner. */
  readonly scale: number;
  readonly dx: number;
  readonly dy: number;
  /** Canvas size in its own pixels, and canvas pixels per CSS pixel. */
  readonly width: number;
  readonly height: number;
  readonly ratio: number;
  /** Visible raster cells: x0 <= x < x1, y0 <= y < y1 (clipped to the raster). */
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export interface MapOverlay {
  readonly id: string;
  /** Paint on the canvas; the context's transform is the identity, the caller restores it afterwards. */
  paint(ctx: CanvasRenderingContext2D, frame: Frame): void;
  /** Called after the view or the visible cells changed (e.g. to fetch what to draw). */
  changed?(frame: Frame): void;
}

/** The frame of a raster placed at (dx, dy) with `scale` canvas pixels per cell. */
export function frameOf(
  view: MapView,
  scale: number,
  dx: number,
  dy: number,
  width: number,
  height: number,
  ratio: number,
): Frame {
  const clip = (v: number, n: number) => Math.max(0, Math.min(n, v));
  return {
    view,
    scale,
    dx,
    dy,
    width,
    height,
    ratio,
    x0: clip(Math.floor(-dx / scale), view.width),
    y0: clip(Math.floor(-dy / scale), view.height),
    x1: clip(Math.ceil((width - dx) / scale), view.width),
    y1: clip(Math.ceil((height - dy) / scale), view.height),
  };
}
