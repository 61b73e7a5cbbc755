/**
 * Who starts looking for a dwelling this tick: asylum seekers whose residence obligation ends (those
 * in communal accommodation must; of the others some look for a home of their own, e.g. near kin,
 * and from now on they pay their rent themselves), households whose rent burden has grown too large
 * (displaced: they must leave), and others at a base rate plus their dissatisfaction with where they
 * live. Households already searching, or still under the obligation, are left alone. Candidates
 * are found by thinning (thinning.ts); one uniform decides both displacement (u < displacementRate,
 * when the burden is too high) and a voluntary search (u < moveRate + dissatisfactionWeight x
 * dissatisfaction).
 */
import type { Rng } from '../../rng.ts';
import type { Chooser } from '../choice.ts';
import { COMMUNAL } from '../generate.ts';
import {
  HOUSED,
  LEGAL_OBLIGATION,
  LEGAL_REGULAR,
  SEARCH_FORCED,
  SEARCH_NONE,
  SEARCH_RELOCATE,
  SEARCH_VOLUNTARY,
} from '../households.ts';
import type { CityState } from '../state.ts';
import { forEachCandidate } from './thinning.ts';

/** Dissatisfaction of household h with its dwelling and neighbourhood, 0-1. */
export function dissatisfaction(s: CityState, chooser: Chooser, h: number): number {
  const v = chooser.utility(h, s.hh.dwelling[h]!, true) / chooser.weightSum;
  const x = s.params.behaviour.aspiration - v;
  return x < 0 ? 0 : Math.min(x, 1);
}

export function decideMoves(s: CityState, chooser: Chooser, rng: Rng): void {
  const b = s.params.behaviour;
  const { hh } = s;
  for (let h = 0; h < hh.highWater; h++) {
    if (hh.legal[h] !== LEGAL_OBLIGATION || hh.obligationEnd[h]! > s.tick) continue;
    hh.legal[h] = LEGAL_REGULAR;
    if (hh.status[h] !== HOUSED) continue;
    // Communal accommodation is for the obligation only: its residents must find a dwelling.
    if (hh.segment[h] === COMMUNAL) {
      s.startSearch(h, SEARCH_RELOCATE);
      s.secondaryMoves++;
    } else if (hh.search[h] === SEARCH_NONE && rng() < b.secondaryMoveShare) {
      s.startSearch(h, SEARCH_VOLUNTARY);
      s.secondaryMoves++;
    }
  }
  const most = Math.max(b.displacementRate, b.moveRate + b.dissatisfactionWeight);
  // Dissatisfaction is at most 1, so at u >= this no dissatisfaction can start a search: its
  // utility is not computed (the same decisions, bit for bit; most candidates of a tick).
  const mostVoluntary = b.moveRate + Math.max(b.dissatisfactionWeight, 0);
  forEachCandidate(rng, hh.highWater, most, (h, u) => {
    if (hh.status[h] !== HOUSED || hh.search[h] !== SEARCH_NONE || hh.legal[h] === LEGAL_OBLIGATION) return;
    // One uniform decides both events: displacement first, then a voluntary search.
    if (u < b.displacementRate && overBurdened(s, h)) {
      s.startSearch(h, SEARCH_FORCED);
      s.noteDisplacement(h);
      return;
    }
    if (
      u < b.moveRate ||
      (u < mostVoluntary && u < b.moveRate + b.dissatisfactionWeight * dissatisfaction(s, chooser, h))
    ) {
      s.startSearch(h, SEARCH_VOLUNTARY);
    }
  });
}

/**
 * Whether h's housing cost is above what it can carry: displacementBurden x income, unless it lives
 * on basic security and the office covers the rent (cost up to coveredRent).
 */
function overBurdened(s: CityState, h: number): boolean {
  const b = s.params.behaviour;
  const income = s.hh.income[h]!;
  const cost = s.housingCost(h);
  if (cost <= b.displacementBurden * income) return false;
  return !(income <= b.transferIncome && cost <= b.coveredRent);
}
