/**
 * `kiez measures --table` and `kiez difference` as a user runs them: R segregation's schools
 * tables, a state exported by `kiez run --state` recomputed into the run's own figures, and bad
 * input refused with one line each before any work.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kiez, tempDir } from '../cli/kiez.ts';

const SCHOOLS = resolve(import.meta.dirname, '../fixtures/schools');
const TOWN = resolve(import.meta.dirname, '../../scenarios/seminar-town.json');

/** `column,value` lines as a record. */
function values(csv: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const line of csv.trim().split('\n').slice(1)) {
    const [k, v] = line.split(',');
    out[k!] = Number(v);
  }
  return out;
}

describe('kiez measures --table', () => {
  it('computes M, H and the within parts of schools00 (schools in districts in states)', () => {
    const r = kiez([
      'measures',
      '--table',
      join(SCHOOLS, 'schools00.csv'),
      '--group',
      'race',
      '--units',
      'school,district,state',
    ]);
    expect(r.stderr).toBe(
      'kiez measures: ' +
        join(SCHOOLS, 'schools00.csv') +
        ': 877739 households, 5 groups, 2045 school, 429 district, 3 state\n',
    );
    expect(r.code).toBe(0);
    const m = values(r.stdout);
    expect(m['M.race.school']).toBeCloseTo(0.4255, 4);
    expect(m['H.race.school']).toBeCloseTo(0.4188, 4);
    expect(m['M.race.state']! + m['M.race.school-in-state']!).toBeCloseTo(m['M.race.school']!, 12);
    expect(m['D.race.school']).toBeGreaterThan(0);
    expect(Object.keys(m).some((k) => k.startsWith('moran'))).toBe(false);
  });

  it("recomputes a run's indices from its state export, to 1e-12: containers, and with --xy radii and Moran's I", () => {
    const dir = tempDir();
    const run = kiez(
      [
        'run',
        TOWN,
        '--ticks',
        '2',
        '--measures',
        'indices=M,H,D,Mgroup,isolation,moran;scales=block,quarter,district,quarter-in-district,r1,r2',
        '--out',
        'run.csv',
        '--state',
        'state.csv',
      ],
      dir,
    );
    expect(run.code).toBe(0);
    const lines = readFileSync(join(dir, 'run.csv'), 'utf8').trim().split('\n');
    const header = lines[0]!.split(',');
    const last = lines.at(-1)!.split(',');
    const compare = (m: Record<string, number>, scales: RegExp, skip: RegExp) => {
      let compared = 0;
      header.forEach((name, i) => {
        if (!/^(M|H|D|isolation|moran)\.origin/.test(name) || !scales.test(name) || skip.test(name)) return;
        expect(m[name], name).toBeCloseTo(Number(last[i]), 12);
        compared++;
      });
      return compared;
    };
    const units = kiez(
      ['measures', '--table', 'state.csv', '--group', 'origin', '--units', 'block,quarter,district'],
      dir,
    );
    expect(units.code).toBe(0);
    // M, H, D on three scales, M and H within, four group scores and four isolations on three.
    expect(compare(values(units.stdout), /\.(block|quarter|district|quarter-in-district)$/, /^moran/)).toBe(
      3 * 3 + 2 + 4 * 3 + 4 * 3,
    );
    const raster = kiez(
      [
        'measures',
        '--table',
        'state.csv',
        '--group',
        'origin',
        '--units',
        'block,quarter,district',
        '--xy',
        'x,y',
        '--radii',
        '1,2',
      ],
      dir,
    );
    expect(raster.code).toBe(0);
    // Everything, radii included; Moran's I of blocks only differs: their adjacency runs through
    // cells without dwellings, which the export does not list.
    expect(
      compare(
        values(raster.stdout),
        /\.(block|quarter|district|quarter-in-district|r1|r2)$/,
        /^moran.*\.block$/,
      ),
    ).toBe(3 * 5 + 2 + 4 * 3 + 4 * 5 + 4 * 2);
  });

  it('adds bootstrap intervals and the random baseline to observed data with --measures', () => {
    const file = join(SCHOOLS, 'schools00.csv');
    const args = ['measures', '--table', file, '--group', 'race', '--units', 'school', '--indices', 'M'];
    const r = kiez([
      ...args,
      '--measures',
      'interval=bootstrap;intervalReplicates=20;random=true;replicates=3',
    ]);
    expect(r.code).toBe(0);
    expect(Object.keys(values(r.stdout))).toEqual([
      'M.race.school',
      'M.race.school.lower',
      'M.race.school.upper',
      'M.race.school.bias',
      'M.race.school.se',
      'M.race.school.random',
      'M.race.school.random.sd',
      'M.race.school.random.p',
    ]);
    const bad = kiez([...args, '--measures', 'interval=jackknife']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      'kiez measures: --measures: measures.interval: "jackknife": one of "none", "bootstrap", "permutation"\n',
    );
  });

  it('refuses a missing column, units that do not nest, and a bad index list, one line each', () => {
    const file = join(SCHOOLS, 'schools00.csv');
    const missing = kiez(['measures', '--table', file, '--group', 'ethnicity', '--units', 'school']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toEqual([
      `kiez measures: ${file}: ethnicity: "(missing)": the group column: a column among state, district, school, race, n`,
    ]);
    // A state holds many districts, not the other way round.
    const inverted = kiez(['measures', '--table', file, '--group', 'race', '--units', 'state,district']);
    expect(inverted.code).toBe(2);
    expect(inverted.stderr).toBe(
      `kiez measures: ${file}: row 16, district: "A2": the one district of state A (given as A1 before): units must nest, finest first\n`,
    );
    const bad = kiez([
      'measures',
      '--table',
      file,
      '--group',
      'race',
      '--units',
      'school',
      '--indices',
      'M,Q',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('kiez difference', () => {
  it("decomposes schools00 -> schools05 as R's mutual_difference, and says how far IPF went", () => {
    const r = kiez([
      'difference',
      join(SCHOOLS, 'schools00.csv'),
      join(SCHOOLS, 'schools05.csv'),
      '--group',
      'race',
      '--unit',
      'school',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 4)).toEqual([
      'stat,est',
      'M1,0.4255389758764202',
      'M2,0.41338509201967516',
      'diff,-0.01215388385674504',
    ]);
    const parts = values(r.stdout.replace('stat,est', 'column,value'));
    const sum = ['additions', 'removals', 'group_marginal', 'unit_marginal', 'structural'].reduce(
      (s, k) => s + parts[k]!,
      0,
    );
    expect(sum).toBeCloseTo(parts['diff']!, 13);
    expect(r.stderr).toMatch(
      /^kiez difference: overlap of 1710 units and 5 groups; IPF converged \(\d+ sweeps at most/,
    );
  });

  it('decomposes the change between two ticks of a run given as two scenario files', () => {
    const dir = tempDir();
    // A preset by name: extends may not reach a path outside the scenario's folder.
    writeFileSync(join(dir, 'a.json'), JSON.stringify({ extends: 'seminar-town', name: 'start', ticks: 0 }));
    writeFileSync(
      join(dir, 'b.json'),
      JSON.stringify({ extends: 'seminar-town', name: 'two years', ticks: 24 }),
    );
    const r = kiez(['difference', 'a.json', 'b.json', '--group', 'origin', '--unit', 'quarter'], dir);
    expect(r.code).toBe(0);
    const p = values(r.stdout.replace('stat,est', 'column,value'));
    // The same quarters and groups at both ticks: nothing added or removed.
    expect([p['additions'], p['removals']]).toEqual([0, 0]);
    expect(p['group_marginal']! + p['unit_marginal']! + p['structural']!).toBeCloseTo(p['diff']!, 13);
    expect(r.stderr).toMatch(/overlap of 10 units and 4 groups; IPF converged/);
  });

  it('refuses two states of different dimensions (no such group column in one), one line', () => {
    const dir = tempDir();
    expect(kiez(['run', TOWN, '--ticks', '0', '--state', 'town.csv'], dir).code).toBe(0);
    const r = kiez(
      ['difference', 'town.csv', join(SCHOOLS, 'schools05.csv'), '--group', 'origin', '--unit', 'quarter'],
      dir,
    );
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /schools05\.csv: origin: "\(missing\)": the group column: a column among state, district, school, race, n$/,
    );
    expect(lines[1]).toMatch(/schools05\.csv: quarter: "\(missing\)": a unit column: a column among/);
  });
});
