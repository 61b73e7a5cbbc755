// record.households writes traces.csv: a seeded sample of households per run, one row per traced
// tick and household, the same bytes with one worker or two, and the same after a kiez merge.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kiez } from '../cli/kiez.ts';
import { sweepFile } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'kiez-traces-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const read = (out: string, file = 'traces.csv') => readFileSync(join(out, file), 'utf8');
const doc = {
  base: 'town.json',
  seed: 9,
  ticks: 6,
  replicates: 2,
  record: { every: 3, households: { sample: 5, every: 2 } },
  vary: { 'policies[cap].on': [true, false] },
};

beforeAll(() => {
  writeFileSync(
    join(dir, 'town.json'),
    JSON.stringify({
      extends: 'seminar-town',
      city: { dwellings: 1500, dwellingsPerQuarter: 250, quartersPerDistrict: 3, burnIn: 0 },
      policies: [{ type: 'cap', cap: 0.3, unit: 'quarter' }],
    }),
  );
});

describe('household traces of a sweep', () => {
  it('hold 5 sampled households of each of the 4 runs at ticks 0, 2, 4 and 6, byte-identical with --jobs 1 and 2', () => {
    const file = sweepFile(dir, doc, 'sweep.json');
    const one = kiez(['sweep', file, '--out', join(dir, 'one'), '--jobs', '1']);
    expect(one.code, one.stderr).toBe(0);
    const two = kiez(['sweep', file, '--out', join(dir, 'two'), '--jobs', '2']);
    expect(two.code, two.stderr).toBe(0);
    const text = read(join(dir, 'one'));
    expect(read(join(dir, 'two'))).toBe(text);
    const lines = text.trim().split('\n');
    const header = lines[0]!.split(',');
    expect(header.slice(0, 7)).toEqual([
      'run',
      'point',
      'replicate',
      'seed',
      'policies[cap].on',
      'tick',
      'household',
    ]);
    for (const c of ['dwelling', 'quarter', 'segment', 'rent', 'income', 'origin'])
      expect(header).toContain(c);
    const rows = lines.slice(1).map((l) => l.split(','));
    const tick = header.indexOf('tick');
    const hh = header.indexOf('household');
    for (let run = 0; run < 4; run++) {
      const mine = rows.filter((r) => r[0] === String(run));
      const at0 = mine.filter((r) => r[tick] === '0').map((r) => r[hh]);
      expect(at0).toHaveLength(5);
      expect(new Set(mine.map((r) => r[tick]))).toEqual(new Set(['0', '2', '4', '6']));
      // Only the households sampled at tick 0 appear later.
      for (const r of mine) expect(at0).toContain(r[hh]);
    }
    const manifest = JSON.parse(read(join(dir, 'one'), 'manifest.json'));
    expect(manifest.traces.rows).toBe(rows.length);
  });

  it('are merged by kiez merge into the same bytes as the unsharded sweep', () => {
    const file = sweepFile(dir, doc, 'sweep.json');
    for (const i of [1, 2]) {
      const r = kiez(['sweep', file, '--out', join(dir, `part${i}`), '--shard', `${i}/2`]);
      expect(r.code, r.stderr).toBe(0);
    }
    const m = kiez(['merge', join(dir, 'part1'), join(dir, 'part2'), '--out', join(dir, 'merged')]);
    expect(m.code, m.stderr).toBe(0);
    expect(read(join(dir, 'merged'))).toBe(read(join(dir, 'one')));
  });

  it('are refused with one line naming the field for a sample of -1', () => {
    const file = sweepFile(dir, { ...doc, record: { households: { sample: -1 } } }, 'bad.json');
    const r = kiez(['sweep', file, '--out', join(dir, 'bad')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('record.households.sample');
  });
});
