/** A city generated from a hand-made city file: cells, households, dwellings, scales, the observed start. */
import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../../../sim/city/invariants.ts';
import { CityModel } from '../../../sim/city/model.ts';
import { OWNER, SOCIAL } from '../../../sim/city/generate.ts';
import { setDissimilarity } from '../../../sim/city/real/set-dissimilarity.ts';
import { townScenario } from './fixture.ts';

const model = (city: Record<string, unknown> = {}) => new CityModel(townScenario(city), 1);

describe('a city from a city file', () => {
  it('gives each 1 km square area exactly 100 cells of 100 m on a 20 x 20 raster', () => {
    const { layout } = model().state;
    expect([layout.width, layout.height]).toEqual([20, 20]);
    const cells = new Int32Array(4);
    for (const u of layout.quarters.unitOfCell) cells[u]!++;
    expect(Array.from(cells)).toEqual([100, 100, 100, 100]);
    expect(layout.real?.crs).toBe('EPSG:32633');
  });

  it("makes persons / 1.9 households per area and group, and dwellings for them at 2 % vacancy (or the file's, when more)", () => {
    const { layout } = model().state;
    // Groups native, newcomer; areas A-D.
    expect(Array.from(layout.real!.households)).toEqual([1000, 2000, 3000, 4000, 0, 100, 200, 300]);
    const dwellings = new Int32Array(4);
    for (let d = 0; d < layout.dwellings; d++)
      if (layout.segment[d] !== 3) dwellings[layout.dwellingQuarter[d]!]!++;
    // ceil(1000 / 0.98) = 1021, ceil(2100 / 0.98) = 2143, C: the file's 3000 < 3266 needed, ceil(4300 / 0.98) = 4388.
    expect(Array.from(dwellings)).toEqual([1021, 2143, 3266, 4388]);
    expect(layout.communalPlaces).toBe(20);
  });

  it('scales households and dwellings by city.scale (one for ten)', () => {
    const { layout } = model({ scale: 10 }).state;
    expect(Array.from(layout.real!.households)).toEqual([100, 200, 300, 400, 0, 10, 20, 30]);
    expect(layout.real!.scale).toBe(10);
    expect(model({ scale: 10 }).metrics()['populationScale']).toBe(10);
  });

  it('uses the default segment shares in each area: 5 % social and 16 % owner-occupied of 1,021 dwellings in A', () => {
    const { layout } = model().state;
    let social = 0;
    let owner = 0;
    for (let d = 0; d < layout.dwellings; d++) {
      if (layout.dwellingQuarter[d] !== 0) continue;
      if (layout.segment[d] === SOCIAL) social++;
      if (layout.segment[d] === OWNER) owner++;
    }
    expect([social, owner]).toEqual([51, 163]);
  });

  it('takes the hierarchy as the scales, with the adjacency of the real squares', () => {
    const { layout } = model().state;
    const q = layout.quarters;
    const row = (u: number) =>
      Array.from(q.adjacency.subarray(q.adjacencyStart[u]!, q.adjacencyStart[u + 1]!));
    // A borders B and C, not D (they meet at a corner only).
    expect([row(0), row(1), row(2), row(3)]).toEqual([
      [1, 2],
      [0, 3],
      [0, 3],
      [1, 2],
    ]);
    expect(layout.districts.units).toBe(2);
    expect(Array.from(layout.quarterDistrict)).toEqual([0, 1, 0, 1]);
    expect(layout.real!.unitIds['district']).toEqual(['W', 'E']);
    const inputs = new CityModel(townScenario(), 1).measureInputs();
    expect(inputs.scales.map((s) => s.name)).toEqual(['block', 'quarter', 'district']);
    expect(inputs.radii).toEqual([2, 5]);
  });

  it('starts as observed: every area holds its households by group exactly, and its transfer share on basic security', () => {
    const m = model();
    const { hh, layout, params } = m.state;
    const counts = new Int32Array(8);
    const low = new Int32Array(4);
    const all = new Int32Array(4);
    for (let h = 0; h < hh.highWater; h++) {
      if (hh.status[h] !== 1) continue;
      const q = hh.quarter[h]!;
      counts[hh.origin[h]! * 4 + q]!++;
      all[q]!++;
      if (hh.income[h]! <= params.behaviour.transferIncome) low[q]!++;
    }
    expect(Array.from(counts)).toEqual([1000, 2000, 3000, 4000, 0, 100, 200, 300]);
    // Shares 0.1, 0.2, the mean of the given (0.7 / 3) for C, 0.4.
    expect(Array.from(low)).toEqual([100, 420, Math.round((0.7 / 3) * 3200), 1720]);
    expect(Array.from(all)).toEqual([1000, 2100, 3200, 4300]);
    expect(m.tick).toBe(0);
    checkInvariants(m);
  });

  it("starts random or settled with the file's households by group (10,000 natives, 600 newcomers), placed anywhere", () => {
    for (const start of ['random', 'settled'] as const) {
      const { hh } = model({ start, burnIn: 0 }).state;
      const byGroup = [0, 0];
      const newcomersIn = [0, 0, 0, 0];
      for (let h = 0; h < hh.highWater; h++) {
        if (hh.status[h] !== 1 && hh.status[h] !== 2) continue;
        byGroup[hh.origin[h]!]!++;
        if (hh.origin[h] === 1 && hh.status[h] === 1) newcomersIn[hh.quarter[h]!]!++;
      }
      expect(byGroup).toEqual([10_000, 600]);
      // Observed, area A has no newcomers; placed by the start's own rule, it has some.
      expect(newcomersIn[0]).toBeGreaterThan(0);
    }
  });

  it("reproduces the data's dissimilarity at tick 0: newcomers vs natives by area", () => {
    const inputs = model().measureInputs();
    // Newcomer shares of the households 0, 100/2100 ... : D = 1/2 sum |n_i/600 - r_i/10000|.
    const n = [0, 100, 200, 300];
    const r = [1000, 2000, 3000, 4000];
    const expected = n.reduce((s, x, i) => s + Math.abs(x / 600 - r[i]! / 10_000), 0) / 2;
    expect(setDissimilarity(inputs, 'origin', ['newcomer'], 'quarter')).toBeCloseTo(expected, 12);
  });

  it('runs forward a year with its invariants holding every tick', () => {
    const m = model({ scale: 10 });
    for (let t = 0; t < 12; t++) {
      m.step();
      checkInvariants(m);
    }
    expect(m.state.population0).toBe(1060);
  });

  it('the same file and seed give the same city and run, bit for bit', () => {
    const a = model({ scale: 10 });
    const b = model({ scale: 10 });
    for (let t = 0; t < 3; t++) {
      a.step();
      b.step();
    }
    expect(a.digest()).toBe(b.digest());
  });
});
