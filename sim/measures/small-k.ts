/**
 * The row sums of row-sums.ts for two, three and four categories (most dimensions), with each sum
 * in a local variable over a slice of rows instead of read and written back in an array at every
 * row. One kernel per sum serves k = 2 to 4: the terms of the third and fourth category are added
 * only when there are that many (the test on k is the same at every row). Each sum gets the same additions in the same
 * order as the general loop, so the numbers are the same bit for bit; exposure with four categories
 * runs about four times faster. Rows where a term is 0 (no households of a category) add +0, which
 * leaves a sum unchanged, so there is no test for them.
 */

/** Sums of the pairs of up to four categories, in order a * 4 + b (a k x k block is used). */
const block = new Float64Array(16);

/** block[a * 4 + b] = out[a * k + b] for a, b < k. */
function load(k: number, out: Float64Array): void {
  for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) block[a * 4 + b] = out[a * k + b]!;
}

/** out[a * k + b] = block[a * 4 + b] for a, b < k (pairs a < b only with `upper`). */
function store(k: number, out: Float64Array, upper: boolean): void {
  for (let a = 0; a < k; a++) {
    for (let b = upper ? a + 1 : 0; b < k; b++) out[a * k + b] = block[a * 4 + b]!;
  }
}

/** out[a * k + b] += sum over rows of pop_ra / e_r * env_rb, for k = 2, 3 or 4. */
export function addExposures(
  k: number,
  pop: Int32Array,
  env: Int32Array,
  envTotal: Int32Array,
  occupied: Int32Array,
  from: number,
  to: number,
  out: Float64Array,
): boolean {
  if (k < 2 || k > 4) return false;
  load(k, out);
  let s00 = block[0]!;
  let s01 = block[1]!;
  let s02 = block[2]!;
  let s03 = block[3]!;
  let s10 = block[4]!;
  let s11 = block[5]!;
  let s12 = block[6]!;
  let s13 = block[7]!;
  let s20 = block[8]!;
  let s21 = block[9]!;
  let s22 = block[10]!;
  let s23 = block[11]!;
  let s30 = block[12]!;
  let s31 = block[13]!;
  let s32 = block[14]!;
  let s33 = block[15]!;
  for (let i = from; i < to; i++) {
    const r = occupied[i]!;
    const o = r * k;
    const inv = 1 / envTotal[r]!;
    const e0 = env[o]!;
    const e1 = env[o + 1]!;
    const x0 = pop[o]! * inv;
    const x1 = pop[o + 1]! * inv;
    s00 += x0 * e0;
    s01 += x0 * e1;
    s10 += x1 * e0;
    s11 += x1 * e1;
    if (k > 2) {
      const e2 = env[o + 2]!;
      const x2 = pop[o + 2]! * inv;
      s02 += x0 * e2;
      s12 += x1 * e2;
      s20 += x2 * e0;
      s21 += x2 * e1;
      s22 += x2 * e2;
      if (k > 3) {
        const e3 = env[o + 3]!;
        const x3 = pop[o + 3]! * inv;
        s03 += x0 * e3;
        s13 += x1 * e3;
        s23 += x2 * e3;
        s30 += x3 * e0;
        s31 += x3 * e1;
        s32 += x3 * e2;
        s33 += x3 * e3;
      }
    }
  }
  block[0] = s00;
  block[1] = s01;
  block[2] = s02;
  block[3] = s03;
  block[4] = s10;
  block[5] = s11;
  block[6] = s12;
  block[7] = s13;
  block[8] = s20;
  block[9] = s21;
  block[10] = s22;
  block[11] = s23;
  block[12] = s30;
  block[13] = s31;
  block[14] = s32;
  block[15] = s33;
  store(k, out, false);
  return true;
}

/** Term of two-group D for one row and pair: t |e_a / (e_a + e_b) - P|, 0 where t = 0. */
function pairTerm(pa: number, pb: number, ea: number, eb: number, p: number): number {
  const eab = ea + eb;
  return (pa + pb) * Math.abs((eab > 0 ? ea / eab : 0) - p);
}

/**
 * out[a * k + b] (a < b) += sum over rows of two-group D terms, for k = 2, 3 or 4. Pairs with a
 * category k..3 get terms of 0 (no households, no environment) and are never stored.
 */
export function addPairDeviations(
  k: number,
  pop: Int32Array,
  env: Int32Array,
  occupied: Int32Array,
  from: number,
  to: number,
  share: Float64Array,
  out: Float64Array,
): boolean {
  if (k < 2 || k > 4) return false;
  load(k, out);
  let s01 = block[1]!;
  let s02 = block[2]!;
  let s03 = block[3]!;
  let s12 = block[6]!;
  let s13 = block[7]!;
  let s23 = block[11]!;
  const p01 = share[1]!;
  const p02 = k > 2 ? share[2]! : 0;
  const p03 = k > 3 ? share[3]! : 0;
  const p12 = k > 2 ? share[k + 2]! : 0;
  const p13 = k > 3 ? share[k + 3]! : 0;
  const p23 = k > 3 ? share[2 * k + 3]! : 0;
  for (let i = from; i < to; i++) {
    const o = occupied[i]! * k;
    const n0 = pop[o]!;
    const n1 = pop[o + 1]!;
    const e0 = env[o]!;
    const e1 = env[o + 1]!;
    s01 += pairTerm(n0, n1, e0, e1, p01);
    if (k > 2) {
      const n2 = pop[o + 2]!;
      const e2 = env[o + 2]!;
      s02 += pairTerm(n0, n2, e0, e2, p02);
      s12 += pairTerm(n1, n2, e1, e2, p12);
      if (k > 3) {
        const n3 = pop[o + 3]!;
        const e3 = env[o + 3]!;
        s03 += pairTerm(n0, n3, e0, e3, p03);
        s13 += pairTerm(n1, n3, e1, e3, p13);
        s23 += pairTerm(n2, n3, e2, e3, p23);
      }
    }
  }
  block[1] = s01;
  block[2] = s02;
  block[3] = s03;
  block[6] = s12;
  block[7] = s13;
  block[11] = s23;
  store(k, out, true);
  return true;
}

/**
 * acc[0] += sum over rows of t_r sum_m |e_rm / e_r - P_m| (multigroup D); with `groups`, also
 * groups[m] += sum over rows of t_r |e_rm / e_r - P_m|. For k = 2, 3 or 4.
 */
export function addDeviations(
  k: number,
  popTotal: Int32Array,
  env: Int32Array,
  envTotal: Int32Array,
  occupied: Int32Array,
  from: number,
  to: number,
  share: Float64Array,
  groups: Float64Array | undefined,
  acc: Float64Array,
): boolean {
  if (k < 2 || k > 4) return false;
  const p0 = share[0]!;
  const p1 = share[1]!;
  const p2 = k > 2 ? share[2]! : 0;
  const p3 = k > 3 ? share[3]! : 0;
  let g0 = groups ? groups[0]! : 0;
  let g1 = groups ? groups[1]! : 0;
  let g2 = groups && k > 2 ? groups[2]! : 0;
  let g3 = groups && k > 3 ? groups[3]! : 0;
  let deviation = acc[0]!;
  for (let i = from; i < to; i++) {
    const r = occupied[i]!;
    const o = r * k;
    const t = popTotal[r]!;
    const inv = 1 / envTotal[r]!;
    const a0 = Math.abs(env[o]! * inv - p0);
    const a1 = Math.abs(env[o + 1]! * inv - p1);
    let dev = a0 + a1;
    g0 += t * a0;
    g1 += t * a1;
    if (k > 2) {
      const a2 = Math.abs(env[o + 2]! * inv - p2);
      dev += a2;
      g2 += t * a2;
      if (k > 3) {
        const a3 = Math.abs(env[o + 3]! * inv - p3);
        dev += a3;
        g3 += t * a3;
      }
    }
    deviation += t * dev;
  }
  acc[0] = deviation;
  if (groups) {
    groups[0] = g0;
    groups[1] = g1;
    if (k > 2) groups[2] = g2;
    if (k > 3) groups[3] = g3;
  }
  return true;
}

/**
 * acc[1] += sum over rows of t_r (E - (ln e_r - sum_m x ln x / e_r)), with x ln x and ln x looked up
 * in tables (Theil's H numerator). For k = 2, 3 or 4.
 */
export function addEntropyShortfall(
  k: number,
  popTotal: Int32Array,
  env: Int32Array,
  envTotal: Int32Array,
  occupied: Int32Array,
  from: number,
  to: number,
  cityEntropy: number,
  xLogX: Float64Array,
  ln: Float64Array,
  acc: Float64Array,
): boolean {
  if (k < 2 || k > 4) return false;
  let shortfall = acc[1]!;
  for (let i = from; i < to; i++) {
    const r = occupied[i]!;
    const o = r * k;
    const e = envTotal[r]!;
    let s = xLogX[env[o]!]! + xLogX[env[o + 1]!]!;
    if (k > 2) {
      s += xLogX[env[o + 2]!]!;
      if (k > 3) s += xLogX[env[o + 3]!]!;
    }
    shortfall += popTotal[r]! * (cityEntropy - (ln[e]! - s / e));
  }
  acc[1] = shortfall;
  return true;
}
