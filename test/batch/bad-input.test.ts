import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kiez, tempDir } from '../cli/kiez.ts';
import { kiezHere, SMALL, sweepFile } from './helpers.ts';

describe('kiez sweep on bad input: exit 2 before any run, every problem named', () => {
  const dir = tempDir();
  const run = (doc: unknown, out = join(dir, 'out')) =>
    kiezHere(['sweep', sweepFile(dir, doc), '--out', out]);

  it('lists each problem of the sweep file on its own line, without a stack trace', () => {
    const file = sweepFile(dir, {
      base: 'classic-schelling',
      replicates: 0,
      vary: { 'classic.thresh': [0.3], 'classic.vacancy': { from: 0.5, to: 0.1, step: 0.1 } },
    });
    const r = kiez(['sweep', file, '--out', join(dir, 'out')]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/sweep\.json: replicates: 0: a whole number from 1 to 100000/);
    expect(lines[1]).toMatch(
      /vary\.classic\.thresh: \[0\.3\]: no such parameter \(did you mean "classic\.threshold"\?\)$/,
    );
    expect(lines[2]).toMatch(/vary\.classic\.vacancy: .*a range that yields at least one run/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('checks every point before starting: a value out of range is named with the values where it occurs', async () => {
    const r = await run({
      base: 'classic-schelling',
      vary: { 'classic.size': [20, 2], 'classic.move': ['random', 'fly'] },
    });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /vary: where classic\.size=20, classic\.move="fly": classic\.move: "fly": one of/,
      ),
      expect.stringMatching(/vary: where classic\.size=2, classic\.move="random": classic\.size: 2: a whole/),
    ]);
  });

  it('names a missing base scenario, broken JSON, an unwritable folder and a bad shard', async () => {
    expect((await run({ base: 'no-such-scenario' })).stderr).toMatch(
      /base: "no-such-scenario": a preset name, or a relative path to a scenario inside the folder of the file that extends .*; this one is missing, unreadable or a link out of the folder$/m,
    );
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"base": ');
    expect((await kiezHere(['sweep', broken, '--out', join(dir, 'o')])).stderr).toMatch(
      /\(file\): "not valid JSON"/,
    );
    const unwritable = await run(SMALL, join(broken, 'below-a-file'));
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toMatch(/--out: ".*below-a-file": a folder kiez can create and write to/);
    const shard = await kiezHere(['sweep', broken, '--out', join(dir, 'o'), '--shard', '3/2']);
    expect(shard.code).toBe(2);
    expect(shard.stderr).toMatch(/--shard: "3\/2": I\/N with whole numbers 1 <= I <= N/);
    const jobs = await kiezHere(['sweep', broken, '--out', join(dir, 'o'), '--jobs', '0']);
    expect(jobs.stderr).toMatch(/--jobs: "0": a whole number from 1 to 4096/);
    const noOut = await kiezHere(['sweep', broken]);
    expect(noOut.stderr).toMatch(/--out: \(missing\): the folder for the results/);
  });

  it('what only the model can check is bad input too: before any run at the first point, as exit 2 at others', async () => {
    const first = await run({
      base: 'classic-schelling',
      vary: { 'measures.dimensions': ['origin', 'group'], 'classic.size': [20] },
    });
    expect(first.code).toBe(2);
    expect(first.stderr.trim()).toMatch(
      /^kiez sweep: .*sweep\.json: at measures\.dimensions="origin", classic\.size=20: measures\.dimensions: "origin": .*"origin" is not one\)$/,
    );
    const later = await run(
      {
        base: 'classic-schelling',
        vary: { 'measures.dimensions': ['group', 'origin'], 'classic.size': [20] },
      },
      join(dir, 'later'),
    );
    expect(later.code).toBe(2);
    expect(later.stderr).toMatch(
      /sweep\.json: run 1 at measures\.dimensions="origin", classic\.size=20: measures\.dimensions:/,
    );
  });

  it('--help shows the sweep file reference generated from its declaration', async () => {
    const r = await kiezHere(['sweep', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\| `replicates` \| runs \| `1` \|/);
    expect(r.stdout).toMatch(/\| `vary` \|/);
  });
});
