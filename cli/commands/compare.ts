/**
 * `kiez compare A.json B.json`: both scenarios over the same seeds, then a table of the chosen
 * measures (at the end, at a tick, as a window mean or at every tick): mean and standard deviation
 * of each, the mean difference B - A with its 95 % interval, Cohen's d_z and the paired t-test's
 * p-value adjusted for the number of comparisons. `--out` writes the CSV and a sidecar naming the
 * scenarios, seeds, ticks, kiez version and method.
 */
import { availableParallelism } from 'node:os';
import type { RunJob, RunRecord } from '../../sim/batch/run.ts';
import { formatProblem } from '../../sim/params/validate.ts';
import { deriveSeed } from '../../sim/rng.ts';
import { basename } from 'node:path';
import { P_ADJUST_METHODS, type PAdjustMethod } from '../../sim/math/p-adjust.ts';
import { scenarioForOutput } from '../../sim/scenario/resolve.ts';
import type { Scenario } from '../../sim/scenario/spec.ts';
import { KIEZ_VERSION } from '../../sim/version.ts';
import { extendsOptions } from '../args.ts';
import {
  allowExtendsFlag,
  type CommandSpec,
  helpFlag,
  helpText,
  jobsFlag,
  MAX_REPLICATES,
  MAX_TICKS,
  type Parsed,
  parseCommand,
  seedFlag,
  ticksFlag,
  usageLine,
  yesFlag,
} from '../flags.ts';
import {
  CSV_COLUMNS,
  compareCsv,
  compareRuns,
  describeStatistic,
  formatTable,
  type Statistic,
  schedule,
  selectMeasures,
} from './compare-table.ts';
import { confirmCost, runCost } from '../cost.ts';
import { jobList, RunScenarioError, runInterruptible } from '../batch/pool.ts';
import { Progress } from '../batch/progress.ts';
import { EXIT_FAILURE, UsageError } from '../errors.ts';
import { checkWritable, loadScenarioFile, writeFileAtomic } from '../files.ts';
import { EXIT_CODE } from '../batch/stop.ts';

export const compareSpec = {
  name: 'compare',
  operands: 'A.json B.json',
  summary: 'two scenarios over the same seeds: paired differences, effect sizes, adjusted p-values',
  flags: [
    {
      name: 'seeds',
      kind: 'int',
      value: 'N',
      min: 2,
      max: MAX_REPLICATES,
      meaning: 'paired runs (seeds) per scenario; default 10',
    },
    { ...seedFlag, meaning: 'first seed: run i of both scenarios has seed deriveSeed(S, i); default 1' },
    ticksFlag,
    {
      name: 'measures',
      kind: 'string',
      value: 'GLOB,...',
      meaning:
        'measures to compare, by name or glob (* any characters, ? one): e.g. "segregation.D.*,unhoused"; default every measure',
    },
    {
      name: 'at',
      kind: 'int',
      value: 'T',
      min: 0,
      max: MAX_TICKS,
      meaning: 'compare the values at tick T (default: at the end of each run)',
    },
    {
      name: 'window',
      kind: 'string',
      value: 'T1:T2',
      meaning: 'compare the mean of each run over ticks T1 to T2 (both included)',
    },
    {
      name: 'series',
      kind: 'boolean',
      meaning: 'compare at every recorded tick: one row per measure and tick',
    },
    {
      name: 'every',
      kind: 'int',
      value: 'N',
      min: 1,
      max: MAX_TICKS,
      meaning: 'with --series: every N-th tick (default 1)',
    },
    {
      name: 'adjust',
      kind: 'string',
      value: P_ADJUST_METHODS.join('|'),
      meaning:
        'p-value adjustment over all rows: Holm (default, family-wise error), Benjamini-Hochberg (false discovery rate) or none',
    },
    jobsFlag,
    {
      name: 'out',
      short: 'o',
      kind: 'string',
      value: 'FILE.csv',
      meaning:
        'write the table with every digit, and FILE.meta.json naming scenarios, seeds, ticks, version and method',
    },
    allowExtendsFlag,
    yesFlag,
    helpFlag,
  ],
  notes: `Statistics: runs of A and B with the same seed form a pair; for each measure, d = B - A over the
pairs. "B - A" is the mean of d, its interval the 95 % interval by Student's t (df = n - 1), d_z is
Cohen's standardised effect size for paired samples (mean d / sd d), p the two-sided paired t-test,
adjusted over every row of the table (the tick row excepted). Where d does not vary, there is no test
(p and d_z empty). typology.typeN.* are left out: their labels do not match across runs.`,
} as const satisfies CommandSpec;

export const compareUsage = usageLine(compareSpec);

/** `--at`, `--window` and `--series` choose the value compared; at most one of them. */
function statisticOf(p: Parsed<typeof compareSpec>): Statistic {
  const window = p.values.window;
  const chosen = [p.ints.at !== undefined, window !== undefined, p.values.series === true];
  if (chosen.filter(Boolean).length > 1)
    throw new UsageError('--at, --window and --series: choose one of them');
  if (p.ints.every !== undefined && p.values.series !== true)
    throw new UsageError('--every: only with --series');
  if (p.ints.at !== undefined) return { kind: 'at', tick: p.ints.at };
  if (p.values.series === true) return { kind: 'series', every: p.ints.every ?? 1 };
  if (window !== undefined) {
    const m = /^(\d+):(\d+)$/.exec(window.trim());
    const from = m ? Number(m[1]) : Number.NaN;
    const to = m ? Number(m[2]) : Number.NaN;
    if (!(from <= to && to <= MAX_TICKS)) {
      throw new UsageError(
        `--window: ${JSON.stringify(window)}: two ticks T1:T2 with 0 <= T1 <= T2 <= ${MAX_TICKS}`,
      );
    }
    return { kind: 'window', from, to };
  }
  return { kind: 'end' };
}

function adjustOf(raw: string | undefined): PAdjustMethod {
  if (raw === undefined) return 'holm';
  const found = P_ADJUST_METHODS.find((m) => m.toLowerCase() === raw.toLowerCase());
  if (!found) throw new UsageError(`--adjust: ${JSON.stringify(raw)}: one of ${P_ADJUST_METHODS.join(', ')}`);
  return found;
}

/** Beside `cmp.csv`, its sidecar `cmp.meta.json`. */
export function sidecarPathFor(csvPath: string): string {
  return csvPath.replace(/\.csv$/i, '.meta.json');
}

export async function compareCommand(args: string[]): Promise<number> {
  const parsed = parseCommand(compareSpec, args);
  const { values, positionals, ints } = parsed;
  if (values.help) {
    process.stdout.write(helpText(compareSpec));
    return 0;
  }
  if (positionals.length !== 2) throw new UsageError(`expected two scenario files\nusage: ${compareUsage}`);
  const out = values.out;
  if (out !== undefined && !/\.csv$/i.test(out)) {
    throw new UsageError(`--out: ${JSON.stringify(out)}: a file name ending in .csv`);
  }
  const statistic = statisticOf(parsed);
  const adjust = adjustOf(values.adjust);
  const patterns = (values.measures ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '');
  const seeds = ints.seeds ?? 10;
  const baseSeed = ints.seed ?? 1;
  const ticks = ints.ticks;
  const jobs = ints.jobs ?? availableParallelism();
  const overrides = ticks === undefined ? {} : { ticks };
  const extendsFrom = extendsOptions(values);
  const problems: string[] = [];
  const scenarios = positionals.map((p) => {
    try {
      return loadScenarioFile(p, overrides, extendsFrom);
    } catch (e) {
      if (e instanceof UsageError) problems.push(...e.lines);
      else throw e;
      return undefined;
    }
  });
  if (problems.length > 0) throw new UsageError(problems);
  const [a, b] = scenarios as [Scenario, Scenario];
  const lastTick = Math.max(a.ticks, b.ticks);
  const asked = statistic.kind === 'at' ? statistic.tick : statistic.kind === 'window' ? statistic.to : 0;
  if (asked > lastTick) {
    throw new UsageError(
      `--${statistic.kind}: tick ${asked} is after the end of both runs (tick ${lastTick}; set --ticks to run longer)`,
    );
  }
  const [ca, cb] = [runCost(a), runCost(b)];
  const workers = Math.min(jobs, 2 * seeds);
  confirmCost(
    'kiez compare',
    { seconds: seeds * (ca.seconds + cb.seconds), bytes: workers * Math.max(ca.bytes, cb.bytes) },
    workers,
    values.yes === true,
  );
  if (out) {
    checkWritable(out);
    checkWritable(sidecarPathFor(out));
  }

  // Run 2i is A with seed i, run 2i+1 is B with the same seed; only the ticks compared are kept.
  const { every, at } = schedule(statistic);
  const pairs: RunJob[] = [];
  const seedList: number[] = [];
  for (let i = 0; i < seeds; i++) {
    const seed = deriveSeed(baseSeed, i);
    seedList.push(seed);
    for (const [k, scenario] of [a, b].entries()) {
      pairs.push({ run: 2 * i + k, point: k, replicate: i, seed, scenario, every, at });
    }
  }
  const records: RunRecord[] = new Array(pairs.length);
  const progress = new Progress('kiez compare', pairs.length, 0, process.stderr);
  let outcome: Awaited<ReturnType<typeof runInterruptible>>;
  try {
    outcome = await runInterruptible(Math.min(jobs, pairs.length), jobList(pairs), (f) => {
      records[f.record.run] = f.record;
      progress.tick();
    });
  } catch (e) {
    progress.end();
    if (e instanceof RunScenarioError) {
      const file = positionals[e.run % 2]!;
      throw new UsageError(e.problems.map((p) => `${file}: ${formatProblem(p)}`));
    }
    process.stderr.write(`kiez compare: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT_FAILURE;
  }
  progress.end();
  if (outcome !== 'done') {
    process.stderr.write('kiez compare: interrupted; nothing written\n');
    return EXIT_CODE[outcome];
  }
  const recA = records.filter((_, i) => i % 2 === 0);
  const recB = records.filter((_, i) => i % 2 === 1);
  const selection = selectMeasures(recA, recB, patterns);
  const rows = compareRuns(recA, recB, selection.measures, statistic, adjust);
  const comparisons = rows.filter((r) => r.measure !== 'tick' && Number.isFinite(r.p)).length;
  const adjustWords =
    adjust === 'holm'
      ? `Holm-adjusted over ${comparisons} comparisons`
      : adjust === 'BH'
        ? `Benjamini-Hochberg-adjusted over ${comparisons} comparisons`
        : 'not adjusted';
  process.stdout.write(
    `A: ${positionals[0]} (${a.name}), B: ${positionals[1]} (${b.name}); ${seeds} seeds from deriveSeed(${baseSeed}, i), the same for both; ${describeStatistic(statistic)}\n\n` +
      `${formatTable(rows, adjust, statistic.kind === 'series')}\n\n` +
      `B - A: mean difference over the paired runs; interval: 95 % by Student's t; d_z: Cohen's d for paired samples (mean / sd of the differences); p: two-sided paired t-test, ${adjustWords}.\n` +
      selection.notes.map((n) => `note: ${n}\n`).join(''),
  );
  if (out) {
    const meta = {
      kiez: KIEZ_VERSION,
      command: ['kiez', 'compare', ...args],
      table: basename(out),
      columns: CSV_COLUMNS,
      scenarios: {
        A: { file: positionals[0], name: a.name, scenario: scenarioForOutput(a) },
        B: { file: positionals[1], name: b.name, scenario: scenarioForOutput(b) },
      },
      seeds: { count: seeds, from: `deriveSeed(${baseSeed}, i)`, values: seedList },
      ticks: {
        statistic: describeStatistic(statistic),
        ...statistic,
        reached: { A: recA.map((r) => r.ticks), B: recB.map((r) => r.ticks) },
      },
      method: {
        pairing: 'runs of A and B with the same seed; d = B - A',
        interval: "95 % interval of the mean difference by Student's t, df = n - 1",
        effectSize: "Cohen's d_z = mean(d) / sd(d) (paired samples; Lakens 2013)",
        test: 'two-sided paired t-test, df = n - 1; no test where d does not vary (p, t, dz empty)',
        adjust,
        comparisons,
      },
      measures: { patterns, compared: selection.measures.length, notes: selection.notes },
      node: process.version,
    };
    writeFileAtomic(out, compareCsv(rows));
    writeFileAtomic(sidecarPathFor(out), `${JSON.stringify(meta, null, 1)}\n`);
  }
  return 0;
}
