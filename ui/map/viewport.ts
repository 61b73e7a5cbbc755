/**
 * Zoom and pan of the map: a zoom factor over the fitted picture and the raster point at the
 * canvas centre. The wheel zooms about the pointer, the buttons about the centre, dragging pans;
 * the picture is kept on the canvas (the centre cannot leave the raster's visible half-span).
 */

/** Zoom factors: the whole city fitted, up to 40x (a few buildings filling the map). */
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 40;
/** One button press or one wheel notch multiplies the zoom by this. */
export const ZOOM_STEP = 1.5;

export interface Placement {
  readonly scale: number;
  readonly dx: number;
  readonly dy: number;
}

export class Viewport {
  zoom = 1;
  /** Raster coordinates shown at the canvas centre (NaN: the raster's centre). */
  private cx = Number.NaN;
  private cy = Number.NaN;

  reset(): void {
    this.zoom = 1;
    this.cx = Number.NaN;
    this.cy = Number.NaN;
  }

  /** Raster to canvas: pixels per cell and the raster corner's position. */
  placement(canvasW: number, canvasH: number, rasterW: number, rasterH: number): Placement {
    const fit = Math.min(canvasW / rasterW, canvasH / rasterH);
    const scale = fit * this.zoom;
    this.clamp(canvasW, canvasH, rasterW, rasterH, scale);
    return { scale, dx: canvasW / 2 - this.cx * scale, dy: canvasH / 2 - this.cy * scale };
  }

  /** Zoom by `factor` keeping the raster point under canvas point (px, py) where it is. */
  zoomAt(
    factor: number,
    px: number,
    py: number,
    canvasW: number,
    canvasH: number,
    rasterW: number,
    rasterH: number,
  ): void {
    const before = this.placement(canvasW, canvasH, rasterW, rasterH);
    const rx = (px - before.dx) / before.scale;
    const ry = (py - before.dy) / before.scale;
    this.zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, this.zoom * factor));
    const scale = Math.min(canvasW / rasterW, canvasH / rasterH) * this.zoom;
    // Keep (rx, ry) under (px, py): the centre moves with it.
    this.cx = rx - (px - canvasW / 2) / scale;
    this.cy = ry - (py - canvasH / 2) / scale;
    this.clamp(canvasW, canvasH, rasterW, rasterH, scale);
  }

  /** Move the picture by (ddx, ddy) canvas pixels. */
  panBy(ddx: number, ddy: number, scale: number): void {
    this.cx -= ddx / scale;
    this.cy -= ddy / scale;
  }

  private clamp(canvasW: number, canvasH: number, rasterW: number, rasterH: number, scale: number): void {
    if (Number.isNaN(this.cx)) this.cx = rasterW / 2;
    if (Number.isNaN(this.cy)) this.cy = rasterH / 2;
    // Where the raster is narrower than the canvas it stays centred; else its edges stay outside.
    const halfW = canvasW / 2 / scale;
    const halfH = canvasH / 2 / scale;
    this.cx = halfW * 2 >= rasterW ? rasterW / 2 : Math.max(halfW, Math.min(rasterW - halfW, this.cx));
    this.cy = halfH * 2 >= rasterH ? rasterH / 2 : Math.max(halfH, Math.min(rasterH - halfH, this.cy));
  }
}
