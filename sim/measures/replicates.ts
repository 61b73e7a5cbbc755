/**
 * The values of every planned column over seeded replicates (random permutations, or bootstrap
 * samples of the households), and what the columns report from them: the mean, the spread, the
 * upper-tail p-value of the observed value, and percentile intervals. The replicate draws live in
 * compute.ts; this file only summarises.
 */

export class ReplicateValues {
  /** values[rep * columns + column]. */
  private values = new Float64Array(0);
  private columns = 0;
  private reps = 0;
  /** One column's finite values, sorted (reused). */
  private sorted = new Float64Array(0);

  /** Room for `reps` replicates of `columns` columns. */
  reset(reps: number, columns: number): void {
    if (this.values.length < reps * columns) this.values = new Float64Array(reps * columns);
    if (this.sorted.length < reps) this.sorted = new Float64Array(reps);
    this.columns = columns;
    this.reps = reps;
  }

  /** The values of replicate `rep`. */
  set(rep: number, once: Float64Array): void {
    this.values.set(once.subarray(0, this.columns), rep * this.columns);
  }

  /** Mean over replicates of each column (added in replicate order); NaN if any replicate is NaN. */
  mean(out: Float64Array): void {
    const { values, columns, reps } = this;
    for (let c = 0; c < columns; c++) {
      let s = 0;
      for (let r = 0; r < reps; r++) s += values[r * columns + c]!;
      out[c] = s / reps;
    }
  }

  /** Sample standard deviation (n - 1) of each column over its finite replicate values. */
  sd(out: Float64Array): void {
    for (let c = 0; c < this.columns; c++) {
      const n = this.column(c);
      if (n < 2) {
        out[c] = Number.NaN;
        continue;
      }
      let mean = 0;
      for (let i = 0; i < n; i++) mean += this.sorted[i]!;
      mean /= n;
      let ss = 0;
      for (let i = 0; i < n; i++) {
        const d = this.sorted[i]! - mean;
        ss += d * d;
      }
      out[c] = Math.sqrt(ss / (n - 1));
    }
  }

  /**
   * Upper-tail p-value of each observed value: (1 + replicates at least as large) / (1 + replicates),
   * over the finite replicates (Davison & Hinkley 1997; never 0). NaN where the observation is.
   */
  pUpper(observed: Float64Array, out: Float64Array): void {
    for (let c = 0; c < this.columns; c++) {
      const v = observed[c]!;
      const n = this.column(c);
      if (Number.isNaN(v) || n === 0) {
        out[c] = Number.NaN;
        continue;
      }
      let above = 0;
      // Ties within rounding count as at least as large (a permutation can reproduce the state).
      const tol = 1e-12 * Math.max(1, Math.abs(v));
      for (let i = 0; i < n; i++) if (this.sorted[i]! >= v - tol) above++;
      out[c] = (1 + above) / (1 + n);
    }
  }

  /** The q-quantile of each column's finite values (R's default type 7: linear between order statistics). */
  quantile(q: number, out: Float64Array): void {
    for (let c = 0; c < this.columns; c++) {
      const n = this.column(c);
      if (n === 0) {
        out[c] = Number.NaN;
        continue;
      }
      const s = this.sorted.subarray(0, n).sort();
      const h = (n - 1) * q;
      const lo = Math.floor(h);
      const hi = Math.min(lo + 1, n - 1);
      out[c] = s[lo]! + (h - lo) * (s[hi]! - s[lo]!);
    }
  }

  /** Copy column c's finite values into `sorted` (unsorted yet); their number. */
  private column(c: number): number {
    const { values, columns, reps, sorted } = this;
    let n = 0;
    for (let r = 0; r < reps; r++) {
      const v = values[r * columns + c]!;
      if (!Number.isNaN(v)) sorted[n++] = v;
    }
    return n;
  }
}
