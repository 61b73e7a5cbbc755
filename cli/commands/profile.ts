/**
 * `kiez profile SCENARIO.json --column H.origin`: the multiscale profile of one index at the last
 * tick of a run: radii 1..R and the container scales in order of the households the average
 * household has around it, with the random baseline or intervals when `--measures` asks for them.
 */
import { multiscaleProfile, profileProblems } from '../../sim/measures/profile.ts';
import { resolveScenario, ScenarioError, scenarioForOutput } from '../../sim/scenario/resolve.ts';
import { createSimulation } from '../../sim/simulation.ts';
import { csvField } from '../../sim/csv.ts';
import {
  type CommandSpec,
  helpFlag,
  helpText,
  parseCommand,
  seedFlag,
  ticksFlag,
  usageLine,
} from '../flags.ts';
import { MAX_MEASURE_RADIUS } from '../../sim/measures/params.ts';
import { UsageError } from '../errors.ts';
import { checkWritable, loadScenarioFile, writeFileAtomic } from '../files.ts';
import { measuresOverride } from './measures.ts';

export const profileSpec = {
  name: 'profile',
  operands: 'SCENARIO.json',
  summary: 'one index over radii 1..R and every container scale, in order of size (multiscale profile)',
  flags: [
    {
      name: 'column',
      required: true,
      kind: 'string',
      value: 'INDEX.DIMENSION[=CATEGORY]',
      meaning: 'the index and dimension, e.g. H.origin (required)',
    },
    {
      name: 'radius',
      kind: 'int',
      value: 'R',
      min: 1,
      max: MAX_MEASURE_RADIUS,
      meaning: 'largest radius of the person-centred neighbourhoods (default 10)',
    },
    ticksFlag,
    seedFlag,
    {
      name: 'measures',
      kind: 'string',
      value: 'key=value;...',
      meaning: 'the measures section for the profile, e.g. random=true or interval=bootstrap',
    },
    { name: 'out', short: 'o', kind: 'string', value: 'FILE.csv', meaning: 'write the profile as CSV' },
    helpFlag,
  ],
} as const satisfies CommandSpec;

export const profileUsage = usageLine(profileSpec);

export async function profileCommand(args: string[]): Promise<number> {
  const { values, positionals, ints } = parseCommand(profileSpec, args);
  if (values.help) {
    process.stdout.write(helpText(profileSpec));
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(`expected one scenario file\nusage: ${profileUsage}`);
  if (!values.column)
    throw new UsageError(`--column: an index and dimension, e.g. H.origin\nusage: ${profileUsage}`);
  if (values.out !== undefined && !/\.csv$/i.test(values.out)) {
    throw new UsageError(`--out: ${JSON.stringify(values.out)}: a file name ending in .csv`);
  }
  if (values.out) checkWritable(values.out);
  const radius = ints.radius ?? 10;
  const overrides: Record<string, unknown> = {};
  const seed = ints.seed;
  const ticks = ints.ticks;
  if (seed !== undefined) overrides['seed'] = seed;
  if (ticks !== undefined) overrides['ticks'] = ticks;
  const loaded = loadScenarioFile(positionals[0]!, overrides);
  // The settings of the profile's random baseline or intervals, checked like a scenario's.
  const doc = {
    ...scenarioForOutput(loaded),
    measures: { ...loaded.measures, ...measuresOverride(values.measures ?? '') },
  };
  const r = resolveScenario(doc);
  if (!r.ok) throw UsageError.fromProblems(r.problems, '--measures');
  const scenario = r.scenario;
  let sim: ReturnType<typeof createSimulation>;
  try {
    sim = createSimulation({ ...scenario, measures: { ...scenario.measures, every: 0 } });
  } catch (e) {
    if (e instanceof ScenarioError) throw UsageError.fromProblems(e.problems, 'scenario');
    throw e;
  }
  const inputs = sim.model.measureInputs();
  const problems = profileProblems(inputs, { column: values.column, maxRadius: radius });
  if (problems.length > 0) throw new UsageError(problems.map((p) => `--column: ${p}`));
  sim.advance(scenario.ticks);
  const rows = multiscaleProfile(
    sim.model.measureInputs(),
    { column: values.column, maxRadius: radius },
    scenario.measures,
    sim.tick,
    sim.seed,
  );
  const twins = [...new Set(rows.flatMap((row) => Object.keys(row.values)))].filter((k) => k !== '');
  const lines = [
    ['scale', 'kind', 'households', 'value', ...twins.map((t) => t.slice(1))].join(','),
    ...rows.map((row) =>
      [row.scale, row.kind, row.households, row.values['']!, ...twins.map((t) => row.values[t] ?? Number.NaN)]
        .map(csvField)
        .join(','),
    ),
  ];
  const text = `${lines.join('\n')}\n`;
  if (values.out) writeFileAtomic(values.out, text);
  else process.stdout.write(text);
  return 0;
}
