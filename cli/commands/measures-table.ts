/**
 * `kiez measures --table FILE.csv`: every container index and decomposition of observed data (a
 * long table of counts such as R segregation's, or a state export), by the code that measures a
 * simulated city, so calibration targets and simulated figures come from one implementation.
 * Writes `column,value` (the column names of `kiez run`); `--local` writes each unit's local
 * segregation score and, for a parent unit, the M of the next finer units within it. With `--xy`
 * the rows are placed on a raster (a state export's x and y), which adds the person-centred radii
 * and Moran's I, and unit columns need not nest.
 */
import { computeMeasures } from '../../sim/measures/compute.ts';
import { Composition, unitComposition } from '../../sim/measures/composition.ts';
import { type ObservedTable, tableScales } from '../../sim/measures/count-table.ts';
import { localScores, withinByParent } from '../../sim/measures/mutual.ts';
import { nestedMap } from '../../sim/measures/nesting.ts';
import { MAX_MEASURE_RADIUS } from '../../sim/measures/params.ts';
import { resolveScenario } from '../../sim/scenario/resolve.ts';
import { formatProblem } from '../../sim/params/validate.ts';
import { csvField } from '../../sim/csv.ts';
import { intFlag } from '../args.ts';
import { type CommandSpec, helpFlag, parseCommand, usageLine } from '../flags.ts';
import { UsageError } from '../errors.ts';
import { checkWritable, writeFileAtomic } from '../files.ts';
import { measuresOverride } from './measures.ts';
import { loadObserved, namesFlag } from './observed.ts';

/** Largest raster side of observed data placed by --xy (a state export of any kiez city fits). */
const MAX_RASTER_SIDE = 100_000;

export const measuresSpec = {
  name: 'measures',
  operands: '',
  summary: 'list every segregation index and outcome measure; with --table, every index of observed counts',
  flags: [
    {
      name: 'table',
      kind: 'string',
      value: 'FILE.csv|SCENARIO.json',
      meaning: 'observed counts (long table or a state export), or a scenario run to its end',
    },
    {
      name: 'group',
      kind: 'string',
      value: 'COLUMN',
      meaning: 'with --table: the column holding the category',
    },
    {
      name: 'units',
      kind: 'string',
      value: 'FINEST[,PARENT,...]',
      meaning: 'with --table: the unit columns, finest first',
    },
    { name: 'weight', kind: 'string', value: 'COLUMN', meaning: 'a column of counts (default: one per row)' },
    {
      name: 'xy',
      kind: 'string',
      value: 'X,Y',
      meaning: "place the rows on a raster: adds radii and Moran's I",
    },
    {
      name: 'width',
      kind: 'int',
      value: 'N',
      min: 1,
      max: MAX_RASTER_SIDE,
      meaning: 'with --xy: raster width',
    },
    {
      name: 'height',
      kind: 'int',
      value: 'N',
      min: 1,
      max: MAX_RASTER_SIDE,
      meaning: 'with --xy: raster height',
    },
    { name: 'torus', kind: 'boolean', meaning: 'with --xy: the raster wraps around' },
    {
      name: 'radii',
      kind: 'string',
      value: '1,2,...',
      meaning: `with --xy: radii, each 1 to ${MAX_MEASURE_RADIUS}`,
    },
    {
      name: 'indices',
      kind: 'string',
      value: 'LIST',
      meaning: 'indices to compute (default: every one that applies)',
    },
    {
      name: 'measures',
      kind: 'string',
      value: 'key=value;...',
      meaning: 'baseline or intervals, as kiez run --measures',
    },
    { name: 'out', short: 'o', kind: 'string', value: 'FILE.csv', meaning: 'write column,value as CSV' },
    {
      name: 'local',
      kind: 'string',
      value: 'FILE.csv',
      meaning: "each unit's local segregation score as CSV",
    },
    helpFlag,
  ],
} as const satisfies CommandSpec;

export const tableUsage = usageLine(measuresSpec);

export async function tableCommand(args: string[]): Promise<number> {
  const { values, positionals, ints } = parseCommand(measuresSpec, args);
  if (positionals.length > 0)
    throw new UsageError(`unexpected ${JSON.stringify(positionals[0])}\nusage: ${tableUsage}`);
  const path = values.table!;
  if (!values.group) throw new UsageError(`--group: the column holding the category\nusage: ${tableUsage}`);
  const units = namesFlag(values.units);
  if (units.length === 0)
    throw new UsageError(`--units: one or more unit columns, finest first\nusage: ${tableUsage}`);
  for (const [flag, file] of [
    ['out', values.out],
    ['local', values.local],
  ] as const) {
    if (file !== undefined && !/\.csv$/i.test(file))
      throw new UsageError(`--${flag}: ${JSON.stringify(file)}: a file name ending in .csv`);
    if (file) checkWritable(file);
  }
  const xy = namesFlag(values.xy);
  if (values.xy !== undefined && xy.length !== 2) {
    throw new UsageError(`--xy: ${JSON.stringify(values.xy)}: the x and y columns, e.g. x,y`);
  }
  const noMap = xy.length === 0;
  for (const flag of ['width', 'height', 'radii', 'torus'] as const) {
    if (noMap && values[flag] !== undefined) throw new UsageError(`--${flag}: only with --xy (a raster)`);
  }
  const radii = namesFlag(values.radii).map((r) => intFlag('radii', r, 1, MAX_MEASURE_RADIUS)!);
  const { width, height } = ints;
  // Every index with a meaning for the data: Moran's I needs the map (adjacency).
  const indices = values.indices ?? `D,Dgroup,Dpair,H,M,Mgroup,isolation,exposure${noMap ? '' : ',moran'}`;
  // --measures adds a baseline or intervals (random=true, interval=bootstrap, ...), checked against
  // the declaration like a scenario's section.
  const resolved = resolveScenario({
    mode: 'classic',
    measures: { ...(values.measures ? measuresOverride(values.measures) : {}), indices },
  });
  if (!resolved.ok) throw new UsageError(resolved.problems.map((p) => `--measures: ${formatProblem(p)}`));
  const base = { ...resolved.scenario.measures, every: 1 };

  const table = loadObserved(path, {
    group: values.group,
    units,
    ...(values.weight ? { weight: values.weight } : {}),
    ...(noMap
      ? {}
      : {
          raster: {
            x: xy[0]!,
            y: xy[1]!,
            radii,
            torus: values.torus ?? false,
            ...(width ? { width } : {}),
            ...(height ? { height } : {}),
          },
        }),
  });
  const metrics = computeMeasures(table.inputs, { ...base, scales: tableScales(table.inputs).join(',') });
  const lines = ['column,value', ...Object.entries(metrics).map(([k, v]) => `${csvField(k)},${csvField(v)}`)];
  const text = `${lines.join('\n')}\n`;
  if (values.out) writeFileAtomic(values.out, text);
  else process.stdout.write(text);
  if (values.local) writeFileAtomic(values.local, localTable(table));
  const { inputs } = table;
  process.stderr.write(
    `kiez measures: ${path}: ${inputs.households} households, ${inputs.dimensions[0]!.labels.length} groups, ${inputs.scales.map((s) => `${s.units} ${s.name}`).join(', ')}${table.skipped > 0 ? ` (${table.skipped} rows without a group skipped)` : ''}\n`,
  );
  return 0;
}

/** scale,unit,households,p,local,within_finer: one row per unit of every scale. */
function localTable(table: ObservedTable): string {
  const { inputs, unitLabels } = table;
  const d = inputs.dimensions[0]!;
  const comps = inputs.scales.map((s) => {
    const unitOf = Int32Array.from(inputs.cellOf.subarray(0, inputs.households), (c) => s.unitOfCell[c]!);
    return unitComposition(
      new Composition(),
      s.units,
      unitOf,
      d.category,
      inputs.households,
      d.labels.length,
    );
  });
  const lines = ['scale,unit,households,p,local,within_finer'];
  inputs.scales.forEach((s, si) => {
    const c = comps[si]!;
    const local = localScores(c);
    const finer = si > 0 ? nestedMap(inputs.scales[si - 1]!, s) : undefined;
    const within = finer ? withinByParent(comps[si - 1]!, c, finer) : undefined;
    for (let u = 0; u < s.units; u++) {
      const t = c.popTotal[u]!;
      lines.push(
        [s.name, unitLabels[si]![u]!, t, t / c.total, local[u]!, within ? within[u]! : Number.NaN]
          .map(csvField)
          .join(','),
      );
    }
  });
  return `${lines.join('\n')}\n`;
}
