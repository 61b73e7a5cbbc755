import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kiez, tempDir } from '../cli/kiez.ts';

const SEMINAR = resolve(import.meta.dirname, '../../scenarios/seminar-town.json');

describe('kiez run in city mode', () => {
  it('writes the metrics and a per-dwelling state table with every household attribute', () => {
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
    const state = readFileSync(join(dir, 's.csv'), 'utf8').trim().split('\n');
    expect(state).toHaveLength(5301); // header, 5000 dwellings and 10 quarters x 30 communal places
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
    ]) {
      expect(columns).toContain(c);
    }
    // A vacant dwelling has empty household fields.
    const origin = columns.indexOf('origin');
    const rows = state.slice(1).map((l) => l.split(','));
    expect(rows.some((r) => r[origin] === '')).toBe(true);
    expect(rows.some((r) => r[origin] === 'native')).toBe(true);
  });
});
