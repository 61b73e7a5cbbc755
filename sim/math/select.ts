/**
 * Order statistics without sorting or allocating: the median of the first n values of a scratch
 * buffer, by quickselect (Hoare's selection) in place. The buffer's order is lost; pivots are the
 * middle element of the range, so the result and the work done depend only on the values.
 */

type Numbers = Int32Array | Float64Array;

/** The k-th smallest (0-based) of values[lo..hi], leaving it at index k. */
function select(a: Numbers, lo: number, hi: number, k: number): number {
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    // Now a[lo..j] <= pivot <= a[i..hi], and a[j+1..i-1] equal the pivot.
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}

/**
 * Median of values[0..n-1] (the mean of the two middle values when n is even); 0 when n is 0, so a
 * metric over an empty group is 0, never NaN. Reorders the buffer.
 */
export function medianInPlace(values: Numbers, n: number): number {
  if (n <= 0) return 0;
  const upper = n >>> 1;
  const hi = select(values, 0, n - 1, upper);
  if (n % 2 === 1) return hi;
  // After selecting `upper`, every value below it is <= a[upper]: the lower middle is their maximum.
  let lo = values[0]!;
  for (let i = 1; i < upper; i++) if (values[i]! > lo) lo = values[i]!;
  return (lo + hi) / 2;
}
