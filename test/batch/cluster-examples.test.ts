/**
 * The cluster examples stay consistent with kiez: the Kubernetes Job's part count is written twice
 * (completions, SHARDS) and must agree, its sweep is a sweep kiez plans, and the Slurm script names
 * the shard and merge commands kiez has. (test/batch/slurm.test.ts runs the Slurm script for real.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kiez, tempDir } from '../cli/kiez.ts';

const DIR = resolve(import.meta.dirname, '../../examples/cluster');

describe('examples/cluster', () => {
  const job = readFileSync(join(DIR, 'kiez-sweep-job.yaml'), 'utf8');

  it('the indexed Job runs as many parts as it tells kiez there are', () => {
    const completions = /^\s+completions: (\d+)$/m.exec(job)?.[1];
    const shards = /- name: SHARDS\n\s+value: "(\d+)"/.exec(job)?.[1];
    expect(completions).toBe('8');
    expect(shards).toBe(completions);
    expect(job).toMatch(/completionMode: Indexed/);
    expect(job).toMatch(/--shard \$part\/\$SHARDS/);
  });

  it("the indexed Job's sweep file plans a sweep of whole parts (kiez sweep --shard 6/6 runs its one run)", () => {
    const block = /sweep\.json: \|\n((?: {4}.*\n)+)/.exec(job)![1]!;
    const sweep = JSON.parse(block);
    expect(sweep.base).toBe('seminar-town');
    const dir = tempDir();
    const file = join(dir, 'sweep.json');
    writeFileSync(file, JSON.stringify({ ...sweep, replicates: 1, ticks: 1 }));
    const r = kiez(['sweep', file, '--out', join(dir, 'out'), '--shard', '6/6', '--jobs', '1']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/6 runs \(6 points x 1 replicates\), part 6\/6: 1 runs/);
  });

  it('the merge Job and the Slurm script use the shard and merge commands', () => {
    expect(readFileSync(join(DIR, 'kiez-merge-job.yaml'), 'utf8')).toMatch(
      /kiez merge \/out\/part-\* --out \/out\/merged/,
    );
    const sbatch = readFileSync(join(DIR, 'kiez-sweep.sbatch'), 'utf8');
    expect(sbatch).toMatch(/sweep "\$sweep" --out "\$out\/part-\$part" --shard "\$part\/\$count"/);
    expect(sbatch).toMatch(/^#SBATCH --job-name=kiez-sweep$/m);
  });
});
