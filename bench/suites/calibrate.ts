/**
 * Calibration wall time: `kiez calibrate --jobs 2` as a user runs it (process start to exit) on the
 * seminar town, fitting the move rate and the own-origin weight from one start with a budget that
 * makes at least 100 model runs (4 replicates x (up to 24 search points + 4 Jacobian points)).
 * Target (issue 14): a calibration of >= 100 runs of Berlin at 1:10 within 15 minutes on 2 cores;
 * `KIEZ_BENCH_CALIBRATION=FILE.json` times that file instead (e.g. the Berlin one, once it exists).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { now, table } from '../stats.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin', 'kiez.mjs');

function seminarTown(dir: string): string {
  const example = JSON.parse(
    readFileSync(join(ROOT, 'scenarios', 'calibrations', 'seminar-town.json'), 'utf8'),
  );
  const doc = {
    ...example,
    name: 'bench: seminar town, 2 parameters, 1 start',
    replicates: 4,
    method: { ...example.method, maxEvaluations: 24, restarts: 0, tolerance: 0.001 },
    parameters: Object.fromEntries(
      Object.entries(example.parameters as Record<string, { start: number[] }>).map(([k, v]) => [
        k,
        { ...v, start: v.start[0] },
      ]),
    ),
  };
  const path = join(dir, 'calibration.json');
  writeFileSync(path, JSON.stringify(doc));
  return path;
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'kiez-bench-calibrate-'));
  try {
    const file = process.env['KIEZ_BENCH_CALIBRATION'] ?? seminarTown(dir);
    const out = join(dir, 'out');
    const load = loadavg()[0]!;
    const t0 = now();
    const r = spawnSync(process.execPath, [BIN, 'calibrate', file, '--out', out, '--jobs', '2'], {
      encoding: 'utf8',
    });
    const wall = (now() - t0) / 1000;
    if (r.status !== 0) throw new Error(`kiez calibrate failed: ${r.stderr}`);
    const runs = Number(/: (\d+) runs in /.exec(r.stderr)?.[1] ?? Number.NaN);
    console.log(
      `${file === process.env['KIEZ_BENCH_CALIBRATION'] ? file : 'seminar town (5,000 dwellings, burn-in 60 + 24 ticks)'}; ${availableParallelism()} cores, load average ${load.toFixed(1)} when it started (a shared machine runs slower than its cores).`,
    );
    table(
      ['jobs', 'runs', 'wall s', 'runs/s', 's per run (2 cores)', 'target'],
      [
        [
          '2',
          String(runs),
          wall,
          runs / wall,
          wall / runs,
          runs >= 100 ? 'Berlin 1:10 <= 900 s' : 'fewer than 100 runs',
        ],
      ],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
