/**
 * Springboard or mobility trap: follow the households that arrived in the city within a window of
 * ticks and have now been there for at least `followUp` ticks. Those whose income rose by at least
 * `minGain` (relative to their income on arrival) have gained; a household has left its arrival
 * quarter when it now lives in another quarter. A springboard shows many who gained, and of them
 * some who moved on; a trap shows many stuck: no gain and still in the arrival quarter. Households
 * who left the city are no longer in the arrays and so not in the cohort (survivors only).
 */

export interface SpringboardInput {
  /** Slots to look at: 0 .. slots - 1. */
  readonly slots: number;
  /** 1 for a household present in the city (housed or searching); anything else is skipped. */
  readonly present: Uint8Array;
  readonly arrivalTick: Int32Array;
  readonly income: Float64Array | Float32Array;
  readonly incomeAtArrival: Float64Array | Float32Array;
  /** Quarter of the first dwelling in the city (-1 never housed). */
  readonly arrivalQuarter: Int32Array;
  /** Quarter lived in now (-1 when unhoused). */
  readonly quarter: Int32Array;
  /** Optional: only households whose arrival quarter is flagged here (arrival quarters). */
  readonly arrivalQuarters?: Uint8Array;
}

export interface SpringboardParams {
  /** The current tick. */
  readonly tick: number;
  /** Ticks since arrival before a household is judged. */
  readonly followUp: number;
  /** Width of the arrival window (ticks): arrivals in (tick - followUp - window, tick - followUp]. */
  readonly window: number;
  /** Least relative income gain that counts as gaining (0.1 = +10 %). */
  readonly minGain: number;
  /** Arrivals before this tick are not followed (e.g. 1: households present at the start). */
  readonly earliestArrival?: number;
}

export interface SpringboardResult {
  /** Households in the cohort. */
  readonly cohort: number;
  /** Mean relative income gain (income / income on arrival - 1); NaN for an empty cohort. */
  readonly meanGain: number;
  /** Share who gained. */
  readonly gained: number;
  /** Share who gained and left the arrival quarter (springboard: moved on). */
  readonly gainedLeft: number;
  /** Share who gained and stayed in the arrival quarter (springboard: stayed by choice). */
  readonly gainedStayed: number;
  /** Share with no gain still in the arrival quarter (trap). */
  readonly stuck: number;
  /** Share with no gain who moved elsewhere (or are unhoused). */
  readonly movedWithoutGain: number;
}

export function springboard(h: SpringboardInput, p: SpringboardParams): SpringboardResult {
  const latest = p.tick - p.followUp;
  const earliest = latest - p.window;
  let cohort = 0;
  let gainSum = 0;
  let gained = 0;
  let gainedLeft = 0;
  let stuck = 0;
  let movedWithoutGain = 0;
  for (let i = 0; i < h.slots; i++) {
    if (h.present[i] !== 1) continue;
    const arrived = h.arrivalTick[i]!;
    if (arrived > latest || arrived <= earliest || arrived < (p.earliestArrival ?? earliest)) continue;
    const home = h.arrivalQuarter[i]!;
    if (home < 0) continue;
    if (h.arrivalQuarters && h.arrivalQuarters[home] !== 1) continue;
    const base = h.incomeAtArrival[i]!;
    if (!(base > 0)) continue;
    cohort++;
    const gain = h.income[i]! / base - 1;
    gainSum += gain;
    const left = h.quarter[i] !== home;
    if (gain >= p.minGain) {
      gained++;
      if (left) gainedLeft++;
    } else if (left) movedWithoutGain++;
    else stuck++;
  }
  const share = (n: number) => (cohort === 0 ? Number.NaN : n / cohort);
  return {
    cohort,
    meanGain: cohort === 0 ? Number.NaN : gainSum / cohort,
    gained: share(gained),
    gainedLeft: share(gainedLeft),
    gainedStayed: share(gained - gainedLeft),
    stuck: share(stuck),
    movedWithoutGain: share(movedWithoutGain),
  };
}
