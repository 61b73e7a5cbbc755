/** `kiez run SCENARIO.json`: one run, metrics per tick to CSV or JSON, optionally the final state. */
import type { Metrics } from '../../sim/model.ts';
import { resolveScenario, ScenarioError, scenarioForOutput } from '../../sim/scenario/resolve.ts';
import type { Scenario } from '../../sim/scenario/spec.ts';
import { createSimulation, seriesDigest } from '../../sim/simulation.ts';
import { KIEZ_VERSION } from '../../sim/version.ts';
import { extendsOptions } from '../args.ts';
import {
  allowExtendsFlag,
  type CommandSpec,
  helpFlag,
  helpText,
  parseCommand,
  seedFlag,
  ticksFlag,
  usageLine,
  yesFlag,
} from '../flags.ts';
import { Progress } from '../batch/progress.ts';
import { confirmCost, runCost } from '../cost.ts';
import { UsageError } from '../errors.ts';
import { keepCityFile, scaleNote } from '../city-file.ts';
import { checkWritable, loadScenarioFile, writeFileAtomic } from '../files.ts';
import { laterProblems } from '../later-problems.ts';
import { measuresOverride } from './measures.ts';
import { withLayout } from '../layout.ts';
import { statePaths, writeStateCsv } from '../output.ts';
import { seriesCsv } from '../../sim/csv.ts';

export const runSpec = {
  name: 'run',
  operands: 'SCENARIO.json',
  summary: 'run one scenario, write metrics per tick (and the final state)',
  flags: [
    seedFlag,
    ticksFlag,
    {
      name: 'measures',
      kind: 'string',
      value: 'D,H,...|key=value;...',
      meaning: 'indices to report (a list, all or none), or key=value pairs of the measures section',
    },
    {
      name: 'layout',
      kind: 'string',
      value: 'random|halves|stripes|blocks|FILE.txt',
      meaning: 'classic mode: the starting layout of the grid',
    },
    {
      name: 'out',
      short: 'o',
      kind: 'string',
      value: 'FILE.csv|FILE.json',
      meaning: 'write the metrics there (CSV with a .manifest.json beside it, or JSON) instead of stdout',
    },
    { name: 'state', kind: 'string', value: 'FILE.csv', meaning: 'write the final state (see below)' },
    allowExtendsFlag,
    yesFlag,
    helpFlag,
  ],
  notes: `--state FILE.csv writes the final state: one row per dwelling (city mode: and one per unhoused
household, dwelling fields empty) or per cell (classic mode); city mode also writes FILE.cells.csv,
the raster cells with their block, quarter, district and housing type, so that every index can be
recomputed from the files alone. The manifest lists the files written (stateFiles).
Progress: a bar on stderr on a terminal; in a log, a line at every tenth of a run estimated over 10 s.`,
} as const satisfies CommandSpec;

export const runUsage = usageLine(runSpec);

/** Below this estimated run time, a run writes no progress lines to a log (a bar on a terminal always). */
const PROGRESS_LINES_SECONDS = 10;

/** Beside a CSV, its manifest: `run.csv` -> `run.manifest.json`. */
export function manifestPathFor(csvPath: string): string {
  return csvPath.replace(/\.csv$/i, '.manifest.json');
}

export async function runCommand(args: string[]): Promise<number> {
  const { values, positionals, ints } = parseCommand(runSpec, args);
  if (values.help) {
    process.stdout.write(helpText(runSpec));
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(`expected one scenario file\nusage: ${runUsage}`);
  const out = values.out;
  if (out !== undefined && !/\.(csv|json)$/i.test(out)) {
    throw new UsageError(`--out: ${JSON.stringify(out)}: a file name ending in .csv or .json`);
  }
  if (values.state !== undefined && !/\.csv$/i.test(values.state)) {
    throw new UsageError(`--state: ${JSON.stringify(values.state)}: a file name ending in .csv`);
  }
  const overrides: Record<string, unknown> = {};
  const { seed, ticks } = ints;
  if (seed !== undefined) overrides['seed'] = seed;
  if (ticks !== undefined) overrides['ticks'] = ticks;
  const loaded = loadScenarioFile(positionals[0]!, overrides, extendsOptions(values));
  const laid = values.layout === undefined ? loaded : withLayout(loaded, values.layout);
  const scenario = values.measures === undefined ? laid : withMeasures(laid, values.measures);
  confirmCost('kiez run', runCost(scenario), 1, values.yes === true);
  if (out) checkWritable(out);
  if (values.state) checkWritable(values.state);

  const started = Date.now();
  // A bar on a terminal; in a log, a line at every tenth, but only for a run long enough to need one.
  const stderr = process.stderr;
  const quiet = !stderr.isTTY && runCost(scenario).seconds < PROGRESS_LINES_SECONDS;
  // Building a city (and its burn-in) takes seconds before the first tick: said, so it is not silence.
  if (!quiet) stderr.write(`kiez run: building the model of ${scenario.name}\n`);
  const sim = createOrExplain(scenario);
  const series: Metrics[] = [sim.metrics()];
  const progress = quiet ? undefined : new Progress('kiez run', scenario.ticks, 0, stderr, Date.now, 'ticks');
  sim.advance(scenario.ticks, (m) => {
    series.push(m);
    progress?.tick();
  });
  progress?.end();
  const table = values.state ? sim.stateTable() : undefined;
  const manifest = {
    kiez: KIEZ_VERSION,
    scenario: scenarioForOutput(scenario),
    seed: sim.seed,
    ticks: sim.tick,
    seriesDigest: seriesDigest(series),
    stateDigest: sim.digest(),
    wallMs: Date.now() - started,
    node: process.version,
    ...(table && values.state ? { stateFiles: statePaths(table, values.state) } : {}),
  };
  if (!out) process.stdout.write(seriesCsv([{ labels: {}, series }]));
  else if (/\.json$/i.test(out)) writeFileAtomic(out, `${JSON.stringify({ manifest, series }, null, 1)}\n`);
  else {
    writeFileAtomic(out, seriesCsv([{ labels: {}, series }]));
    writeFileAtomic(manifestPathFor(out), `${JSON.stringify(manifest, null, 1)}\n`);
  }
  if (table && values.state) writeStateCsv(table, values.state);
  if (out) {
    process.stderr.write(
      `kiez run: ${scenario.name}, seed ${sim.seed}, ${sim.tick} ticks in ${manifest.wallMs} ms -> ${out} (digest ${manifest.seriesDigest})${scaleNote(scenario)}\n`,
    );
  }
  return 0;
}

/** The scenario with `--measures` merged over its `measures` section, validated again. */
function withMeasures(scenario: Scenario, flag: string): Scenario {
  const doc = {
    ...scenarioForOutput(scenario),
    measures: { ...scenario.measures, ...measuresOverride(flag) },
  };
  const r = resolveScenario(doc);
  if (!r.ok) throw UsageError.fromProblems([...r.problems, ...laterProblems(doc, r.problems)], '--measures');
  return keepCityFile(scenario, r.scenario);
}

/** Problems found when the model is built (e.g. a measures scale the model lacks) are the user's to fix. */
function createOrExplain(scenario: Scenario) {
  try {
    return createSimulation(scenario);
  } catch (e) {
    if (e instanceof ScenarioError) throw UsageError.fromProblems(e.problems, 'scenario');
    throw e;
  }
}
