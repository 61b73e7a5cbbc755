/**
 * A Fenwick (binary indexed) tree of 0/1 flags over positions 0..n-1: how many flags are set below a
 * position, and the position of the k-th set flag, both in O(log n). The random start uses it to
 * draw a uniform vacancy among those a household can afford (a prefix of dwellings sorted by rent).
 */
export class FlagTree {
  private readonly tree: Int32Array;
  private readonly flags: Uint8Array;
  private readonly top: number;
  readonly size: number;

  constructor(n: number) {
    this.size = n;
    this.tree = new Int32Array(n + 1);
    this.flags = new Uint8Array(n);
    let top = 1;
    while (top * 2 <= n) top *= 2;
    this.top = top;
  }

  /** Set every flag (O(n)). */
  fill(): void {
    const n = this.size;
    this.flags.fill(1);
    for (let i = 1; i <= n; i++) {
      this.tree[i] = i & -i;
    }
  }

  has(i: number): boolean {
    return this.flags[i] === 1;
  }

  /** Clear the flag at position i (it must be set). */
  clear(i: number): void {
    this.flags[i] = 0;
    for (let j = i + 1; j <= this.size; j += j & -j) this.tree[j]!--;
  }

  /** Number of set flags at positions 0..end-1. */
  countBelow(end: number): number {
    let n = 0;
    for (let j = end; j > 0; j -= j & -j) n += this.tree[j]!;
    return n;
  }

  /** Position of the k-th set flag (k from 0); k must be below the number of set flags. */
  kth(k: number): number {
    let pos = 0;
    let left = k + 1;
    for (let step = this.top; step > 0; step >>= 1) {
      const next = pos + step;
      if (next <= this.size && this.tree[next]! < left) {
        pos = next;
        left -= this.tree[next]!;
      }
    }
    return pos;
  }
}
