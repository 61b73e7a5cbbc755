import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../cli/kiez.ts';
import { csv, kiezHere, SMALL, sweepFile } from './helpers.ts';

describe('kiez sweep --shard and kiez merge', () => {
  const dir = tempDir();
  const file = sweepFile(dir, SMALL);
  const a = join(dir, 'part1');
  const b = join(dir, 'part2');

  it('shards 1/2 and 2/2, merged, give the bytes of the unsharded sweep', async () => {
    const whole = join(dir, 'whole');
    const w = await kiezHere(['sweep', file, '--out', whole, '--jobs', '2']);
    expect(w.code, w.stderr).toBe(0);
    expect((await kiezHere(['sweep', file, '--out', a, '--shard', '1/2', '--jobs', '1'])).code).toBe(0);
    expect((await kiezHere(['sweep', file, '--out', b, '--shard', '2/2', '--jobs', '1'])).code).toBe(0);
    expect(readdirSync(join(a, 'runs')).sort()).toEqual(['000000.json', '000002.json', '000004.json']);
    const merged = join(dir, 'merged');
    const r = await kiezHere(['merge', a, b, '--out', merged]);
    expect(r.code, r.stderr).toBe(0);
    expect(csv(merged)).toBe(csv(whole));
    const m = JSON.parse(readFileSync(join(merged, 'manifest.json'), 'utf8'));
    expect(m.runs).toHaveLength(6);
    expect(m.shard).toBeNull();
    expect(m.parts.map((p: { shard: unknown }) => p.shard)).toEqual([
      { index: 1, count: 2 },
      { index: 2, count: 2 },
    ]);
    expect(readdirSync(join(merged, 'runs'))).toHaveLength(6);
  });

  it('refuses a missing part, and parts of different sweeps, before writing anything', async () => {
    const alone = await kiezHere(['merge', a, '--out', join(dir, 'alone')]);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toMatch(
      /kiez merge: 3 of 6 runs missing \(first: 1, 3, 5\); parts given: 1\/2 of 2/,
    );

    const other = join(dir, 'other');
    const otherFile = sweepFile(dir, { ...SMALL, seed: 6 }, 'other.json');
    expect((await kiezHere(['sweep', otherFile, '--out', other, '--shard', '2/2', '--jobs', '1'])).code).toBe(
      0,
    );
    const r = await kiezHere(['merge', a, other, '--out', join(dir, 'bad-merge')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/other: a different sweep than .*part1/);
    expect(existsSync(join(dir, 'bad-merge'))).toBe(false);

    const unfinished = await kiezHere(['merge', a, join(dir, 'nothing-here'), '--out', join(dir, 'x')]);
    expect(unfinished.code).toBe(2);
    expect(unfinished.stderr).toMatch(/nothing-here: no readable manifest\.json: not a finished sweep part/);
  });
});
