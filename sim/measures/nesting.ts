/**
 * Which container scale can be added up from which: quarters from blocks, districts from quarters,
 * when every unit of the finer scale lies within one unit of the coarser. Found once per plan from
 * the cells; adding up a few thousand blocks costs less than adding up every cell again.
 */
import type { ContainerScale } from './inputs.ts';

export interface Aggregation {
  /** Index of the scale in the inputs. */
  readonly scale: number;
  /** The finer scale it is added up from, or -1 for the raster cells. */
  readonly from: number;
  /** Unit of this scale for each row of the source (each cell, or each unit of the finer scale). */
  readonly unitOfRow: Int32Array;
}

/**
 * How to build the compositions of `wanted` scales (indices into `scales`): finest first, each from
 * the finest scale it nests in, or from the cells. Scales needed only as a source are included.
 */
export function aggregationOrder(
  scales: readonly ContainerScale[],
  wanted: readonly number[],
): Aggregation[] {
  const byFineness = scales.map((_, i) => i).sort((a, b) => scales[b]!.units - scales[a]!.units || a - b);
  const sourceOf = new Map<number, { from: number; unitOfRow: Int32Array }>();
  for (const coarse of byFineness) {
    let best: { from: number; unitOfRow: Int32Array } = { from: -1, unitOfRow: scales[coarse]!.unitOfCell };
    for (const fine of byFineness) {
      if (scales[fine]!.units <= scales[coarse]!.units) continue;
      const map = nestedMap(scales[fine]!, scales[coarse]!);
      // The last nesting found is the one with the fewest units (byFineness runs finest first).
      if (map) best = { from: fine, unitOfRow: map };
    }
    sourceOf.set(coarse, best);
  }
  const needed = new Set<number>();
  for (let s of wanted) {
    while (s >= 0 && !needed.has(s)) {
      needed.add(s);
      s = sourceOf.get(s)!.from;
    }
  }
  return byFineness.filter((s) => needed.has(s)).map((s) => ({ scale: s, ...sourceOf.get(s)! }));
}

/** Unit of `coarse` for each unit of `fine`, when each unit of `fine` lies in one unit of `coarse`. */
export function nestedMap(fine: ContainerScale, coarse: ContainerScale): Int32Array | undefined {
  const map = new Int32Array(fine.units).fill(-1);
  const cells = Math.min(fine.unitOfCell.length, coarse.unitOfCell.length);
  for (let c = 0; c < cells; c++) {
    const f = fine.unitOfCell[c]!;
    if (f < 0) continue;
    const u = coarse.unitOfCell[c]!;
    if (u < 0) return undefined;
    if (map[f] === -1) map[f] = u;
    else if (map[f] !== u) return undefined;
  }
  return map;
}
