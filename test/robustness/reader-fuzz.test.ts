import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../sim/params/validate.ts';
import {
  type DocumentLoader,
  MAX_DOCUMENT_BYTES,
  MAX_DOCUMENT_DEPTH,
  parseDocument,
  resolveScenario,
  ScenarioError,
} from '../../sim/scenario/resolve.ts';
import { createSimulation } from '../../sim/simulation.ts';
import { scenarioDocArb } from './arbitraries.ts';
import { mutate, mutateText, mutationArb, nested, textMutationArb, withOwnKey } from './hostile.ts';
import { harnesses } from './modes.ts';

const SCENARIOS = resolve(import.meta.dirname, '../../scenarios');
const presets: Record<string, unknown> = Object.fromEntries(
  readdirSync(SCENARIOS)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(resolve(SCENARIOS, f), 'utf8'))]),
);

/** `extends` among the presets, in memory; unknown names are a problem, as with files. */
const presetLoader: DocumentLoader = (ref) =>
  Object.hasOwn(presets, ref)
    ? { value: presets[ref], name: ref }
    : { problem: { path: 'extends', value: ref, allowed: 'a preset name' } };

/** What a user sees for a document: no lines when it is valid (and a few ticks ran), else one per problem. */
function outcome(text: string): string[] {
  const parsed = parseDocument(text);
  if (!parsed.ok) return [formatProblem(parsed.problem)];
  const r = resolveScenario(parsed.value, { source: 'fuzz', load: presetLoader });
  if (!r.ok) return r.problems.map(formatProblem);
  // Small models only: the runs check that a valid document runs, the invariant tests do the rest.
  const { mode, classic, city } = r.scenario;
  if ((mode === 'classic' && classic.size > 64) || (mode === 'city' && city.dwellings > 2000)) return [];
  try {
    const sim = createSimulation(r.scenario);
    sim.advance(2);
  } catch (e) {
    if (e instanceof ScenarioError) return e.problems.map(formatProblem);
    throw e;
  }
  return [];
}

/** A clear message: one line, `path: value: what is allowed`, each part present. */
function expectClear(lines: readonly string[]): void {
  for (const line of lines) {
    expect(line).not.toMatch(/[\r\n\u2028\u2029]/);
    expect(line).toMatch(/^[^\s].*: .+: \S.*$/);
  }
}

const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
const arrayPrototypeBefore = Object.getOwnPropertyNames(Array.prototype).sort();

describe('fuzzing the scenario reader', () => {
  afterAll(() => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
    expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(arrayPrototypeBefore);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  const bases = fc.oneof(
    fc.constantFrom(...Object.values(presets)),
    scenarioDocArb('classic', harnesses['classic']!.narrow, harnesses['classic']!.repairs),
  );

  it('thousands of mutated documents each end in clear one-line problems or a valid run', () => {
    fc.assert(
      fc.property(
        bases,
        fc.array(mutationArb, { minLength: 1, maxLength: 4 }),
        fc.option(textMutationArb, { freq: 3 }),
        (base, mutations, textMutation) => {
          const doc = mutate(base, mutations);
          const json = JSON.stringify(doc) ?? 'undefined';
          const text = textMutation ? mutateText(json, textMutation) : json;
          expectClear(outcome(text));
        },
      ),
      { numRuns: 2500, seed: 88 },
    );
  });

  it('every prefix of a preset file is either the whole document or a clear JSON problem', () => {
    const text = readFileSync(resolve(SCENARIOS, 'classic-three-groups.json'), 'utf8');
    for (let n = 0; n < text.length; n++) {
      const lines = outcome(text.slice(0, n));
      expectClear(lines);
      if (text.slice(n).trim().length > 0) expect(lines.length).toBeGreaterThan(0);
    }
  });

  it('prototype-pollution keys are refused by name at every level, and pollute nothing', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const payload = { polluted: true, ticks: 3 };
      const top: Record<string, unknown> = {};
      withOwnKey(top, key, payload);
      const inClassic: Record<string, unknown> = {};
      withOwnKey(inClassic, key, payload);
      const inMeasures: Record<string, unknown> = {};
      withOwnKey(inMeasures, key, payload);
      for (const [doc, path] of [
        [top, key],
        [{ classic: inClassic }, `classic.${key}`],
        [{ measures: inMeasures }, `measures.${key}`],
        [{ extends: 'classic-schelling', ...top }, key],
      ] as const) {
        const text = JSON.stringify(doc);
        expect(text).toContain(`"${key}"`);
        const lines = outcome(text);
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(new RegExp(`^${path.replace('.', '\\.')}: .*: no such key`));
      }
    }
  });

  it('numbers out of range, NaN-like strings and out-of-range literals are refused with their path', () => {
    const cases: [string, string][] = [
      ['{"ticks": 1e400}', 'ticks: Infinity: a whole number from 0 to 100000 (ticks)'],
      ['{"ticks": -1e400}', 'ticks: -Infinity: a whole number from 0 to 100000 (ticks)'],
      ['{"ticks": "NaN"}', 'ticks: "NaN": a whole number from 0 to 100000 (ticks)'],
      ['{"ticks": "5"}', 'ticks: "5": a whole number from 0 to 100000 (ticks)'],
      ['{"ticks": 2.5}', 'ticks: 2.5: a whole number from 0 to 100000 (ticks)'],
      ['{"classic": {"size": 1e9}}', 'classic.size: 1000000000: a whole number from 3 to 4000 (cells)'],
      ['{"classic": {"vacancy": null}}', 'classic.vacancy: null: a number from 0.001 to 0.99 (share)'],
      ['{"seed": 2147483648}', 'seed: 2147483648: a whole number from 0 to 2147483647 (seed)'],
    ];
    for (const [text, line] of cases) expect(outcome(text)).toEqual([line]);
  });

  it('an enormous array is one problem, measured by its length, not by its items', () => {
    const shares = new Array(400_000).fill(0);
    const text = JSON.stringify({ classic: { shares } });
    expect(text.length).toBeLessThan(MAX_DOCUMENT_BYTES);
    const lines = outcome(text);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^classic\.shares: \[0,0,.*\.\.\.: a list of 2 to 8 numbers/);
  });

  it('nesting deeper than the limit is refused before validation, however deep', () => {
    expect(outcome(JSON.stringify({ classic: nested(MAX_DOCUMENT_DEPTH - 2, true) }))).toHaveLength(1);
    for (const depth of [MAX_DOCUMENT_DEPTH + 1, 1000, 200_000]) {
      for (const inObjects of [false, true]) {
        const text = inObjects
          ? `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`
          : `${'['.repeat(depth)}1${']'.repeat(depth)}`;
        if (text.length > MAX_DOCUMENT_BYTES) continue;
        expect(outcome(text)).toEqual([
          `(file): "nesting deeper than ${MAX_DOCUMENT_DEPTH}": at most ${MAX_DOCUMENT_DEPTH} levels`,
        ]);
      }
    }
  });

  it('a text over the size limit is refused before it is parsed', () => {
    const text = `{"description": "${'x'.repeat(MAX_DOCUMENT_BYTES)}"}`;
    expect(outcome(text)).toEqual([
      `(file): "${text.length} characters": at most ${MAX_DOCUMENT_BYTES} characters`,
    ]);
  });

  it('extends cycles, unknown names, wrong types and over-long chains are each one clear problem', () => {
    const docs: Record<string, unknown> = {
      a: { extends: 'b' },
      b: { extends: 'a' },
      self: { extends: 'self' },
      ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`c${i}`, { extends: `c${i + 1}` }])),
      c12: { ticks: 1 },
    };
    const load: DocumentLoader = (ref) =>
      Object.hasOwn(docs, ref)
        ? { value: docs[ref], name: ref }
        : { problem: { path: 'extends', value: ref, allowed: 'a known name' } };
    const lines = (doc: unknown) => {
      const r = resolveScenario(doc, { source: 'start', load });
      return r.ok ? [] : r.problems.map(formatProblem);
    };
    expect(lines({ extends: 'a' })).toEqual(['extends: "a": no cycle (start -> a -> b -> a)']);
    expect(lines({ extends: 'self' })).toEqual(['extends: "self": no cycle (start -> self -> self)']);
    expect(lines({ extends: 'missing' })).toEqual(['extends: "missing": a known name']);
    expect(lines({ extends: '__proto__' })).toEqual(['extends: "__proto__": a known name']);
    expect(lines({ extends: 7 })).toEqual(['extends: 7: the file name or preset name of another scenario']);
    expect(lines({ extends: 'c0' })).toEqual(['extends: "c8": a chain of at most 8 extends']);
    expect(lines({ extends: 'c5' })).toEqual([]);
  });
});
