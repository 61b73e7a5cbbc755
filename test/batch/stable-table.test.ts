// The table of a sweep keeps its columns whatever the runs' levers and length; record.columns
// chooses what is written; --format long writes one row per run, tick and measure.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kiez } from '../cli/kiez.ts';
import { kiezHere, sweepFile } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'kiez-table-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const lines = (out: string, file = 'results.csv') => readFileSync(join(out, file), 'utf8').trim().split('\n');
const sweep = (ticks: number, cap: boolean[], extra: Record<string, unknown> = {}) => ({
  base: 'town.json',
  seed: 4,
  ticks,
  record: { every: 30 },
  vary: { 'policies[cap].on': cap },
  ...extra,
});

beforeAll(() => {
  writeFileSync(
    join(dir, 'town.json'),
    JSON.stringify({
      extends: 'seminar-town',
      city: { dwellings: 1500, dwellingsPerQuarter: 250, quartersPerDistrict: 3 },
      policies: [{ type: 'cap', cap: 0.3, unit: 'quarter' }],
    }),
  );
});

describe('the header of a sweep', () => {
  it('is the same for runs over 30 and 120 ticks, with and without a cap, even in sweeps of their own', () => {
    const run = (name: string, doc: unknown) => {
      const out = join(dir, name);
      const r = kiez(['sweep', sweepFile(dir, doc, `${name}.json`), '--out', out, '--jobs', '2']);
      expect(r.code, r.stderr).toBe(0);
      return lines(out);
    };
    const short = run('short-nocap', sweep(30, [false]));
    const long = run('long-cap', sweep(120, [true]));
    const both = run('both', {
      ...sweep(30, [true, false]),
      vary: { ticks: [30, 120], 'policies[cap].on': [true, false] },
    });
    expect(short[0]).toBe(long[0]);
    const header = short[0]!.split(',');
    expect(header.filter((h) => h.startsWith('springboard.'))).toEqual([
      'springboard.cohort',
      'springboard.meanGain',
      'springboard.gained',
      'springboard.gainedLeft',
      'springboard.gainedStayed',
      'springboard.stuck',
      'springboard.movedWithoutGain',
    ]);
    expect(header.filter((h) => h.startsWith('refusals.cap.'))).toEqual([
      'refusals.cap.native',
      'refusals.cap.eu',
      'refusals.cap.established',
      'refusals.cap.refugee',
    ]);
    // Without a cap its refusals do not apply: empty fields, not zeros, not a missing column.
    const capCol = header.indexOf('refusals.cap.refugee');
    expect(short.slice(1).map((l) => l.split(',')[capCol])).toEqual(['', '']);
    expect(long.slice(1).every((l) => l.split(',')[capCol] !== '')).toBe(true);
    // The same columns after the axes in a sweep that varies both.
    expect(both[0]!.split(',').slice(6)).toEqual(header.slice(5));
  }, 300_000);
});

describe('record.columns and --format long', () => {
  it('write only the measures the patterns choose, and the long table beside the wide one', () => {
    const out = join(dir, 'chosen');
    const doc = sweep(30, [true, false], {
      record: { every: 15, columns: 'population,refusals.cap.*,D.origin.quarter*,!*.eu' },
    });
    const r = kiez(['sweep', sweepFile(dir, doc, 'chosen.json'), '--out', out, '--format', 'long']);
    expect(r.code, r.stderr).toBe(0);
    const wide = lines(out);
    expect(wide[0]).toBe(
      'run,point,replicate,seed,policies[cap].on,tick,population,refusals.cap.native,refusals.cap.established,refusals.cap.refugee,D.origin.quarter',
    );
    const tall = lines(out, 'results-long.csv');
    expect(tall[0]).toBe('run,point,replicate,seed,policies[cap].on,tick,measure,value');
    // Run 0 (cap on) has 5 measures at each of 3 ticks; run 1 (cap off) only the 2 that apply.
    expect(tall.length - 1).toBe(3 * 5 + 3 * 2);
    const cell = (run: number, tick: number, m: string) =>
      tall
        .find((l) => l.startsWith(`${run},`) && l.split(',')[5] === String(tick) && l.split(',')[6] === m)
        ?.split(',')[7];
    const w = wide[1 + 2]!.split(',');
    expect(cell(0, 30, 'population')).toBe(w[6]);
    expect(cell(1, 30, 'refusals.cap.native')).toBeUndefined();
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.long).toMatchObject({ file: 'results-long.csv', rows: 21 });
  }, 120_000);

  it('a pattern that matches no measure: one line, with the nearest, exit 2, before any run', async () => {
    const f = sweepFile(
      dir,
      sweep(30, [true], { record: { columns: 'population,refusal.cap.*' } }),
      'typo.json',
    );
    const r = await kiezHere(['sweep', f, '--out', join(dir, 'typo')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(
      /record\.columns: "refusal\.cap\.\*" matches no measure \(did you mean "refusals\.cap\./,
    );
  });

  it('a --format other than wide or long is refused', async () => {
    const r = await kiezHere(['sweep', join(dir, 'typo.json'), '--out', join(dir, 'x'), '--format', 'tall']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--format: "tall": wide \(results\.csv\) or long/);
  });
});
