/**
 * The Slurm job-array script of examples/cluster, run for real: a single-node Slurm on this machine
 * (examples/cluster/local-slurm.sh: munged, slurmctld, slurmd from Debian's packages), the sweep as
 * a 3-task array, the merge as a job that waits for it (afterok), and the merged table compared
 * byte for byte with the same sweep run unsharded. Skips, saying why, where Slurm is not installed
 * or the test is not root (slurmd runs jobs as their user). Costs about 30-45 s, most of it
 * Slurm's scheduling and sbatch --wait polling.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../cli/kiez.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const LOCAL_SLURM = join(ROOT, 'examples', 'cluster', 'local-slurm.sh');
const SBATCH_SCRIPT = join(ROOT, 'examples', 'cluster', 'kiez-sweep.sbatch');
const KIEZ = `${process.execPath} ${join(ROOT, 'bin', 'kiez.mjs')}`;

function installed(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

const missing = ['sbatch', 'sinfo', 'slurmctld', 'slurmd', 'munged'].filter((c) => !installed(c));
const skipReason =
  missing.length > 0
    ? `Slurm not installed (no ${missing.join(', ')}; apt-get install slurm-wlm munge)`
    : process.getuid?.() !== 0
      ? 'not root (the single-node Slurm runs slurmd as root)'
      : '';
if (skipReason) console.log(`test/batch/slurm.test.ts skipped: ${skipReason}`);

describe.skipIf(skipReason !== '')('a sweep on a real single-node Slurm', () => {
  const dir = tempDir();
  const slurm = join(dir, 'slurm');
  const env = { ...process.env, SLURM_CONF: join(slurm, 'slurm.conf'), KIEZ };

  afterAll(() => {
    spawnSync(LOCAL_SLURM, ['stop', slurm], { stdio: 'ignore' });
  });

  it('a 3-task job array and a merge job after it give the unsharded table byte for byte', () => {
    const started = execFileSync(LOCAL_SLURM, ['start', slurm], { encoding: 'utf8', timeout: 60_000 });
    expect(started).toMatch(/^local-slurm: node \S+ idle/);
    // 3 points x 2 replicates, a classic run that settles early at one size and not at another.
    writeFileSync(
      join(dir, 'sweep.json'),
      JSON.stringify({
        base: 'classic-schelling',
        replicates: 2,
        ticks: 12,
        vary: { 'classic.size': [16, 20, 24] },
      }),
    );
    const sbatch = (args: string[]) =>
      execFileSync('sbatch', args, { cwd: dir, env, encoding: 'utf8', timeout: 180_000 }).trim();
    const job = sbatch([
      '--parsable',
      '--array=1-3',
      '--output=sweep-%a.log',
      SBATCH_SCRIPT,
      'sweep.json',
      'parts',
    ]);
    expect(job).toMatch(/^\d+$/);
    sbatch([
      '--wait',
      `--dependency=afterok:${job}`,
      '--output=merge.log',
      '--wrap',
      `${KIEZ} merge parts/part-1 parts/part-2 parts/part-3 --out merged`,
    ]);
    for (const i of [1, 2, 3]) {
      expect(readFileSync(join(dir, `sweep-${i}.log`), 'utf8')).toMatch(new RegExp(`part ${i}/3: 2 runs`));
    }
    expect(readFileSync(join(dir, 'merge.log'), 'utf8')).toMatch(/kiez merge: 3 parts, 6 runs/);
    const whole = spawnSync(
      process.execPath,
      [join(ROOT, 'bin', 'kiez.mjs'), 'sweep', 'sweep.json', '--out', 'whole'],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    );
    expect(whole.status, whole.stderr).toBe(0);
    const merged = readFileSync(join(dir, 'merged', 'results.csv'));
    expect(merged.length).toBeGreaterThan(1000);
    expect(merged.equals(readFileSync(join(dir, 'whole', 'results.csv')))).toBe(true);
  }, 240_000);
});
