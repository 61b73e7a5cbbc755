import { describe, expect, it } from 'vitest';
import { COMMUNAL, generateCity, OWNER, SOCIAL } from '../../sim/city/generate.ts';
import { HOUSING_TYPES } from '../../sim/city/params-city.ts';
import { Digest } from '../../sim/digest.ts';
import { cityScenario } from './helpers.ts';

const layoutOf = (dwellings: number, seed: number, city: Record<string, unknown> = {}) =>
  generateCity(cityScenario({ city: { dwellings, ...city } }).city, seed);

describe('synthetic city generator', () => {
  it.each([500, 5000, 40_000])(
    'makes exactly %i dwellings, each in a cell, building, block and quarter',
    (n) => {
      const c = layoutOf(n, 3);
      expect(c.regularDwellings).toBe(n);
      expect(c.dwellings).toBe(n + c.communalPlaces);
      expect(c.cellStart[c.width * c.height]).toBe(c.dwellings);
      let wrong = 0;
      let communal = 0;
      for (let d = 0; d < c.dwellings; d++) {
        if (c.segment[d] === COMMUNAL) communal++;
        const cell = c.dwellingCell[d]!;
        if (d < c.cellStart[cell]! || d >= c.cellStart[cell + 1]!) wrong++;
        if (c.blocks.unitOfCell[cell] !== c.dwellingBlock[d]) wrong++;
        if (c.quarters.unitOfCell[cell] !== c.dwellingQuarter[d]) wrong++;
      }
      expect(wrong).toBe(0);
      expect(communal).toBe(c.communalPlaces);
      expect(c.buildings).toBeGreaterThan(0);
      expect(c.buildings).toBeLessThanOrEqual(c.width * c.height);
    },
  );

  it('nests blocks in quarters and quarters in districts, and gives every scale several units', () => {
    const c = layoutOf(20_000, 5, { dwellingsPerQuarter: 1000, quartersPerDistrict: 4 });
    for (let cell = 0; cell < c.width * c.height; cell++) {
      const q = c.quarters.unitOfCell[cell]!;
      expect(c.blockQuarter[c.blocks.unitOfCell[cell]!]).toBe(q);
      expect(c.districts.unitOfCell[cell]).toBe(c.quarterDistrict[q]);
    }
    expect(c.quarters.units).toBe(20);
    expect(c.districts.units).toBeGreaterThanOrEqual(3);
    expect(c.blocks.units).toBeGreaterThan(c.quarters.units);
  });

  it('has symmetric rook adjacency without self-loops at every scale', () => {
    const c = layoutOf(8000, 2);
    for (const scale of [c.blocks, c.quarters, c.districts]) {
      const pairs = new Set<string>();
      for (let u = 0; u < scale.units; u++) {
        for (let i = scale.adjacencyStart[u]!; i < scale.adjacencyStart[u + 1]!; i++) {
          const v = scale.adjacency[i]!;
          expect(v).not.toBe(u);
          pairs.add(`${u},${v}`);
        }
      }
      for (const p of pairs) {
        const [u, v] = p.split(',');
        expect(pairs.has(`${v},${u}`)).toBe(true);
      }
      expect(pairs.size).toBeGreaterThan(0);
    }
  });

  it('lays old-town quarters nearer the centre than suburbs, and makes old-town quarters the arrival quarters (several seeds)', () => {
    for (const seed of [1, 2, 3, 4]) {
      const c = layoutOf(30_000, seed, { dwellingsPerQuarter: 600 });
      const mean = (t: number) => {
        let sum = 0;
        let n = 0;
        for (let q = 0; q < c.quarters.units; q++) {
          if (c.quarterType[q] !== t) continue;
          sum += c.quarterCentreDistance[q]!;
          n++;
          expect(c.quarterArrival[q]).toBe(HOUSING_TYPES[t] === 'oldTown' ? 1 : 0);
        }
        return sum / n;
      };
      expect(mean(HOUSING_TYPES.indexOf('oldTown'))).toBeLessThan(mean(HOUSING_TYPES.indexOf('suburb')));
    }
  });

  it('gives each housing type about its share of dwellings and its segments about their shares', () => {
    const c = layoutOf(50_000, 7, { dwellingsPerQuarter: 500 });
    const types = cityScenario().city.types;
    HOUSING_TYPES.forEach((name, t) => {
      let n = 0;
      let social = 0;
      let owner = 0;
      for (let d = 0; d < c.dwellings; d++) {
        if (c.quarterType[c.dwellingQuarter[d]!] !== t) continue;
        n++;
        if (c.segment[d] === SOCIAL) social++;
        if (c.segment[d] === OWNER) owner++;
      }
      expect(n / c.dwellings).toBeCloseTo(types[name].share, 1);
      // Segments are drawn per building: estates have few large buildings, so allow more noise there.
      expect(Math.abs(social / n - types[name].socialShare)).toBeLessThan(0.12);
      expect(Math.abs(owner / n - types[name].ownerShare)).toBeLessThan(0.12);
    });
  });

  it('gives every dwelling a positive rent and a quality in 0-1, social rents below private ones', () => {
    const c = layoutOf(10_000, 4);
    let socialSum = 0;
    let socialN = 0;
    let privateSum = 0;
    let privateN = 0;
    for (let d = 0; d < c.dwellings; d++) {
      if (c.segment[d] === COMMUNAL) {
        // The authority pays for communal places: no rent to the household.
        expect(c.baseRent[d]).toBe(0);
        continue;
      }
      expect(c.baseRent[d]).toBeGreaterThan(0);
      expect(c.quality[d]! >= 0 && c.quality[d]! <= 1).toBe(true);
      if (c.segment[d] === SOCIAL) {
        socialSum += c.baseRent[d]!;
        socialN++;
      } else {
        privateSum += c.baseRent[d]!;
        privateN++;
      }
    }
    expect(socialSum / socialN).toBeLessThan(privateSum / privateN);
  });

  it('builds the same city from the same seed and a different one from another seed', () => {
    const digest = (seed: number) => {
      const c = layoutOf(5000, seed);
      return new Digest()
        .array(c.dwellingCell)
        .array(c.segment)
        .array(c.quality)
        .array(c.baseRent)
        .array(c.quarters.unitOfCell)
        .hex();
    };
    expect(digest(11)).toBe(digest(11));
    expect(digest(11)).not.toBe(digest(12));
  });
});
