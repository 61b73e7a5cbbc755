/**
 * Search reads a drawn vacancy from the market pool's own copy of its packed record, and its price
 * from the pool's keys (IndexSet.mirrorOf, keyBy; Chooser.priceVacancies): those copies must stay
 * what the dwelling's own data says through moves, a programme converting dwellings, and a restore.
 */
import { describe, expect, it } from 'vitest';
import { PACK, SOCIAL } from '../../sim/city/generate.ts';
import { CityModel } from '../../sim/city/model.ts';
import type { CityState } from '../../sim/city/state.ts';
import { cityPolicies } from '../../sim/policies/build.ts';
import { loadScenario } from '../../sim/scenario/resolve.ts';

/** Vacancies whose mirrored record differs from layout.packed, and whose price differs from rent(d). */
function mismatches(s: CityState, prices?: Float64Array): { records: number; prices: number } {
  const pool = s.vacancies;
  const packed = s.layout.packed;
  const mirror = pool.mirrorOf(packed, PACK);
  let records = 0;
  let wrong = 0;
  for (let i = 0; i < pool.size; i++) {
    const d = pool.items[i]!;
    for (let f = 0; f < PACK; f++) if (mirror[i * PACK + f] !== packed[d * PACK + f]) records++;
    if (prices && prices[i] !== s.rent(d)) wrong++;
  }
  return { records, prices: wrong };
}

describe('the market pool copy that search reads', () => {
  const scenario = loadScenario({
    mode: 'city',
    ticks: 12,
    city: { dwellings: 3000, dwellingsPerQuarter: 300 },
    policies: [
      { type: 'socialHousing', units: 300, buildTicks: 6, placement: 'dispersed', dispersal: 'belowMedian' },
    ],
  });

  it('holds every vacancy as packed has it, and prices it at its rent, while a programme converts dwellings', () => {
    const model = new CityModel(scenario, 3, undefined, cityPolicies(scenario));
    const s = model.state;
    const socialDwellings = () => s.layout.segment.reduce((n, seg) => n + (seg === SOCIAL ? 1 : 0), 0);
    const social0 = socialDwellings();
    let checked = 0;
    for (let t = 0; t < 8; t++) {
      model.step();
      expect(mismatches(s)).toEqual({ records: 0, prices: 0 });
      model.chooser.priceVacancies();
      // Moves after pricing, as in the round: the vacancies added are priced as they come.
      for (let i = 0; i < 20 && s.searchers.size > 0; i++) {
        const h = s.searchers.items[i]!;
        if (s.hh.dwelling[h]! >= 0) s.becomeUnhoused(h);
      }
      expect(mismatches(s, s.vacancies.keysNow())).toEqual({ records: 0, prices: 0 });
      model.chooser.forgetPrices();
      checked += s.vacancies.size;
    }
    expect(checked).toBeGreaterThan(0);
    expect(socialDwellings()).toBeGreaterThan(social0); // the programme did convert dwellings
  });

  it('is rebuilt from a snapshot in the snapshot order', () => {
    const model = new CityModel(scenario, 3, undefined, cityPolicies(scenario));
    for (let t = 0; t < 5; t++) model.step();
    const restored = new CityModel(scenario, 3, model.save(), cityPolicies(scenario));
    const s = restored.state;
    restored.chooser.priceVacancies();
    expect(mismatches(s, s.vacancies.keysNow())).toEqual({ records: 0, prices: 0 });
    restored.step();
    model.step();
    expect(restored.digest()).toBe(model.digest());
  });
});
