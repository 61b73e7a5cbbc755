/** Split a whole number into integer parts proportional to shares (largest remainder). */

/** Split `total` into integer parts proportional to `shares` (largest remainder, ties to the first). */
export function apportion(shares: readonly number[], total: number): number[] {
  const sum = shares.reduce((a, b) => a + b, 0);
  const exact = shares.map((s) => (s / sum) * total);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((e, i) => [e - Math.floor(e), i] as const)
    .sort((p, q) => q[0] - p[0] || p[1] - q[1]);
  for (let k = 0; left > 0; k = (k + 1) % byRemainder.length, left--) {
    const i = byRemainder[k]![1];
    parts[i] = parts[i]! + 1;
  }
  return parts;
}
