/**
 * `kiez difference A B --group COLUMN --unit COLUMN`: the change in M from state A to state B
 * decomposed into additions, removals, group shares, unit sizes and structure (Elbers 2021; R
 * segregation's `mutual_difference`). A and B are tables of counts, states exported by
 * `kiez run --state`, or scenario files (run to their last tick): two ticks, or two scenarios.
 */
import { IPF_MAX_SWEEPS, IPF_TOLERANCE, mutualDifference } from '../../sim/measures/difference.ts';
import { csvField } from '../../sim/csv.ts';
import { type CommandSpec, helpFlag, helpText, parseCommand, seedFlag, usageLine } from '../flags.ts';
import { UsageError } from '../errors.ts';
import { checkWritable, writeFileAtomic } from '../files.ts';
import { loadObserved } from './observed.ts';

export const differenceSpec = {
  name: 'difference',
  operands: 'A.csv|A.json B.csv|B.json',
  summary: 'decompose the change in M between two states (tables, state exports or scenarios)',
  flags: [
    {
      name: 'group',
      required: true,
      kind: 'string',
      value: 'COLUMN',
      meaning: 'the column holding the category (required)',
    },
    {
      name: 'unit',
      required: true,
      kind: 'string',
      value: 'COLUMN',
      meaning: 'the column holding the unit (required)',
    },
    { name: 'weight', kind: 'string', value: 'COLUMN', meaning: 'a column of counts (default: one per row)' },
    { ...seedFlag, meaning: 'seed of a scenario given as A or B, overriding its own' },
    { name: 'out', short: 'o', kind: 'string', value: 'FILE.csv', meaning: 'write the decomposition as CSV' },
    helpFlag,
  ],
} as const satisfies CommandSpec;

export const differenceUsage = usageLine(differenceSpec);

export async function differenceCommand(args: string[]): Promise<number> {
  const { values, positionals, ints } = parseCommand(differenceSpec, args);
  if (values.help) {
    process.stdout.write(helpText(differenceSpec));
    return 0;
  }
  if (positionals.length !== 2)
    throw new UsageError(`expected two states, A and B\nusage: ${differenceUsage}`);
  if (!values.group)
    throw new UsageError(`--group: the column holding the category\nusage: ${differenceUsage}`);
  if (!values.unit) throw new UsageError(`--unit: the column holding the unit\nusage: ${differenceUsage}`);
  if (values.out !== undefined && !/\.csv$/i.test(values.out)) {
    throw new UsageError(`--out: ${JSON.stringify(values.out)}: a file name ending in .csv`);
  }
  if (values.out) checkWritable(values.out);
  const seed = ints.seed;
  const spec = {
    group: values.group,
    units: [values.unit],
    ...(values.weight ? { weight: values.weight } : {}),
  };
  const [a, b] = positionals.map((p) => {
    const t = loadObserved(p, spec, seed);
    return { units: t.unitLabels[0]!, groups: t.inputs.dimensions[0]!.labels, counts: t.counts };
  });
  const d = mutualDifference(a!, b!);
  const lines = ['stat,est', ...Object.entries(d.parts).map(([k, v]) => `${k},${csvField(v)}`)];
  const text = `${lines.join('\n')}\n`;
  if (values.out) writeFileAtomic(values.out, text);
  else process.stdout.write(text);
  const converged = d.ipf.precision < IPF_TOLERANCE;
  process.stderr.write(
    `kiez difference: overlap of ${d.overlap.units} units and ${d.overlap.groups} groups; IPF ${converged ? 'converged' : `did NOT converge in ${IPF_MAX_SWEEPS} sweeps`} (${d.ipf.sweeps} sweeps at most, margins within ${d.ipf.precision.toExponential(1)} of their targets, tolerance ${IPF_TOLERANCE})\n`,
  );
  return 0;
}
