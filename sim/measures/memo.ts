/**
 * Several columns share one pass over the rows (isolation and exposure of every pair of
 * categories, D of every category against the rest): the pass fills a vector once per state of a
 * composition and the columns read from it.
 */
import type { Composition } from './composition.ts';

export class Memo {
  private owner: Composition | undefined;
  private version = -1;
  private values = new Float64Array(0);
  private readonly fill: (c: Composition, out: Float64Array) => void;
  private readonly size: (c: Composition) => number;

  constructor(size: (c: Composition) => number, fill: (c: Composition, out: Float64Array) => void) {
    this.size = size;
    this.fill = fill;
  }

  of(c: Composition): Float64Array {
    if (this.owner !== c || this.version !== c.version) {
      const n = this.size(c);
      if (this.values.length < n) this.values = new Float64Array(n);
      this.values.fill(0, 0, n);
      this.fill(c, this.values);
      this.owner = c;
      this.version = c.version;
    }
    return this.values;
  }
}
