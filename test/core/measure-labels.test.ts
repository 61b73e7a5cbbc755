import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withCityFile } from '../../cli/city-file.ts';
import { resolveScenario } from '../../sim/scenario/resolve.ts';
import { createSimulation } from '../../sim/simulation.ts';
import { describeMeasure, groupedMeasures } from '../../ui/measures/labels.ts';

const dir = resolve(import.meta.dirname, '../../scenarios');
const load = (ref: string) => ({
  value: JSON.parse(
    readFileSync(join(dir, `${ref.replace(/^.*\//, '').replace(/\.json$/, '')}.json`), 'utf8'),
  ),
  name: ref,
});

/** Every measure name a preset reports at its first tick (a small city, or a city file at 1:100, so that it stays quick). */
function presetMeasures(): Set<string> {
  const names = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))) {
    const doc = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const small =
      doc.mode === 'classic' || file.startsWith('classic')
        ? { extends: file, ticks: 1, classic: { size: 30 } }
        : { extends: file, ticks: 1, city: { dwellings: 3000, scale: 100 } };
    const r = resolveScenario(small, { load });
    if (!r.ok) continue;
    // A preset on a city file (Berlin) gets its file, at 1:100.
    const sim = createSimulation(withCityFile(r.scenario, join(dir, file)), 1);
    for (const k of Object.keys(sim.metrics())) names.add(k);
    sim.advance(1, (m) => {
      for (const k of Object.keys(m)) names.add(k);
    });
  }
  names.delete('tick');
  return names;
}

describe('measure labels', () => {
  it('names an index from its declaration, its dimension, categories and scale', () => {
    expect(describeMeasure('D.income=low.school', 'en').label).toBe(
      'dissimilarity D · income band: low vs the rest · schools attended',
    );
    expect(describeMeasure('D.income=low.school', 'de').label).toBe(
      'Dissimilaritätsindex D · Einkommensgruppe: niedrig gegen alle anderen · besuchte Schulen',
    );
    expect(describeMeasure('H.origin.r2', 'en').label).toBe(
      "Theil's H (entropy) · origin group · neighbourhood radius 2",
    );
    expect(describeMeasure('D.group.block5.random', 'de').label).toBe(
      'Dissimilaritätsindex D · Gruppe · Blöcke 5×5 (Zufallsvergleich)',
    );
  });

  it('gives refusals by reason and group, tenure and arrival quarters their words', () => {
    expect(describeMeasure('refusals.cap.refugee', 'en').label).toBe('refusals: cap · refugee');
    expect(describeMeasure('refusals.cap.refugee', 'de').label).toBe('Ablehnungen: Obergrenze · Geflüchtete');
    expect(describeMeasure('tenure.social.eu', 'de').label).toBe('Anteil Sozialwohnung · EU-Zugewanderte');
    expect(describeMeasure('arrivalQuarters.share.refugee', 'en').unit).toBe('share');
  });

  it('labels and groups a measure the model does not report yet from its pattern', () => {
    const m = describeMeasure('unhoused.refugee', 'de');
    expect(m.label).toBe('Haushalte ohne Wohnung: Geflüchtete');
    expect(m.group).toBe('access');
    expect(describeMeasure('searchTicks.established', 'en')).toMatchObject({
      label: 'search time: established',
      unit: 'ticks',
      group: 'access',
    });
    expect(describeMeasure('displacements.rent', 'de').label).toBe('Verdrängungen: Miete');
    // A word nobody listed is split into words rather than shown as an identifier.
    expect(describeMeasure('overcrowdedHouseholds', 'en')).toMatchObject({
      label: 'overcrowded households',
      known: false,
      group: 'other',
    });
  });

  it('labels any name it has never seen without failing: odd dots, unknown dimensions and scales', () => {
    for (const name of [
      '',
      '.',
      'a..b',
      'D.newDimension=someGroup.newScale.random',
      'x=y',
      'M.origin.quarter-in-city',
    ])
      for (const lang of ['en', 'de'] as const) {
        const m = describeMeasure(name, lang);
        expect(typeof m.label, name).toBe('string');
        expect(typeof m.unitLabel, name).toBe('string');
      }
    expect(describeMeasure('D.newDimension=someGroup.newScale', 'en').label).toMatch(/^dissimilarity D · /);
  });

  it('puts indices at schools apart from residential segregation, grouped by dimension', () => {
    expect(describeMeasure('D.origin.catchment', 'en').group).toBe('schools');
    expect(describeMeasure('D.origin.quarter', 'en').groupLabel).toBe('Segregation: origin group');
    expect(describeMeasure('D.origin.quarter', 'en')).toMatchObject({ unit: 'index', bounded: true });
    expect(describeMeasure('moran.origin=refugee.quarter', 'en').bounded).toBe(false);
    expect(describeMeasure('meanRent', 'de').unitLabel).toBe('EUR/Monat');
  });

  it('offers the menu groups in a fixed order with every measure once', () => {
    const names = ['meanRent', 'D.origin.quarter', 'refusals.cap.eu', 'population', 'D.income.r1'];
    const groups = groupedMeasures(names, 'en');
    expect(groups.map((g) => g.label)).toEqual([
      'Segregation: origin group',
      'Segregation: income band',
      'Access and fairness',
      'Housing and rents',
      'Population and flows',
    ]);
    expect(groups.flatMap((g) => g.options.map((o) => o.value)).sort()).toEqual([...names].sort());
  });

  it('knows every word of every measure the presets report, in both languages', () => {
    const unknown = [...presetMeasures()].filter(
      (n) => !describeMeasure(n, 'de').known || !describeMeasure(n, 'en').known,
    );
    expect(unknown).toEqual([]);
    for (const n of presetMeasures()) expect(describeMeasure(n, 'de').group).not.toBe('other');
  });
});
