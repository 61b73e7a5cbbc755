/**
 * The map's scale bar. The synthetic city's model has no distances: a raster cell is one building
 * with its plot (sim/city/params-city.ts), and no parameter says how large. For reading the map we
 * take a cell as CITY_CELL_METRES wide, a display assumption stated in the legend: with it the
 * baseline's 166 x 166 cells are a city of 8.3 x 8.3 km, and its 100,000 dwellings on 23,487 built
 * cells about 17 dwellings per hectare of built land. That is our own rough choice of a plausible
 * size for a German city of some 200,000 inhabitants, not a figure taken from a source, and it
 * changes nothing in the model. The classic grid has cells only: its bar counts cells.
 */
import type { Frame, MapOverlay } from './overlay.ts';
import { CITY_CELL_METRES, niceLength, scaleLabel } from './scale-length.ts';

export { CITY_CELL_METRES };

export class ScaleBar implements MapOverlay {
  readonly id = 'scale-bar';
  /** Metres per cell, or undefined to count cells (the classic grid). */
  metresPerCell: number | undefined = CITY_CELL_METRES;
  /** "10 cells" in the page's language (this file stays free of the page's globals, for tests). */
  cellsText: (n: number) => string = (n) => `${n} cells`;
  /** The last bar drawn, for the tests (length in metres or cells, width in canvas pixels). */
  last: { length: number; pixels: number; label: string } | undefined;

  paint(ctx: CanvasRenderingContext2D, f: Frame): void {
    const unitPerPixel = (this.metresPerCell ?? 1) / f.scale;
    // At most about 140 CSS pixels long.
    const length = niceLength(140 * f.ratio * unitPerPixel);
    if (length <= 0) return;
    const pixels = length / unitPerPixel;
    const label = scaleLabel(length, this.metresPerCell, this.cellsText);
    const r = f.ratio;
    const x = 12 * r;
    const y = f.height - 14 * r;
    ctx.font = `${12 * r}px system-ui, sans-serif`;
    const textW = ctx.measureText(label).width;
    ctx.fillStyle = 'rgba(255, 255, 255, 0.85)';
    ctx.fillRect(x - 6 * r, y - 22 * r, Math.max(pixels, textW) + 12 * r, 30 * r);
    ctx.fillStyle = '#222';
    ctx.fillRect(x, y, pixels, 3 * r);
    ctx.fillRect(x, y - 5 * r, 1.5 * r, 8 * r);
    ctx.fillRect(x + pixels - 1.5 * r, y - 5 * r, 1.5 * r, 8 * r);
    ctx.textBaseline = 'bottom';
    ctx.fillText(label, x, y - 4 * r);
    this.last = { length, pixels, label };
  }
}
