import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kiez, tempDir } from '../cli/kiez.ts';

const SEMINAR = resolve(import.meta.dirname, '../../scenarios/seminar-town.json');

describe('kiez run in city mode', () => {
  it('writes the metrics, a state table with every dwelling and every unhoused household, and the cells beside it', () => {
    const dir = tempDir();
    const r = kiez(['run', SEMINAR, '--ticks', '3', '--out', 'run.csv', '--state', 's.csv'], dir);
    expect(r.stderr).toContain('3 ticks');
    expect(r.code).toBe(0);
    const series = readFileSync(join(dir, 'run.csv'), 'utf8').trim().split('\n');
    expect(series).toHaveLength(5); // header, tick 0 and 3 ticks
    const header = series[0]!.split(',');
    for (const key of [
      'population',
      'unhoused',
      'moves',
      'vacancy',
      'meanRentBurden',
      'refusals.discrimination.refugee',
    ]) {
      expect(header).toContain(key);
    }
    const last = series[4]!.split(',');
    const unhoused = Number(last[header.indexOf('unhoused')]);
    expect(unhoused).toBeGreaterThan(0);
    const state = readFileSync(join(dir, 's.csv'), 'utf8').trim().split('\n');
    // header, 5000 dwellings, 10 quarters x 30 communal places, and the unhoused
    expect(state).toHaveLength(1 + 5300 + unhoused);
    const columns = state[0]!.split(',');
    for (const c of [
      'x',
      'y',
      'block',
      'quarter',
      'district',
      'segment',
      'rent',
      'quality',
      'origin',
      'income',
      'milieu',
      'kin',
      'schoolAttended',
    ]) {
      expect(columns).toContain(c);
    }
    // A vacant dwelling has empty household fields.
    const origin = columns.indexOf('origin');
    const rows = state.slice(1).map((l) => l.split(','));
    expect(rows.some((r) => r[origin] === '')).toBe(true);
    expect(rows.some((r) => r[origin] === 'native')).toBe(true);
    // The unhoused come last, with an empty dwelling.
    expect(rows.slice(5300).every((r) => r[0] === '' && r[origin] !== '')).toBe(true); // after 5000 dwellings and 300 communal places
    const cells = readFileSync(join(dir, 's.cells.csv'), 'utf8').trim().split('\n');
    expect(cells[0]).toBe('cell,x,y,block,quarter,district,housingType,built,dwellings');
    const manifest = JSON.parse(readFileSync(join(dir, 'run.manifest.json'), 'utf8'));
    expect(manifest.stateFiles).toEqual(['s.csv', 's.cells.csv']);
  });

  it('says in kiez run --help that --state also writes the cells table', () => {
    const r = kiez(['run', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('FILE.cells.csv');
  });
});
