/** `kiez validate FILE...`: every problem of each file as "path: value: what is allowed". */
import { resolve } from 'node:path';
import type { Problem } from '../../sim/params/spec.ts';
import { formatProblem } from '../../sim/params/validate.ts';
import { resolveScenario, ScenarioError } from '../../sim/scenario/resolve.ts';
import { createSimulation } from '../../sim/simulation.ts';
import { allowExtendsOption, extendsOptions, parseFlags } from '../args.ts';
import { EXIT_USAGE, UsageError } from '../errors.ts';
import { type ExtendsOptions, fileLoaderFor, readDocument } from '../files.ts';

export const validateUsage = 'kiez validate SCENARIO.json [MORE.json ...] [--allow-extends DIR]';

/**
 * Problems of one file. A scenario that passes the declaration is also built once, because a few
 * names (measure scales, outcome groups) can only be checked against the model they refer to:
 * `validate` says "valid" only for what `kiez run` accepts.
 */
function problemsOf(path: string, options: ExtendsOptions): readonly Problem[] {
  const doc = readDocument(path);
  if ('problem' in doc) return [doc.problem];
  const r = resolveScenario(doc.value, { source: resolve(path), load: fileLoaderFor(options) });
  if (!r.ok) return r.problems;
  try {
    createSimulation(r.scenario);
  } catch (e) {
    if (e instanceof ScenarioError) return e.problems;
    throw e;
  }
  return [];
}

export async function validateCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseFlags(args, { ...allowExtendsOption }, validateUsage);
  if (positionals.length === 0)
    throw new UsageError(`expected at least one scenario file\nusage: ${validateUsage}`);
  let bad = 0;
  for (const path of positionals) {
    const problems = problemsOf(path, extendsOptions(values));
    if (problems.length === 0) {
      process.stdout.write(`${path}: valid\n`);
      continue;
    }
    bad++;
    for (const p of problems) process.stderr.write(`${path}: ${formatProblem(p)}\n`);
  }
  return bad > 0 ? EXIT_USAGE : 0;
}
