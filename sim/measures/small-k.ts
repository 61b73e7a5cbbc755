/**
 * The sums over pairs of categories (exposure, two-group D) for two, three and four categories, with
 * each pair's sum in a local variable over a slice of rows instead of read and written back in an
 * array at every row. Each sum gets the same additions in the same order as the general loop in
 * row-sums.ts, so the numbers are the same bit for bit; exposure with four categories runs about
 * four times faster. Rows where a term is 0 (no households of a category) add +0, which leaves a
 * sum unchanged, so there is no test for them. Most dimensions have two to four categories.
 */

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
  if (k === 2) {
    let s00 = out[0]!;
    let s01 = out[1]!;
    let s10 = out[2]!;
    let s11 = out[3]!;
    for (let i = from; i < to; i++) {
      const r = occupied[i]!;
      const o = r * 2;
      const inv = 1 / envTotal[r]!;
      const e0 = env[o]!;
      const e1 = env[o + 1]!;
      const x0 = pop[o]! * inv;
      const x1 = pop[o + 1]! * inv;
      s00 += x0 * e0;
      s01 += x0 * e1;
      s10 += x1 * e0;
      s11 += x1 * e1;
    }
    out[0] = s00;
    out[1] = s01;
    out[2] = s10;
    out[3] = s11;
    return true;
  }
  if (k === 3) {
    let s00 = out[0]!;
    let s01 = out[1]!;
    let s02 = out[2]!;
    let s10 = out[3]!;
    let s11 = out[4]!;
    let s12 = out[5]!;
    let s20 = out[6]!;
    let s21 = out[7]!;
    let s22 = out[8]!;
    for (let i = from; i < to; i++) {
      const r = occupied[i]!;
      const o = r * 3;
      const inv = 1 / envTotal[r]!;
      const e0 = env[o]!;
      const e1 = env[o + 1]!;
      const e2 = env[o + 2]!;
      const x0 = pop[o]! * inv;
      const x1 = pop[o + 1]! * inv;
      const x2 = pop[o + 2]! * inv;
      s00 += x0 * e0;
      s01 += x0 * e1;
      s02 += x0 * e2;
      s10 += x1 * e0;
      s11 += x1 * e1;
      s12 += x1 * e2;
      s20 += x2 * e0;
      s21 += x2 * e1;
      s22 += x2 * e2;
    }
    out[0] = s00;
    out[1] = s01;
    out[2] = s02;
    out[3] = s10;
    out[4] = s11;
    out[5] = s12;
    out[6] = s20;
    out[7] = s21;
    out[8] = s22;
    return true;
  }
  if (k === 4) {
    let s00 = out[0]!;
    let s01 = out[1]!;
    let s02 = out[2]!;
    let s03 = out[3]!;
    let s10 = out[4]!;
    let s11 = out[5]!;
    let s12 = out[6]!;
    let s13 = out[7]!;
    let s20 = out[8]!;
    let s21 = out[9]!;
    let s22 = out[10]!;
    let s23 = out[11]!;
    let s30 = out[12]!;
    let s31 = out[13]!;
    let s32 = out[14]!;
    let s33 = out[15]!;
    for (let i = from; i < to; i++) {
      const r = occupied[i]!;
      const o = r * 4;
      const inv = 1 / envTotal[r]!;
      const e0 = env[o]!;
      const e1 = env[o + 1]!;
      const e2 = env[o + 2]!;
      const e3 = env[o + 3]!;
      const x0 = pop[o]! * inv;
      const x1 = pop[o + 1]! * inv;
      const x2 = pop[o + 2]! * inv;
      const x3 = pop[o + 3]! * inv;
      s00 += x0 * e0;
      s01 += x0 * e1;
      s02 += x0 * e2;
      s03 += x0 * e3;
      s10 += x1 * e0;
      s11 += x1 * e1;
      s12 += x1 * e2;
      s13 += x1 * e3;
      s20 += x2 * e0;
      s21 += x2 * e1;
      s22 += x2 * e2;
      s23 += x2 * e3;
      s30 += x3 * e0;
      s31 += x3 * e1;
      s32 += x3 * e2;
      s33 += x3 * e3;
    }
    out[0] = s00;
    out[1] = s01;
    out[2] = s02;
    out[3] = s03;
    out[4] = s10;
    out[5] = s11;
    out[6] = s12;
    out[7] = s13;
    out[8] = s20;
    out[9] = s21;
    out[10] = s22;
    out[11] = s23;
    out[12] = s30;
    out[13] = s31;
    out[14] = s32;
    out[15] = s33;
    return true;
  }
  return false;
}

/** Term of two-group D for one row and pair: t |e_a / (e_a + e_b) - P|, 0 where t = 0. */
function pairTerm(pa: number, pb: number, ea: number, eb: number, p: number): number {
  const eab = ea + eb;
  return (pa + pb) * Math.abs((eab > 0 ? ea / eab : 0) - p);
}

/** out[a * k + b] (a < b) += sum over rows of two-group D terms, for k = 2, 3 or 4. */
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
  if (k === 2) {
    let s01 = out[1]!;
    const p01 = share[1]!;
    for (let i = from; i < to; i++) {
      const o = occupied[i]! * 2;
      s01 += pairTerm(pop[o]!, pop[o + 1]!, env[o]!, env[o + 1]!, p01);
    }
    out[1] = s01;
    return true;
  }
  if (k === 3) {
    let s01 = out[1]!;
    let s02 = out[2]!;
    let s12 = out[5]!;
    const p01 = share[1]!;
    const p02 = share[2]!;
    const p12 = share[5]!;
    for (let i = from; i < to; i++) {
      const o = occupied[i]! * 3;
      const n0 = pop[o]!;
      const n1 = pop[o + 1]!;
      const n2 = pop[o + 2]!;
      const e0 = env[o]!;
      const e1 = env[o + 1]!;
      const e2 = env[o + 2]!;
      s01 += pairTerm(n0, n1, e0, e1, p01);
      s02 += pairTerm(n0, n2, e0, e2, p02);
      s12 += pairTerm(n1, n2, e1, e2, p12);
    }
    out[1] = s01;
    out[2] = s02;
    out[5] = s12;
    return true;
  }
  if (k === 4) {
    let s01 = out[1]!;
    let s02 = out[2]!;
    let s03 = out[3]!;
    let s12 = out[6]!;
    let s13 = out[7]!;
    let s23 = out[11]!;
    const p01 = share[1]!;
    const p02 = share[2]!;
    const p03 = share[3]!;
    const p12 = share[6]!;
    const p13 = share[7]!;
    const p23 = share[11]!;
    for (let i = from; i < to; i++) {
      const o = occupied[i]! * 4;
      const n0 = pop[o]!;
      const n1 = pop[o + 1]!;
      const n2 = pop[o + 2]!;
      const n3 = pop[o + 3]!;
      const e0 = env[o]!;
      const e1 = env[o + 1]!;
      const e2 = env[o + 2]!;
      const e3 = env[o + 3]!;
      s01 += pairTerm(n0, n1, e0, e1, p01);
      s02 += pairTerm(n0, n2, e0, e2, p02);
      s03 += pairTerm(n0, n3, e0, e3, p03);
      s12 += pairTerm(n1, n2, e1, e2, p12);
      s13 += pairTerm(n1, n3, e1, e3, p13);
      s23 += pairTerm(n2, n3, e2, e3, p23);
    }
    out[1] = s01;
    out[2] = s02;
    out[3] = s03;
    out[6] = s12;
    out[7] = s13;
    out[11] = s23;
    return true;
  }
  return false;
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
