import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { presetDescriptionsDe, presetNamesDe } from '../../ui/i18n/scenarios-de.ts';

const dir = resolve(import.meta.dirname, '../../scenarios');
const presets = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
  .map((f) => ({ id: f.slice(0, -5), doc: JSON.parse(readFileSync(join(dir, f), 'utf8')) }));

describe('German names of the presets', () => {
  it('names every preset in German', () => {
    expect(presets.map((p) => p.id).filter((id) => !Object.hasOwn(presetNamesDe, id))).toEqual([]);
  });

  it('describes every preset in German, city and classic, keeping its numbers', () => {
    const city = presets;
    expect(city.map((p) => p.id).filter((id) => !Object.hasOwn(presetDescriptionsDe, id))).toEqual([]);
    for (const p of city) {
      const numbers = (t: string) => (t.replace(/(\d)[,.](\d{3})\b/g, '$1$2').match(/\d+/g) ?? []).sort();
      if (typeof p.doc.description === 'string')
        expect(numbers(presetDescriptionsDe[p.id]!), p.id).toEqual(numbers(p.doc.description));
    }
  });
});
