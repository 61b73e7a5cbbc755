/** `kiez validate FILE...`: every problem of each file as "path: value: what is allowed". */
import { resolve } from 'node:path';
import type { Problem } from '../../sim/params/spec.ts';
import { formatProblem } from '../../sim/params/validate.ts';
import { resolveScenario, ScenarioError } from '../../sim/scenario/resolve.ts';
import type { Scenario } from '../../sim/scenario/spec.ts';
import { describeCost, REPORT_BYTES, REPORT_SECONDS, runCost } from '../cost.ts';
import { createSimulation } from '../../sim/simulation.ts';
import { extendsOptions } from '../args.ts';
import { allowExtendsFlag, type CommandSpec, helpFlag, helpText, parseCommand, usageLine } from '../flags.ts';
import { EXIT_USAGE, UsageError } from '../errors.ts';
import { type ExtendsOptions, fileLoaderFor, readDocument } from '../files.ts';
import { laterProblems } from '../later-problems.ts';
import { withCityFile } from '../city-file.ts';
import { REPLICA_DWELLINGS, REPLICA_SIDE, replicaOf } from '../replica.ts';
import { planOf } from '../batch/plan.ts';
import { looksLikeSweep, sweepSummary } from '../batch/summary.ts';

export const validateSpec = {
  name: 'validate',
  operands: 'SCENARIO.json [MORE.json ...]',
  summary: 'check scenario files, print every problem',
  flags: [allowExtendsFlag, helpFlag],
  notes:
    'Prints "FILE: valid" or one line per problem (path: value: what is allowed); exit 2 when a file has problems.',
} as const satisfies CommandSpec;

export const validateUsage = usageLine(validateSpec);

interface Checked {
  readonly problems: readonly Problem[];
  readonly scenario?: Scenario;
  /** How the model-dependent names were checked, when not on the full model. */
  readonly note?: string;
}

/**
 * Problems of one file. A scenario that passes the declaration is also built once, because a few
 * names (measure scales, outcome groups) can only be checked against the model they refer to:
 * `validate` says "valid" only for what `kiez run` accepts. A big city is not built at full size
 * (2 million dwellings took 108 s): those names do not depend on the number of dwellings, so a
 * replica of 50,000 dwellings with the same sections answers the same; its feasibility (households
 * per dwelling, flows) is checked by the declaration without building anything.
 */
function problemsOf(path: string, options: ExtendsOptions): Checked {
  const doc = readDocument(path);
  if ('problem' in doc) return { problems: [doc.problem] };
  const how = { source: resolve(path), load: fileLoaderFor(options) };
  const r = resolveScenario(doc.value, how);
  if (!r.ok) return { problems: [...r.problems, ...laterProblems(doc.value, r.problems, how)] };
  const withFile = withCityFile(r.scenario, path);
  const replica = replicaOf(withFile);
  try {
    createSimulation(replica ?? withFile);
  } catch (e) {
    if (e instanceof ScenarioError) return { problems: e.problems, scenario: r.scenario };
    if (!replica) throw e;
    // The replica could not be built where the city can (a policy aimed at a far quarter): build it whole.
    try {
      createSimulation(withFile);
    } catch (full) {
      if (full instanceof ScenarioError) return { problems: full.problems, scenario: r.scenario };
      throw full;
    }
    return { problems: [], scenario: r.scenario };
  }
  const note = !replica
    ? undefined
    : replica.city.source !== ''
      ? `names checked at 1:${replica.city.scale}, the full city was not built`
      : replica.mode === 'city'
        ? `names checked on a ${REPLICA_DWELLINGS.toLocaleString('en')}-dwelling replica, the full city was not built`
        : `names checked on a ${REPLICA_SIDE} x ${REPLICA_SIDE} replica, the full grid was not built`;
  return { problems: [], scenario: r.scenario, ...(note ? { note } : {}) };
}

export async function validateCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(validateSpec, args);
  if (values.help) {
    process.stdout.write(helpText(validateSpec));
    return 0;
  }
  if (positionals.length === 0)
    throw new UsageError(`expected at least one scenario file\nusage: ${validateUsage}`);
  let bad = 0;
  for (const path of positionals) {
    // A sweep file is checked as `kiez sweep` checks it (its bases and every point), not as a scenario.
    const read = readDocument(path);
    if (!('problem' in read) && looksLikeSweep(read.value)) {
      try {
        const plan = planOf(read.value, path, extendsOptions(values));
        process.stdout.write(`${path}: valid sweep: ${sweepSummary(plan, plan.totalRuns, 1)}\n`);
      } catch (e) {
        if (!(e instanceof UsageError)) throw e;
        bad++;
        for (const line of e.lines) process.stderr.write(`${line}\n`);
      }
      continue;
    }
    const { problems, scenario, note } = problemsOf(path, extendsOptions(values));
    if (problems.length === 0) {
      const cost = scenario ? runCost(scenario) : undefined;
      const big = cost && (cost.seconds > REPORT_SECONDS || cost.bytes > REPORT_BYTES);
      const notes = [note, big ? `one run: ${describeCost(cost)}` : undefined].filter(Boolean);
      process.stdout.write(`${path}: valid${notes.length > 0 ? ` (${notes.join('; ')})` : ''}\n`);
      continue;
    }
    bad++;
    for (const p of problems) process.stderr.write(`${path}: ${formatProblem(p)}\n`);
  }
  return bad > 0 ? EXIT_USAGE : 0;
}
