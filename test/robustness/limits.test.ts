/**
 * The limits in docs/limits.md are the limits in the code, and every declared number is refused
 * beyond its maximum by validation, before a model allocates anything for it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_AXIS_VALUES, MAX_RUNS } from '../../sim/batch/sweep.ts';
import { MAX_CLASSIC_GROUPS, MAX_CLASSIC_RADIUS } from '../../sim/classic/params.ts';
import { MAX_CITY_GROUPS } from '../../sim/city/params-households.ts';
import { MAX_MEASURE_RADIUS } from '../../sim/measures/params.ts';
import type { Fields } from '../../sim/params/spec.ts';
import { MAX_POLICIES } from '../../sim/policies/params.ts';
import {
  MAX_DOCUMENT_BYTES,
  MAX_DOCUMENT_DEPTH,
  MAX_EXTENDS_DEPTH,
  resolveScenario,
} from '../../sim/scenario/resolve.ts';
import { scenarioFields, sectionModes } from '../../sim/scenario/spec.ts';

const DOC = readFileSync(resolve(import.meta.dirname, '../../docs/limits.md'), 'utf8');
const fields = scenarioFields as unknown as Fields;
const numberSpec = (section: string, key: string) => {
  const s = fields[section];
  if (s?.kind !== 'record') throw new Error(section);
  const f = s.fields[key];
  if (f?.kind !== 'number') throw new Error(key);
  return f;
};

/** A number as the page writes it: plain, or with thousands separators. */
const written = (n: number) => [String(n), n.toLocaleString('en')];

describe('documented limits', () => {
  it.each([
    ['file size', MAX_DOCUMENT_BYTES],
    ['nesting depth', MAX_DOCUMENT_DEPTH],
    ['extends chain', MAX_EXTENDS_DEPTH],
    ['classic grid side', numberSpec('classic', 'size').max],
    ['classic agents', numberSpec('classic', 'agents').max],
    ['classic groups', MAX_CLASSIC_GROUPS],
    ['classic radius', MAX_CLASSIC_RADIUS],
    ['city dwellings', numberSpec('city', 'dwellings').max],
    ['city dwellings', numberSpec('city', 'dwellings').min],
    ['city origin groups', MAX_CITY_GROUPS],
    ['policies', MAX_POLICIES],
    ['ticks', (fields['ticks'] as { max: number }).max],
    ['person-centred radius', MAX_MEASURE_RADIUS],
    ['random-baseline replicates', numberSpec('measures', 'replicates').max],
    ['runs (points x replicates)', MAX_RUNS],
    ['values along one varied parameter', MAX_AXIS_VALUES],
  ])('docs/limits.md gives the %s as %d', (label, value) => {
    const row = DOC.split('\n').find((l) => l.startsWith(`| ${label}`) || l.startsWith(`| \`${label}`));
    expect(row, label).toBeDefined();
    expect(
      written(value).some((w) => row!.includes(w)),
      `${row} should say ${value}`,
    ).toBe(true);
  });
});

describe('limits are enforced by validation, before allocation', () => {
  it('a classic grid of side 4000 is valid and a side of 1e9 is refused by validation', () => {
    expect(resolveScenario({ classic: { size: 4000 } }).ok).toBe(true);
    const r = resolveScenario({ classic: { size: 1e9 } });
    expect(r.ok ? [] : r.problems.map((p) => p.path)).toEqual(['classic.size']);
  });

  it('a city of 2,000,000 dwellings is valid and 2,000,001 is refused', () => {
    expect(resolveScenario({ mode: 'city', ticks: 0, city: { dwellings: 2_000_000 } }).ok).toBe(true);
    const r = resolveScenario({ mode: 'city', ticks: 0, city: { dwellings: 2_000_001 } });
    expect(r.ok ? [] : r.problems.map((p) => p.path)).toEqual(['city.dwellings']);
  });

  it('every declared number of every section is refused just above its maximum and far above it', () => {
    const unrefused: string[] = [];
    for (const [section, spec] of Object.entries(fields)) {
      if (spec.kind !== 'record') continue;
      const mode = sectionModes[section]?.[0] ?? 'classic';
      for (const [key, f] of Object.entries(spec.fields)) {
        if (f.kind !== 'number') continue;
        for (const value of [
          f.max + (f.integer ? 1 : Math.max(1e-6, Math.abs(f.max) * 1e-6)),
          1e9 * (f.max + 1),
        ]) {
          const r = resolveScenario({ mode, ticks: 0, [section]: { [key]: value } });
          if (r.ok || !r.problems.some((p) => p.path === `${section}.${key}`)) {
            unrefused.push(`${section}.${key}=${value}`);
          }
        }
      }
    }
    expect(unrefused).toEqual([]);
  });
});
