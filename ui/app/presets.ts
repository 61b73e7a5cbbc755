/** The preset scenarios: every JSON file in scenarios/, bundled at build time. */
import type { DocumentLoader } from '../../sim/scenario/resolve.ts';

export interface Preset {
  /** File name without `.json`, e.g. `classic-schelling`. */
  readonly id: string;
  readonly name: string;
  readonly mode: string;
  readonly description: string;
  readonly doc: Record<string, unknown>;
}

const files = import.meta.glob<{ default: Record<string, unknown> }>('../../scenarios/*.json', {
  eager: true,
});

const documents = new Map<string, Record<string, unknown>>();
for (const [path, mod] of Object.entries(files)) {
  if (!path.endsWith('.schema.json'))
    documents.set(path.replace(/^.*\//, '').replace(/\.json$/, ''), mod.default);
}

/** A string field of a preset, inherited through `extends` like every other field. */
function inherited(id: string, key: string, depth = 0): string | undefined {
  const doc = documents.get(id);
  if (!doc || depth > 8) return undefined;
  if (typeof doc[key] === 'string') return doc[key];
  const parent = doc['extends'];
  return typeof parent === 'string'
    ? inherited(parent.replace(/^.*\//, '').replace(/\.json$/, ''), key, depth + 1)
    : undefined;
}

/** A preset on a city file (its own `city.source` or a base's): the page fetches the file to run it. */
export function onCityFile(id: string, depth = 0): boolean {
  const doc = documents.get(id);
  if (!doc || depth > 8) return false;
  if ((doc['city'] as { source?: unknown } | undefined)?.source !== undefined) return true;
  const parent = doc['extends'];
  return (
    typeof parent === 'string' && onCityFile(parent.replace(/^.*\//, '').replace(/\.json$/, ''), depth + 1)
  );
}

/**
 * Presets kept out of the picker (still found by `extends`): Berlin at full scale is about 2 million
 * households, which in a browser tab means a worker of well over a gigabyte and seconds per tick;
 * the page offers Berlin at 1:10 (berlin-quick) and leaves full scale to `kiez run`.
 */
const NOT_IN_PICKER = new Set(['berlin']);

export const presets: readonly Preset[] = [...documents.entries()]
  .filter(([id]) => !NOT_IN_PICKER.has(id))
  .map(([id, doc]) => ({
    id,
    name: inherited(id, 'name') ?? id,
    mode: inherited(id, 'mode') ?? 'classic',
    description: inherited(id, 'description') ?? '',
    doc,
  }))
  .sort((a, b) => a.mode.localeCompare(b.mode) || a.name.localeCompare(b.name));

/**
 * The presets the compare view offers: those on a city file are left out, as its runs (several
 * replicates in a pool of workers) would each need the city file fetched and a worker of its size.
 */
export const comparePresets: readonly Preset[] = presets.filter((p) => !onCityFile(p.id));

export function presetById(id: string): Preset | undefined {
  return presets.find((p) => p.id === id);
}

/** Every preset document by id, those kept out of the picker too (for `extends`). */
function documentById(id: string): Record<string, unknown> | undefined {
  return documents.get(id);
}

/** The preset the page opens with: the baseline city when there is one, else classic Schelling. */
export function defaultPreset(): Preset {
  const p =
    presetById('baseline') ??
    presets.find((x) => x.mode === 'city') ??
    presetById('classic-schelling') ??
    presets[0];
  if (!p) throw new Error('no scenario presets found in scenarios/');
  return p;
}

/** `extends` in a loaded file may name a preset (with or without `.json`). */
export const presetLoader: DocumentLoader = (ref) => {
  const id = ref.replace(/^.*\//, '').replace(/\.json$/, '');
  const doc = documentById(id);
  if (!doc) return { problem: { path: 'extends', value: ref, allowed: 'the name of a preset scenario' } };
  return { value: doc, name: id };
};
