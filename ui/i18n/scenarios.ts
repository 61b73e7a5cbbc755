/**
 * The presets' names in German (the files in scenarios/ are written in English and stay the
 * reference; a scenario loaded from a file keeps its own name). Keyed by preset id; a preset
 * missing here shows its English name, and the i18n test lists it.
 */
import { currentLang } from './index.ts';
import { presetDescriptionsDe, presetNamesDe } from './scenarios-de.ts';

/** A preset's name in the page's language (`fallback`: its English name from the file). */
export function presetName(id: string, fallback: string): string {
  return currentLang() === 'de' && Object.hasOwn(presetNamesDe, id) ? presetNamesDe[id]! : fallback;
}

/** A preset's description in the page's language (`fallback`: the file's English text). */
export function presetDescription(id: string, fallback: string): string {
  return currentLang() === 'de' && Object.hasOwn(presetDescriptionsDe, id)
    ? presetDescriptionsDe[id]!
    : fallback;
}
