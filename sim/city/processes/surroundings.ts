/**
 * A housed household's person-centred environment as the mechanisms read it: the other households
 * of its block (its quarter's when it is alone in the block), from the kept composition counts, so
 * each read is O(1) and allocates nothing. Shares leave the household itself out.
 */
import { BANDS } from '../composition.ts';
import type { CityState } from '../state.ts';

/** Share of h's own origin group among the other households around it (0 when there are none). */
export function ownShareAround(s: CityState, h: number): number {
  const { hh } = s;
  const g = s.groups;
  const b = s.layout.dwellingBlock[hh.dwelling[h]!]!;
  const bc = s.blockCounts;
  if (bc.total[b]! > 1) return (bc.origin[b * g + hh.origin[h]!]! - 1) / (bc.total[b]! - 1);
  const q = hh.quarter[h]!;
  const qc = s.quarterCounts;
  return qc.total[q]! > 1 ? (qc.origin[q * g + hh.origin[h]!]! - 1) / (qc.total[q]! - 1) : 0;
}

/** Share of low incomes among the other households around h (0 when there are none). */
export function lowShareAround(s: CityState, h: number): number {
  const { hh } = s;
  const self = hh.incomeBand[h] === 0 ? 1 : 0;
  const b = s.layout.dwellingBlock[hh.dwelling[h]!]!;
  const bc = s.blockCounts;
  if (bc.total[b]! > 1) return (bc.band[b * BANDS]! - self) / (bc.total[b]! - 1);
  const q = hh.quarter[h]!;
  const qc = s.quarterCounts;
  return qc.total[q]! > 1 ? (qc.band[q * BANDS]! - self) / (qc.total[q]! - 1) : 0;
}
