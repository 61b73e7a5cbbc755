/**
 * The households of one unit by category, for the map's unit profile: along every dimension, how
 * many households of each category live in the unit, their share, and the location quotient (the
 * share in the unit over the share in the city; 1 = as in the city). Counted from the households
 * themselves, not from the map's cells (a cell shows its most common category only).
 */
import { log } from '../math/portable.ts';
import type { MeasureInputs } from './inputs.ts';

export interface DimensionShares {
  readonly dimension: string;
  readonly labels: readonly string[];
  /** Households of each category in the unit. */
  readonly households: readonly number[];
  /** Share of each category among the unit's households (NaN when the unit is empty). */
  readonly share: readonly number[];
  /** Share in the unit / share in the city (NaN when either is undefined). */
  readonly quotient: readonly number[];
  /**
   * The unit's local segregation score, sum_m share_m ln(quotient_m) (mutual.ts): 0 when the unit
   * has the city's mix; the population-weighted mean over units is M. NaN when the unit is empty.
   */
  readonly localScore: number;
}

export interface UnitShares {
  /** Container scale name, or '' for a single raster cell. */
  readonly scale: string;
  readonly unit: number;
  readonly households: number;
  readonly dimensions: readonly DimensionShares[];
}

/** Shares of `unit` at container scale `scale` ('' = the raster cell `unit`); undefined for an unknown scale. */
export function unitShares(inputs: MeasureInputs, scale: string, unit: number): UnitShares | undefined {
  const s = scale === '' ? undefined : inputs.scales.find((x) => x.name === scale);
  if (scale !== '' && !s) return undefined;
  const n = inputs.households;
  const inUnit = new Uint8Array(n);
  let households = 0;
  for (let h = 0; h < n; h++) {
    const cell = inputs.cellOf[h]!;
    if ((s ? s.unitOfCell[cell] : cell) === unit) {
      inUnit[h] = 1;
      households++;
    }
  }
  const dimensions = inputs.dimensions.map((d) => {
    const k = d.labels.length;
    const mine = new Array<number>(k).fill(0);
    const city = new Array<number>(k).fill(0);
    for (let h = 0; h < n; h++) {
      const m = d.category[h]!;
      city[m]!++;
      if (inUnit[h] === 1) mine[m]!++;
    }
    const share = mine.map((x) => (households > 0 ? x / households : Number.NaN));
    const quotient = share.map((p, m) => (n > 0 && city[m]! > 0 ? p / (city[m]! / n) : Number.NaN));
    let localScore = households > 0 ? 0 : Number.NaN;
    for (let m = 0; m < k; m++) if (mine[m]! > 0) localScore += share[m]! * log(quotient[m]!);
    return { dimension: d.name, labels: d.labels, households: mine, share, quotient, localScore };
  });
  return { scale, unit, households, dimensions };
}
