/** The profile of one unit on the map: shares of each category and means of each continuous layer. */
import type { MapView } from '../../sim/view.ts';

export interface LayerProfile {
  readonly layer: string;
  readonly kind: 'category' | 'continuous';
  /** Category layers: count per label (empty cells not counted). */
  readonly counts?: readonly number[];
  readonly labels?: readonly string[];
  /** Continuous layers: mean over cells with a value. */
  readonly mean?: number;
  readonly unit?: string;
}

export interface UnitProfile {
  readonly scale: string;
  readonly unit: number;
  readonly cells: number;
  readonly layers: readonly LayerProfile[];
}

/** Profile of `unit` at `scale`, or of the single cell when the scale is empty. */
export function unitProfile(view: MapView, scale: string, unit: number, cell: number): UnitProfile {
  const units = view.units[scale];
  const member = units ? (i: number) => units[i] === unit : (i: number) => i === cell;
  const n = view.width * view.height;
  const cells: number[] = [];
  if (units) {
    for (let i = 0; i < n; i++) if (member(i)) cells.push(i);
  } else cells.push(cell);
  const layers: LayerProfile[] = [];
  for (const [name, layer] of Object.entries(view.layers)) {
    if (layer.kind === 'category') {
      const labels = layer.labels ?? [];
      const counts = new Array<number>(labels.length).fill(0);
      for (const i of cells) {
        const v = layer.values[i]!;
        if (v < labels.length) counts[v]!++;
      }
      layers.push({ layer: name, kind: 'category', counts, labels });
    } else {
      let sum = 0;
      let k = 0;
      for (const i of cells) {
        const v = layer.values[i]!;
        if (Number.isFinite(v)) {
          sum += v;
          k++;
        }
      }
      layers.push({ layer: name, kind: 'continuous', mean: k > 0 ? sum / k : Number.NaN, unit: layer.unit });
    }
  }
  return { scale: units ? scale : '', unit: units ? unit : cell, cells: cells.length, layers };
}
