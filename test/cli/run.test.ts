import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIEZ_VERSION } from '../../sim/version.ts';
import { kiez, tempDir } from './kiez.ts';

describe('kiez run', () => {
  it('writes JSON with a manifest and one record per tick', () => {
    const dir = tempDir();
    const out = join(dir, 'run.json');
    const r = kiez(['run', 'scenarios/classic-schelling.json', '--seed', '3', '--ticks', '5', '--out', out]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    expect(doc.manifest.kiez).toBe(KIEZ_VERSION);
    expect(doc.manifest.seed).toBe(3);
    expect(doc.manifest.scenario.classic.size).toBe(50);
    expect(doc.manifest.scenario.city).toBeUndefined();
    expect(doc.manifest.seriesDigest).toMatch(/^[0-9a-f]{16}$/);
    expect(doc.series.map((s: { tick: number }) => s.tick)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(Object.keys(doc.series[0])).toEqual(
      expect.arrayContaining(['tick', 'similarShare', 'discontentedShare', 'moves', 'settled']),
    );
  });

  it('writes CSV with a header, one row per tick, and a manifest beside it; the same seed gives the same bytes', () => {
    const dir = tempDir();
    const a = join(dir, 'a.csv');
    const b = join(dir, 'b.csv');
    expect(kiez(['run', 'scenarios/classic-schelling.json', '--ticks', '4', '--out', a]).code).toBe(0);
    expect(kiez(['run', 'scenarios/classic-schelling.json', '--ticks', '4', '--out', b]).code).toBe(0);
    const lines = readFileSync(a, 'utf8').trim().split('\n');
    expect(lines[0]!.split(',').slice(0, 2)).toEqual(['tick', 'similarShare']);
    expect(lines).toHaveLength(6);
    expect(readFileSync(b, 'utf8')).toBe(readFileSync(a, 'utf8'));
    const manifest = JSON.parse(readFileSync(join(dir, 'a.manifest.json'), 'utf8'));
    expect(manifest.ticks).toBe(4);
  });

  it('exports the final state, one row per cell with coordinates and group', () => {
    const dir = tempDir();
    const scenario = join(dir, 'small.json');
    writeFileSync(scenario, JSON.stringify({ extends: 'classic-schelling', classic: { size: 10 } }));
    const state = join(dir, 'state.csv');
    const r = kiez(['run', scenario, '--ticks', '3', '--state', state, '--out', join(dir, 'm.csv')]);
    expect(r.stderr).toMatch(/kiez run: Classic Schelling/);
    const rows = readFileSync(state, 'utf8').trim().split('\n');
    expect(rows[0]).toBe('cell,x,y,agent,group,similar,occupiedNeighbours,content');
    expect(rows).toHaveLength(101);
    const vacant = rows.slice(1).filter((row) => row.split(',')[4] === '');
    expect(vacant).toHaveLength(10);
  });

  it('prints metrics CSV to stdout without --out', () => {
    const r = kiez(['run', 'classic-schelling', '--ticks', '2']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(4);
  });
});

describe('kiez on bad input', () => {
  const bad = (doc: unknown) => {
    const dir = tempDir();
    const file = join(dir, 'bad.json');
    writeFileSync(file, typeof doc === 'string' ? doc : JSON.stringify(doc));
    return kiez(['run', file]);
  };

  it.each([
    [{ classic: { colour: 'red' } }, /classic\.colour: "red": no such key; known keys: size/],
    [{ classic: { vacancy: 2 } }, /classic\.vacancy: 2: a number from 0\.001 to 0\.99 \(share\)/],
    [{ classic: { size: 'big' } }, /classic\.size: "big": a whole number from 3 to 4000/],
    [{ classic: { shares: [0.2, 0.2] } }, /classic\.shares: \[0\.2,0\.2\]: shares summing to 1/],
    [{ classic: { size: 5, agents: 30 } }, /classic\.agents: 30: at most 24 agents/],
    ['{"mode": ', /\(file\): "not valid JSON": JSON text/],
  ])('%j: one line naming field, value and what is allowed; exit 2; no stack trace', (doc, message) => {
    const r = bad(doc);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a missing file, an unknown flag and an unknown command exit 2 with one line', () => {
    for (const args of [['run', 'nope.json'], ['run', 'classic-schelling', '--sed', '1'], ['runn']]) {
      const r = kiez(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('--seed must be a whole number in range', () => {
    const r = kiez(['run', 'classic-schelling', '--seed', '1.5']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--seed: "1\.5": a whole number from 0 to 2147483647/);
  });

  it('--help lists the commands', () => {
    const r = kiez(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/run\s+run one scenario/);
  });
});

describe('kiez validate', () => {
  it('prints every problem of a file and exits 2', () => {
    const dir = tempDir();
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ seed: -1, classic: { radius: 9, move: 'fly' } }));
    const r = kiez(['validate', file]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(3);
  });

  it('checks names that only the built model knows, as kiez run does', () => {
    const dir = tempDir();
    const file = join(dir, 'scales.json');
    writeFileSync(file, JSON.stringify({ extends: 'classic-schelling', measures: { scales: 'quarter' } }));
    const r = kiez(['validate', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/measures\.scales: "quarter": /);
    expect(kiez(['run', file]).code).toBe(2);
  });

  it('accepts the shipped classic scenario', () => {
    const r = kiez(['validate', 'scenarios/classic-schelling.json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/valid/);
  });
});
