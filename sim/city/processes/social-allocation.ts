/**
 * Letting social housing from the waiting list, once per tick before the market search. Each vacant
 * social dwelling, in random order, is offered down the list (first come, first served) to
 * households still eligible (income at most socialIncomeLimit) and not under the residence
 * obligation: the first that can take it (affordable, not refused by the landlord or a policy, see
 * Chooser.access) and accepts it moves in. At most `socialOffers` households are asked per dwelling
 * and tick; a dwelling nobody takes waits for the next tick. Social rents are fixed, so this queue,
 * not a price, rations social housing, as municipal allocation does.
 */
import { type Rng, shuffleInPlace } from '../../rng.ts';
import type { Chooser } from '../choice.ts';
import { LEGAL_OBLIGATION } from '../households.ts';
import type { CityState } from '../state.ts';

export class SocialAllocation {
  private readonly s: CityState;
  private readonly chooser: Chooser;
  /** Scratch: this tick's vacant social dwellings in the order they are offered (grows as needed). */
  private order = new Int32Array(64);

  constructor(s: CityState, chooser: Chooser) {
    this.s = s;
    this.chooser = chooser;
  }

  run(rng: Rng): void {
    const s = this.s;
    const pool = s.socialVacancies;
    const list = s.waitingList;
    const n = pool.size;
    if (n === 0 || list.head === list.tail) return;
    if (this.order.length < n) this.order = new Int32Array(Math.max(n, 2 * this.order.length));
    this.order.set(pool.items.subarray(0, n));
    shuffleInPlace(rng, this.order, n);
    for (let i = 0; i < n; i++) this.offer(this.order[i]!, rng);
    list.trimHead(s.hh);
  }

  /** Offer vacant social dwelling d down the waiting list; true when somebody took it. */
  private offer(d: number, rng: Rng): boolean {
    const s = this.s;
    const { hh, waitingList: list } = s;
    const limit = s.params.behaviour.socialIncomeLimit;
    const most = s.params.behaviour.socialOffers;
    let asked = 0;
    for (let i = list.head; i < list.tail && asked < most; i++) {
      if (!list.live(hh, i)) continue;
      const h = list.household[i]!;
      if (hh.legal[h] === LEGAL_OBLIGATION || hh.income[h]! > limit || hh.dwelling[h] === d) continue;
      asked++;
      if (this.chooser.offerRefused(h, d, rng) > 0) continue;
      if (!this.chooser.acceptsOffer(h, d, rng)) continue;
      s.moveTo(h, d);
      return true;
    }
    return false;
  }
}
