/**
 * The Sobol' low-discrepancy sequence in up to 40 dimensions (Gray-code order, 32-bit), with an
 * optional seeded digital shift (each dimension XORed with a random 32-bit word: the points keep
 * their net structure and a seed gives a different, reproducible sample). Direction numbers are
 * Joe & Kuo's published table (2008, `new-joe-kuo-6.21201`), dimensions 2 to 40, as `s a m_1 ... m_s`;
 * dimension 1 is van der Corput. No npm package offers the sequence with this upkeep (none in the
 * registry lists), so the table lives here as data. Pure.
 */
import type { Rng } from '../rng.ts';

const JOE_KUO =
  '1 0 1|2 1 1 3|3 1 1 3 1|3 2 1 1 1|4 1 1 1 3 3|4 4 1 3 5 13|5 2 1 1 5 5 17|5 4 1 1 5 5 5|5 7 1 1 7 11 19|' +
  '5 11 1 1 5 1 1|5 13 1 1 1 3 11|5 14 1 3 5 5 31|6 1 1 3 3 9 7 49|6 13 1 1 1 15 21 21|6 16 1 3 1 13 27 49|' +
  '6 19 1 1 1 15 7 5|6 22 1 3 1 15 13 25|6 25 1 1 5 5 19 61|7 1 1 3 7 11 23 15 103|7 4 1 3 7 13 13 15 69|' +
  '7 7 1 1 3 13 7 35 63|7 8 1 3 5 9 1 25 53|7 14 1 3 1 13 9 35 107|7 19 1 3 1 5 27 61 31|7 21 1 1 5 11 19 41 61|' +
  '7 28 1 3 5 3 3 13 69|7 31 1 1 7 13 1 19 1|7 32 1 3 7 5 13 19 59|7 37 1 1 3 9 25 29 41|7 41 1 3 5 13 23 1 55|' +
  '7 42 1 3 7 3 13 59 17|7 50 1 3 1 3 5 53 69|7 55 1 1 5 5 23 33 13|7 56 1 1 7 7 1 61 123|7 59 1 1 7 9 13 61 49|' +
  '7 62 1 3 3 5 3 55 33';

/** Most dimensions the table supports. */
export const SOBOL_MAX_DIMENSIONS = JOE_KUO.split('|').length + 1;

const BITS = 32;
/** 2^32, written out: `**` is Math.pow, which sim/ does not use (test/core/portable-math). */
const TWO_32 = 4_294_967_296;

/** Direction numbers v[d][b] (as 32-bit words) for dimensions 0..dims-1. */
function directions(dims: number): Uint32Array[] {
  const rows = JOE_KUO.split('|').map((r) => r.split(' ').map(Number));
  const out: Uint32Array[] = [];
  for (let d = 0; d < dims; d++) {
    const v = new Uint32Array(BITS);
    if (d === 0) {
      for (let b = 0; b < BITS; b++) v[b] = (1 << (BITS - 1 - b)) >>> 0;
    } else {
      const [s, a, ...m] = rows[d - 1]!;
      for (let b = 0; b < BITS; b++) {
        if (b < s!) v[b] = (m[b]! << (BITS - 1 - b)) >>> 0;
        else {
          let x = (v[b - s!]! ^ (v[b - s!]! >>> s!)) >>> 0;
          for (let k = 1; k < s!; k++) if ((a! >>> (s! - 1 - k)) & 1) x = (x ^ v[b - k]!) >>> 0;
          v[b] = x;
        }
      }
    }
    out.push(v);
  }
  return out;
}

/**
 * Points `skip` to `skip + n - 1` of the `dims`-dimensional sequence, one row each, in [0, 1).
 * With `rng`, each dimension is digitally shifted by a random word drawn from it.
 */
export function sobolPoints(n: number, dims: number, skip = 0, rng?: Rng): number[][] {
  if (dims < 1 || dims > SOBOL_MAX_DIMENSIONS) {
    throw new RangeError(`Sobol' sequence: 1 to ${SOBOL_MAX_DIMENSIONS} dimensions, not ${dims}`);
  }
  const v = directions(dims);
  const shift = Array.from({ length: dims }, () => (rng ? Math.floor(rng() * TWO_32) >>> 0 : 0));
  const x = new Uint32Array(dims);
  const out: number[][] = [];
  // Gray-code order: point i differs from point i - 1 by the direction number of i - 1's lowest zero bit.
  for (let i = 0; i < skip + n; i++) {
    if (i >= skip) out.push(Array.from(x, (xd, d) => ((xd ^ shift[d]!) >>> 0) / TWO_32));
    let c = 0;
    let j = i;
    while (j & 1) {
      j >>>= 1;
      c++;
    }
    for (let d = 0; d < dims; d++) x[d] = (x[d]! ^ v[d]![c]!) >>> 0;
  }
  return out;
}
