/**
 * The city file a scenario names (`city.source`, `city.boundaries`): read from disk relative to the
 * scenario file and attached to the resolved scenario as `cityFile`, so the model (which reads no
 * files) and worker threads get its text with the scenario. Problems are UsageErrors naming the file.
 */
import { closeSync, existsSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CityFileText } from '../sim/city/real/city-file.ts';
import type { Scenario } from '../sim/scenario/spec.ts';
import { UsageError } from './errors.ts';

/** The presets' folder (as cli/files.ts has it; not imported from there, which imports this file). */
const PRESET_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'scenarios');

/** Largest city CSV or GeoJSON read (a country's municipalities with full boundaries fit). */
export const MAX_CITY_FILE_BYTES = 256 << 20;

/** Text of one file of a city file; UsageError when it cannot be read. */
export function readCityText(path: string, field: string): string {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(
      `${field}: ${path}: a readable file (${code === 'ENOENT' ? 'no such file' : (code ?? 'unreadable')})`,
    );
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new UsageError(`${field}: ${path}: a readable file (not a regular file)`);
    if (stat.size > MAX_CITY_FILE_BYTES)
      throw new UsageError(`${field}: ${path}: ${stat.size} bytes: at most ${MAX_CITY_FILE_BYTES} bytes`);
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}

/** The texts of a city file from its two paths. */
export function readCityFileTexts(csvPath: string, geojsonPath: string): CityFileText {
  return {
    csvName: csvPath,
    geojsonName: geojsonPath,
    csv: readCityText(csvPath, 'city.source'),
    geojson: readCityText(geojsonPath, 'city.boundaries'),
  };
}

/** The scenario with its city file attached when it names one (paths relative to the scenario file). */
export function withCityFile(scenario: Scenario, scenarioPath: string): Scenario {
  const { source, boundaries } = scenario.city;
  if (scenario.mode !== 'city' || source === '') return scenario;
  // Relative to the file run; a preset extended by name (a sweep's "base": "berlin") finds its
  // city file beside the presets.
  const own = dirname(resolve(scenarioPath));
  const dir = !existsSync(resolve(own, source)) && existsSync(resolve(PRESET_DIR, source)) ? PRESET_DIR : own;
  const cityFile = readCityFileTexts(resolve(dir, source), resolve(dir, boundaries));
  return { ...scenario, cityFile } as Scenario;
}

/** `to` (a scenario resolved again from `from`'s output form) with `from`'s city file kept. */
export function keepCityFile(from: Scenario, to: Scenario): Scenario {
  const cityFile = (from as { cityFile?: CityFileText }).cityFile;
  return cityFile ? ({ ...to, cityFile } as Scenario) : to;
}

/** ", 1 simulated household = N real ones" for a scaled city file, for every line a run reports. */
export function scaleNote(scenario: Scenario): string {
  const { source, scale } = scenario.city;
  return scenario.mode === 'city' && source !== '' && scale > 1
    ? `; 1 simulated household = ${scale} real ones (city.scale)`
    : '';
}
