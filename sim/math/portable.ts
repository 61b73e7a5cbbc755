/**
 * exp and log that give the same bits in every JavaScript engine. The language fixes + - * / and
 * sqrt to IEEE-754 results, but leaves Math.exp, Math.log, Math.pow, Math.cos, Math.hypot ... to
 * the engine, and engines differ in the last bit (Node 20 and Chromium 156 disagree on about one
 * Math.exp in ten). A logit choice or an entropy index fed by those would make the browser and the
 * CLI drift apart. These follow the classic fdlibm method: reduce the argument by powers of two,
 * then a minimax polynomial, using only the operations the language pins down. Error under 1 ulp.
 * Everything in sim/ uses these instead of the Math versions (a test keeps it so).
 */

// The float's bits, to read and set the exponent (every engine kiez runs on is little-endian).
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const HI = 1;
const LO = 0;

const LN2_HI = 0.6931471803691238; // upper bits of ln 2: k * LN2_HI is exact
const LN2_LO = 1.9082149292705877e-10; // ln 2 - LN2_HI
const INV_LN2 = Math.LOG2E; // a constant of the language, the same double everywhere

// exp(r) on |r| <= ln2/2 as r * (exp(r) + 1) / (exp(r) - 1) = 2 + r^2/6 - r^4/360 + ...
const P1 = 1.6666666666666602e-1;
const P2 = -2.7777777777015593e-3;
const P3 = 6.613756321437934e-5;
const P4 = -1.6533902205465252e-6;
const P5 = 4.1381367970572385e-8;
const EXP_OVERFLOW = 709.782712893384;
const EXP_UNDERFLOW = -745.1332191019411;

// log(1 + f) = f - hfsq + s * (hfsq + R(s)), s = f / (2 + f), R a minimax polynomial in s^2.
const LG1 = 0.6666666666666735;
const LG2 = 0.3999999999940942;
const LG3 = 0.2857142874366239;
const LG4 = 0.22222198432149784;
const LG5 = 0.1818357216161805;
const LG6 = 0.15313837699209373;
const LG7 = 0.14798198605116586;
const TWO54 = 18014398509481984;

/** 2^k for k in [-1022, 1023], exactly, from the bits. */
function pow2(k: number): number {
  u32[LO] = 0;
  u32[HI] = (k + 1023) << 20;
  return f64[0]!;
}

/** y * 2^k, in at most two exact steps. */
function scale(y: number, k: number): number {
  if (k > 1023) return y * pow2(1023) * pow2(k - 1023);
  if (k < -1022) return y * pow2(k + 1000) * pow2(-1000);
  return y * pow2(k);
}

/** e^x, the same in every engine. */
export function exp(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x > EXP_OVERFLOW) return Number.POSITIVE_INFINITY;
  if (x < EXP_UNDERFLOW) return 0;
  const ax = x < 0 ? -x : x;
  if (ax < 3.725290298461914e-9) return 1 + x; // 2^-28: exp(x) = 1 + x to double precision
  let k = 0;
  let hi = x;
  let lo = 0;
  if (ax > 0.34657359027997264) {
    // |x| > ln2 / 2: x = k ln2 + r with |r| <= ln2 / 2.
    k = Math.round(x * INV_LN2);
    hi = x - k * LN2_HI;
    lo = k * LN2_LO;
  }
  const r = hi - lo;
  const t = r * r;
  const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((r * c) / (c - 2) - r);
  const y = 1 - (lo - (r * c) / (2 - c) - hi);
  return scale(y, k);
}

/** Natural logarithm, the same in every engine. */
export function log(x: number): number {
  if (Number.isNaN(x) || x < 0) return Number.NaN;
  if (x === 0) return Number.NEGATIVE_INFINITY;
  if (x === Number.POSITIVE_INFINITY) return x;
  let k = 0;
  if (x < 2.2250738585072014e-308) {
    x *= TWO54; // subnormal: scale up first
    k -= 54;
  }
  f64[0] = x;
  let hx = u32[HI]!;
  k += (hx >>> 20) - 1023;
  hx &= 0x000fffff;
  // Normalise the mantissa m into [sqrt(2)/2, sqrt(2)), moving one factor of 2 into k if needed.
  const i = (hx + 0x95f64) & 0x100000;
  u32[HI] = hx | (i ^ 0x3ff00000);
  k += i >>> 20;
  const f = f64[0]! - 1;
  const hfsq = 0.5 * f * f;
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const R = t2 + t1;
  return k * LN2_HI - (hfsq - (s * (hfsq + R) + k * LN2_LO) - f);
}

/** x^y for x > 0 as exp(y log x): portable, relative error about |y log x| x 2^-53. */
export function powPositive(x: number, y: number): number {
  return exp(y * log(x));
}
