/**
 * `kiez calibrate CALIBRATION.json --out DIR`: fit scenario parameters to observed targets by the
 * simulated method of moments (sim/calibrate/), every run on a kept pool of worker threads and
 * stored as it finishes (a rerun resumes), then the fit of every start with its uncertainty, the
 * distance and the targets beside the simulated values: a table on screen, CSV files and one JSON
 * document. `--shard I/N` fits every N-th start; `kiez calibrate merge PART... --out DIR` joins
 * the parts into the files the unsharded calibration writes, byte for byte.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { shardRuns } from '../../sim/batch/grid.ts';
import type { FreeParameter } from '../../sim/calibrate/procedure.ts';
import {
  evaluationsCsv,
  fitCsv,
  reportJson,
  reportText,
  type StartFit,
  targetsCsv,
} from '../../sim/calibrate/report.ts';
import { calibrationReference, type Target } from '../../sim/calibrate/spec.ts';
import { runCost } from '../cost.ts';
import { confirmCost } from '../cost.ts';
import { KIEZ_VERSION } from '../../sim/version.ts';
import { extendsOptions, parseFlags } from '../args.ts';
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
import { takeLock } from '../batch/lock.ts';
import type { Shard } from '../batch/manifest.ts';
import { EXIT_CODE, type StopSignal, watchStopRequests } from '../batch/stop.ts';
import { prepareOutDir, removeStaleTemporaries } from '../batch/store.ts';
import { driveCalibration } from '../calibrate/drive.ts';
import { loadCalibrationFile } from '../calibrate/plan.ts';
import { KeptPool } from '../calibrate/pool.ts';
import { UsageError } from '../errors.ts';
import { makeDirs, probeWritable, writeFileAtomic } from '../files.ts';
import { parseShard } from './sweep.ts';

/** The command's flags, declared once: its parser, usage line and the start of its --help. */
export const calibrateSpec = {
  name: 'calibrate',
  operands: 'CALIBRATION.json',
  summary: 'fit parameters to observed targets (simulated method of moments): fit, uncertainty, targets',
  flags: [
    {
      name: 'out',
      required: true,
      short: 'o',
      kind: 'string',
      value: 'DIR',
      meaning:
        'folder for runs/, calibration.json, fit.csv, targets.csv, evaluations.csv (a rerun into it resumes)',
    },
    { ...jobsFlag, meaning: 'worker threads (default: all cores)' },
    {
      name: 'shard',
      kind: 'string',
      value: 'I/N',
      meaning: 'fit only every N-th start, beginning with start I; join the parts with kiez calibrate merge',
    },
    { ...allowExtendsFlag, meaning: 'let the base and its extends reach scenarios in DIR (repeatable)' },
    { ...yesFlag, meaning: 'start a calibration estimated above 1 h or 4 GiB' },
    helpFlag,
  ],
} as const satisfies CommandSpec;

export const calibrateUsage = `${usageLine(calibrateSpec)} | kiez calibrate merge PART... --out DIR`;

export const REPORT_FILE = 'calibration.json';
export const REPORT_FORMAT = 'kiez-calibration/1';

export function calibrateHelp(): string {
  return [
    helpText(calibrateSpec).trimEnd(),
    '',
    'kiez calibrate merge PART... --out DIR joins the parts of a sharded calibration.',
    '',
    'Method (docs/calibration.md): simulated method of moments. The distance is sum_k w_k (m_k - observed_k)^2,',
    'm_k the mean of a target measure over the replicates, w_k = 1/se^2 or the given weight. Nelder-Mead',
    'searches the ranges from each start; replicate r uses deriveSeed(seed, r) at every point (common random',
    'numbers). At the fit, central differences give the Jacobian G, and the uncertainty is the sandwich',
    "(G'WG)^-1 G'W S W G (G'WG)^-1 with S = S_obs + S_sim/R ((1 + 1/R) S_sim for targets given a weight).",
    '',
    'The calibration file (JSON):',
    '',
    calibrationReference(),
    '',
  ].join('\n');
}

interface Part {
  readonly format: string;
  readonly kiez: string;
  readonly fingerprint: string;
  readonly shard: Shard | null;
  readonly starts: number;
  readonly header: Record<string, unknown>;
  readonly parameters: FreeParameter[];
  readonly targets: Target[];
  readonly replicates: number;
  readonly name: string;
  readonly fits: StartFit[];
}

/** Every file of a finished calibration (or of one part), from its fits alone. */
function writeOutputs(dir: string, part: Part): string {
  const { parameters, targets, fits } = part;
  writeFileAtomic(join(dir, 'fit.csv'), fitCsv(parameters, fits));
  writeFileAtomic(join(dir, 'targets.csv'), targetsCsv(targets, fits));
  writeFileAtomic(join(dir, 'evaluations.csv'), evaluationsCsv(parameters, fits));
  const doc = { ...part, report: reportJson(parameters, targets, fits) };
  writeFileAtomic(join(dir, REPORT_FILE), `${JSON.stringify(doc, null, 1)}\n`);
  return reportText(part.name, parameters, targets, fits, part.replicates);
}

export async function calibrateCommand(args: string[]): Promise<number> {
  if (args[0] === 'merge') return mergeCommand(args.slice(1));
  const { values, positionals, ints } = parseCommand(calibrateSpec, args);
  if (values.help) {
    process.stdout.write(calibrateHelp());
    return 0;
  }
  const problems: string[] = [];
  if (positionals.length !== 1) problems.push(`expected one calibration file\nusage: ${calibrateUsage}`);
  if (!values.out) problems.push(`--out: (missing): the folder for the results\nusage: ${calibrateUsage}`);
  if (problems.length > 0) throw new UsageError(problems);
  const path = positionals[0]!;
  const out = values.out!;
  const jobs = ints.jobs ?? availableParallelism();
  const shard = parseShard(values.shard);
  const label = 'kiez calibrate';

  const plan = loadCalibrationFile(path, extendsOptions(values));
  const c = plan.calibration;
  const starts = shard ? shardRuns(c.starts, shard.index, shard.count) : shardRuns(c.starts, 1, 1);
  if (starts.length === 0) {
    throw new UsageError(
      `--shard: ${values.shard}: the calibration has ${c.starts} starts, so part ${shard!.index} has none; use at most ${c.starts} parts`,
    );
  }
  const workers = Math.min(jobs, Math.max(1, starts.length * c.replicates));
  const runs = starts.length * plan.block * c.replicates;
  const one = runCost(plan.base);
  confirmCost(
    label,
    { seconds: one.seconds * runs, bytes: one.bytes * workers },
    workers,
    values.yes === true,
  );
  try {
    prepareOutDir(out, plan.fingerprint, path);
  } catch (e) {
    // The sweep's folder check, in a calibration's words.
    if (!(e instanceof UsageError)) throw e;
    throw new UsageError(
      e.lines.map((l) => l.replace('runs of a different sweep', 'runs of a different calibration or sweep')),
    );
  }
  const release = takeLock(out, label);
  const pool = new KeptPool(workers);
  let stoppedBy: StopSignal | undefined;
  const unwatch = watchStopRequests((signal, n) => {
    if (n > 1) process.exit(EXIT_CODE[stoppedBy ?? signal]);
    stoppedBy = signal;
    pool.stop();
  });
  try {
    const stale = removeStaleTemporaries(out);
    if (stale > 0)
      process.stderr.write(`${label}: removed ${stale} temporary files of an interrupted write\n`);
    process.stderr.write(
      `${label}: ${c.name}: ${plan.parameters.length} parameters, ${c.targets.length} targets, ${c.starts} starts` +
        `${shard ? ` (part ${shard.index}/${shard.count}: starts ${starts.map((s) => s + 1).join(', ')})` : ''}, ` +
        `${c.replicates} replicates per point, at most ${plan.block - 1} points per start; ${workers} worker${workers === 1 ? '' : 's'} -> ${out}\n`,
    );
    const started = Date.now();
    const result = await driveCalibration(plan, starts, out, pool, (line) =>
      process.stderr.write(`${label}: ${line}\n`),
    );
    if (result.outcome === 'stopped') {
      const signal = stoppedBy ?? 'SIGINT';
      process.stderr.write(
        `${label}: interrupted (${signal}); ${result.ran} runs finished now are kept in ${out}/runs. To resume, run the same command again: npx kiez calibrate ${args.join(' ')}\n`,
      );
      return EXIT_CODE[signal];
    }
    const seconds = (Date.now() - started) / 1000;
    const text = writeOutputs(out, {
      format: REPORT_FORMAT,
      kiez: KIEZ_VERSION,
      fingerprint: plan.fingerprint,
      shard,
      starts: c.starts,
      header: {
        calibrationFile: path,
        calibration: c,
        base: plan.baseDoc,
        seeds: `replicate r uses deriveSeed(${c.seed}, r) at every point and from every start (common random numbers)`,
        method:
          "simulated method of moments: Nelder-Mead on sum_k w_k (m_k - observed_k)^2, sandwich covariance (G'WG)^-1 G'W S W G (G'WG)^-1, S = S_obs + S_sim/R",
      },
      parameters: [...plan.parameters],
      targets: [...c.targets],
      replicates: c.replicates,
      name: c.name,
      fits: result.fits,
    });
    process.stdout.write(text);
    process.stderr.write(
      `${label}: ${result.ran} runs in ${seconds.toFixed(1)} s (${result.reused} reused from an earlier attempt) -> ${out}/${REPORT_FILE}\n`,
    );
    return 0;
  } finally {
    unwatch();
    await pool.close();
    release();
  }
}

const mergeUsage = 'kiez calibrate merge PART... --out DIR';

function readPart(dir: string): Part {
  let doc: Part;
  try {
    doc = JSON.parse(readFileSync(join(dir, REPORT_FILE), 'utf8'));
  } catch {
    throw new UsageError(
      `${dir}: no finished calibration here (${REPORT_FILE} missing or unreadable); finish that part first`,
    );
  }
  if (doc?.format !== REPORT_FORMAT || !Array.isArray(doc.fits)) {
    throw new UsageError(`${dir}/${REPORT_FILE}: not a kiez calibration (format ${String(doc?.format)})`);
  }
  return doc;
}

async function mergeCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    { out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } },
    mergeUsage,
  );
  if (values.help) {
    process.stdout.write(
      `usage: ${mergeUsage}\n  joins the parts of a calibration run with --shard I/N into the files of the whole\n`,
    );
    return 0;
  }
  if (positionals.length === 0 || !values.out)
    throw new UsageError(`expected the part folders and --out DIR\nusage: ${mergeUsage}`);
  const parts = positionals.map((dir) => ({ dir, part: readPart(dir) }));
  const first = parts[0]!.part;
  const lines: string[] = [];
  const count = first.shard?.count ?? 1;
  const seen = new Map<number, string>();
  for (const { dir, part } of parts) {
    if (part.fingerprint !== first.fingerprint || part.kiez !== first.kiez) {
      lines.push(
        `${dir}: a part of a different calibration (another definition, base scenario or kiez version) than ${parts[0]!.dir}`,
      );
      continue;
    }
    const index = part.shard?.index ?? 1;
    if ((part.shard?.count ?? 1) !== count)
      lines.push(`${dir}: part of ${part.shard?.count ?? 1} parts, not of ${count}`);
    else if (seen.has(index)) lines.push(`${dir}: part ${index}/${count} again (also in ${seen.get(index)})`);
    else seen.set(index, dir);
  }
  for (let i = 1; i <= count; i++)
    if (!seen.has(i) && lines.length === 0) lines.push(`part ${i}/${count} is missing`);
  if (lines.length > 0) throw new UsageError(lines);
  const fits = parts.flatMap((p) => p.part.fits).sort((a, b) => a.index - b.index);
  const out = values.out;
  try {
    makeDirs(out);
    probeWritable(out);
  } catch {
    throw new UsageError(`--out: ${JSON.stringify(out)}: a folder kiez can create and write to`);
  }
  const text = writeOutputs(out, { ...first, shard: null, fits });
  process.stdout.write(text);
  process.stderr.write(
    `kiez calibrate merge: ${parts.length} parts, ${fits.length} starts -> ${out}/${REPORT_FILE}\n`,
  );
  return 0;
}
