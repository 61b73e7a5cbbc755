/** `kiez validate FILE...`: every problem of each file as "path: value: what is allowed". */
import { resolveScenario } from '../../sim/scenario/resolve.ts';
import { parseFlags } from '../args.ts';
import { EXIT_USAGE, UsageError } from '../errors.ts';
import { fileLoader, readDocument } from '../files.ts';
import { resolve } from 'node:path';
import { formatProblem } from '../../sim/params/validate.ts';

export const validateUsage = 'kiez validate SCENARIO.json [MORE.json ...]';

export async function validateCommand(args: string[]): Promise<number> {
  const { positionals } = parseFlags(args, {}, validateUsage);
  if (positionals.length === 0)
    throw new UsageError(`expected at least one scenario file\nusage: ${validateUsage}`);
  let bad = 0;
  for (const path of positionals) {
    const doc = readDocument(path);
    const problems =
      'problem' in doc
        ? [doc.problem]
        : ((r) => (r.ok ? [] : r.problems))(
            resolveScenario(doc.value, { source: resolve(path), load: fileLoader }),
          );
    if (problems.length === 0) {
      process.stdout.write(`${path}: valid\n`);
      continue;
    }
    bad++;
    for (const p of problems) process.stderr.write(`${path}: ${formatProblem(p)}\n`);
  }
  return bad > 0 ? EXIT_USAGE : 0;
}
