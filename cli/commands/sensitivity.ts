/**
 * `kiez sensitivity DIR --measure NAME [--tick T]`: sensitivity indices of one measure at one tick
 * of a finished Sobol' or Morris sweep (design "sobol" / "morris"): first-order and total Sobol'
 * indices with bootstrap intervals, or Morris mu, mu* and sigma, per varied parameter. Each point's
 * output is the mean over its replicates. Every request is checked against what the sweep recorded
 * before anything is computed.
 */
import { writeFileSync } from 'node:fs';
import { designOf } from '../../sim/batch/grid.ts';
import { recordedTicks } from '../../sim/batch/run.ts';
import { morrisIndices, sobolIndices } from '../../sim/batch/sensitivity.ts';
import { csvField } from '../../sim/csv.ts';
import { didYouMean } from '../../sim/params/suggest.ts';
import { stream } from '../../sim/rng.ts';
import { MAX_SEED } from '../../sim/params/limits.ts';
import { type CommandSpec, helpFlag, helpText, parseCommand, usageLine } from '../flags.ts';
import { readManifest, resultsOf } from '../batch/read-results.ts';
import { UsageError } from '../errors.ts';

/** The command's flags, declared once: its parser, usage line and --help. */
export const sensitivitySpec = {
  name: 'sensitivity',
  operands: 'DIR',
  summary: "Sobol' indices (S1, ST with intervals) or Morris mu*, sigma of a measure in a finished sweep",
  flags: [
    {
      name: 'measure',
      short: 'm',
      kind: 'string',
      required: true,
      value: 'NAME',
      meaning: 'a column of its results.csv, e.g. D.origin.quarter',
    },
    {
      name: 'tick',
      kind: 'string',
      value: 'T|last',
      meaning: 'a recorded tick (default: last, the last tick of the runs)',
    },
    {
      name: 'resamples',
      kind: 'int',
      value: 'N',
      min: 0,
      max: 100_000,
      meaning: "bootstrap resamples for the Sobol' intervals (default 1000; 0 = none)",
    },
    { name: 'level', kind: 'string', value: 'L', meaning: 'coverage of the intervals (default 0.95)' },
    {
      name: 'seed',
      kind: 'int',
      value: 'S',
      min: 0,
      max: MAX_SEED,
      meaning: 'seed of the bootstrap (default 1)',
    },
    { name: 'csv', kind: 'string', value: 'FILE', meaning: 'also write the table as CSV' },
    helpFlag,
  ],
  notes: [
    'DIR is the --out folder of a finished sweep with design "sobol" or "morris".',
    '',
    "Sobol': S1 (first order, Saltelli et al. 2010) and ST (total, Jansen 1999) with percentile",
    'bootstrap intervals over the N base samples. Morris: mu, mu* (mean |effect|) and sigma of the',
    "elementary effects, each per whole range of the parameter. A point's value is the mean of its",
    'replicates at the tick.',
  ].join('\n'),
} as const satisfies CommandSpec;

export const sensitivityUsage = usageLine(sensitivitySpec);

export function sensitivityHelp(): string {
  return helpText(sensitivitySpec);
}

export async function sensitivityCommand(args: string[]): Promise<number> {
  const { values, positionals, ints } = parseCommand(sensitivitySpec, args);
  if (values.help) {
    process.stdout.write(sensitivityHelp());
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(`expected one sweep folder\nusage: ${sensitivityUsage}`);
  if (!values.measure)
    throw new UsageError(`--measure: (missing): a column of results.csv\nusage: ${sensitivityUsage}`);
  const dir = positionals[0]!;
  const measure = values.measure;
  const resamples = ints.resamples ?? 1000;
  const seed = ints.seed ?? 1;
  const level = values.level === undefined ? 0.95 : Number(values.level);
  if (!(level > 0 && level < 1))
    throw new UsageError(`--level: ${JSON.stringify(values.level)}: a number between 0 and 1, e.g. 0.95`);
  const tickFlag = values.tick ?? 'last';
  if (tickFlag !== 'last' && !/^\d+$/.test(tickFlag)) {
    throw new UsageError(`--tick: ${JSON.stringify(tickFlag)}: a whole number (a recorded tick) or last`);
  }

  const manifest = readManifest(dir);
  const { sweep } = manifest;
  const method = sweep.design?.method ?? 'grid';
  if (method !== 'sobol' && method !== 'morris') {
    throw new UsageError(
      `${dir}: a sweep with design "${method}"; sensitivity indices need design "sobol" or "morris" (a grid or Latin hypercube: fit a model to results.csv)`,
    );
  }
  if (manifest.shard) {
    throw new UsageError(
      `${dir}: part ${manifest.shard.index}/${manifest.shard.count} of a sweep; join the parts with kiez merge first`,
    );
  }
  const { header, rows } = resultsOf(dir);
  const col = header.indexOf(measure);
  if (col < 0) {
    const measures = header.slice(header.indexOf('tick') + 1);
    throw new UsageError(
      `--measure: ${JSON.stringify(measure)}: not recorded by this sweep${didYouMean(measure, measures) || `; it recorded ${measures.length} measures (see the header of ${dir}/results.csv)`}`,
    );
  }
  const cPoint = header.indexOf('point');
  const cRun = header.indexOf('run');
  const cTick = header.indexOf('tick');
  // The ticks every run records when it runs to its end (the schedule and the last tick); a run
  // that stopped earlier (a settled classic model does not change any more) gives its last row.
  const ticksOfRun = manifest.sweep.ticks > 0 ? manifest.sweep.ticks : Number(manifest.base['ticks']);
  const schedule = recordedTicks(manifest.sweep.record, ticksOfRun);
  const wanted = tickFlag === 'last' ? ticksOfRun : Number(tickFlag);
  if (!schedule.includes(wanted)) {
    throw new UsageError(
      `--tick: ${wanted}: not recorded by this sweep; recorded ticks: ${preview(schedule)}`,
    );
  }
  const byRun = new Map<number, { point: number; tick: number; value: string }>();
  for (const r of rows) {
    const tick = Number(r[cTick]);
    const run = Number(r[cRun]);
    if (tick <= wanted && (byRun.get(run)?.tick ?? -1) < tick) {
      byRun.set(run, { point: Number(r[cPoint]), tick, value: r[col] ?? '' });
    }
  }
  const design = designOf(sweep);
  const points = design.values.length;
  const sums = new Float64Array(points);
  const counts = new Uint32Array(points);
  let early = 0;
  for (const [run, v] of byRun) {
    if (v.value === '') {
      throw new UsageError(
        `${measure} at tick ${v.tick}: empty in run ${run} (point ${v.point}): the measure does not apply there, so no index can be computed`,
      );
    }
    if (v.tick < wanted) early++;
    sums[v.point]! += Number(v.value);
    counts[v.point]!++;
  }
  const missing = counts.indexOf(0);
  if (missing >= 0) {
    throw new UsageError(
      `${dir}: point ${missing} has no run; the sweep is incomplete (rerun kiez sweep into it)`,
    );
  }
  const y = Array.from(sums, (s, p) => s / counts[p]!);
  const tick = wanted;
  const stopped =
    early > 0
      ? ` (${early} run${early === 1 ? '' : 's'} stopped earlier, settled: their last value is used)`
      : '';
  const names = sweep.vary.map((a) => a.path);
  const width = Math.max(9, ...names.map((n) => n.length));
  const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(4).padStart(8) : '     n/a');
  const lines: string[] = [];
  let table: (string | number)[][];
  if (method === 'sobol') {
    const s = sobolIndices(y, design.k, { resamples, level, rng: stream(seed, 'sensitivity/bootstrap') });
    const pct = Math.round(level * 100);
    lines.push(
      `Sobol' indices of ${measure} at tick ${tick}: N = ${design.samples}, ${points} points, ${sweep.replicates} replicate(s) each; ${pct} % bootstrap intervals over ${resamples} resamples${stopped}`,
      '',
      `${'parameter'.padEnd(width)}        S1  [   low,     high]       ST  [   low,     high]`,
      ...names.map(
        (n, i) =>
          `${n.padEnd(width)}  ${fmt(s[i]!.s1)}  [${fmt(s[i]!.s1Low)}, ${fmt(s[i]!.s1High)}] ${fmt(s[i]!.st)}  [${fmt(s[i]!.stLow)}, ${fmt(s[i]!.stHigh)}]`,
      ),
      '',
      'S1: share of the variance due to the parameter alone; ST: with all its interactions. Intervals wide against the values mean N is too small.',
    );
    table = [
      ['parameter', 'S1', 'S1_low', 'S1_high', 'ST', 'ST_low', 'ST_high'],
      ...names.map((n, i) => [n, s[i]!.s1, s[i]!.s1Low, s[i]!.s1High, s[i]!.st, s[i]!.stLow, s[i]!.stHigh]),
    ];
  } else {
    const m = morrisIndices(design.unit, y, design.k);
    lines.push(
      `Morris elementary effects of ${measure} at tick ${tick}: ${design.samples} trajectories on ${design.levels} levels, ${sweep.replicates} replicate(s) per point; effects per whole range of a parameter${stopped}`,
      '',
      `${'parameter'.padEnd(width)}        mu       mu*     sigma  effects`,
      ...names.map(
        (n, i) =>
          `${n.padEnd(width)}  ${fmt(m[i]!.mu)}  ${fmt(m[i]!.muStar)}  ${fmt(m[i]!.sigma)}  ${String(m[i]!.effects).padStart(7)}`,
      ),
      '',
      'mu*: mean absolute effect (importance); sigma: spread of the effects (interactions or non-linearity).',
    );
    table = [
      ['parameter', 'mu', 'muStar', 'sigma', 'effects'],
      ...names.map((n, i) => [n, m[i]!.mu, m[i]!.muStar, m[i]!.sigma, m[i]!.effects]),
    ];
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  if (values.csv) {
    writeFileSync(values.csv, `${table.map((r) => r.map((x) => csvField(x)).join(',')).join('\n')}\n`);
  }
  return 0;
}

function preview(ticks: readonly number[]): string {
  return ticks.length <= 8
    ? ticks.join(', ')
    : `${ticks.slice(0, 4).join(', ')}, ..., ${ticks.slice(-2).join(', ')}`;
}
