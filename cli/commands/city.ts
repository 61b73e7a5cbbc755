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
import { parseFlags } from '../args.ts';
import { readCityFileTexts } from '../city-file.ts';
import { EXIT_USAGE, UsageError } from '../errors.ts';
import { loadScenarioFile } from '../files.ts';

export const cityUsage =
  'kiez city validate SCENARIO.json | CITY.csv --boundaries CITY.geojson [--cell-size M] [--groups a,b,...]\n       kiez city schema';

export async function cityCommand(args: string[]): Promise<number> {
  const [verb, ...rest] = args;
  if (verb === 'schema') {
    process.stdout.write(`${cityColumnsMarkdown()}\n`);
    return 0;
  }
  if (verb !== 'validate') throw new UsageError(`expected "validate" or "schema"\nusage: ${cityUsage}`);
  const { values, positionals } = parseFlags(
    rest,
    { boundaries: { type: 'string' }, 'cell-size': { type: 'string' }, groups: { type: 'string' } },
    cityUsage,
  );
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
    if (!(cellSize >= 10 && cellSize <= 1000))
      throw new UsageError(`--cell-size: ${values['cell-size']}: a number of metres from 10 to 1000`);
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
