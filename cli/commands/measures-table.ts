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
import { intFlag, parseFlags } from '../args.ts';
import { UsageError } from '../errors.ts';
import { checkWritable, writeFileAtomic } from '../files.ts';
import { measuresOverride } from './measures.ts';
import { loadObserved, namesFlag } from './observed.ts';

export const tableUsage =
  'kiez measures --table FILE.csv|SCENARIO.json --group COLUMN --units FINEST[,PARENT,...] [--weight COLUMN] [--xy X,Y [--width N] [--height N] [--torus] [--radii 1,2,...]] [--indices LIST] [--measures key=value;...] [--out FILE.csv] [--local FILE.csv]';

export async function tableCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseFlags(
    args,
    {
      table: { type: 'string' },
      group: { type: 'string' },
      units: { type: 'string' },
      weight: { type: 'string' },
      indices: { type: 'string' },
      out: { type: 'string', short: 'o' },
      local: { type: 'string' },
      xy: { type: 'string' },
      width: { type: 'string' },
      height: { type: 'string' },
      torus: { type: 'boolean' },
      radii: { type: 'string' },
      measures: { type: 'string' },
    },
    tableUsage,
  );
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
  const width = intFlag('width', values.width, 1, 100_000);
  const height = intFlag('height', values.height, 1, 100_000);
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
