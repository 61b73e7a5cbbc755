/** A small sweep and file helpers shared by the batch CLI tests. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';

/** Six short classic runs: two thresholds x three replicates on a 20 x 20 grid. */
export const SMALL = {
  name: 'small test sweep',
  base: 'classic-schelling',
  seed: 5,
  replicates: 3,
  ticks: 15,
  record: { every: 5 },
  vary: { 'classic.threshold': [0.3, 0.6], 'classic.size': [20] },
};

export function sweepFile(dir: string, doc: unknown, name = 'sweep.json'): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(doc));
  return path;
}

export const csv = (dir: string) => readFileSync(join(dir, 'results.csv'), 'utf8');

/** Run `kiez ARGS` inside the test process (for commands that stop before starting any worker). */
export async function kiezHere(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { main } = await import('../../cli/main.ts');
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
    stdout += String(s);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
    stderr += String(s);
    return true;
  });
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}
