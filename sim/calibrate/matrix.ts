/**
 * The few dense-matrix operations the SMM variance needs, for matrices of a handful of rows
 * (parameters x targets): product, transpose, and the inverse of a small symmetric matrix by
 * Gauss–Jordan elimination with partial pivoting. Arrays of rows, plain numbers, no allocation games.
 */

export type Matrix = number[][];

export function transpose(a: readonly (readonly number[])[]): Matrix {
  const rows = a.length;
  const cols = rows > 0 ? a[0]!.length : 0;
  return Array.from({ length: cols }, (_, j) => Array.from({ length: rows }, (_, i) => a[i]![j]!));
}

export function multiply(a: readonly (readonly number[])[], b: readonly (readonly number[])[]): Matrix {
  const inner = b.length;
  const cols = inner > 0 ? b[0]!.length : 0;
  return a.map((row) => {
    const out = new Array<number>(cols).fill(0);
    for (let k = 0; k < inner; k++) {
      const x = row[k]!;
      const bk = b[k]!;
      for (let j = 0; j < cols; j++) out[j]! += x * bk[j]!;
    }
    return out;
  });
}

export function diagonal(values: readonly number[]): Matrix {
  return values.map((v, i) => values.map((_, j) => (i === j ? v : 0)));
}

/**
 * The inverse of a square matrix, or undefined when it is singular to working precision (a pivot
 * below 1e-12 of the largest entry): a parameter the targets do not move has no finite variance.
 */
export function inverse(a: readonly (readonly number[])[]): Matrix | undefined {
  const n = a.length;
  const m = a.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  let scale = 0;
  for (const row of a) for (const x of row) scale = Math.max(scale, Math.abs(x));
  if (!(scale > 0) || !Number.isFinite(scale)) return undefined;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    if (Math.abs(m[pivot]![col]!) <= 1e-12 * scale) return undefined;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const p = m[col]!;
    const inv = 1 / p[col]!;
    for (let j = 0; j < 2 * n; j++) p[j]! *= inv;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const row = m[r]!;
      const f = row[col]!;
      if (f === 0) continue;
      for (let j = 0; j < 2 * n; j++) row[j]! -= f * p[j]!;
    }
  }
  return m.map((row) => row.slice(n));
}
