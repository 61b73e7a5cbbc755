/** Every shipped scenario validates and runs a few ticks; the shipped schema is up to date. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withCityFile } from '../../cli/city-file.ts';
import { fileLoader, PRESET_DIR, readDocument } from '../../cli/files.ts';
import { formatProblem } from '../../sim/params/validate.ts';
import { resolveScenario } from '../../sim/scenario/resolve.ts';
import { scenarioJsonSchema } from '../../sim/scenario/schema.ts';
import { createSimulation } from '../../sim/simulation.ts';

const files = readdirSync(PRESET_DIR).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'));

describe('shipped scenarios', () => {
  it('there are presets to test', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files)('%s validates, has a name and a description, and runs 3 ticks', (file) => {
    const path = join(PRESET_DIR, file);
    const doc = readDocument(path);
    if ('problem' in doc) throw new Error(formatProblem(doc.problem));
    const r = resolveScenario(doc.value, { source: path, load: fileLoader });
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    expect(r.scenario.name).not.toBe('untitled');
    expect(r.scenario.description.length).toBeGreaterThan(40);
    // A preset on a city file runs on its file at 1:50 here (test/city/real/berlin.test.ts runs Berlin larger).
    const scaled =
      r.scenario.city.source === '' ? r.scenario : { ...r.scenario, city: { ...r.scenario.city, scale: 50 } };
    const sim = createSimulation(withCityFile(scaled, path));
    const series = sim.advance(3);
    for (const m of series)
      for (const [k, v] of Object.entries(m)) expect(Number.isFinite(v), `${file} ${k}`).toBe(true);
  });

  it('scenarios/scenario.schema.json is the schema generated from the declaration (run `npx kiez schema`)', () => {
    const shipped = JSON.parse(readFileSync(join(PRESET_DIR, 'scenario.schema.json'), 'utf8'));
    expect(shipped).toEqual(JSON.parse(JSON.stringify(scenarioJsonSchema())));
  });
});
