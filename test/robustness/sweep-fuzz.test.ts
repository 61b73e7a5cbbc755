import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSweepFile } from '../../cli/batch/plan.ts';
import { UsageError } from '../../cli/errors.ts';
import { validateSweep } from '../../sim/batch/sweep.ts';
import { formatProblem } from '../../sim/params/validate.ts';
import { tempDir } from '../cli/kiez.ts';
import { mutate, mutateText, mutationArb, textMutationArb } from './hostile.ts';

const SWEEPS = resolve(import.meta.dirname, '../../scenarios/sweeps');
const sweeps = readdirSync(SWEEPS)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(SWEEPS, f), 'utf8')) as unknown);
const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();

const oneLine = (line: string) => {
  expect(line).not.toMatch(/[\r\n\u2028\u2029]/);
  expect(line).toMatch(/^[^\s].*: .+: \S.*$/);
};

describe('fuzzing the sweep reader', () => {
  afterAll(() => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
  });

  it('thousands of mutated sweep documents give clear one-line problems or a sweep, never an exception', () => {
    expect(sweeps.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(
        fc.constantFrom(...sweeps),
        fc.array(mutationArb, { minLength: 1, maxLength: 4 }),
        fc.option(textMutationArb, { freq: 3 }),
        (base, mutations, textMutation) => {
          let doc: unknown = mutate(base, mutations);
          if (textMutation) {
            try {
              doc = JSON.parse(mutateText(JSON.stringify(doc) ?? 'null', textMutation));
            } catch {
              return; // unparseable text is the scenario reader's case, fuzzed there
            }
          }
          const { problems } = validateSweep(doc);
          for (const p of problems) oneLine(formatProblem(p));
        },
      ),
      { numRuns: 2000, seed: 90 },
    );
  });

  it('hostile sweep files end in a usage error of clear lines, found before any run', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'base.json'), JSON.stringify({ ticks: 2, classic: { size: 10 } }));
    const cases: Record<string, unknown> = {
      'proto.json': JSON.parse(
        '{"base": "base.json", "vary": {"__proto__": [1, 2], "constructor.prototype": [1]}}',
      ),
      'huge-range.json': { base: 'base.json', vary: { 'classic.vacancy': { from: 0, to: 1, step: 1e-9 } } },
      'bad-values.json': { base: 'base.json', vary: { 'classic.size': [1e9, 'x', null, [1, 2]] } },
      'seed.json': { base: 'base.json', vary: { seed: [1, 2] } },
      'section.json': { base: 'base.json', vary: { classic: [1] } },
      'missing-base.json': { base: 'nowhere.json' },
      'base-cycle.json': { base: 'cycle.json' },
      'too-many-runs.json': {
        base: 'base.json',
        replicates: 100_000,
        vary: { 'classic.threshold': { from: 0, to: 1, step: 0.01 } },
      },
    };
    writeFileSync(join(dir, 'cycle.json'), JSON.stringify({ extends: 'cycle.json' }));
    for (const [name, doc] of Object.entries(cases)) {
      writeFileSync(join(dir, name), JSON.stringify(doc));
      let error: unknown;
      try {
        loadSweepFile(join(dir, name));
      } catch (e) {
        error = e;
      }
      expect(error, name).toBeInstanceOf(UsageError);
      for (const line of (error as UsageError).lines) oneLine(line);
    }
  });
});
