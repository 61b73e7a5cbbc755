/**
 * A real city's areas on the map: one path per area from its boundaries (already on the raster,
 * sim/city/real/outlines.ts), filled with a choropleth's colours, stroked as outlines, used as the
 * clip of the raster (so nothing is painted outside the city) and to find the area under the
 * pointer. Paths are in raster cells; the caller's transform places them on the canvas.
 */
import type { AreaOutlines } from '../../sim/city/real/outlines.ts';
import type { RealAreas } from '../worker/sim.worker.ts';

export class RealAreaLayer {
  readonly count: number;
  private readonly paths: Path2D[] = [];
  /** All areas in one path: the city's outline for the raster's clip. */
  readonly city = new Path2D();
  /** Bounding box of each area: min x, min y, max x, max y. */
  private readonly boxes: Float32Array;
  /** A context of its own for hit tests (identity transform, never drawn). */
  private readonly probe = document.createElement('canvas').getContext('2d')!;
  /** The unit of each area at each coarser scale (undefined where an area is cut by the scale's units). */
  private readonly unitOf = new Map<string, Int32Array | undefined>();

  constructor(
    readonly info: RealAreas,
    outlines: AreaOutlines,
  ) {
    const { coords, ringStart, areaRing } = outlines;
    this.count = areaRing.length - 1;
    this.boxes = new Float32Array(this.count * 4);
    for (let a = 0; a < this.count; a++) {
      const path = new Path2D();
      let x0 = Number.POSITIVE_INFINITY;
      let y0 = Number.POSITIVE_INFINITY;
      let x1 = Number.NEGATIVE_INFINITY;
      let y1 = Number.NEGATIVE_INFINITY;
      for (let r = areaRing[a]!; r < areaRing[a + 1]!; r++) {
        for (let p = ringStart[r]!; p < ringStart[r + 1]!; p++) {
          const x = coords[2 * p]!;
          const y = coords[2 * p + 1]!;
          if (p === ringStart[r]) path.moveTo(x, y);
          else path.lineTo(x, y);
          x0 = Math.min(x0, x);
          y0 = Math.min(y0, y);
          x1 = Math.max(x1, x);
          y1 = Math.max(y1, y);
        }
        path.closePath();
      }
      this.paths.push(path);
      this.city.addPath(path);
      this.boxes.set([x0, y0, x1, y1], 4 * a);
    }
  }

  /** The area whose polygon holds raster point (x, y), or -1 outside the city. */
  hit(x: number, y: number): number {
    const b = this.boxes;
    for (let a = 0; a < this.count; a++) {
      if (x < b[4 * a]! || y < b[4 * a + 1]! || x > b[4 * a + 2]! || y > b[4 * a + 3]!) continue;
      if (this.probe.isPointInPath(this.paths[a]!, x, y, 'evenodd')) return a;
    }
    return -1;
  }

  path(area: number): Path2D | undefined {
    return this.paths[area];
  }

  /** Fill every area with its colour (undefined: left as it is); the context is in raster cells. */
  fill(ctx: CanvasRenderingContext2D, colourOf: (area: number) => string | undefined): number {
    let filled = 0;
    for (let a = 0; a < this.count; a++) {
      const c = colourOf(a);
      if (c === undefined) continue;
      ctx.fillStyle = c;
      ctx.fill(this.paths[a]!, 'evenodd');
      filled++;
    }
    return filled;
  }

  /** Stroke every area's outline; the context is in raster cells, the width given in them. */
  stroke(ctx: CanvasRenderingContext2D, colour: string, width: number): void {
    ctx.strokeStyle = colour;
    ctx.lineWidth = width;
    ctx.lineJoin = 'round';
    for (const p of this.paths) ctx.stroke(p);
  }

  /**
   * The unit of each area at `scale`, read from the raster's units (`quarter` is the areas
   * themselves); undefined when some area's cells lie in more than one unit (blocks).
   */
  unitsAt(scale: string, units: Record<string, Int32Array>): Int32Array | undefined {
    if (this.unitOf.has(scale)) return this.unitOf.get(scale);
    const areaOfCell = units['quarter'];
    const unitOfCell = units[scale];
    let out: Int32Array | undefined;
    if (areaOfCell && unitOfCell) {
      out = new Int32Array(this.count).fill(-1);
      for (let i = 0; i < areaOfCell.length; i++) {
        const a = areaOfCell[i]!;
        if (a < 0 || a >= this.count) continue;
        const u = unitOfCell[i]!;
        if (out[a] === -1) out[a] = u;
        else if (out[a] !== u) {
          out = undefined;
          break;
        }
      }
    }
    this.unitOf.set(scale, out);
    return out;
  }

  /** The name of unit `unit` at `scale` and its id, as the city file gives them. */
  nameOf(scale: string, unit: number): { id: string; name: string } | undefined {
    const ids = this.info.unitIds[scale];
    const names = this.info.unitNames[scale];
    if (!ids || !names || unit < 0 || unit >= ids.length) return undefined;
    return { id: ids[unit]!, name: names[unit] ?? '' };
  }
}
