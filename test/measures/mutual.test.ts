/**
 * The mutual information index M and its decompositions: hand-checkable grids, the identities
 * (between + within, local scores, group scores) on random states, and the published values of
 * R's `segregation` on its example table schools00 (test/fixtures/schools).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeMeasures } from '../../sim/measures/compute.ts';
import { unitComposition } from '../../sim/measures/composition.ts';
import { Composition } from '../../sim/measures/composition.ts';
import { readCountTable, tableScales } from '../../sim/measures/count-table.ts';
import { localScores, mutualM, withinByParent } from '../../sim/measures/mutual.ts';
import { nestedMap } from '../../sim/measures/nesting.ts';
import { selectionProblems } from '../../sim/measures/plan.ts';
import { stream } from '../../sim/rng.ts';
import { blocks, gridInputs, randomInputs } from './fixtures.ts';
import * as ref from './reference.ts';
import { selection } from './select.ts';

const M_ALL = 'M,Mgroup,H';

/** Unit composition of the inputs' first dimension at scale s. */
function units(inputs: ReturnType<typeof randomInputs>, s: number): Composition {
  const scale = inputs.scales[s]!;
  const unitOf = Int32Array.from(inputs.cellOf, (c) => scale.unitOfCell[c]!);
  const d = inputs.dimensions[0]!;
  return unitComposition(
    new Composition(),
    scale.units,
    unitOf,
    d.category,
    inputs.households,
    d.labels.length,
  );
}

describe('the mutual information index M', () => {
  it('is ln 2 with H = 1 for two equal groups in units completely apart, 0 for identical units', () => {
    // Left half group 1, right half group 2; blocks of 2 x 2 are each one group.
    const apart = gridInputs({
      width: 4,
      height: 4,
      cells: [0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1],
      sides: [2],
    });
    const m = computeMeasures(apart, selection({ indices: M_ALL }));
    expect(m['M.group.block2']).toBeCloseTo(Math.LN2, 15);
    expect(m['H.group.block2']).toBe(1);
    // Each group's local score is ln 2 too (its units hold half the households).
    expect(m['M.group=g1.block2']).toBeCloseTo(Math.LN2, 15);
    // Columns alternate: every 2 x 2 block holds two of each.
    const mixed = gridInputs({
      width: 4,
      height: 4,
      cells: [0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1],
      sides: [2],
    });
    const z = computeMeasures(mixed, selection({ indices: M_ALL }));
    // ln T - sum x ln x / T leaves a rounding residue of an ulp or so.
    expect(z['M.group.block2']).toBeCloseTo(0, 15);
    expect(z['H.group.block2']).toBeCloseTo(0, 15);
    expect(z['M.group=g2.block2']).toBe(0);
  });

  it('is 0 (not undefined) with a single category, where H is undefined', () => {
    const one = gridInputs({ width: 4, height: 4, cells: new Array(16).fill(0), sides: [2] });
    const m = computeMeasures(one, selection({ indices: 'M,H' }));
    expect(m['M.group.block2']).toBe(0);
    expect('H.group.block2' in m).toBe(false);
  });

  for (const seed of [1, 2, 3]) {
    it(`equals H times the city entropy, the reference M, and the weighted local and group scores (seed ${seed})`, () => {
      const k = 2 + seed;
      const inputs = randomInputs(seed, {
        width: 24,
        height: 24,
        torus: true,
        households: 900,
        categories: [k],
        sides: [2, 4, 8],
        radii: [2],
        clustered: seed !== 2,
      });
      const m = computeMeasures(inputs, selection({ indices: M_ALL }));
      for (let s = 0; s < inputs.scales.length; s++) {
        const name = inputs.scales[s]!.name;
        const t = ref.unitTable(inputs, 0, s);
        const big = ref.mutualInformation(t);
        expect(m[`M.d0.${name}`]).toBeCloseTo(big, 12);
        expect(m[`M.d0.${name}`]! / ref.cityEntropy(t)).toBeCloseTo(m[`H.d0.${name}`]!, 12);
        const c = units(inputs, s);
        const local = localScores(c);
        let weighted = 0;
        for (let u = 0; u < c.rows; u++)
          if (c.popTotal[u]! > 0) weighted += (c.popTotal[u]! / c.total) * local[u]!;
        expect(weighted).toBeCloseTo(big, 12);
        let byGroup = 0;
        for (let g = 0; g < k; g++) byGroup += (c.totals[g]! / c.total) * m[`M.d0=c${g}.${name}`]!;
        expect(byGroup).toBeCloseTo(big, 12);
      }
      // The person-centred M is the spatial H times the entropy.
      expect(m['M.d0.r2']! / m['H.d0.r2']!).toBeCloseTo(ref.cityEntropy(ref.unitTable(inputs, 0, 0)), 12);
    });
  }

  it('splits exactly into the part between larger units and the part within them, for M and H', () => {
    const inputs = randomInputs(4, {
      width: 24,
      height: 24,
      torus: false,
      households: 1200,
      categories: [3],
      sides: [2, 4, 8],
      radii: [],
      clustered: true,
    });
    const m = computeMeasures(
      inputs,
      selection({
        indices: 'M,H',
        scales: 'block2,block4,block8,block2-in-block4,block2-in-block8,block4-in-block8',
      }),
    );
    for (const [fine, coarse] of [
      ['block2', 'block4'],
      ['block2', 'block8'],
      ['block4', 'block8'],
    ]) {
      for (const ix of ['M', 'H']) {
        const within = m[`${ix}.d0.${fine}-in-${coarse}`]!;
        expect(within).toBeGreaterThan(0);
        expect(m[`${ix}.d0.${coarse}`]! + within).toBeCloseTo(m[`${ix}.d0.${fine}`]!, 12);
      }
    }
    // The within part is the population-weighted mean of each large unit's own M.
    const fine = units(inputs, 0);
    const coarse = units(inputs, 2);
    const byParent = withinByParent(fine, coarse, nestedMap(inputs.scales[0]!, inputs.scales[2]!)!);
    let sum = 0;
    for (let p = 0; p < coarse.rows; p++)
      if (coarse.popTotal[p]! > 0) sum += (coarse.popTotal[p]! / coarse.total) * byParent[p]!;
    expect(sum).toBeCloseTo(m['M.d0.block2-in-block8']!, 12);
    expect(mutualM(fine) - mutualM(coarse)).toBeCloseTo(sum, 12);
  });

  it('refuses a within scale whose units do not nest, naming it', () => {
    const inputs = randomInputs(5, {
      width: 12,
      height: 12,
      torus: true,
      households: 100,
      categories: [2],
      sides: [3, 4],
      radii: [],
    });
    const problems = selectionProblems(selection({ scales: 'block3-in-block4,block3-in-town' }), inputs);
    expect(problems.map((p) => p.allowed)).toEqual([
      'within scales A-in-B where every unit of A lies in one unit of B; "block3-in-block4": block3 does not nest in block4 (a unit of block3 lies in more than one unit of block4, or in none)',
      'within scales A-in-B where every unit of A lies in one unit of B; "town" in "block3-in-town" is not a container scale (block3, block4)',
    ]);
    expect(
      selectionProblems(selection({ scales: 'block3' }), { ...inputs, scales: [blocks(12, 12, 3, true)] }),
    ).toEqual([]);
  });
});

describe('indices from a table of counts', () => {
  const schools00 = readFileSync(new URL('../fixtures/schools/schools00.csv', import.meta.url), 'utf8');
  const spec = { group: 'race', units: ['school', 'district', 'state'] };
  const read = readCountTable(schools00, spec);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  const { inputs } = read.table;
  const m = computeMeasures(inputs, selection({ indices: 'all', scales: tableScales(inputs).join(',') }));

  it('reads schools00 as 877,739 students of 5 groups in 2,045 schools, 429 districts, 3 states', () => {
    expect(inputs.households).toBe(877_739);
    expect(inputs.dimensions[0]!.labels).toEqual(['asian', 'black', 'hisp', 'white', 'native']);
    expect(inputs.scales.map((s) => s.units)).toEqual([2045, 429, 3]);
  });

  it("gives R segregation's race x school M = 0.4255 and H = 0.4188 on schools00", () => {
    expect(m['M.race.school']).toBeCloseTo(0.4255, 4);
    expect(m['H.race.school']).toBeCloseTo(0.4188, 4);
  });

  it('gives the vignette between/within split: M 0.426 = 0.0992 + 0.326, H 0.419 = 0.0977 + 0.321', () => {
    expect(m['M.race.state']).toBeCloseTo(0.0992, 4);
    expect(m['M.race.school-in-state']).toBeCloseTo(0.326, 3);
    expect(m['H.race.state']).toBeCloseTo(0.0977, 4);
    expect(m['H.race.school-in-state']).toBeCloseTo(0.321, 3);
    for (const [fine, coarse] of [
      ['school', 'district'],
      ['school', 'state'],
      ['district', 'state'],
    ]) {
      expect(m[`M.race.${coarse}`]! + m[`M.race.${fine}-in-${coarse}`]!).toBeCloseTo(
        m[`M.race.${fine}`]!,
        12,
      );
    }
  });

  it('gives the same M as a reference sum over the table cells, and the local scores weigh up to it', () => {
    const rows: number[][] = [];
    const k = 5;
    const { counts } = read.table;
    for (let u = 0; u < inputs.scales[0]!.units; u++)
      rows.push(Array.from(counts.subarray(u * k, u * k + k)));
    expect(m['M.race.school']).toBeCloseTo(ref.mutualInformation(rows), 12);
    expect(m['D.race.school']).toBeCloseTo(ref.multigroupD(rows), 12);
  });

  it("bootstraps as R's mutual_total(se = TRUE): M bias 0.00361, se 0.000775, 90 % interval 0.421-0.423; H 0.00356, 0.414-0.416", () => {
    const sel = selection({
      indices: 'M,H',
      scales: 'school',
      interval: 'bootstrap',
      intervalReplicates: 200,
      level: 0.9,
    });
    const b = computeMeasures(inputs, sel, 0, 1);
    // R drew 500 bootstrap samples, this 200: the bias is known to about se / 14, the se to 5 %
    // (300 samples with two seeds gave se 0.00073 and 0.00078, bias 0.00365).
    expect(Math.abs(b['M.race.school.bias']! - 0.00361)).toBeLessThan(0.0002);
    expect(Math.abs(b['H.race.school.bias']! - 0.00356)).toBeLessThan(0.0002);
    expect(b['M.race.school.se']!).toBeGreaterThan(0.0006);
    expect(b['M.race.school.se']!).toBeLessThan(0.00095);
    // The interval is centred on the debiased index, 0.422 (H 0.415), as R's.
    expect(b['M.race.school']! - b['M.race.school.bias']!).toBeCloseTo(0.422, 3);
    expect(Math.abs(b['M.race.school.lower']! - 0.421)).toBeLessThan(0.001);
    expect(Math.abs(b['M.race.school.upper']! - 0.423)).toBeLessThan(0.001);
    expect(Math.abs(b['H.race.school.lower']! - 0.414)).toBeLessThan(0.001);
    expect(Math.abs(b['H.race.school.upper']! - 0.416)).toBeLessThan(0.001);
  });

  it('names the missing column and the row that does not nest, one line each', () => {
    const bad = readCountTable(schools00, { group: 'ethnicity', units: ['school'] });
    expect(bad.ok ? [] : bad.problems.map((p) => `${p.path}: ${p.value}: ${p.allowed}`)).toEqual([
      'ethnicity: (missing): the group column: a column among state, district, school, race, n',
    ]);
    const text = 'unit,parent,group,n\na,X,g1,3\na,Y,g2,1\n';
    const notNested = readCountTable(text, { group: 'group', units: ['unit', 'parent'] });
    expect(notNested.ok ? [] : notNested.problems.map((p) => `${p.path}: ${p.value}: ${p.allowed}`)).toEqual([
      'row 3, parent: Y: the one parent of unit a (given as X before): units must nest, finest first',
    ]);
    const negative = readCountTable('u,g,n\na,x,-1\n', { group: 'g', units: ['u'] });
    expect(negative.ok ? [] : negative.problems[0]!.path).toBe('row 2, n');
  });

  it('places a table on a raster with --xy: every index of a torus grid, radii and Moran included, as measured directly', () => {
    // Every cell occupied (the table lists only cells with households; the adjacency comes from them).
    const rng = stream(6, 'test/raster-table');
    const inputs = gridInputs({
      width: 20,
      height: 20,
      cells: Array.from({ length: 400 }, (_, c) =>
        rng() < 0.6 ? Math.floor(((c % 20) / 20) * 3) : Math.floor(rng() * 3),
      ),
      labels: ['c0', 'c1', 'c2'],
      sides: [4, 5],
      radii: [1, 3],
    });
    const lines = ['x,y,block4,block5,group'];
    for (let h = 0; h < inputs.households; h++) {
      const c = inputs.cellOf[h]!;
      const units = inputs.scales.map((s) => s.unitOfCell[c]!);
      lines.push(`${c % 20},${Math.floor(c / 20)},${units.join(',')},c${inputs.dimensions[0]!.category[h]}`);
    }
    const read = readCountTable(lines.join('\n'), {
      group: 'group',
      units: ['block4', 'block5'],
      raster: { x: 'x', y: 'y', width: 20, height: 20, torus: true, radii: [1, 3] },
    });
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    // Blocks of 4 and of 5 do not nest: no within scale.
    expect(tableScales(read.table.inputs)).toEqual(['block4', 'block5', 'r1', 'r3']);
    const sel = selection({ indices: 'all', dimensions: 'all', scales: 'block4,block5,r1,r3' });
    const direct = computeMeasures(
      { ...inputs, dimensions: [{ ...inputs.dimensions[0]!, name: 'group' }] },
      sel,
    );
    const fromTable = computeMeasures(read.table.inputs, sel);
    const labels = read.table.inputs.dimensions[0]!.labels;
    let compared = 0;
    for (const [k, v] of Object.entries(direct)) {
      // Category labels c0, c1, c2 keep their names; pairs are named in the table's order.
      if (!(k in fromTable)) {
        expect(k, k).toMatch(/=c\d\/c\d/);
        continue;
      }
      expect(fromTable[k], k).toBeCloseTo(v, 12);
      compared++;
    }
    expect(labels).toHaveLength(3);
    expect(compared).toBe(80);
    expect(Object.keys(fromTable).some((k) => k.startsWith('moran') && k.endsWith('block5'))).toBe(true);
    const twice = readCountTable('x,y,u,g\n0,0,a,g1\n0,0,b,g2\n', {
      group: 'g',
      units: ['u'],
      raster: { x: 'x', y: 'y' },
    });
    expect(twice.ok ? [] : twice.problems.map((p) => `${p.path}: ${p.value}: ${p.allowed}`)).toEqual([
      'cell 0 0, u: b: one u a cell (given as a in another row)',
    ]);
  });
});

describe('observed targets of a real city', () => {
  it("gives Berlin's D of foreigners against Germans at the four LOR levels (0.211, 0.188, 0.172, 0.125) and M's split", () => {
    const text = readFileSync(
      new URL('../fixtures/berlin/plr-2024-nationality.csv', import.meta.url),
      'utf8',
    );
    const read = readCountTable(text, { group: 'nationality', units: ['plr', 'bzr', 'pgr', 'district'] });
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const { inputs } = read.table;
    expect(inputs.households).toBe(3_897_145);
    // Two planning areas have no residents.
    expect(inputs.scales.map((s) => s.units)).toEqual([540, 143, 58, 12]);
    const m = computeMeasures(inputs, selection({ indices: 'D,M', scales: tableScales(inputs).join(',') }));
    expect(m['D.nationality.plr']).toBeCloseTo(0.211, 3);
    expect(m['D.nationality.bzr']).toBeCloseTo(0.188, 3);
    expect(m['D.nationality.pgr']).toBeCloseTo(0.172, 3);
    expect(m['D.nationality.district']).toBeCloseTo(0.125, 3);
    // Two thirds of the planning-area M lies within districts.
    expect(m['M.nationality.district']! + m['M.nationality.plr-in-district']!).toBeCloseTo(
      m['M.nationality.plr']!,
      12,
    );
    expect(m['M.nationality.plr-in-district']! / m['M.nationality.plr']!).toBeCloseTo(0.675, 3);
  });
});
