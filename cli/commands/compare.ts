/**
 * `kiez compare A.json B.json`: both scenarios over the same seeds, then a table of every measure at
 * the end of the runs: mean and standard deviation of each, the mean difference B - A and its 95 %
 * interval from the paired runs (same seed, different scenario).
 */
import { availableParallelism } from 'node:os';
import type { RunJob, RunRecord } from '../../sim/batch/run.ts';
import { type Comparison, comparePaired } from '../../sim/batch/stats.ts';
import { formatProblem } from '../../sim/params/validate.ts';
import { deriveSeed } from '../../sim/rng.ts';
import { allowExtendsOption, extendsOptions, intFlag, parseFlags, yesOption } from '../args.ts';
import { confirmCost, runCost } from '../cost.ts';
import { jobList, RunScenarioError, runInterruptible } from '../batch/pool.ts';
import { Progress } from '../batch/progress.ts';
import { EXIT_FAILURE, UsageError } from '../errors.ts';
import { checkWritable, loadScenarioFile, writeFileAtomic } from '../files.ts';
import { csvField } from '../../sim/csv.ts';
import { EXIT_CODE } from '../batch/stop.ts';

export const compareUsage =
  'kiez compare A.json B.json [--seeds N] [--seed S] [--ticks N] [--jobs N] [--out FILE.csv] [--allow-extends DIR] [--yes]';

interface Row extends Comparison {
  readonly measure: string;
}

/** Final value of every measure of each run, paired by seed; `tick` is the last tick reached. */
export function compareRecords(a: readonly RunRecord[], b: readonly RunRecord[]): Row[] {
  const names = ['tick', ...(a[0]?.metrics ?? []).filter((m) => b[0]?.metrics.includes(m))];
  return names.map((measure) => {
    const xa: number[] = [];
    const xb: number[] = [];
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const va = finalValue(a[i]!, measure);
      const vb = finalValue(b[i]!, measure);
      if (va !== null && vb !== null) {
        xa.push(va);
        xb.push(vb);
      }
    }
    return { measure, ...comparePaired(xa, xb) };
  });
}

function finalValue(r: RunRecord, measure: string): number | null {
  const row = r.rows[r.rows.length - 1];
  if (!row) return null;
  return measure === 'tick' ? row[0]! : (row[r.metrics.indexOf(measure) + 1] ?? null);
}

/** Four significant digits for the printed table; the CSV keeps every digit. */
function short(x: number): string {
  if (!Number.isFinite(x)) return '';
  if (x !== 0 && (Math.abs(x) >= 1e6 || Math.abs(x) < 1e-3)) return x.toExponential(3);
  return String(Number(x.toPrecision(4)));
}

export function formatTable(rows: readonly Row[]): string {
  const header = ['measure', 'mean A', 'sd A', 'mean B', 'sd B', 'B - A', '95 % interval'];
  const cells = rows.map((r) => [
    r.measure,
    short(r.meanA),
    short(r.sdA),
    short(r.meanB),
    short(r.sdB),
    short(r.difference),
    Number.isFinite(r.low) ? `${short(r.low)} to ${short(r.high)}` : '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]) =>
    c.map((x, i) => (i === 0 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

export function compareCsv(rows: readonly Row[]): string {
  const cols = ['measure', 'n', 'meanA', 'sdA', 'meanB', 'sdB', 'difference', 'low', 'high'] as const;
  const lines = [cols.join(',')];
  for (const r of rows) lines.push(cols.map((c) => csvField(r[c])).join(','));
  return `${lines.join('\n')}\n`;
}

export async function compareCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    {
      seeds: { type: 'string' },
      seed: { type: 'string' },
      ticks: { type: 'string' },
      jobs: { type: 'string', short: 'j' },
      out: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
      ...allowExtendsOption,
      ...yesOption,
    },
    compareUsage,
  );
  if (values.help) {
    process.stdout.write(`usage: ${compareUsage}\n`);
    return 0;
  }
  if (positionals.length !== 2) throw new UsageError(`expected two scenario files\nusage: ${compareUsage}`);
  if (values.out !== undefined && !/\.csv$/i.test(values.out)) {
    throw new UsageError(`--out: ${JSON.stringify(values.out)}: a file name ending in .csv`);
  }
  const seeds = intFlag('seeds', values.seeds, 1, 100_000) ?? 10;
  const baseSeed = intFlag('seed', values.seed, 0, 2_147_483_647) ?? 1;
  const ticks = intFlag('ticks', values.ticks, 0, 100_000);
  const jobs = intFlag('jobs', values.jobs, 1, 4096) ?? availableParallelism();
  const overrides = ticks === undefined ? {} : { ticks };
  const problems: string[] = [];
  const scenarios = positionals.map((p) => {
    try {
      return loadScenarioFile(p, overrides, extendsOptions(values));
    } catch (e) {
      if (e instanceof UsageError) problems.push(...e.lines);
      else throw e;
      return undefined;
    }
  });
  if (problems.length > 0) throw new UsageError(problems);
  const [ca, cb] = (scenarios as NonNullable<(typeof scenarios)[0]>[]).map(runCost) as [
    ReturnType<typeof runCost>,
    ReturnType<typeof runCost>,
  ];
  const workers = Math.min(jobs, 2 * seeds);
  confirmCost(
    'kiez compare',
    { seconds: seeds * (ca.seconds + cb.seconds), bytes: workers * Math.max(ca.bytes, cb.bytes) },
    workers,
    values.yes === true,
  );
  if (values.out) checkWritable(values.out);
  const [a, b] = scenarios as [NonNullable<(typeof scenarios)[0]>, NonNullable<(typeof scenarios)[0]>];

  // Run 2i is A with seed i, run 2i+1 is B with the same seed; only the last tick is kept.
  const pairs: RunJob[] = [];
  for (let i = 0; i < seeds; i++) {
    const seed = deriveSeed(baseSeed, i);
    for (const [k, scenario] of [a, b].entries()) {
      pairs.push({ run: 2 * i + k, point: k, replicate: i, seed, scenario, every: 0, at: [] });
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
  const rows = compareRecords(
    records.filter((_, i) => i % 2 === 0),
    records.filter((_, i) => i % 2 === 1),
  );
  process.stdout.write(
    `A: ${positionals[0]} (${a.name}), B: ${positionals[1]} (${b.name}); ${seeds} seeds from deriveSeed(${baseSeed}, i), the same for both; values at the end of each run\n\n` +
      `${formatTable(rows)}\n\nB - A: mean difference over paired runs; interval: 95 % by Student's t on the ${seeds} paired differences.\n`,
  );
  if (values.out) writeFileAtomic(values.out, compareCsv(rows));
  return 0;
}
