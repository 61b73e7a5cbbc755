/**
 * The city files the page can run: the example cities in examples/cities/ (their CSV and GeoJSON
 * emitted by the build as files of their own and fetched when a scenario names them, so the 4 MB of
 * Berlin's boundaries stay out of the script), or a CSV and GeoJSON the user chose. A scenario's
 * `city.source` and `city.boundaries` name them as its file does (relative to scenarios/); the
 * texts go to the worker, which validates them as `kiez run` would.
 */
import type { Scenario } from '../../sim/scenario/spec.ts';
import type { PageCityFile } from '../worker/sim.worker.ts';

const urls = import.meta.glob<string>('../../examples/cities/*/*.{csv,geojson}', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** `berlin/berlin.csv` -> its URL in the build. */
const exampleUrls = new Map(
  Object.entries(urls).map(([path, url]) => [path.replace(/^.*examples\/cities\//, ''), url]),
);

/**
 * The attribution each example city's licence asks for, shown with its map (from the city's
 * README, examples/cities/NAME/README.md, where the sources and licences are given in full).
 */
const ATTRIBUTIONS: Record<string, string> = {
  berlin:
    'Amt für Statistik Berlin-Brandenburg, Einwohnerregisterstatistik Berlin, Stand 31.12.2024 (CC BY 3.0 DE); Geoportal Berlin / Lebensweltlich orientierte Räume (LOR) – Planungsräume (01.01.2021) (CC BY 3.0 DE / dl-de/by-2-0); Senatsverwaltung für Stadtentwicklung, Bauen und Wohnen Berlin, Monitoring Soziale Stadtentwicklung 2021 (Geoportal Berlin / FIS-Broker, dl-de/by-2-0)',
};

/** A city file ready for the worker, with what the map shows beside it. */
export interface LoadedCity {
  readonly city: PageCityFile;
  /** The sources to credit ('' when the file is the user's own and says none). */
  readonly attribution: string;
}

/** The example file a path names: `../examples/cities/berlin/berlin.csv`, or a file name alone. */
function exampleKey(path: string): string | undefined {
  const tail = /examples\/cities\/([^/]+\/[^/]+)$/.exec(path.replace(/\\/g, '/'))?.[1];
  if (tail && exampleUrls.has(tail)) return tail;
  const base = path.replace(/^.*[\\/]/, '');
  const same = [...exampleUrls.keys()].filter((k) => k.endsWith(`/${base}`));
  return same.length === 1 ? same[0] : undefined;
}

const texts = new Map<string, Promise<string>>();

/** A file of the build as text (fetched once per page). */
function fetchText(url: string): Promise<string> {
  let t = texts.get(url);
  if (!t) {
    t = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
      return r.text();
    });
    t.catch(() => texts.delete(url));
    texts.set(url, t);
  }
  return t;
}

/** Does the scenario run on a city file (`city.source` set in a city scenario)? */
export function needsCityFile(s: Scenario): boolean {
  return s.mode === 'city' && s.city.source !== '';
}

/**
 * The example city file a scenario names, fetched; undefined when the page has none of that name
 * (a file the user must choose).
 */
export async function exampleCity(s: Scenario): Promise<LoadedCity | undefined> {
  const csvKey = exampleKey(s.city.source);
  const geoKey = exampleKey(s.city.boundaries);
  if (!csvKey || !geoKey) return undefined;
  const folder = geoKey.replace(/\/.*$/, '');
  const displayKey = geoKey.replace(/\.geojson$/, '-display.geojson');
  const displayUrl = exampleUrls.get(displayKey);
  const [csv, geojson, display] = await Promise.all([
    fetchText(exampleUrls.get(csvKey)!),
    fetchText(exampleUrls.get(geoKey)!),
    displayUrl ? fetchText(displayUrl) : Promise.resolve(undefined),
  ]);
  return {
    city: {
      file: { csvName: s.city.source, geojsonName: s.city.boundaries, csv, geojson },
      ...(display !== undefined ? { display, displayName: displayKey.replace(/^.*\//, '') } : {}),
    },
    attribution: ATTRIBUTIONS[folder] ?? '',
  };
}

/** The user's own city file, read from the chosen files. */
export async function userCity(csv: File, geojson: File): Promise<LoadedCity> {
  return {
    city: {
      file: {
        csvName: csv.name,
        geojsonName: geojson.name,
        csv: await csv.text(),
        geojson: await geojson.text(),
      },
    },
    attribution: '',
  };
}
