/**
 * `kiez city validate FILE` and `kiez city schema`: check a city file (named by a scenario, or a CSV
 * with its GeoJSON) and print every problem, one line each, as `file: area ID: column: value: what
 * is allowed`; print the declared columns as a Markdown table.
 */
import { readCityFile } from '../../sim/city/real/city-file.ts';
import { groupProblems } from '../../sim/city/real/layout.ts';
import { cityColumnsMarkdown } from '../../sim/city/real/schema.ts';
import { formatProblem } from '../../sim/params/validate.ts';
import { defaultsOf } from '../../sim/params/spec.ts';
import { scenarioFields } from '../../sim/scenario/spec.ts';
import { type CommandSpec, helpFlag, parseCommand, usageLine } from '../flags.ts';
import { realCitySpec } from '../../sim/city/real/params.ts';
import { readCityFileTexts } from '../city-file.ts';
import { EXIT_USAGE, UsageError } from '../errors.ts';
import { loadScenarioFile } from '../files.ts';

const cellSizeSpec = realCitySpec.fields.cellSize;

/** The command's flags, declared once (the cell size's range is the scenario declaration's). */
export const citySpec = {
  name: 'city',
  operands: 'validate SCENARIO.json | validate CITY.csv | schema',
  summary: 'check a city file (areas CSV + boundaries GeoJSON), print every problem; schema: its columns',
  flags: [
    {
      name: 'boundaries',
      kind: 'string',
      value: 'CITY.geojson',
      meaning: "the areas' boundaries (with a CSV)",
    },
    {
      name: 'cell-size',
      kind: 'string',
      value: 'M',
      meaning: `raster cell side in metres, ${cellSizeSpec.min} to ${cellSizeSpec.max} (with a CSV; default ${cellSizeSpec.default})`,
    },
    {
      name: 'groups',
      kind: 'string',
      value: 'a,b,...',
      meaning: "the scenario's group names the file must count (with a CSV)",
    },
    helpFlag,
  ],
} as const satisfies CommandSpec;

export const cityUsage = usageLine(citySpec);

export async function cityCommand(args: string[]): Promise<number> {
  const [verb, ...rest] = args;
  if (verb === 'schema') {
    process.stdout.write(`${cityColumnsMarkdown()}\n`);
    return 0;
  }
  if (verb !== 'validate') throw new UsageError(`expected "validate" or "schema"\nusage: ${cityUsage}`);
  const { values, positionals } = parseCommand(citySpec, rest);
  const path = positionals[0];
  if (positionals.length !== 1 || !path) throw new UsageError(`expected one file\nusage: ${cityUsage}`);
  const defaults = defaultsOf(scenarioFields);
  let cellSize = Number(values['cell-size'] ?? defaults.city.real.cellSize);
  let groups = values.groups?.split(',').map((g) => g.trim());
  let texts: ReturnType<typeof readCityFileTexts>;
  if (/\.json$/i.test(path)) {
    const scenario = loadScenarioFile(path);
    const file = (scenario as { cityFile?: ReturnType<typeof readCityFileTexts> }).cityFile;
    if (!file) throw new UsageError(`${path}: city.source: a city file (this scenario names none)`);
    texts = file;
    cellSize = scenario.city.real.cellSize;
    groups = scenario.households.groups.map((g) => g.name);
  } else {
    if (!values.boundaries) throw new UsageError(`--boundaries: the GeoJSON of ${path}\nusage: ${cityUsage}`);
    if (!(cellSize >= cellSizeSpec.min && cellSize <= cellSizeSpec.max))
      throw new UsageError(
        `--cell-size: ${values['cell-size']}: a number of metres from ${cellSizeSpec.min} to ${cellSizeSpec.max}`,
      );
    texts = readCityFileTexts(path, values.boundaries);
  }
  const r = readCityFile(texts, cellSize);
  const problems = r.ok ? (groups ? groupProblems(r.city, groups) : []) : r.problems;
  if (problems.length > 0) {
    for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
    process.stderr.write(
      `${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing generated\n`,
    );
    return EXIT_USAGE;
  }
  if (!r.ok) return EXIT_USAGE;
  const { table, raster } = r.city;
  const persons = table.persons.reduce((s, col) => s + col.reduce((a, x) => a + x, 0), 0);
  const inside = raster.cellsOfArea.reduce((s, x) => s + x, 0);
  const scales = ['areas', ...table.scales.map((s) => s.name)].map((name, k) =>
    k === 0 ? `${table.ids.length} areas` : `${new Set(table.scales[k - 1]!.parentOf).size} ${name}`,
  );
  process.stdout.write(
    `${path}: valid: ${scales.join(' in ')}; ${persons.toLocaleString('en')} persons in groups ${table.groups.join(', ')}; ${inside.toLocaleString('en')} cells of ${cellSize} m (${raster.width} x ${raster.height} raster, ${r.city.boundaries.crs})\n`,
  );
  return 0;
}
