/**
 * Households as dots when the map is zoomed in far enough to tell them apart: each building's
 * households side by side in its cell (a square grid of as many places as it has households),
 * coloured by their category along one dimension, over the paler raster. The page asks the run for
 * the households in the visible cells (sim/measures/households-window.ts) after each change.
 */
import type { WindowHouseholds } from '../../sim/measures/households-window.ts';
import type { Frame, MapOverlay } from './overlay.ts';
import { categoryColour } from './palette.ts';

/** Dots are drawn from this many CSS pixels per cell on (about three households across). */
export const DOTS_FROM_CSS_PX = 14;

export type HouseholdSource = (
  dimension: string,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
) => Promise<WindowHouseholds | undefined>;

export class HouseholdDots implements MapOverlay {
  readonly id = 'households';
  /** The dimension the dots are coloured by. */
  dimension = 'origin';
  private data: WindowHouseholds | undefined;
  private request = 0;
  private key = '';
  /** Households drawn in the last paint (for the tests: data-dots on the canvas). */
  drawn = 0;

  constructor(
    private readonly source: HouseholdSource | undefined,
    private readonly repaint: () => void,
  ) {}

  /** Whether the run can be asked for households at all. */
  get available(): boolean {
    return this.source !== undefined;
  }

  /** Whether this frame is zoomed in far enough for dots. */
  shows(f: Frame): boolean {
    return this.source !== undefined && f.scale / f.ratio >= DOTS_FROM_CSS_PX;
  }

  forget(): void {
    this.data = undefined;
    this.key = '';
    this.request++;
  }

  changed(f: Frame): void {
    if (!this.shows(f) || !this.source) return;
    const key = `${this.dimension}:${f.view.tick}:${f.x0},${f.y0},${f.x1},${f.y1}`;
    if (key === this.key) return;
    this.key = key;
    const request = ++this.request;
    void this.source(this.dimension, f.x0, f.y0, f.x1, f.y1).then((d) => {
      if (request !== this.request) return;
      this.data = d;
      this.repaint();
    });
  }

  /** The labels of the categories drawn (for the legend), or undefined without dots. */
  labels(f: Frame | undefined): readonly string[] | undefined {
    return f && this.shows(f) ? this.data?.labels : undefined;
  }

  paint(ctx: CanvasRenderingContext2D, f: Frame): void {
    this.drawn = 0;
    if (!this.shows(f)) return;
    // The raster stays visible underneath, paler, so the dots read first.
    ctx.fillStyle = 'rgba(255, 255, 255, 0.6)';
    ctx.fillRect(0, 0, f.width, f.height);
    const d = this.data;
    if (!d || d.dimension !== this.dimension) return;
    const colours = d.labels.map((_, i) => categoryColour(i));
    const { cells, categories } = d;
    const w = f.view.width;
    let i = 0;
    while (i < cells.length) {
      const c = cells[i]!;
      let j = i;
      while (j < cells.length && cells[j] === c) j++;
      const n = j - i;
      const across = Math.ceil(Math.sqrt(n));
      const step = f.scale / across;
      const radius = Math.max(1, Math.min(step * 0.36, f.scale * 0.3));
      const left = f.dx + (c % w) * f.scale;
      const top = f.dy + Math.floor(c / w) * f.scale;
      for (let k = 0; k < n; k++) {
        const x = left + ((k % across) + 0.5) * step;
        const y = top + (Math.floor(k / across) + 0.5) * step;
        ctx.beginPath();
        ctx.arc(x, y, radius, 0, 2 * Math.PI);
        ctx.fillStyle = colours[categories[i + k]!] ?? '#000';
        ctx.fill();
      }
      this.drawn += n;
      i = j;
    }
  }
}
