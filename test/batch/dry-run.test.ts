// `kiez sweep --dry-run` and `kiez validate SWEEP.json`: the sweep checked whole, its runs and cost
// said, nothing run or written.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kiezHere, SMALL, sweepFile } from './helpers.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'kiez-dry-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kiez sweep --dry-run', () => {
  it('prints the number of runs, the design and the estimated cost, and creates no folder', async () => {
    const f = sweepFile(dir, SMALL);
    const out = join(dir, 'out');
    const r = await kiezHere(['sweep', f, '--out', out, '--dry-run', '--jobs', '2']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^.*sweep\.json: 6 runs \(a grid of 2 points over classic\.threshold \(2\) x classic\.size \(1\), 3 replicates each, 15 ticks\); estimated about \d+ s on 2 workers and \d+ MiB of memory/,
    );
    expect(r.stdout).toMatch(/dry run: nothing was run or written\n$/);
    expect(existsSync(out)).toBe(false);
  });

  it('needs no --out, and counts the runs of one part of a sharded sweep', async () => {
    const r = await kiezHere([
      'sweep',
      join(ROOT, 'scenarios/sweeps/cap-study.json'),
      '--dry-run',
      '--shard',
      '2/4',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /cap-study\.json: 6 runs \(part 2\/4 of 24\) \(a grid of 12 points over scenario \(2\) x policies\[cap\]\.cap \(3\) x policies\[cap\]\.on \(2\), 2 replicates each, 2 base scenarios, 24 ticks\)/,
    );
  });

  it('reports a bad file as a real sweep would: one line, exit 2', async () => {
    const f = sweepFile(dir, { ...SMALL, vary: { 'classic.threshold': [0.3, 7] } }, 'bad.json');
    const r = await kiezHere(['sweep', f, '--dry-run']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/where classic\.threshold=7: classic\.threshold/);
  });
});

describe('kiez validate on a sweep file', () => {
  it('validates it as a sweep (its bases and every point) and says what it will run', async () => {
    const r = await kiezHere([
      'validate',
      join(ROOT, 'scenarios/sweeps/seminar-sobol.json'),
      join(ROOT, 'scenarios/seminar-town.json'),
    ]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(
      /seminar-sobol\.json: valid sweep: 192 runs \(Saltelli's Sobol' design: N = 32 x \(4 parameters \+ 2\) = 192 points, 1 replicate each, 24 ticks\)/,
    );
    expect(lines[1]).toMatch(/seminar-town\.json: valid/);
  });

  it('names the sweep problems, not scenario keys it lacks', async () => {
    const f = sweepFile(dir, { base: 'classic-schelling', vary: { 'classic.treshold': [0.3] } }, 'typo.json');
    const r = await kiezHere(['validate', f]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      `${f}: vary.classic.treshold: [0.3]: no such parameter (did you mean "classic.threshold"?)`,
    ]);
  });
});
