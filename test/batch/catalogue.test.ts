// The catalogue of measures covers every measure the models write (besides the indices, declared in
// the registry), its expansion for a scenario holds every column a run of it writes, and kiez
// measures prints it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../cli/files.ts';
import { replicaOf } from '../../cli/replica.ts';
import {
  CATALOGUE,
  catalogueEntryOf,
  catalogueMarkdown,
  expandColumns,
} from '../../sim/measures/catalogue.ts';
import { INDICES } from '../../sim/measures/registry.ts';
import { loadScenario } from '../../sim/scenario/resolve.ts';
import type { Scenario } from '../../sim/scenario/spec.ts';
import { createSimulation } from '../../sim/simulation.ts';
import { kiezHere } from './helpers.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const prefixes = new Set(INDICES.map((i) => i.prefix));
const isIndex = (name: string) => prefixes.has(name.split('.')[0]!);

function written(s: Scenario, ticks: number): string[] {
  const sim = createSimulation(s, 1);
  const names = new Set(Object.keys(sim.metrics()));
  sim.advance(ticks, (m) => {
    for (const k of Object.keys(m)) names.add(k);
  });
  names.delete('tick');
  return [...names];
}

const presets = readdirSync(join(ROOT, 'scenarios')).filter(
  (f) => f.endsWith('.json') && f !== 'scenario.schema.json',
);

describe('the catalogue of measures', () => {
  it.each(presets)('covers every measure %s writes (besides the indices), in its expansion', (file) => {
    const full = loadScenarioFile(join(ROOT, 'scenarios', file));
    const s = { ...(replicaOf(full) ?? full), ticks: 3 };
    const names = written(s, 3).filter((n) => !isIndex(n));
    expect(names.filter((n) => !catalogueEntryOf(n, s.mode))).toEqual([]);
    const expanded = new Set(expandColumns(s));
    expect(names.filter((n) => !expanded.has(n))).toEqual([]);
  });

  it('covers a town with a cap and asylum allocation run long enough for the springboard cohort', () => {
    const s = loadScenario({
      mode: 'city',
      ticks: 70,
      city: { dwellings: 1500, dwellingsPerQuarter: 250, quartersPerDistrict: 3, burnIn: 0 },
      policies: [{ type: 'cap', cap: 0.3, unit: 'quarter' }, { type: 'asylum' }],
    });
    const names = written(s, 70).filter((n) => !isIndex(n));
    expect(names).toContain('springboard.stuck');
    expect(names).toContain('refusals.cap.refugee');
    const expanded = new Set(expandColumns(s));
    expect(names.filter((n) => !expanded.has(n))).toEqual([]);
  });

  it('names each entry once, with a meaning, a unit and a kind', () => {
    const names = CATALOGUE.map((e) => `${e.mode}:${e.name}`);
    expect(new Set(names).size).toBe(names.length);
    for (const e of CATALOGUE) {
      expect(e.meaning.length).toBeGreaterThan(10);
      expect(e.unit.length).toBeGreaterThan(0);
      expect(['flow', 'cumulative', 'state']).toContain(e.kind);
    }
    expect(catalogueEntryOf('similarShare')?.unit).toBe('share');
    expect(catalogueEntryOf('refusals.cap.refugee')?.name).toBe('refusals.<reason>.<group>');
    expect(catalogueEntryOf('departures.regionWithChildren')?.name).toBe('departures.regionWithChildren');
  });

  it('expands a city scenario into the same columns whatever its levers and length', () => {
    const a = loadScenario({ mode: 'city', ticks: 30 });
    const b = loadScenario({ mode: 'city', ticks: 120, policies: [{ type: 'cap', cap: 0.3 }] });
    expect(expandColumns(a)).toEqual(expandColumns(b));
    expect(expandColumns(a)).toContain('refusals.cap.native');
  });

  it('is printed by kiez measures, the classic measures and notAdmitted included', async () => {
    const r = await kiezHere(['measures']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\n {2}similarShare +share {2}state: Mean share of similar agents/);
    expect(r.stdout).toMatch(/\n {2}discontentedShare +share {2}state: /);
    expect(r.stdout).toMatch(/\n {2}moves +agents {2}flow: /);
    expect(r.stdout).toMatch(/\n {2}settled +0 or 1 {2}state: /);
    expect(r.stdout).toMatch(/\n {2}notAdmitted +households {2}flow: /);
    expect(r.stdout).toMatch(/\n {2}refusals\.<reason>\.<group> +households {2}flow: /);
    for (const e of CATALOGUE) expect(r.stdout).toContain(`  ${e.name} `);
  });

  it('is in docs/measures.md exactly as generated, and the README links it', () => {
    expect(readFileSync(join(ROOT, 'docs', 'measures.md'), 'utf8')).toContain(catalogueMarkdown());
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('(docs/measures.md)');
  });
});
