/**
 * `kiez sweep SWEEP.json --out DIR`: every run of a parameter grid on a pool of worker threads, each
 * finished run stored at once (so Ctrl-C or a crash loses nothing finished and a rerun resumes),
 * then one tidy CSV and a manifest assembled in run order. `--shard I/N` runs one part of the grid.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { availableParallelism } from 'node:os';
import { runPosition, shardRuns, sweepPointCount, sweepPointValues } from '../../sim/batch/grid.ts';
import { sweepReference } from '../../sim/batch/sweep.ts';
import { formatProblem } from '../../sim/params/validate.ts';
import { extendsOptions, KIEZ_COMMAND, shellQuote } from '../args.ts';
import {
  allowExtendsFlag,
  type CommandSpec,
  helpFlag,
  helpText,
  jobsFlag,
  parseCommand,
  usageLine,
  yesFlag,
} from '../flags.ts';
import { confirmCost } from '../cost.ts';
import { type Shard, manifestHeader } from '../batch/manifest.ts';
import { describePoint, expectations, jobOf, loadSweepFile, sweepCost } from '../batch/plan.ts';
import { sweepSummary } from '../batch/summary.ts';
import { RunPool, RunScenarioError, runInterruptible } from '../batch/pool.ts';
import { Progress } from '../batch/progress.ts';
import { RESULTS_FILE, writeResults } from '../batch/results.ts';
import { takeLock } from '../batch/lock.ts';
import { EXIT_CODE } from '../batch/stop.ts';
import { prepareOutDir, readRun, removeStaleTemporaries, runFile, writeRun } from '../batch/store.ts';
import { EXIT_FAILURE, UsageError } from '../errors.ts';

export const sweepSpec = {
  name: 'sweep',
  operands: 'SWEEP.json',
  summary: 'run a parameter grid or a sampled design with replicates on worker threads: tidy CSV + manifest',
  flags: [
    {
      name: 'out',
      required: true,
      short: 'o',
      kind: 'string',
      value: 'DIR',
      meaning:
        'folder for runs/, results.csv and manifest.json (required but with --dry-run; a rerun into it resumes)',
    },
    { ...jobsFlag, meaning: 'worker threads (default: all cores)' },
    {
      name: 'shard',
      kind: 'string',
      value: 'I/N',
      meaning: 'run only part I of N (every N-th run); join the parts with kiez merge',
    },
    {
      ...allowExtendsFlag,
      meaning:
        'let the base and its extends reach scenarios in DIR (repeatable); by default only presets and files inside the folder of the file that names them',
    },
    {
      ...yesFlag,
      meaning: 'start a sweep estimated above 1 h or 4 GiB (asked for when run from a terminal)',
    },
    {
      name: 'dry-run',
      kind: 'boolean',
      meaning: 'check the file, print the number of runs and the estimated cost, run nothing',
    },
    {
      name: 'format',
      kind: 'string',
      value: 'wide|long',
      meaning: 'long: also write results-long.csv (run, point, replicate, seed, axes, tick, measure, value)',
    },
    helpFlag,
  ],
} as const satisfies CommandSpec;

export const sweepUsage = usageLine(sweepSpec);

/** Exit code of a sweep stopped by Ctrl-C (SIGTERM gives 143, SIGHUP 129). */
export const EXIT_INTERRUPTED = EXIT_CODE.SIGINT;

export function sweepHelp(): string {
  return `${helpText(sweepSpec)}\nThe sweep file (JSON):\n\n${sweepReference()}\n`;
}

/** `--format wide|long`: long also writes results-long.csv beside results.csv. */
export function parseFormat(raw: string | undefined): boolean {
  if (raw === undefined || raw === 'wide') return false;
  if (raw === 'long') return true;
  throw new UsageError(
    `--format: ${JSON.stringify(raw)}: wide (results.csv) or long (results-long.csv beside it)`,
  );
}

/** `--shard I/N` with 1 <= I <= N. */
export function parseShard(raw: string | undefined): Shard | null {
  if (raw === undefined) return null;
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(raw.trim());
  const index = m ? Number(m[1]) : 0;
  const count = m ? Number(m[2]) : 0;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard: ${JSON.stringify(raw)}: I/N with whole numbers 1 <= I <= N, e.g. 2/8`);
  }
  return { index, count };
}

export async function sweepCommand(args: string[]): Promise<number> {
  const { values, positionals, ints } = parseCommand(sweepSpec, args);
  if (values.help) {
    process.stdout.write(sweepHelp());
    return 0;
  }
  const problems: string[] = [];
  if (positionals.length !== 1) problems.push(`expected one sweep file\nusage: ${sweepUsage}`);
  const dryRun = values['dry-run'] === true;
  if (!values.out && !dryRun)
    problems.push(`--out: (missing): the folder for the results\nusage: ${sweepUsage}`);
  if (problems.length > 0) throw new UsageError(problems);
  const sweepPath = positionals[0]!;
  const out = values.out ?? '';
  const jobs = ints.jobs ?? availableParallelism();
  const shard = parseShard(values.shard);
  const long = parseFormat(values.format);

  // Workers load their modules while this thread plans (see RunPool.warm); none for a dry run.
  const pool = dryRun ? undefined : new RunPool(jobs);
  pool?.warm(Math.min(jobs, availableParallelism()));
  try {
    return await planAndRun();
  } finally {
    await pool?.dispose();
  }

  async function planAndRun(): Promise<number> {
    const label = 'kiez sweep';
    const plan = loadSweepFile(sweepPath, extendsOptions(values));
    const runs = shard
      ? shardRuns(plan.totalRuns, shard.index, shard.count)
      : shardRuns(plan.totalRuns, 1, 1);
    const workers0 = Math.min(jobs, runs.length);
    if (dryRun) {
      const part = shard ? ` (part ${shard.index}/${shard.count} of ${plan.totalRuns})` : '';
      process.stdout.write(
        `${sweepPath}: ${sweepSummary(plan, runs.length, jobs).replace(/^\d+ runs/, `${runs.length} runs${part}`)}\n`,
      );
      process.stdout.write(`${sweepPath}: dry run: nothing was run or written\n`);
      return 0;
    }
    const cost = sweepCost(plan, runs.length);
    // Each worker holds one model at a time.
    confirmCost(label, { ...cost, bytes: cost.bytes * workers0 }, workers0, values.yes === true);
    prepareOutDir(out, plan.fingerprint, sweepPath);
    const release = takeLock(out, label);
    try {
      return await sweepLocked();
    } finally {
      release();
    }

    async function sweepLocked(): Promise<number> {
      const stale = removeStaleTemporaries(out);
      // A run is done when its file passes every check; any other file is run again.
      const expect = expectations(plan);
      const present = new Set(readdirSync(join(out, 'runs')));
      const redo: string[] = [];
      const todo = runs.filter((r) => {
        if (!present.has(basename(runFile(out, r)))) return true;
        const read = readRun(out, expect(r));
        if (read.ok) return false;
        redo.push(`${label}: ${runFile(out, r)}: ${read.fault}; running it again`);
        rmSync(runFile(out, r), { force: true });
        return true;
      });
      const workers = Math.min(jobs, todo.length);
      const points = sweepPointCount(plan.sweep);
      for (const line of redo.slice(0, 5)) process.stderr.write(`${line}\n`);
      if (redo.length > 5) process.stderr.write(`${label}: ${redo.length - 5} more run files to run again\n`);
      if (stale > 0)
        process.stderr.write(`${label}: removed ${stale} temporary files of an interrupted write\n`);
      process.stderr.write(
        `${label}: ${plan.sweep.name}: ${plan.totalRuns} runs (${points} points x ${plan.sweep.replicates} replicates)` +
          `${shard ? `, part ${shard.index}/${shard.count}: ${runs.length} runs` : ''}; ` +
          `${todo.length} to run, ${runs.length - todo.length} already done; ${workers} worker${workers === 1 ? '' : 's'} -> ${out}\n`,
      );

      const started = Date.now();
      const progress = new Progress(label, runs.length, runs.length - todo.length, process.stderr);
      let outcome: Awaited<ReturnType<typeof runInterruptible>>;
      try {
        outcome = await runInterruptible(
          workers,
          { count: todo.length, at: (i) => jobOf(plan, todo[i]!) },
          (f) => {
            writeRun(out, { ...f.record, wallMs: f.wallMs });
            progress.tick();
          },
          pool,
        );
      } catch (e) {
        progress.end();
        if (e instanceof RunScenarioError) {
          const where = describePoint(
            plan.sweep.vary,
            sweepPointValues(plan.sweep, runPosition(plan.sweep, e.run).point),
          );
          throw new UsageError(
            e.problems.map((p) => `${sweepPath}: run ${e.run} at ${where}: ${formatProblem(p)}`),
          );
        }
        const msg = e instanceof Error ? e.message : String(e);
        process.stderr.write(
          `${label}: internal error: ${msg}\n${label}: finished runs are kept in ${out}/runs\n`,
        );
        return EXIT_FAILURE;
      }
      progress.end();
      if (outcome !== 'done') {
        const kept = runs.filter((r) => existsSync(runFile(out, r))).length;
        process.stderr.write(
          `${label}: interrupted (${outcome}); ${kept} of ${runs.length} runs finished and kept in ${out}/runs. ` +
            `To resume, run the same command again: ${KIEZ_COMMAND} sweep ${args.map(shellQuote).join(' ')}\n`,
        );
        return EXIT_CODE[outcome];
      }
      const wallMs = Date.now() - started;
      const { sha256, rows } = writeResults({
        dir: out,
        sweep: plan.sweep,
        runs,
        columns: plan.columns,
        select: plan.sweep.record.columns,
        long,
        read: (r) => {
          const read = readRun(out, expect(r));
          if (!read.ok)
            throw new UsageError(`${runFile(out, r)}: ${read.fault}; rerun the same command to redo it`);
          return read.run;
        },
        manifest: { ...manifestHeader(plan, sweepPath), shard, jobs: workers, wallMs },
      });
      process.stderr.write(
        `${label}: ${runs.length} runs, ${rows} rows in ${(wallMs / 1000).toFixed(1)} s -> ${out}/${RESULTS_FILE} (sha256 ${sha256.slice(0, 16)})\n`,
      );
      return 0;
    }
  }
}
