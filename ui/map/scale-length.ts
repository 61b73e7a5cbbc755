/**
 * The scale bar's arithmetic, pure (tested in Node): the assumed width of a synthetic city's cell
 * (why 50 m: see scale-bar.ts), a round bar length, and its label.
 */

/** Assumed width of one raster cell of the synthetic city, in metres (a display assumption). */
export const CITY_CELL_METRES = 50;

/** The longest 1, 2 or 5 times a power of ten that is at most `max`. */
export function niceLength(max: number): number {
  if (!(max > 0)) return 0;
  const p = 10 ** Math.floor(Math.log10(max));
  for (const m of [5, 2, 1]) if (m * p <= max) return m * p;
  return p;
}

/** "500 m", "2 km", or "10 cells" (in the page's words) for a bar of `cells` raster cells. */
export function scaleLabel(
  length: number,
  metresPerCell: number | undefined,
  cells: (n: number) => string = (n) => `${n} cells`,
): string {
  if (metresPerCell === undefined) return cells(length);
  return length >= 1000 ? `${length / 1000} km` : `${length} m`;
}
