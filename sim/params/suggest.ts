/**
 * "Did you mean …?" for names a user typed: the known names nearest to an unknown one by edit
 * distance, so an error can name the right key, parameter path or measure instead of listing all.
 */

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const n = s.length;
  const m = t.length;
  if (n === 0) return m;
  if (m === 0) return n;
  // Three rolling rows: two back for the transposition, one back for the rest.
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let row = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    row[0] = i;
    for (let j = 1; j <= m; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        d = Math.min(d, prev2[j - 2]! + 1);
      }
      row[j] = d;
    }
    [prev2, prev, row] = [prev, row, prev2];
  }
  return prev[m]!;
}

/**
 * The known names close enough to `unknown` to be a plausible typo, nearest first (at most `max`).
 * "Close enough": within a third of the longer name's length (at least 1, at most 4 edits), or the
 * unknown name is the tail of a dotted known name (`cap` for `policies.cap`). Ties keep the order of
 * `known`, so the suggestion is deterministic.
 */
export function nearestNames(unknown: string, known: readonly string[], max = 3): string[] {
  const scored: { name: string; d: number; i: number }[] = [];
  const lower = unknown.toLowerCase();
  known.forEach((name, i) => {
    const d = editDistance(unknown, name);
    const limit = Math.min(4, Math.max(1, Math.floor(Math.max(unknown.length, name.length) / 3)));
    const tail = name.toLowerCase().endsWith(`.${lower}`);
    if (d <= limit || tail) scored.push({ name, d: tail ? Math.min(d, 1) : d, i });
  });
  scored.sort((x, y) => x.d - y.d || x.i - y.i);
  return scored.slice(0, max).map((s) => s.name);
}

/** " (did you mean "a" or "b"?)" for an error line, or "" when nothing is near. */
export function didYouMean(unknown: string, known: readonly string[]): string {
  const near = nearestNames(unknown, known, 2);
  if (near.length === 0) return '';
  return ` (did you mean ${near.map((n) => `"${n}"`).join(' or ')}?)`;
}
