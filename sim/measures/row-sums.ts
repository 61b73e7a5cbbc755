/**
 * The sums over rows that the indices read, filled in one pass over the occupied rows of a
 * composition. D, H, isolation and exposure all walk the same rows and the same environment
 * shares; computed apart, each paid for the walk and the loads again (the person-centred view has a
 * row per raster cell). A family is filled once per state of the composition; asking for one that
 * is missing adds a pass for it alone, so an index function called on its own still works.
 *
 * Each accumulator adds the same terms in the same order as a separate loop would: the numbers do
 * not depend on which indices were selected together.
 */
import { log } from '../math/portable.ts';
import type { Composition } from './composition.ts';
import { addDeviations, addEntropyShortfall, addExposures, addPairDeviations } from './small-k.ts';

/** sum_r t_r sum_m |p_rm - P_m| (multigroup D). */
export const DEVIATION = 1;
/** sum_r t_r (E - E_r), Theil's H numerator. */
export const ENTROPY = 2;
/** sum_r (x_ra + x_rb) |e_ra / (e_ra + e_rb) - P_a|ab| per pair a < b (two-group D). */
export const PAIRS = 4;
/** sum_r x_ra e_rb / e_r per ordered pair (isolation and exposure). */
export const EXPOSURES = 8;
/** sum_r t_r |p_rm - P_m| per category m (D of each category against the rest). */
export const GROUP_DEVIATIONS = 16;

/** ln x and x ln x for whole counts x, grown on demand: row entropies need no logarithm. */
let logOf = new Float64Array(0);
let xLogX = new Float64Array(0);

function growTables(n: number): void {
  if (logOf.length > n) return;
  const size = Math.max(n + 1, 2 * logOf.length);
  logOf = new Float64Array(size);
  xLogX = new Float64Array(size);
  for (let x = 1; x < size; x++) {
    logOf[x] = log(x);
    xLogX[x] = x * logOf[x]!;
  }
}

/** Entropy of counts[offset .. offset + k) with sum `total`: ln T - sum x ln x / T. */
function entropy(counts: Float64Array, offset: number, k: number, total: number): number {
  if (total <= 0) return 0;
  let s = 0;
  for (let m = 0; m < k; m++) {
    const x = counts[offset + m]!;
    if (x > 0) s += x * log(x);
  }
  return log(total) - s / total;
}

/** Rows added at a time: a slice's counts and environments stay in the first-level cache. */
export const SLICE = 256;

export class RowSums {
  /** sum over rows and categories of t_r |p_rm - P_m|, summed row by row. */
  deviation = 0;
  /** groupDeviation[m] = sum_r t_r |p_rm - P_m|. */
  groupDeviation = new Float64Array(0);
  /** Entropy of the city's composition. */
  cityEntropy = 0;
  /** sum_r t_r (E - E_r); only filled when cityEntropy > 1e-15. */
  entropyShortfall = 0;
  /** pairDeviation[a * k + b], a < b. */
  pairDeviation = new Float64Array(0);
  /** exposure[a * k + b] = sum_r x_ra e_rb / e_r. */
  exposure = new Float64Array(0);
  private version = -1;
  private have = 0;
  /** Families being filled between begin() and end(). */
  private filling = 0;
  /** The scalar sums (deviation, entropy shortfall) handed to the kernels of small-k.ts. */
  private readonly acc = new Float64Array(2);
  /** City shares P_m, and P_a|ab at a * k + b, reused by every row. */
  private cityShare = new Float64Array(0);
  private pairShare = new Float64Array(0);
  /**
   * Whether two to four categories use the kernels of small-k.ts. Off only in tests, which compare
   * the general loop below with the kernels by calling both on the same rows.
   */
  readonly kernels: boolean;

  constructor(kernels = true) {
    this.kernels = kernels;
  }

  /** These sums for the composition's current state, with at least `families` filled. */
  of(c: Composition, families: number): this {
    if (this.begin(c, families)) {
      for (let from = 0; from < c.occupiedCount; from += SLICE) {
        this.add(c, from, Math.min(c.occupiedCount, from + SLICE));
      }
      this.end();
    }
    return this;
  }

  /**
   * Start filling the families not yet filled for the composition's current state; the rows follow
   * in order with add() (in slices, so a caller can compute each slice's environment just before)
   * and end() closes. False when there is nothing to fill.
   */
  begin(c: Composition, families: number): boolean {
    if (this.version !== c.version) {
      this.version = c.version;
      this.have = 0;
    }
    let missing = families & ~this.have;
    if (missing === 0) return false;
    const { categories: k, totals, total } = c;
    const kk = k * k;
    if (this.groupDeviation.length < k) {
      this.groupDeviation = new Float64Array(k);
      this.cityShare = new Float64Array(k);
    }
    if (this.exposure.length < kk) {
      this.exposure = new Float64Array(kk);
      this.pairDeviation = new Float64Array(kk);
      this.pairShare = new Float64Array(kk);
    }
    const share = this.cityShare;
    for (let m = 0; m < k; m++) share[m] = totals[m]! / total;
    const pairShare = this.pairShare;
    for (let a = 0; a < k; a++) {
      for (let b = a + 1; b < k; b++) pairShare[a * k + b] = totals[a]! / (totals[a]! + totals[b]!);
    }
    if (missing & DEVIATION) this.deviation = 0;
    if (missing & GROUP_DEVIATIONS) this.groupDeviation.fill(0, 0, k);
    if (missing & PAIRS) this.pairDeviation.fill(0, 0, kk);
    if (missing & EXPOSURES) this.exposure.fill(0, 0, kk);
    if (missing & ENTROPY) {
      this.cityEntropy = total === 0 ? 0 : entropy(totals, 0, k, total);
      this.entropyShortfall = 0;
      // Too little diversity to divide by: H is undefined, no row sums needed.
      if (this.cityEntropy > 1e-15) growTables(total);
      else {
        this.have |= ENTROPY;
        missing &= ~ENTROPY;
      }
    }
    this.filling = missing;
    return missing !== 0;
  }

  /** Add the occupied rows occupied[from .. to) (in order, after begin()). */
  add(c: Composition, from: number, to: number): void {
    const { categories: k, pop, popTotal, env, envTotal, occupied } = c;
    const families = this.filling;
    const devs = (families & DEVIATION) !== 0;
    const groupDevs = (families & GROUP_DEVIATIONS) !== 0;
    const pairShare = this.pairShare;
    const pairDev = this.pairDeviation;
    const exposure = this.exposure;
    const share = this.cityShare;
    const groupDev = this.groupDeviation;
    const cityEntropy = this.cityEntropy;
    const table = xLogX;
    const ln = logOf;
    const acc = this.acc;
    acc[0] = this.deviation;
    acc[1] = this.entropyShortfall;
    // Two to four categories: kernels with the sums in locals (small-k.ts); others: the loop below.
    const kernels = this.kernels;
    const deviations =
      (devs || groupDevs) &&
      !(
        kernels &&
        addDeviations(
          k,
          popTotal,
          env,
          envTotal,
          occupied,
          from,
          to,
          share,
          groupDevs ? groupDev : undefined,
          acc,
        )
      );
    const entropies =
      (families & ENTROPY) !== 0 &&
      !(
        kernels &&
        addEntropyShortfall(k, popTotal, env, envTotal, occupied, from, to, cityEntropy, table, ln, acc)
      );
    const exposures =
      (families & EXPOSURES) !== 0 &&
      !(kernels && addExposures(k, pop, env, envTotal, occupied, from, to, exposure));
    const pairs =
      (families & PAIRS) !== 0 &&
      !(kernels && addPairDeviations(k, pop, env, occupied, from, to, pairShare, pairDev));
    let deviation = acc[0]!;
    let shortfall = acc[1]!;
    // Only a category count outside 2-4 leaves work for the general loop.
    const end = deviations || entropies || exposures || pairs ? to : from;
    for (let i = from; i < end; i++) {
      const r = occupied[i]!;
      const o = r * k;
      const t = popTotal[r]!;
      const e = envTotal[r]!;
      const inv = 1 / e;
      if (deviations && groupDevs) {
        let dev = 0;
        for (let m = 0; m < k; m++) {
          const a = Math.abs(env[o + m]! * inv - share[m]!);
          dev += a;
          groupDev[m]! += t * a;
        }
        if (devs) deviation += t * dev;
      } else if (deviations) {
        let dev = 0;
        for (let m = 0; m < k; m++) dev += Math.abs(env[o + m]! * inv - share[m]!);
        deviation += t * dev;
      }
      if (entropies) {
        let s = 0;
        for (let m = 0; m < k; m++) s += table[env[o + m]!]!;
        shortfall += t * (cityEntropy - (ln[e]! - s / e));
      }
      if (exposures) {
        for (let a = 0; a < k; a++) {
          const x = pop[o + a]! * inv;
          if (x === 0) continue;
          for (let b = 0; b < k; b++) exposure[a * k + b]! += x * env[o + b]!;
        }
      }
      if (pairs) {
        for (let a = 0; a < k; a++) {
          const ea = env[o + a]!;
          const pa = pop[o + a]!;
          for (let b = a + 1; b < k; b++) {
            // Rows without households of a or b add 0 (t = 0); e_a + e_b is 0 only in such rows.
            const t = pa + pop[o + b]!;
            const eab = ea + env[o + b]!;
            const q = eab > 0 ? ea / eab : 0;
            pairDev[a * k + b]! += t * Math.abs(q - pairShare[a * k + b]!);
          }
        }
      }
    }
    if (devs) this.deviation = deviation;
    if ((families & ENTROPY) !== 0) this.entropyShortfall = shortfall;
  }

  /** All rows added: the families begun are filled. */
  end(): void {
    this.have |= this.filling;
    this.filling = 0;
  }
}
