/**
 * `kiez profile SCENARIO.json --column H.origin`: the multiscale profile of one index at the last
 * tick of a run: radii 1..R and the container scales in order of the households the average
 * household has around it, with the random baseline or intervals when `--measures` asks for them.
 */
import { multiscaleProfile, profileProblems } from '../../sim/measures/profile.ts';
import { resolveScenario, ScenarioError, scenarioForOutput } from '../../sim/scenario/resolve.ts';
import { createSimulation } from '../../sim/simulation.ts';
import { csvField } from '../../sim/csv.ts';
import { intFlag, parseFlags } from '../args.ts';
import { UsageError } from '../errors.ts';
import { checkWritable, loadScenarioFile, writeFileAtomic } from '../files.ts';
import { measuresOverride } from './measures.ts';

export const profileUsage =
  'kiez profile SCENARIO.json --column INDEX.DIMENSION[=CATEGORY] [--radius R] [--ticks N] [--seed N] [--measures key=value;...] [--out FILE.csv]';

export async function profileCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    {
      column: { type: 'string' },
      radius: { type: 'string' },
      ticks: { type: 'string' },
      seed: { type: 'string' },
      measures: { type: 'string' },
      out: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    },
    profileUsage,
  );
  if (values.help) {
    process.stdout.write(`usage: ${profileUsage}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(`expected one scenario file\nusage: ${profileUsage}`);
  if (!values.column)
    throw new UsageError(`--column: an index and dimension, e.g. H.origin\nusage: ${profileUsage}`);
  if (values.out !== undefined && !/\.csv$/i.test(values.out)) {
    throw new UsageError(`--out: ${JSON.stringify(values.out)}: a file name ending in .csv`);
  }
  if (values.out) checkWritable(values.out);
  const radius = intFlag('radius', values.radius, 1, 50) ?? 10;
  const overrides: Record<string, unknown> = {};
  const seed = intFlag('seed', values.seed, 0, 2_147_483_647);
  const ticks = intFlag('ticks', values.ticks, 0, 100_000);
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
