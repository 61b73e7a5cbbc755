/**
 * The Berlin example (examples/cities/berlin): it validates, projects to the city's real area,
 * generates about 3.9 million residents in about 2 million households, and its observed start
 * reproduces the data's dissimilarity at the four LOR scales (sanity_dissimilarity.csv of the
 * source data): to 1e-3 at full scale, and to 2e-3 at 1:10.
 */
import { describe, expect, it } from 'vitest';
import { withCityFile } from '../../../cli/city-file.ts';
import { loadScenarioFile } from '../../../cli/files.ts';
import { CityModel } from '../../../sim/city/model.ts';
import { readBoundaries, ringsArea } from '../../../sim/city/real/boundaries.ts';
import { setDissimilarity } from '../../../sim/city/real/set-dissimilarity.ts';
import type { Scenario } from '../../../sim/scenario/spec.ts';

const PATH = 'scenarios/berlin.json';
const SCALES = ['quarter', 'bzr', 'pgr', 'district'];
/** Amt für Statistik Berlin-Brandenburg, 31.12.2024, by LOR scale (the source data's sanity table). */
const FOREIGNERS = [0.211, 0.188, 0.172, 0.125];
const MIGRATION_BACKGROUND = [0.241, 0.221, 0.211, 0.175];
const FOREIGN = ['eu', 'thirdcountry'];
const WITH_BACKGROUND = ['germanmb', 'eu', 'thirdcountry'];

function berlin(scale: number): Scenario {
  const s = loadScenarioFile(PATH);
  return withCityFile({ ...s, city: { ...s.city, scale } }, PATH);
}

function dissimilarities(m: CityModel, members: readonly string[]): number[] {
  const inputs = m.measureInputs();
  return SCALES.map((sc) => setDissimilarity(inputs, 'origin', members, sc));
}

/** Each value within `tolerance` of the data's (all compared, so a failure shows every scale). */
function expectNear(actual: number[], expected: number[], tolerance: number): void {
  expect(actual.map((d, i) => Math.abs(d - expected[i]!) < tolerance)).toEqual(expected.map(() => true));
}

describe('Berlin as a city file', () => {
  it("projects its 542 boundaries to 891 km², Berlin's area, within 0.2 %", () => {
    const s = berlin(1) as Scenario & { cityFile: { geojson: string } };
    const b = readBoundaries(s.cityFile.geojson);
    if (!b.ok) throw new Error('boundaries did not read');
    expect(b.boundaries.ids.length).toBe(542);
    expect(b.boundaries.crs).toBe('EPSG:32633');
    const km2 = b.boundaries.rings.reduce((sum, rs) => sum + ringsArea(rs), 0) / 1e6;
    // 891.1 km² (Amt für Statistik Berlin-Brandenburg); UTM's scale factor shrinks areas by about 0.05 %.
    expect(Math.abs(km2 / 891.1 - 1)).toBeLessThan(0.002);
  });

  it('at 1:10 gives 205,112 households and reproduces D by scale to 2e-3', () => {
    const m = new CityModel(berlin(10), 1);
    expect(m.state.population0).toBe(205_112);
    expect(m.state.layout.real!.residents).toBe(3_897_145);
    const units = m.measureInputs().scales.map((s) => [s.name, s.units]);
    expect(units.slice(1)).toEqual([
      ['quarter', 542],
      ['bzr', 143],
      ['pgr', 58],
      ['district', 12],
    ]);
    expectNear(dissimilarities(m, FOREIGN), FOREIGNERS, 2e-3);
    expectNear(dissimilarities(m, WITH_BACKGROUND), MIGRATION_BACKGROUND, 2e-3);
  });

  it('at full scale gives about 2 million households and reproduces D by scale to 1e-3', () => {
    const m = new CityModel(berlin(1), 1);
    // 3,897,145 residents / 1.9 persons per household, rounded per area and group.
    expect(m.state.population0).toBe(2_051_129);
    expectNear(dissimilarities(m, FOREIGN), FOREIGNERS, 1e-3);
    expectNear(dissimilarities(m, WITH_BACKGROUND), MIGRATION_BACKGROUND, 1e-3);
  }, 180_000);
});
