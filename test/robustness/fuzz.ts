/**
 * The fuzz of issue 19, with its counts: mutated scenario documents read as the command line reads
 * them (files, `extends` confined to the folder), and mutated snapshots restored. Each case ends in
 * clear problem lines or a run with finite metrics; a case is a crash when anything else is thrown,
 * a hang when it takes longer than HANG_MS, a leak when a message quotes a file it must not.
 * `npm test` runs it at its base size, `npm run fuzz` ten times larger (FUZZ_SCALE).
 */
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { UsageError } from '../../cli/errors.ts';
import { loadScenarioFile } from '../../cli/files.ts';
import { ScenarioError } from '../../sim/scenario/resolve.ts';
import { createSimulation } from '../../sim/simulation.ts';
import { tempDir } from '../cli/kiez.ts';
import { mutate, mutateText, mutationArb, textMutationArb } from './hostile.ts';
import { HANG_MS } from './snapshot-hostile.ts';

export interface FuzzCounts {
  cases: number;
  refused: number;
  ran: number;
  crashes: number;
  hangs: number;
  nan: number;
  leaks: number;
}

const SCENARIOS = resolve(import.meta.dirname, '../../scenarios');
const presets: unknown[] = readdirSync(SCENARIOS)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
  .map((f) => JSON.parse(readFileSync(join(SCENARIOS, f), 'utf8')));

export const SECRET = 'fuzz-secret-7f3a';

/** `extends` values a hostile scenario tries: outside the folder, a link out, a withheld sibling, cycles. */
const EXTENDS = [
  '/proc/self/environ',
  '/etc/passwd',
  '../other/secret.json',
  'sub/../../other/secret.json',
  'link.json',
  'sibling.json',
  'self.json',
  'cycle-a.json',
  'baseline',
  'classic-schelling',
  'nowhere.json',
  'notes.txt',
  '',
  'x'.repeat(600),
];

/** The folder a fuzz case runs in: its scenario, siblings with a secret, and a secret outside. */
function fuzzFolder(): string {
  const root = tempDir();
  const work = join(root, 'work');
  mkdirSync(work);
  mkdirSync(join(root, 'other'));
  writeFileSync(join(root, 'other', 'secret.json'), JSON.stringify({ apiKey: SECRET, ticks: SECRET }));
  symlinkSync(join(root, 'other', 'secret.json'), join(work, 'link.json'));
  writeFileSync(join(work, 'sibling.json'), JSON.stringify({ [SECRET]: 1, classic: { size: SECRET } }));
  writeFileSync(join(work, 'self.json'), JSON.stringify({ extends: 'self.json' }));
  writeFileSync(join(work, 'cycle-a.json'), JSON.stringify({ extends: 'cycle-b.json' }));
  writeFileSync(join(work, 'cycle-b.json'), JSON.stringify({ extends: 'cycle-a.json', note: SECRET }));
  writeFileSync(join(work, 'notes.txt'), `TOKEN=${SECRET}`);
  return work;
}

const clear = (line: string) => !/[\r\n\u2028\u2029]/.test(line) && /^[^\s].*: .+: \S.*$/.test(line);

/** Run `runs` mutated scenario documents (seeded) through the command line's reader and a short run. */
export function fuzzScenarioFiles(runs: number, seed: number): { counts: FuzzCounts; failures: string[] } {
  const counts: FuzzCounts = { cases: 0, refused: 0, ran: 0, crashes: 0, hangs: 0, nan: 0, leaks: 0 };
  const failures: string[] = [];
  const work = fuzzFolder();
  const file = join(work, 'scenario.json');
  const one = (text: string) => {
    writeFileSync(file, text);
    let lines: string[] = [];
    try {
      const scenario = loadScenarioFile(file);
      const { mode, classic, city } = scenario;
      // Small models only: a valid document is run for two ticks; the invariant tests do the rest.
      if ((mode === 'classic' && classic.size > 64) || (mode === 'city' && city.dwellings > 2000)) {
        counts.ran++;
        return;
      }
      const sim = createSimulation(scenario);
      const metrics = [sim.metrics(), ...sim.advance(2)];
      counts.ran++;
      const bad = metrics.flatMap((m) => Object.entries(m).filter(([, v]) => !Number.isFinite(v)));
      if (bad.length > 0) {
        counts.nan++;
        failures.push(`NaN ${bad[0]![0]} for ${text.slice(0, 300)}`);
      }
      return;
    } catch (e) {
      if (e instanceof UsageError) lines = [...e.lines];
      else if (e instanceof ScenarioError) lines = e.message.split('\n');
      else {
        counts.crashes++;
        failures.push(`crash ${String(e)} for ${text.slice(0, 300)}`);
        return;
      }
    }
    counts.refused++;
    for (const line of lines) {
      if (!clear(line)) failures.push(`unclear line: ${line.slice(0, 300)}`);
      if (line.includes(SECRET) || line.includes('SHELL=') || line.includes('root:')) {
        counts.leaks++;
        failures.push(`leak: ${line.slice(0, 300)}`);
      }
    }
  };
  fc.assert(
    fc.property(
      fc.constantFrom(...presets),
      fc.array(mutationArb, { minLength: 1, maxLength: 4 }),
      fc.option(fc.constantFrom(...EXTENDS), { freq: 2 }),
      fc.option(textMutationArb, { freq: 3 }),
      (base, mutations, ref, textMutation) => {
        counts.cases++;
        const doc = mutate(base, mutations);
        const withRef =
          ref !== null && doc !== null && typeof doc === 'object' && !Array.isArray(doc)
            ? { ...(doc as object), extends: ref }
            : doc;
        const json = JSON.stringify(withRef) ?? 'null';
        const started = Date.now();
        one(textMutation ? mutateText(json, textMutation) : json);
        if (Date.now() - started > HANG_MS) {
          counts.hangs++;
          failures.push(`hang (${Date.now() - started} ms) for ${json.slice(0, 300)}`);
        }
      },
    ),
    { numRuns: runs, seed },
  );
  return { counts, failures };
}
